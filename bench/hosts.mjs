// The Node servers under load, each a `node:http` request listener (or the server a framework
// made) plus a count of the deliveries it handled (checked against the 2xx answers, so a host
// cannot look fast by skipping work). Frameworks are imported lazily so a host loads only what it
// uses. The Bun and Deno servers are in bench/runtimes.mjs.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot, webhookPath } from './fixtures.mjs';

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

/**
 * The package on `node:http` with the metrics collector (`telecmi-hangup/metrics`) subscribed to
 * its channels, on a registry of its own: what a subscriber costs, against `node:http telecmiHangup`.
 */
async function hangupWithMetrics() {
  const { collectMetrics } = await import('telecmi-hangup/metrics');
  const { Registry } = await import('prom-client');
  collectMetrics(new Registry());
  return hangupInNodeHttp();
}

/**
 * A Fastify 5 app, `setup(app)` adding its routes. Its `node:http` server is made through
 * Fastify's serverFactory, so Fastify wires it up (its clientError handler) and bench/server.mjs
 * then listens with it as with any other host.
 */
async function fastifyApp(setup) {
  const { default: fastify } = await import('fastify');
  let server;
  const app = fastify({ serverFactory: (handler) => (server = createServer(handler)) });
  await setup(app);
  await app.ready();
  return { app, server };
}

/**
 * What a Fastify user would write instead of the package: Fastify's own JSON parser, then the
 * package's JSON schema as the route's body schema, then 204. Fastify's default validator is ajv
 * on draft-07, which the schema (2020-12) is not, so the route gets ajv's 2020-12 dialect with the
 * settings Fastify's own compiler (@fastify/ajv-compiler) gives ajv.
 */
async function fastifySchemaHost() {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const schema = JSON.parse(readFileSync(join(packageRoot, 'schema', 'outgoing-hangup.schema.json'), 'utf8'));
  const ajv = new Ajv2020({
    coerceTypes: 'array',
    useDefaults: true,
    removeAdditional: true,
    addUsedSchema: false,
    allErrors: false,
  });
  let handled = 0;
  const { server } = await fastifyApp((app) => {
    app.setValidatorCompiler(({ schema: routeSchema }) => ajv.compile(routeSchema));
    app.post(webhookPath, { schema: { body: schema } }, (request, reply) => {
      handled++;
      reply.code(204).send();
    });
  });
  return { server, handled: () => handled };
}

/** The package in Fastify 5, through its plugin (`telecmi-hangup/fastify`), one `'hangup'` listener. */
async function hangupInFastify() {
  const { fastifyTelecmiHangup } = await import('telecmi-hangup/fastify');
  const { hangups, handled } = await hangupMiddleware();
  const { server } = await fastifyApp((app) => app.register(fastifyTelecmiHangup, { hangups, path: webhookPath }));
  return { server, handled };
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

/**
 * The least a validating receiver does, written by hand for this one payload: the raw host, plus a
 * Content-Type check, the package's own generated validator for the outgoing hangup, a `Map` of
 * the ids seen (emptied at 100,000, the default store's cap) and a listener call. No answers but
 * 204 and 400, no normalizing, no error details: not a receiver anyone should ship, but what a
 * target over the raw host leaves room for. Not gated; its CPU per request is reported.
 */
async function floorHost() {
  const require = createRequire(import.meta.url);
  const { validate } = require(join(packageRoot, 'dist', 'cjs', 'validators', 'outgoing-hangup.js'));
  const seen = new Map();
  let handled = 0;
  const listener = (req, res) => {
    if (req.headers['content-type'] !== 'application/json') {
      res.statusCode = 415;
      res.end();
      return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let payload;
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        payload = undefined;
      }
      if (payload === undefined || !validate(payload)) {
        res.statusCode = 400;
        res.end();
        return;
      }
      const key = [payload.cmiuuid, payload.leg, payload.status].join(':');
      if (!seen.has(key)) {
        if (seen.size >= 100_000) seen.clear();
        seen.set(key, Date.now());
        handled++;
      }
      res.statusCode = 204;
      res.end();
    });
  };
  return { listener, handled: () => handled };
}

/** Every host by id: `<host> <handler>`. */
export const hosts = {
  'express5 seed': () => seedHost('express'),
  'express5 telecmiHangup': () => hangupInExpress('express'),
  'express4 seed': () => seedHost('express4'),
  'express4 telecmiHangup': () => hangupInExpress('express4'),
  'node:http raw JSON.parse': rawJsonHost,
  'node:http telecmiHangup': () => hangupInNodeHttp(),
  'node:http floor: JSON.parse + schema + Map': floorHost,
  'node:http telecmiHangup + collectMetrics': hangupWithMetrics,
  'fastify5 JSON + schema': fastifySchemaHost,
  'fastify5 telecmiHangup': hangupInFastify,
  // For target 5: a dedupe store whose cap (10,000 keys) is reached before the first heap reading,
  // so the comparison shows whether anything else grows per delivery. The default cap (100,000
  // keys, ~150 bytes each) would put ~15 MB of intended growth between the two readings.
  'node:http telecmiHangup (dedupe maxKeys 10000)': () => hangupInNodeHttp({ dedupe: { maxKeys: 10_000 } }),
};
