import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer, Delivery, DeliveryBody, Host } from '../core/delivery.js';
import type { Core } from '../core/pipeline.js';
import type { HangupEvent, TelecmiNotification } from '../types.js';
import { bodyMayBeUnread } from './unread-body.js';

/** Called by Express (or Connect) to go on to the next handler. */
export type NextFunction = (error?: unknown) => void;

/** What Express, its body parsers and this package put on a request. */
type NodeRequest = IncomingMessage & {
  body?: unknown;
  _body?: boolean;
  ip?: unknown;
  telecmiHangup?: HangupEvent;
  telecmiNotification?: TelecmiNotification;
};

/**
 * The Node host: Express 4 and 5, Connect and `node:http`'s `(req, res, next?)`. With
 * `passThrough` and a `next`, an accepted hangup is handed on to the handler behind.
 */
export function nodeHandler(core: Core) {
  const { passThrough } = core.config;
  return function telecmiHangupMiddleware(req: IncomingMessage, res: ServerResponse, next?: NextFunction): void {
    void core.handle(new NodeDelivery(req), new NodeHost(core, req, res, passThrough ? next : undefined));
  };
}

class NodeDelivery implements Delivery {
  readonly #req: NodeRequest;
  constructor(req: NodeRequest) {
    this.#req = req;
  }
  get method(): string {
    return this.#req.method ?? '';
  }
  get query(): string {
    const url = this.#req.url ?? '';
    const mark = url.indexOf('?');
    return mark === -1 ? '' : url.slice(mark + 1);
  }
  header(name: string): string | string[] | undefined {
    return this.#req.headers[name];
  }
  get body(): DeliveryBody {
    const req = this.#req;
    // Something upstream (a body parser) consumed the stream: what it left is all there is.
    if (req._body === true || req.readableEnded)
      return req.body === undefined ? { consumed: true } : { parsed: req.body };
    return { stream: req };
  }
  /** Express's `req.ip`, so the app's `trust proxy` decides which hop counts; else the socket's peer. */
  get clientAddress(): string | undefined {
    const { ip } = this.#req;
    return typeof ip === 'string' ? ip : this.#req.socket.remoteAddress;
  }
}

class NodeHost implements Host {
  readonly name = 'node';
  readonly request: NodeRequest;
  readonly handOn: (() => Promise<boolean>) | undefined;
  readonly #core: Core;
  readonly #res: ServerResponse;
  constructor(core: Core, req: NodeRequest, res: ServerResponse, next: NextFunction | undefined) {
    this.#core = core;
    this.request = req;
    this.#res = res;
    this.handOn =
      next &&
      (() => {
        const succeeded = responseSucceeded(res);
        next();
        return succeeded;
      });
  }
  respond(answer: Answer): void {
    const res = this.#res;
    if (res.headersSent) return;
    res.statusCode = answer.status;
    for (const name in answer.headers) res.setHeader(name, answer.headers[name] as string);
    // A body left unread would otherwise be drained by Node after the answer, at the sender's pace;
    // and once closing, a socket kept alive would only be cut when the server closes, mid-request.
    if (bodyMayBeUnread(this.request) || this.#core.closing) res.setHeader('Connection', 'close');
    res.end(answer.body === '' ? undefined : answer.body);
  }
  judged(payload: unknown, notification: TelecmiNotification | undefined): void {
    this.request.body = payload;
    if (notification === undefined) return;
    this.request.telecmiNotification = notification;
    if (notification.kind === 'outgoing.hangup') this.request.telecmiHangup = notification;
  }
}

/** Resolves when the response is over: whether it was sent whole with a 2xx status. */
function responseSucceeded(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const judge = () => resolve(res.writableFinished && res.statusCode >= 200 && res.statusCode < 300);
    // The client may have gone while the claim was pending: then 'close' has fired already.
    if (res.destroyed || res.closed) judge();
    else res.once('close', judge);
  });
}
