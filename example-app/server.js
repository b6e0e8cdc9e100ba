// Starts the example: PORT (default 5000), DATABASE (default example-app/data/hangups.db) and
// TELECMI_TOKEN from the environment. SIGTERM or SIGINT drains the deliveries in flight, ends the
// live streams, closes the server and then the database; a second signal stops at once.
const { createApp } = require('./app.js');

/** How long a shutdown may take before the process gives up waiting and exits non-zero. */
const shutdownLimit = 15_000;

const port = Number(process.env.PORT ?? 5000);
const { app, drain, close } = createApp({
  ...(process.env.DATABASE && { database: process.env.DATABASE }),
  ...(process.env.TELECMI_TOKEN && { token: process.env.TELECMI_TOKEN }),
});

const server = app.listen(port, () => {
  const { port: bound } = server.address();
  console.log(
    `telecmi-hangup example listening on http://localhost:${bound}/webhook/cdr (page: http://localhost:${bound}/)`,
  );
});

function shutDown(signal) {
  console.log(`${signal}: finishing deliveries in flight, then stopping`);
  setTimeout(() => {
    console.error(`still not stopped after ${shutdownLimit} ms; exiting`);
    process.exit(1);
  }, shutdownLimit).unref();
  drain()
    .then(() => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))))
    .then(() => {
      close();
      console.log('stopped');
      process.exitCode = 0;
    })
    .catch((error) => {
      console.error(`shutdown failed: ${error.message}`);
      process.exit(1);
    });
}
process.once('SIGTERM', shutDown);
process.once('SIGINT', shutDown);
