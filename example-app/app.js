// The example host: Express 5 with telecmi-hangup at /webhook/cdr, one log line per delivery.
// `require('telecmi-hangup')` resolves to this repository's own build (package self-reference),
// exactly as it does in an app that installed the package.
const express = require('express');
const { telecmiHangup } = require('telecmi-hangup');

/**
 * Builds the app. `log` receives one readable line per delivery.
 * @param {{ log?: (line: string) => void, token?: string }} [settings]
 */
function createApp({ log = console.log, token } = {}) {
  const hangups = telecmiHangup(token ? { token } : {});
  hangups.events.on('hangup', (event) => log(describeHangup(event)));
  hangups.events.on('ignored', (payload) =>
    log(`ignored  ${String(payload.status)} event for ${String(payload.cmiuuid)}`),
  );
  hangups.events.on('invalid', (info) => log(`rejected ${info.status} ${info.reason}: ${info.message}`));
  hangups.events.on('error', (error) => log(`failed   ${error.code}: ${error.message}`));

  const app = express();
  app.disable('x-powered-by');
  app.use('/webhook/cdr', hangups);
  app.get('/', (_req, res) => res.type('text').send('telecmi-hangup example: TeleCMI posts to /webhook/cdr\n'));
  return { app, hangups };
}

function describeHangup(event) {
  const number = event.leg === 'a' ? `to ${event.to ?? '?'}` : `from ${event.from ?? '?'}`;
  const when = new Date(event.time).toISOString();
  return `hangup   ${when} leg ${event.leg} ${number} caller id ${event.callerid ?? '?'} user ${event.user ?? '?'} (${event.cmiuuid})`;
}

module.exports = { createApp, describeHangup };
