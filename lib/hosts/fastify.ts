import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import type { Answer, Delivery, DeliveryBody, Host } from '../core/delivery.js';
import type { Core } from '../core/pipeline.js';
import { coreOf } from '../core/core-key.js';
import type { HangupMiddleware } from '../hangups.js';
import type { HangupEvent, TelecmiNotification } from '../types.js';
import { bodyMayBeUnread } from './unread-body.js';

/** Options of {@link fastifyTelecmiHangup}. */
export interface FastifyTelecmiHangupOptions {
  /** What `telecmiHangup()` returned: its emitter, dedupe store and drain serve this route too. Required. */
  hangups: HangupMiddleware<FastifyRequest>;
  /** Where TeleCMI delivers, e.g. `'/webhook/cdr'` (under the `prefix` the plugin is registered with). Required. */
  path: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The normalized outgoing hangup, on the route of `telecmi-hangup/fastify` once one is accepted. */
    telecmiHangup?: HangupEvent;
    /** The normalized notification of any kind, on the route of `telecmi-hangup/fastify` once one is accepted. */
    telecmiNotification?: TelecmiNotification;
  }
}

/** Where the route keeps the request's Content-Type while Fastify parses the body. */
const contentTypeKey = 'telecmiHangupContentType';
type HeldRequest = FastifyRequest & { [contentTypeKey]?: string | undefined };

/**
 * The Fastify 5 host: a route at `path` that answers like every other host. It reads the body
 * itself, through a content-type parser of its own scope that hands the stream on unread, so the
 * app's parsers (and `bodyLimit`) are left alone and play no part; the package's `limit` applies.
 * `allowIps` checks `request.ip`, so Fastify's `trustProxy` decides which hop counts.
 *
 * @example
 * const hangups = telecmiHangup<FastifyRequest>();
 * await app.register(fastifyTelecmiHangup, { hangups, path: '/webhook/cdr' });
 */
export const fastifyTelecmiHangup = fastifyPlugin(
  function telecmiHangupPlugin(
    app: FastifyInstance,
    options: FastifyTelecmiHangupOptions,
    done: (error?: Error) => void,
  ) {
    try {
      mountRoute(app, options);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  },
  { name: 'telecmi-hangup', fastify: '5.x', encapsulate: true },
);

function mountRoute(app: FastifyInstance, options: FastifyTelecmiHangupOptions): void {
  const core = coreOf(options?.hangups, 'fastifyTelecmiHangup');
  const { path } = options;
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new TypeError(
      `fastifyTelecmiHangup: option "path" must be a path such as "/webhook/cdr", got ${String(path)}`,
    );
  }
  app.decorateRequest('telecmiHangup', undefined);
  app.decorateRequest(contentTypeKey, undefined);
  // This plugin's scope is its own (encapsulate below): the app's parsers stay as they are.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (request, payload, done) => {
    restoreContentType(request);
    done(null, payload);
  });
  // Fastify refuses a Content-Type it cannot parse before any parser runs: it is hidden from
  // Fastify while it picks the parser (so the app's preParsing hooks do not see it either), and
  // put back by ours, or by the handler when there is no body to parse; the core then judges it
  // and answers in its own words. Set to undefined rather than deleted, which would turn the
  // headers object into a slow dictionary.
  app.addHook('onRequest', (request, _reply, done) => {
    const held = request as HeldRequest;
    held[contentTypeKey] = request.headers['content-type'];
    request.headers['content-type'] = undefined;
    done();
  });
  // Every method Fastify routes, so the core answers 405 with its Allow header for the others.
  app.all(path, (request, reply) => handle(core, request, reply));
}

function restoreContentType(request: FastifyRequest): void {
  const held = request as HeldRequest;
  if (held[contentTypeKey] === undefined) return;
  request.headers['content-type'] = held[contentTypeKey];
  held[contentTypeKey] = undefined;
}

function handle(core: Core, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  restoreContentType(request);
  const host = new FastifyHost(core, request, reply);
  void core.handle(new FastifyDelivery(request), host).then(() => host.answerIfSilent());
  return reply;
}

class FastifyDelivery implements Delivery {
  readonly #request: FastifyRequest;
  readonly method: string;
  constructor(request: FastifyRequest) {
    this.#request = request;
    this.method = request.method;
  }
  get query(): string {
    const { url } = this.#request;
    const mark = url.indexOf('?');
    return mark === -1 ? '' : url.slice(mark + 1);
  }
  header(name: string): string | string[] | undefined {
    return this.#request.headers[name];
  }
  get body(): DeliveryBody {
    // The stream our content-type parser handed on; a GET (or a body-less POST) has none.
    const stream = this.#request.body as Readable | undefined;
    return stream === undefined || stream === null ? { bytes: new Uint8Array(0) } : { stream };
  }
  get clientAddress(): string | undefined {
    return this.#request.ip;
  }
}

class FastifyHost implements Host {
  readonly name = 'fastify';
  readonly request: FastifyRequest;
  readonly handOn = undefined;
  readonly #core: Core;
  readonly #reply: FastifyReply;
  #answered = false;
  constructor(core: Core, request: FastifyRequest, reply: FastifyReply) {
    this.#core = core;
    this.request = request;
    this.#reply = reply;
  }
  respond(answer: Answer): void {
    if (this.#answered) return;
    this.#answered = true;
    const reply = this.#reply;
    reply.code(answer.status).headers(answer.headers);
    // A body left unread would otherwise be drained by Node after the answer, at the sender's pace;
    // and once closing, a socket kept alive would only be cut when the server closes, mid-request.
    if (bodyMayBeUnread(this.request.raw) || this.#core.closing) reply.header('connection', 'close');
    reply.send(answer.body === '' ? undefined : answer.body);
  }
  judged(payload: unknown, notification: TelecmiNotification | undefined): void {
    this.request.body = payload;
    if (notification === undefined) return;
    this.request.telecmiNotification = notification;
    if (notification.kind === 'outgoing.hangup') this.request.telecmiHangup = notification;
  }
  /** A sender that went away is not answered; Fastify is told the reply is done with. */
  answerIfSilent(): void {
    if (!this.#answered) this.#reply.hijack();
  }
}
