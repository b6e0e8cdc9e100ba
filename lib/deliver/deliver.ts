import { acknowledgement, errorAnswer } from '../answer/answers.js';
import type { DeliveryContext } from '../core/delivery.js';
import { claimDelivery, settleDelivery } from '../dedupe/guard.js';
import type { ResolvedDedupe } from '../dedupe/options.js';
import { HangupError } from '../errors.js';
import type { NotificationKind } from '../generated/notifications.js';
import type { TelecmiNotification } from '../types.js';
import { runListeners } from './listeners.js';
import { isThenable } from './thenable.js';

/** The event a kind is emitted under: its own name, but `'hangup'` for the outgoing hangup, as since 0.1. */
function eventNameOf(kind: NotificationKind): string {
  return kind === 'outgoing.hangup' ? 'hangup' : kind;
}

/**
 * The host's `handOn`, for a notification a handler behind may take over (with `passThrough`): the
 * outgoing hangup only, which that handler reads as `req.telecmiHangup`. Other kinds are answered
 * here, so a handler written for hangups is never handed one it does not know.
 */
function handOnOf(context: DeliveryContext, notification: TelecmiNotification) {
  return notification.kind === 'outgoing.hangup' ? context.host.handOn : undefined;
}

function runDeliveryListeners(context: DeliveryContext, notification: TelecmiNotification) {
  const { config, host } = context;
  const name = eventNameOf(notification.kind);
  return runListeners(config.emitter, name, notification, host.request, config.handlerTimeout, 'notification');
}

/**
 * Runs the listeners of an accepted notification (its kind's event, then `'notification'`) and
 * answers for them, or hands an outgoing hangup on (with `passThrough`, on a host with a `next`).
 */
export function deliver(context: DeliveryContext, notification: TelecmiNotification): Promise<void> {
  const name = eventNameOf(notification.kind);
  return answerAfterListeners(context, name, notification, 'notification', handOnOf(context, notification));
}

/**
 * Runs the `'ignored'` listeners of a notification of no documented kind and acknowledges it: it
 * is always answered here, since the handler behind would find no `req.telecmiNotification`.
 */
export function deliverIgnored(context: DeliveryContext, payload: Record<string, unknown>): Promise<void> {
  return answerAfterListeners(context, 'ignored', payload, undefined, undefined);
}

/**
 * Runs the listeners of `name` (and `alsoName`) and answers: after them, 500 for their first
 * failure or else the acknowledgement (or the hand-on); with `awaitHandlers: false`, before them.
 */
async function answerAfterListeners(
  context: DeliveryContext,
  name: string,
  argument: unknown,
  alsoName: string | undefined,
  handOn: (() => Promise<boolean>) | undefined,
): Promise<void> {
  const { config, host } = context;
  if (!config.awaitHandlers) {
    void accept(context, handOn);
    await runListeners(config.emitter, name, argument, host.request, config.handlerTimeout, alsoName);
    return;
  }
  const running = runListeners(config.emitter, name, argument, host.request, config.handlerTimeout, alsoName);
  const failure = isThenable(running) ? await running : running;
  if (failure) host.respond(errorAnswer(failure));
  else void accept(context, handOn);
}

/**
 * Delivers a notification once per dedupe key. A repeat of one handled is acknowledged as a
 * `'duplicate'`; a copy of one still being handled is answered 503 `in_progress`, so that its
 * sender retries and the first copy's failure cannot lose it. The claim is committed once the
 * delivery is handled, or released when it failed, so the sender's retry is handled afresh.
 */
export async function deliverOnce(
  context: DeliveryContext,
  dedupe: ResolvedDedupe,
  notification: TelecmiNotification,
): Promise<void> {
  const { config, host } = context;
  const claimed = claimDelivery(dedupe, config.emitter, notification, host.request);
  const ticket = isThenable(claimed) ? await claimed : claimed;
  if (ticket.state === 'done') return acknowledgeDuplicate(context, notification);
  if (ticket.state === 'in_progress') {
    const error = new HangupError('in_progress', 'A copy of this delivery is being handled; retry shortly');
    host.respond(errorAnswer(error, { 'Retry-After': String(config.retryAfter) }));
    return;
  }
  const settle = (handled: boolean) => settleDelivery(dedupe, config.emitter, ticket, handled, host.request);
  const handOn = handOnOf(context, notification);
  // Handed on, only the 2xx of the handler behind means the delivery was handled.
  let passedOn = config.awaitHandlers ? undefined : accept(context, handOn);
  // Synchronous listeners and stores are the common case: only a promise is awaited, so they
  // answer in this tick instead of a few microtasks later.
  const running = runDeliveryListeners(context, notification);
  const failure = isThenable(running) ? await running : running;
  if (config.awaitHandlers) {
    if (failure) {
      await settle(false);
      host.respond(errorAnswer(failure));
      return;
    }
    if (!handOn) {
      // Committed before the answer, so a repeat sent as soon as this one is answered is a duplicate.
      const committed = settle(true);
      if (isThenable(committed)) await committed;
      host.respond(acknowledgement(config.successStatus));
      return;
    }
    passedOn = accept(context, handOn);
  }
  await settle(!failure && (passedOn === undefined || (await passedOn)));
}

/** Answers a repeat with a 2xx, after (or, with `awaitHandlers: false`, before) its listeners. */
async function acknowledgeDuplicate(context: DeliveryContext, notification: TelecmiNotification): Promise<void> {
  const { config, host } = context;
  const answer = acknowledgement(config.successStatus);
  if (!config.awaitHandlers) host.respond(answer);
  // A failing 'duplicate' listener is reported but the answer stays 2xx: the delivery was handled
  // already, and an error would only make the sender deliver it again.
  await runListeners(config.emitter, 'duplicate', notification, host.request, config.handlerTimeout);
  if (config.awaitHandlers) host.respond(answer);
}

/** Acknowledges, or hands on: then resolves with whether the handler behind answered 2xx. */
function accept(context: DeliveryContext, handOn: (() => Promise<boolean>) | undefined): Promise<boolean> | undefined {
  if (handOn) return handOn();
  context.host.respond(acknowledgement(context.config.successStatus));
  return undefined;
}
