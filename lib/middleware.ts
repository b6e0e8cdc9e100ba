import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkAccess, withoutQueryToken } from './access/index.js';
import { claimDelivery, settleDelivery } from './dedupe/guard.js';
import type { ResolvedDedupe } from './dedupe/options.js';
import { HangupError } from './errors.js';
import type { HangupEmitter } from './emitter.js';
import { isThenable, runListeners, reportFailure } from './listeners.js';
import { resolveOptions, type HangupOptions, type ResolvedOptions } from './options.js';
import { judgePayload } from './parse.js';
import { receiveBody, type ReceivedBody } from './request-payload.js';
import { sendAcknowledgement, sendError } from './respond.js';
import type { HangupEvent, HangupRequest, InvalidDelivery } from './types.js';

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
  req.body = payload;
  const verdict = judgePayload(payload, config.strict);
  if (verdict.ok) {
    req.telecmiHangup = verdict.event;
    if (config.dedupe) return deliverOnce(req, res, next, config, config.dedupe, verdict.event);
    return deliver(req, res, next, config, 'hangup', verdict.event);
  }
  if (verdict.reason === 'ignored') return deliver(req, res, next, config, 'ignored', verdict.payload);
  const error = new HangupError(verdict.reason, verdict.message, verdict.errors);
  return reject(req, res, config, error, received.raw);
}

async function deliver(
  req: HangupRequest,
  res: ServerResponse,
  next: NextFunction | undefined,
  config: ResolvedOptions,
  name: 'hangup' | 'ignored',
  argument: Parameters<typeof runListeners<'hangup' | 'ignored'>>[2],
): Promise<void> {
  if (!config.awaitHandlers) {
    accept(res, next, config);
    await runListeners(config.emitter, name, argument as never, req, config.handlerTimeout);
    return;
  }
  const failure = await runListeners(config.emitter, name, argument as never, req, config.handlerTimeout);
  if (failure) sendError(res, failure);
  else accept(res, next, config);
}

/**
 * Delivers a hangup once per dedupe key. A repeat of one handled is acknowledged as a
 * `'duplicate'`; a copy of one still being handled is answered 503 `in_progress`, so that its
 * sender retries and the first copy's failure cannot lose it. The claim is committed once the
 * delivery is handled, or released when it failed, so the sender's retry is handled afresh.
 */
async function deliverOnce(
  req: HangupRequest,
  res: ServerResponse,
  next: NextFunction | undefined,
  config: ResolvedOptions,
  dedupe: ResolvedDedupe,
  event: HangupEvent,
): Promise<void> {
  const claimed = claimDelivery(dedupe, config.emitter, event, req);
  const ticket = isThenable(claimed) ? await claimed : claimed;
  if (ticket.state === 'done') return acknowledgeDuplicate(req, res, config, event);
  if (ticket.state === 'in_progress') {
    const error = new HangupError('in_progress', 'A copy of this delivery is being handled; retry shortly');
    sendError(res, error, { 'Retry-After': String(config.retryAfter) });
    return;
  }
  const settle = (handled: boolean) => settleDelivery(dedupe, config.emitter, ticket, handled, req);
  // With passThrough the handler behind us answers, and only its 2xx means the delivery was handled.
  const passedOn = config.passThrough && next ? responseSucceeded(res) : undefined;
  if (!config.awaitHandlers) accept(res, next, config);
  const failure = await runListeners(config.emitter, 'hangup', event, req, config.handlerTimeout);
  if (config.awaitHandlers) {
    if (failure) {
      await settle(false);
      sendError(res, failure);
      return;
    }
    if (!passedOn) {
      // Committed before the answer, so a repeat sent as soon as this one is answered is a duplicate.
      await settle(true);
      accept(res, next, config);
      return;
    }
    accept(res, next, config);
  }
  await settle(!failure && (passedOn === undefined || (await passedOn)));
}

/** Answers a repeat with a 2xx, after (or, with `awaitHandlers: false`, before) its listeners. */
async function acknowledgeDuplicate(
  req: HangupRequest,
  res: ServerResponse,
  config: ResolvedOptions,
  event: HangupEvent,
): Promise<void> {
  if (!config.awaitHandlers) sendAcknowledgement(res, config.successStatus);
  // A failing 'duplicate' listener is reported but the answer stays 2xx: the delivery was handled
  // already, and an error would only make the sender deliver it again.
  await runListeners(config.emitter, 'duplicate', event, req, config.handlerTimeout);
  sendAcknowledgement(res, config.successStatus);
}

/** Resolves when the response is over: whether it was sent whole with a 2xx status. */
function responseSucceeded(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    res.once('close', () => resolve(res.writableFinished && res.statusCode >= 200 && res.statusCode < 300));
  });
}

function accept(res: ServerResponse, next: NextFunction | undefined, config: ResolvedOptions): void {
  if (config.passThrough && next) next();
  else sendAcknowledgement(res, config.successStatus);
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

/** Counts deliveries in progress so `close()` can wait for them. */
function createDrain() {
  let inFlight = 0;
  let closing = false;
  let idle: (() => void) | undefined;
  let closed: Promise<void> | undefined;
  return {
    isClosing: (): boolean => closing,
    begin: (): void => {
      inFlight++;
    },
    end: (): void => {
      inFlight--;
      if (inFlight === 0 && idle) idle();
    },
    close: (): Promise<void> => {
      closing = true;
      closed ??= inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve));
      return closed;
    },
  };
}
