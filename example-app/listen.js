// Serves the example app on a node:http server whose limits are chosen rather than left at Node's
// defaults, and shuts it down without leaving a sender hanging. server.js calls it with the
// environment's settings (settings.js); specs call it in-process with small ones.
const { createServer } = require('node:http');
const { createApp } = require('./app.js');
const { sendError } = require('./http-errors.js');

/**
 * The server's limits when not given. With Node's own (60 s for headers, 300 s for a body, no cap
 * on connections) one slow sender holds a connection for five minutes, and many of them hold the
 * process's every file descriptor.
 */
const defaults = Object.freeze({
  port: 5000,
  // A sender's headers fit in one packet: 10 s allows for a slow network, not for a sender that
  // trickles them to hold the connection.
  headersTimeout: 10_000,
  // The whole request, body included. TeleCMI's bodies are a few kB and at most 64 kB is read, so
  // 30 s is ample on a slow link, and it is all a trickling sender can hold a connection for.
  requestTimeout: 30_000,
  // Idle time between two requests on a connection: enough for TeleCMI to reuse it in a burst,
  // little enough that idle sockets do not sit on the connection cap. Behind a proxy that keeps
  // connections to this server open (an AWS ALB keeps them 60 s), set it above the proxy's idle
  // timeout, or the proxy may send a request on a socket this server is closing.
  keepAliveTimeout: 5_000,
  // Under the 1024 open files a process usually may have, with room for the database, its WAL and
  // the logs. TeleCMI uses a handful of connections, the live pages at most 100 (events.js).
  maxConnections: 500,
  // How long connections still open after the drain are given to take their last answer.
  lastAnswerGrace: 5_000,
});

/** Seconds a sender refused during the shutdown is told to wait: the middleware's `retryAfter`. */
const retryAfter = '5';

/**
 * @typedef {object} ServerSettings
 * @property {number} [port] Port to listen on; 0 picks a free one. Default 5000.
 * @property {string} [host] Address to listen on. Default: every interface.
 * @property {number} [headersTimeout] ms a request's headers may take to arrive. Default 10000.
 * @property {number} [requestTimeout] ms a whole request, body included, may take to arrive; then
 *   Node answers 408 and closes the connection. At least `headersTimeout`. Default 30000.
 * @property {number} [keepAliveTimeout] ms a connection may sit idle between requests. Default 5000.
 * @property {number} [maxConnections] Connections open at once; further ones are closed as they
 *   come. Default 500.
 * @property {number} [lastAnswerGrace] ms the connections still open after the drain are given
 *   before they are closed. Default 5000.
 * @property {Parameters<typeof createApp>[0]} [app] What `createApp` (app.js) takes.
 */

/**
 * Builds the app and serves it. Resolves once it listens.
 * @param {ServerSettings} [settings]
 * @returns {Promise<{ server: import('node:http').Server, url: string, shutDown: () => Promise<void> }>}
 *   `url`: where it listens, e.g. `http://localhost:5000`. `shutDown()`: refuses new deliveries,
 *   answers 503 `shutting_down` to the bodies still arriving, waits for the deliveries in flight,
 *   closes the server and then the database; calling it again gives the same promise.
 */
async function startServer(settings = {}) {
  const config = resolveSettings(settings);
  const { app, drain, close } = createApp(config.app);
  const server = createServer(
    {
      headersTimeout: config.headersTimeout,
      requestTimeout: config.requestTimeout,
      // Node looks for requests past either timeout only this often (every 30 s by default, which
      // would let a request outlive its timeout by as much).
      connectionsCheckingInterval: Math.min(1000, Math.ceil(config.headersTimeout / 4)),
    },
    app,
  );
  server.keepAliveTimeout = config.keepAliveTimeout;
  server.maxConnections = config.maxConnections;
  const bodies = trackBodies(server);
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: config.port, host: config.host }, () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
  } catch (error) {
    close();
    throw error;
  }

  let stopping;
  async function stop() {
    // drain() closes the middleware before its first await: from here on a new delivery is
    // answered 503 shutting_down, so only the bodies already arriving are left to refuse.
    const drained = drain();
    bodies.refuseUnfinished();
    await drained;
    await closeWhenQuiet(server, config.lastAnswerGrace);
    close();
  }
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = config.host === undefined ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return { server, url: `http://${host}:${port}`, shutDown: () => (stopping ??= stop()) };
}

/** The settings with their defaults, each checked. */
function resolveSettings(settings) {
  const config = { ...defaults, ...settings };
  for (const name of ['headersTimeout', 'requestTimeout', 'keepAliveTimeout', 'maxConnections', 'lastAnswerGrace']) {
    const value = config[name];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(`startServer: "${name}" must be a whole number from 1 up, got ${String(value)}`);
    }
  }
  if (!Number.isSafeInteger(config.port) || config.port < 0 || config.port > 65_535) {
    throw new TypeError(`startServer: "port" must be a port number from 0 to 65535, got ${String(config.port)}`);
  }
  if (config.headersTimeout > config.requestTimeout) {
    throw new TypeError('startServer: "headersTimeout" must not be more than "requestTimeout"');
  }
  return config;
}

/**
 * Keeps each request whose body may still be arriving until its answer is over, so a shutdown can
 * answer the ones nothing has answered yet (a sender trickling its body) instead of waiting for
 * them until their request timeout.
 */
function trackBodies(server) {
  /** @type {Map<import('node:http').ServerResponse, import('node:http').IncomingMessage>} */
  const arriving = new Map();
  server.on('request', (req, res) => {
    const length = req.headers['content-length'];
    const hasBody = req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    if (!hasBody || req.complete) return;
    arriving.set(res, req);
    res.once('close', () => arriving.delete(res));
  });
  return {
    /** Answers 503 `shutting_down` (TeleCMI retries) to each request still arriving and unanswered. */
    refuseUnfinished() {
      for (const [res, req] of arriving) {
        if (req.complete || res.headersSent) continue;
        // Once answered, Node stops reading the body but never closes the request, so whoever is
        // reading it (the middleware) would wait for ever: destroying it ends that read, as
        // `request_aborted`. A body that completes meanwhile is not cut; the delivery goes ahead,
        // and the retry the 503 brings is a repeat the notifications table recognises.
        res.once('close', () => {
          if (!req.complete) req.destroy();
        });
        sendError(res, 503, 'shutting_down', 'This server is shutting down; retry shortly', [], {
          'Retry-After': retryAfter,
          Connection: 'close',
        });
      }
    },
  };
}

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

module.exports = { startServer, defaults };
