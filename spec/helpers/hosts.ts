// The hosts every behaviour spec runs on, each served as a `node:http` request listener so one
// client (supertest, fetch, a raw socket) drives them all. Node's hosts are mounted as they are;
// the others sit behind a small bridge that turns the Node request into the host's own input
// (a `Request`, a Lambda event) and its output back into the Node response.
import { Buffer, isUtf8 } from 'node:buffer';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import express5 from 'express';
import express4 from 'express4';
import Fastify from 'fastify';
import { fastifyTelecmiHangup } from '../../lib/hosts/fastify.js';
import { toLambdaHandler, type LambdaHandler, type LambdaProxyEvent } from '../../lib/hosts/lambda.js';
import { telecmiHangup, type HangupMiddleware, type HangupOptions } from '../../lib/index.js';

/** Where every test app mounts the middleware. */
export const webhookPath = '/webhook/cdr';

/** What the tests do with an app of either Express major: mount handlers. */
export interface ExpressApp {
  set(setting: string, value: unknown): unknown;
  use(...handlers: unknown[]): unknown;
  post(path: string, ...handlers: unknown[]): unknown;
}

/** Hooks for the Express hosts: `before` adds middleware in front (an upstream parser), `after` behind. */
export interface ExpressHooks {
  before?: (app: ExpressApp) => void;
  after?: (app: ExpressApp) => void;
}

type Hangups = HangupMiddleware<unknown>;

function expressHost(express: () => unknown) {
  return (hangups: Hangups, hooks: ExpressHooks): RequestListener => {
    const app = express() as ExpressApp;
    // Express's own error handler logs every error it answers unless the environment is 'test'.
    app.set('env', 'test');
    hooks.before?.(app);
    app.use(webhookPath, hangups);
    hooks.after?.(app);
    return app as unknown as RequestListener;
  };
}

function fastifyHost(hangups: Hangups): RequestListener {
  const app = Fastify();
  const ready = app.register(fastifyTelecmiHangup, { hangups: hangups, path: webhookPath }).ready();
  return (req, res) => void ready.then(() => app.routing(req, res));
}

/** `hangups.fetch` behind a bridge from Node's request to a web `Request`, as Hono's node server does. */
function fetchHost(hangups: Hangups): RequestListener {
  return (req, res) => {
    const method = req.method ?? 'GET';
    const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
      method,
      headers: headersOf(req),
      body: method === 'GET' || method === 'HEAD' ? null : (Readable.toWeb(req) as ReadableStream<Uint8Array>),
      duplex: 'half',
    });
    void hangups
      .fetch(request, { clientAddress: req.socket.remoteAddress ?? '' })
      .then(async (response) =>
        writeBack(res, response.status, response.headers, Buffer.from(await response.arrayBuffer())),
      );
  };
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  return headers;
}

function writeBack(res: ServerResponse, status: number, headers: Headers | Record<string, string>, body: Buffer): void {
  res.writeHead(status, headers instanceof Headers ? Object.fromEntries(headers) : headers);
  res.end(body);
}

type EventShape = 'v1' | 'v2' | 'url';

/**
 * `toLambdaHandler` behind a bridge that does what API Gateway (REST, HTTP API) or a function URL
 * does: reads the whole body, base64-encodes it unless it is plain UTF-8 text, and builds the event.
 */
function lambdaHost(shape: EventShape) {
  return (hangups: Hangups): RequestListener => {
    const handler: LambdaHandler = toLambdaHandler(hangups);
    return (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const event = lambdaEvent(shape, req, Buffer.concat(chunks));
        void handler(event).then((result) =>
          writeBack(res, result.statusCode, result.headers, Buffer.from(result.body)),
        );
      });
    };
  };
}

function lambdaEvent(shape: EventShape, req: IncomingMessage, bytes: Buffer): LambdaProxyEvent {
  const url = new URL(req.url ?? '/', 'http://lambda.test');
  const text = bytes.length > 0 && isUtf8(bytes) && req.headers['content-encoding'] === undefined;
  const body = bytes.length === 0 ? undefined : text ? bytes.toString('utf8') : bytes.toString('base64');
  const sourceIp = req.socket.remoteAddress ?? '';
  if (shape === 'v1') {
    const headers = new Map<string, string>();
    const multiValueHeaders = new Map<string, string[]>();
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i] as string;
      headers.set(name, req.rawHeaders[i + 1] as string);
      multiValueHeaders.set(name, [...(multiValueHeaders.get(name) ?? []), req.rawHeaders[i + 1] as string]);
    }
    // API Gateway hands the query over decoded, last value or every value by name.
    const single = new Map<string, string>();
    const multi = new Map<string, string[]>();
    for (const [name, value] of url.searchParams) {
      single.set(name, value);
      multi.set(name, [...(multi.get(name) ?? []), value]);
    }
    const hasQuery = url.search.length > 1;
    // Object.fromEntries makes own properties, as JSON.parse of the event does, `__proto__` included.
    return {
      httpMethod: req.method ?? 'GET',
      path: url.pathname,
      headers: Object.fromEntries(headers),
      multiValueHeaders: Object.fromEntries(multiValueHeaders),
      queryStringParameters: hasQuery ? Object.fromEntries(single) : null,
      multiValueQueryStringParameters: hasQuery ? Object.fromEntries(multi) : null,
      body: body ?? null,
      isBase64Encoded: !text && body !== undefined,
      requestContext: { identity: { sourceIp } },
    };
  }
  const headers = new Map<string, string>();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] as string).toLowerCase();
    const value = req.rawHeaders[i + 1] as string;
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier},${value}`);
  }
  return {
    version: '2.0',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers: Object.fromEntries(headers),
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: !text && body !== undefined,
    requestContext: {
      http: { method: req.method ?? 'GET', sourceIp },
      ...(shape === 'url' ? { domainName: 'abc.lambda-url.us-east-1.on.aws' } : {}),
    } as LambdaProxyEventV2Context,
  };
}

type LambdaProxyEventV2Context = { http: { method: string; sourceIp?: string } };

const builders = {
  express5: expressHost(express5),
  express4: expressHost(express4),
  'node:http': (hangups: Hangups) => hangups,
  fastify: fastifyHost,
  fetch: fetchHost,
  'lambda-v1': lambdaHost('v1'),
  'lambda-v2': lambdaHost('v2'),
  'lambda-url': lambdaHost('url'),
} satisfies Record<string, (hangups: Hangups, hooks: ExpressHooks) => RequestListener>;

/** Every host the package runs on in this process (Bun and Deno run in their own: see spec/runtimes.spec.ts). */
export type Flavour = keyof typeof builders;

/** Builds a host with the middleware mounted at {@link webhookPath}; `hooks` apply to the Express hosts. */
export function buildHost(
  flavour: Flavour,
  options?: HangupOptions,
  hooks: ExpressHooks = {},
): { app: RequestListener; hangups: HangupMiddleware } {
  const hangups = telecmiHangup(options);
  return { app: builders[flavour](hangups, hooks), hangups };
}

/**
 * A header of the request a listener was handed, whichever host's it is: Node's or Fastify's
 * (`headers` by lower-case name), a web `Request`, or a Lambda event (names as the client sent them).
 */
export function requestHeader(req: unknown, name: string): string | undefined {
  if (req instanceof Request) return req.headers.get(name) ?? undefined;
  const headers = (req as { headers?: Record<string, unknown> | null } | undefined)?.headers;
  if (headers === null || headers === undefined || typeof headers !== 'object') return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}
