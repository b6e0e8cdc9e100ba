// Server-Sent Events: pushes each call as its notifications come (and each dead letter) to the open pages.
const { sendError } = require('./http-errors.js');

/** A client that has this much unsent data is too slow to keep up, and is let go. */
const maxBacklog = 1024 * 1024;

/**
 * A live stream other code broadcasts to. Each page holds one connection; a comment line every
 * `heartbeat` ms keeps proxies from closing it as idle and lets the server notice a dead peer.
 * @param {{ maxClients?: number, heartbeat?: number, retry?: number }} [settings]
 *   `maxClients`: connections held at once, further ones get 503 `too_many_clients` (default 100);
 *   `heartbeat`: ms between keep-alive comments (default 25000);
 *   `retry`: ms a browser waits before reconnecting (default 3000).
 */
function createEventStream({ maxClients = 100, heartbeat = 25_000, retry = 3_000 } = {}) {
  /** @type {Set<import('node:http').ServerResponse>} */
  const clients = new Set();
  let closed = false;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;

  const write = (res, text) => {
    res.write(text);
    if (res.writableLength > maxBacklog) res.destroy();
  };
  const drop = (res) => {
    clients.delete(res);
    if (clients.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    /** Connections open now. @returns {number} */
    get size() {
      return clients.size;
    },

    /**
     * Turns a request into a stream, or answers 503 when full or closed.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @returns {{ send: (event: string, data: unknown, id?: number) => void } | undefined}
     *   What sends to this client alone (e.g. what it missed), or undefined when refused.
     */
    connect(req, res) {
      if (closed) {
        sendError(res, 503, 'shutting_down', 'This server is shutting down; reconnect shortly', [], {
          'Retry-After': '5',
          Connection: 'close',
        });
        return undefined;
      }
      if (clients.size >= maxClients) {
        sendError(res, 503, 'too_many_clients', `At most ${maxClients} live connections are served at once`, [], {
          'Retry-After': '30',
        });
        return undefined;
      }
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        // Tells nginx not to buffer the stream, which would hold events back.
        'X-Accel-Buffering': 'no',
      });
      res.write(`retry: ${retry}\n\n`);
      clients.add(res);
      res.once('close', () => drop(res));
      req.socket.setNoDelay(true);
      timer ??= setInterval(() => clients.forEach((client) => write(client, ': heartbeat\n\n')), heartbeat).unref();
      return { send: (event, data, id) => write(res, format(event, data, id)) };
    },

    /**
     * Sends an event to every client. `id` becomes the browser's `Last-Event-ID` on reconnect.
     * @param {string} event
     * @param {unknown} data Sent as JSON.
     * @param {number} [id]
     */
    broadcast(event, data, id) {
      const text = format(event, data, id);
      clients.forEach((client) => write(client, text));
    },

    /** Ends every stream and refuses new ones, so the server can close. */
    close() {
      closed = true;
      clients.forEach((client) => client.end());
      clients.clear();
      clearInterval(timer);
      timer = undefined;
    },
  };
}

/** One event in the text/event-stream format; JSON text never holds a line break. */
function format(event, data, id) {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

module.exports = { createEventStream };
