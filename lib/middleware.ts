import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkAccess, withoutQueryToken } from './access/index.js';
import { deliver, deliverOnce } from './deliver.js';
import { HangupError } from './errors.js';
import type { HangupEmitter } from './emitter.js';
import { runListeners, reportFailure } from './listeners.js';
import { resolveOptions, type HangupOptions, type ResolvedOptions } from './options.js';
import { createDrain } from './drain.js';
import { judgePayload } from './parse.js';
import { receiveBody, type ReceivedBody } from './request-payload.js';
import { sendError } from './respond.js';
import type { HangupRequest, InvalidDelivery } from './types.js';

/** Called by Express (or Connect) to go on to the next handler. */
export type NextFunction = (error?: unknown) => void;

/**
 * The request handler {@link telecmiHangup} returns. It takes Express's, Connect's or plain
 * `node:http`'s `(req, res)`, and carries the emitter its events go to.
 */
export interface HangupMiddleware {
  (req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  /** Where `'hangup'`, `'duplicate'`, `'ignored'`, `'invalid'` and `'error'` are emitted. */
  readonly events: HangupEmitter;
  /**
   * Stops taking deliveries (they get 503 `shutting_down` with `Retry-After`, so TeleCMI retries
   * elsewhere) and resolves once the deliveries already being handled are answered.
   */
  close(): Promise<void>;
}

const allowedMethods = 'GET, POST';

/**
 * Creates the middleware for TeleCMI's outgoing-hangup webhook. Mount it where TeleCMI posts:
 * `app.use('/webhook/cdr', hangups)`, or `http.createServer(hangups)`.
 *
 * @example
 * const hangups = telecmiHangup();
 * app.use('/webhook/cdr', hangups);
 * hangups.events.on('hangup', async (event) => { await db.save(event); });
 */
export function telecmiHangup(options?: HangupOptions): HangupMiddleware {
  const config = resolveOptions(options);
  const drain = createDrain();

  const middleware = function telecmiHangupMiddleware(req: IncomingMessage, res: ServerResponse, next?: NextFunction) {
    if (drain.isClosing()) {
      sendError(res, new HangupError('shutting_down', 'This server is shutting down; retry shortly'), {
        'Retry-After': String(config.retryAfter),
        Connection: 'close',
      });
      return;
    }
    drain.begin();
    handleDelivery(req as HangupRequest, res, next, config)
      .catch((error: unknown) => {
        const failure = new HangupError('internal_error', 'The delivery could not be handled', [], { cause: error });
        reportFailure(config.emitter, failure, req);
        sendError(res, failure);
      })
      .finally(drain.end);
  } as HangupMiddleware;

  Object.defineProperty(middleware, 'events', { value: config.emitter, enumerable: true });
  Object.defineProperty(middleware, 'close', { value: drain.close, enumerable: true });
  return middleware;
}

async function handleDelivery(
  req: HangupRequest,
  res: ServerResponse,
  next: NextFunction | undefined,
  config: ResolvedOptions,
): Promise<void> {
  // First of all, so a sender that may not deliver learns nothing and none of its body is read.
  const denied = checkAccess(req, config);
  if (denied) return reject(req, res, config, denied.error, '', denied.headers);
  if (req.method !== 'POST' && req.method !== 'GET') {
    const error = new HangupError('method_not_allowed', `Method ${req.method ?? ''} is not allowed; use POST or GET`);
    return reject(req, res, config, error, '', { Allow: allowedMethods });
  }
  let received: ReceivedBody;
  try {
    received = withoutQueryToken(req, await receiveBody(req, config.limit), config);
  } catch (error) {
    if (!(error instanceof HangupError)) throw error;
    return reject(req, res, config, error, '');
  }
  let payload: unknown;
  try {
    payload = received.parse();
  } catch (error) {
    if (!(error instanceof HangupError)) throw error;
    return reject(req, res, config, error, received.raw);
  }
  const verdict = judgePayload(payload, config.strict, received.parsesHere);
  // A payload parsed here became the event; the verdict holds a copy of it as parsed.
  req.body = verdict.ok ? verdict.payload : payload;
  if (verdict.ok) {
    req.telecmiHangup = verdict.event;
    if (config.dedupe) return deliverOnce(req, res, next, config, config.dedupe, verdict.event);
    return deliver(req, res, next, config, 'hangup', verdict.event);
  }
  if (verdict.reason === 'ignored') return deliver(req, res, next, config, 'ignored', verdict.payload);
  const error = new HangupError(verdict.reason, verdict.message, verdict.errors);
  return reject(req, res, config, error, received.raw);
}

async function reject(
  req: HangupRequest,
  res: ServerResponse,
  config: ResolvedOptions,
  error: HangupError,
  body: string,
  headers: Record<string, string> = {},
): Promise<void> {
  // A body left unread would otherwise be drained by Node after the answer, at the sender's pace.
  if (!req.complete) headers = { ...headers, Connection: 'close' };
  if (error.code !== 'request_aborted') sendError(res, error, headers);
  const info: InvalidDelivery = {
    reason: error.code,
    status: error.status,
    message: error.message,
    errors: error.details,
    body,
  };
  // A failing dead-letter listener is reported, but does not change the answer: the input was bad.
  await runListeners(config.emitter, 'invalid', info, req, config.handlerTimeout);
}
