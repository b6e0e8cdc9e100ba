// The servers under load, each a `node:http` request listener plus a count of the deliveries it
// handled (checked against the 2xx answers, so a host cannot look fast by skipping work).
// Frameworks are imported lazily so a host loads only what it uses.
import { Buffer } from 'node:buffer';
import { webhookPath } from './fixtures.mjs';

/** The seed handler TeleCMI's docs suggest: body-parser's JSON parser, then 204. */
async function seedHost(moduleName) {
  const { default: express } = await import(moduleName);
  let handled = 0;
  const app = express();
  app.post(webhookPath, express.json(), (req, res) => {
    handled++;
    res.sendStatus(204);
  });
  return { listener: app, handled: () => handled };
}

/** The package as users install it, with one `'hangup'` listener. */
async function hangupMiddleware(options) {
  // The package's own name resolves to the build (dist/), through package.json "exports".
  const { telecmiHangup } = await import('telecmi-hangup');
  const hangups = telecmiHangup(options);
  let handled = 0;
  hangups.events.on('hangup', () => {
    handled++;
  });
  return { hangups, handled: () => handled };
}

async function hangupInExpress(moduleName) {
  const { default: express } = await import(moduleName);
  const { hangups, handled } = await hangupMiddleware();
  const app = express();
  app.use(webhookPath, hangups);
  return { listener: app, handled };
}

async function hangupInNodeHttp(options) {
  const { hangups, handled } = await hangupMiddleware(options);
  return { listener: hangups, handled };
}

/** The limit for node:http: read the body, JSON.parse it, 204. No framework, no checks. */
function rawJsonHost() {
  let handled = 0;
  const listener = (req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        handled++;
        res.statusCode = 204;
      } catch {
        res.statusCode = 400;
      }
      res.end();
    });
  };
  return Promise.resolve({ listener, handled: () => handled });
}

/** Every host by id: `<host> <handler>`. */
export const hosts = {
  'express5 seed': () => seedHost('express'),
  'express5 telecmiHangup': () => hangupInExpress('express'),
  'express4 seed': () => seedHost('express4'),
  'express4 telecmiHangup': () => hangupInExpress('express4'),
  'node:http raw JSON.parse': rawJsonHost,
  'node:http telecmiHangup': () => hangupInNodeHttp(),
  // For target 5: a dedupe store whose cap (10,000 keys) is reached before the first heap reading,
  // so the comparison shows whether anything else grows per delivery. The default cap (100,000
  // keys, ~150 bytes each) would put ~15 MB of intended growth between the two readings.
  'node:http telecmiHangup (dedupe maxKeys 10000)': () => hangupInNodeHttp({ dedupe: { maxKeys: 10_000 } }),
};
