import type { IncomingMessage, ServerResponse } from 'node:http';
import { HangupError } from './errors.js';
import type { HangupEmitter } from './emitter.js';
import { runListeners, reportFailure } from './listeners.js';
import { resolveOptions, type HangupOptions, type ResolvedOptions } from './options.js';
import { judgePayload } from './parse.js';
import { receivePayload } from './request-payload.js';
import { sendAcknowledgement, sendError } from './respond.js';
import type { HangupRequest, InvalidDelivery } from './types.js';

/** Called by Express (or Connect) to go on to the next handler. */
export type NextFunction = (error?: unknown) => void;

/**
 * The request handler {@link telecmiHangup} returns. It takes Express's, Connect's or plain
 * `node:http`'s `(req, res)`, and carries the emitter its events go to.
 */
export interface HangupMiddleware {
  (req: IncomingMessage, res: ServerResponse, next?: NextFunction): void;
  /** Where `'hangup'`, `'ignored'`, `'invalid'` and `'error'` are emitted. */
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
  if (req.method !== 'POST' && req.method !== 'GET') {
    const error = new HangupError('method_not_allowed', `Method ${req.method ?? ''} is not allowed; use POST or GET`);
    return reject(req, res, config, error, '', { Allow: allowedMethods });
  }
  let received;
  try {
    received = await receivePayload(req, config.limit);
  } catch (error) {
    if (!(error instanceof HangupError)) throw error;
    return reject(req, res, config, error, '');
  }
  req.body = received.payload;
  const verdict = judgePayload(received.payload);
  if (verdict.ok) {
    req.telecmiHangup = verdict.event;
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
