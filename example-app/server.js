// Starts the example: PORT (default 5000), DATABASE (default example-app/data/hangups.db) and
// TELECMI_TOKEN from the environment. SIGTERM or SIGINT drains the deliveries in flight, ends the
// live streams, closes the server and then the database; a second signal stops at once.
const { createApp } = require('./app.js');

/** How long a shutdown may take before the process gives up waiting and exits non-zero. */
const shutdownLimit = 15_000;

/** How long connections still open after the drain are given to take their last answer. */
const lastAnswerGrace = 5_000;

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
    .then(() => closeWhenQuiet(server, lastAnswerGrace))
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

/**
 * Closes the server once no connection is left open, or after `grace` ms. From the drain on, every
 * answer says `Connection: close`, so each kept-alive socket closes after its next answer (a 503
 * `shutting_down`, which TeleCMI retries elsewhere). Closing the server at once would cut the idle
 * ones instead, under any request already on its way on them: that request would be reset.
 */
async function closeWhenQuiet(server, grace) {
  const deadline = Date.now() + grace;
  const open = () => new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
  while (Date.now() < deadline && (await open()) > 0) await new Promise((resolve) => setTimeout(resolve, 25));
  await new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
