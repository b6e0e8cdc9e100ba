// Loopback plumbing shared by spec/property.spec.ts and spec/soak.spec.ts: a server that notes,
// by a request id header, every request that reaches the host and how it was answered, and a
// client that sends bytes exactly as told and always settles.
import { once } from 'node:events';
import { createServer, request, type Agent, type RequestListener } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { webhookPath } from './app.js';
import { requestHeader } from './hosts.js';

/** The header every test request carries its id in, so events can be traced to their request. */
export const idHeader = 'x-soak-id';

/** The id a request carries, as the host and the middleware's listeners (on any host) see it. */
export function requestId(req: unknown): string {
  return requestHeader(req, idHeader) ?? '';
}

/** What the host saw of one request: answered means the response was sent whole. */
export interface Arrival {
  /** The status of the response once sent whole, `undefined` while not (or never) answered. */
  status: number | undefined;
  /** The connection of the request is closed (after its answer, or without one). */
  closed: boolean;
}

/** A loopback server around a host app, noting each request it hands to the app. */
export interface TrackedServer {
  port: number;
  /** Requests that reached the host, by id. */
  arrivals: Map<string, Arrival>;
  /** What the app threw synchronously (it never should). */
  thrown: unknown[];
  /** Resolves once the request with `id` has reached the host (or after `timeout` ms, with false). */
  arrived(id: string, timeout: number): Promise<boolean>;
  /** Closes the server, resolving once every connection to it has ended. */
  close(): Promise<void>;
  /** Closes the server and drops its connections at once, for cleaning up after a failure. */
  destroy(): void;
}

/** Starts `app` on 127.0.0.1 on a free port, behind a wrapper that notes every request. */
export async function listenTracked(app: RequestListener): Promise<TrackedServer> {
  const arrivals = new Map<string, Arrival>();
  const waiting = new Map<string, () => void>();
  const thrown: unknown[] = [];
  const server = createServer((req, res) => {
    const id = requestId(req);
    const arrival: Arrival = { status: undefined, closed: false };
    arrivals.set(id, arrival);
    res.once('finish', () => (arrival.status = res.statusCode));
    res.once('close', () => (arrival.closed = true));
    waiting.get(id)?.();
    try {
      app(req, res);
    } catch (error) {
      thrown.push(error);
      res.destroy();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    arrivals,
    thrown,
    arrived: (id, timeout) => {
      if (arrivals.has(id)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(false);
        }, timeout);
        waiting.set(id, () => {
          clearTimeout(timer);
          waiting.delete(id);
          resolve(true);
        });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
    destroy: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A request to send: bytes and headers exactly as given. */
export interface Outgoing {
  id: string;
  method: string;
  /** Appended to the webhook path after a `?`; `undefined` for no `?` at all. */
  query?: string | undefined;
  headers?: Record<string, string>;
  body?: Buffer | undefined;
  /** Send the body with `Transfer-Encoding: chunked` instead of a `Content-Length`. */
  chunked?: boolean;
}

/** How a request ended for its sender. */
export type Answer =
  | { kind: 'answer'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  /** The connection failed or closed before an answer was read whole. */
  | { kind: 'reset'; message: string }
  /** No answer within the time allowed: the request was left unanswered. */
  | { kind: 'timeout' };

/** Sends one request with `agent`; resolves, never rejects, within `timeout` ms. */
export function send(agent: Agent, port: number, outgoing: Outgoing, timeout: number): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...outgoing.headers, [idHeader]: outgoing.id };
    const { body } = outgoing;
    if (body !== undefined && !outgoing.chunked) headers['content-length'] = String(body.length);
    // Named, or Node frames no chunks for a GET, DELETE, ... and sends the body as it is.
    if (body !== undefined && outgoing.chunked) headers['transfer-encoding'] = 'chunked';
    const path = outgoing.query === undefined ? webhookPath : `${webhookPath}?${outgoing.query}`;
    // Throws synchronously on a header or path Node will not send: a bug of the test, not of the middleware.
    const req = request({ agent, host: '127.0.0.1', port, method: outgoing.method, path, headers });
    const timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      req.destroy();
    }, timeout);
    let settled = false;
    const settle = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    req.on('error', (error) => settle({ kind: 'reset', message: error.message }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => settle({ kind: 'reset', message: error.message }));
      res.on('end', () =>
        settle({
          kind: 'answer',
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    if (body !== undefined && outgoing.chunked) {
      req.write(body);
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** A POST sent on a connection of its own: what is sent, what more is promised, and any other header. */
export interface RawPost {
  id: string;
  /** The bytes sent after the head. */
  body: Buffer;
  /** How many more bytes `Content-Length` promises, that never come (0 for a whole body). */
  missing: number;
  /** More header lines, e.g. `Content-Encoding: gzip`. */
  headers?: string[];
}

/**
 * Opens a connection and sends a POST on it, often of which only part of the body comes. Resolves
 * once the request has reached the host (or after `timeout` ms), for the caller to close without
 * waiting for an answer: a sender that went away mid-body, or that gave up waiting.
 */
export async function startRawPost(
  server: TrackedServer,
  post: RawPost,
  timeout: number,
): Promise<{ reached: boolean; close: (gracefully: boolean) => Promise<void> }> {
  const socket = connect(server.port, '127.0.0.1');
  socket.on('error', () => undefined);
  // Whatever the server may answer (Node's own 400 for a half-closed body) is read and dropped.
  socket.resume();
  const head = [
    `POST ${webhookPath} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    `Content-Length: ${post.body.length + post.missing}`,
    `${idHeader}: ${post.id}`,
    ...(post.headers ?? []),
    '',
    '',
  ].join('\r\n');
  socket.write(Buffer.concat([Buffer.from(head, 'latin1'), post.body]));
  const reached = await server.arrived(post.id, timeout);
  return {
    reached,
    /** Ends the connection: with a FIN (`gracefully`, the server sees the body end early), or at once. */
    close: async (gracefully) => {
      const closed = once(socket, 'close');
      if (gracefully) socket.end();
      else socket.destroy();
      await closed;
    },
  };
}

/** Resolves once `condition()` holds, checking every few ms, or after `timeout` ms; says which. */
export async function until(condition: () => boolean, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}

/** Whether `close()` of a middleware settles at once: no delivery is still being handled. */
export async function closesAtOnce(close: () => Promise<void>): Promise<boolean> {
  return Promise.race([
    close().then(() => true),
    new Promise<boolean>((resolve) => setImmediate(() => resolve(false))),
  ]);
}
