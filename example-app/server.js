// Starts the example on PORT (default 5000) and drains deliveries in flight on SIGTERM/SIGINT.
const { createApp } = require('./app.js');

const port = Number(process.env.PORT ?? 5000);
const { app, hangups } = createApp({ token: process.env.TELECMI_TOKEN || undefined });

const server = app.listen(port, () => {
  console.log(`telecmi-hangup example listening on http://localhost:${server.address().port}/webhook/cdr`);
});

function shutDown(signal) {
  console.log(`${signal}: finishing deliveries in flight, then stopping`);
  void hangups.close().then(() => server.close(() => process.exit(0)));
}
process.once('SIGTERM', shutDown);
process.once('SIGINT', shutDown);
