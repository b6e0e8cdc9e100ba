// Starts the example with its settings from the environment (settings.js lists each variable and
// its default; a bad one stops the start, naming it). SIGTERM or SIGINT refuses new deliveries,
// answers 503 to bodies still arriving, waits for the deliveries in flight, ends the live streams,
// closes the server and then the database; a second signal stops at once.
const { readSettings } = require('./settings.js');
const { startServer } = require('./listen.js');
const { serverLine } = require('./log.js');

/** How long a shutdown may take before the process gives up waiting and exits non-zero. */
const shutdownLimit = 15_000;

async function main() {
  let settings;
  try {
    settings = readSettings(process.env);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  const { url, shutDown } = await startServer(settings);
  // With LOG_FORMAT=json, these lines are JSON objects too, so every line on stdout parses.
  const say = (event, message) => console.log(serverLine(settings.app?.logFormat ?? 'text', event, message));

  function stop(signal) {
    // Whichever signal came, the next one of either kind stops at once (Node's default).
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
    say('stopping', `${signal}: finishing deliveries in flight, then stopping`);
    setTimeout(() => {
      console.error(`still not stopped after ${shutdownLimit} ms; exiting`);
      process.exit(1);
    }, shutdownLimit).unref();
    shutDown().then(
      () => {
        say('stopped', 'stopped');
        process.exitCode = 0;
      },
      (error) => {
        console.error(`shutdown failed: ${error.message}`);
        process.exit(1);
      },
    );
  }
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  say('listening', `telecmi-hangup example listening on ${url}/webhook/cdr (page: ${url}/)`);
}

main().catch((error) => {
  console.error(`could not start: ${error.message}`);
  process.exitCode = 1;
});
