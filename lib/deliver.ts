import type { ServerResponse } from 'node:http';
import { claimDelivery, settleDelivery } from './dedupe/guard.js';
import type { ResolvedDedupe } from './dedupe/options.js';
import { HangupError } from './errors.js';
import { isThenable, runListeners } from './listeners.js';
import type { NextFunction } from './middleware.js';
import type { ResolvedOptions } from './options.js';
import { sendAcknowledgement, sendError } from './respond.js';
import type { HangupEvent, HangupRequest } from './types.js';

/** Runs the listeners of an accepted delivery and answers for them (or hands on to `next`). */
export async function deliver(
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
export async function deliverOnce(
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
  // Synchronous listeners and stores are the common case: only a promise is awaited, so they
  // answer in this tick instead of a few microtasks later.
  const running = runListeners(config.emitter, 'hangup', event, req, config.handlerTimeout);
  const failure = isThenable(running) ? await running : running;
  if (config.awaitHandlers) {
    if (failure) {
      await settle(false);
      sendError(res, failure);
      return;
    }
    if (!passedOn) {
      // Committed before the answer, so a repeat sent as soon as this one is answered is a duplicate.
      const committed = settle(true);
      if (isThenable(committed)) await committed;
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
    const judge = () => resolve(res.writableFinished && res.statusCode >= 200 && res.statusCode < 300);
    // The client may have gone while the claim was pending: then 'close' has fired already.
    if (res.destroyed || res.closed) judge();
    else res.once('close', judge);
  });
}

function accept(res: ServerResponse, next: NextFunction | undefined, config: ResolvedOptions): void {
  if (config.passThrough && next) next();
  else sendAcknowledgement(res, config.successStatus);
}
