import { acknowledgement, errorAnswer } from '../answer/answers.js';
import type { DeliveryContext } from '../core/delivery.js';
import { claimDelivery, dedupeKeyOf, settleDelivery } from '../dedupe/guard.js';
import type { ResolvedDedupe } from '../dedupe/options.js';
import { HangupError } from '../errors.js';
import type { NotificationKind } from '../generated/notifications.js';
import type { TelecmiNotification } from '../types.js';
import { noteOutcome, respond } from '../observe/outcome.js';
import { runTimedListeners } from './timed-listeners.js';
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
  return runTimedListeners(context, eventNameOf(notification.kind), notification, 'notification');
}

/**
 * Runs the listeners of an accepted notification (its kind's event, then `'notification'`) and
 * answers for them, or hands an outgoing hangup on (with `passThrough`, on a host with a `next`).
 */
export function deliver(context: DeliveryContext, notification: TelecmiNotification): Promise<void> {
  const name = eventNameOf(notification.kind);
  return answerAfterListeners(context, 'accepted', name, notification, 'notification', handOnOf(context, notification));
}

/**
 * Runs the `'ignored'` listeners of a notification of no documented kind and acknowledges it: it
 * is always answered here, since the handler behind would find no `req.telecmiNotification`.
 */
export function deliverIgnored(context: DeliveryContext, payload: Record<string, unknown>): Promise<void> {
  return answerAfterListeners(context, 'ignored', 'ignored', payload, undefined, undefined);
}

/**
 * Runs the listeners of `name` (and `alsoName`) and answers: after them, 500 for their first
 * failure or else the acknowledgement (or the hand-on); with `awaitHandlers: false`, before them.
 * `outcome` is what the delivery is, unless its listeners fail.
 */
async function answerAfterListeners(
  context: DeliveryContext,
  outcome: 'accepted' | 'ignored',
  name: string,
  argument: unknown,
  alsoName: string | undefined,
  handOn: (() => Promise<boolean>) | undefined,
): Promise<void> {
  const { config } = context;
  if (!config.awaitHandlers) {
    noteOutcome(context, outcome);
    void accept(context, handOn);
    const failure = await runTimedListeners(context, name, argument, alsoName);
    if (failure) noteOutcome(context, 'failed', failure);
    return;
  }
  const running = runTimedListeners(context, name, argument, alsoName);
  const failure = isThenable(running) ? await running : running;
  if (failure) {
    noteOutcome(context, 'failed', failure);
    respond(context, errorAnswer(failure));
    return;
  }
  noteOutcome(context, outcome);
  void accept(context, handOn);
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
  const key = dedupeKeyOf(dedupe, config.emitter, notification, host.request);
  if (context.trace) context.trace.dedupeKey = key;
  const claimed = claimDelivery(dedupe, config.emitter, key, host.request);
  const ticket = isThenable(claimed) ? await claimed : claimed;
  if (ticket.state === 'done') return acknowledgeDuplicate(context, notification);
  if (ticket.state === 'in_progress') {
    const error = new HangupError('in_progress', 'A copy of this delivery is being handled; retry shortly');
    noteOutcome(context, 'rejected', error);
    respond(context, errorAnswer(error, { 'Retry-After': String(config.retryAfter) }));
    return;
  }
  const settle = (handled: boolean) => settleDelivery(dedupe, config.emitter, ticket, handled, host.request);
  const handOn = handOnOf(context, notification);
  if (!config.awaitHandlers) noteOutcome(context, 'accepted');
  // Handed on, only the 2xx of the handler behind means the delivery was handled.
  let passedOn = config.awaitHandlers ? undefined : accept(context, handOn);
  // Synchronous listeners and stores are the common case: only a promise is awaited, so they
  // answer in this tick instead of a few microtasks later.
  const running = runDeliveryListeners(context, notification);
  const failure = isThenable(running) ? await running : running;
  if (failure) noteOutcome(context, 'failed', failure);
  if (config.awaitHandlers) {
    if (failure) {
      await settle(false);
      respond(context, errorAnswer(failure));
      return;
    }
    if (!handOn) {
      // Committed before the answer, so a repeat sent as soon as this one is answered is a duplicate.
      const committed = settle(true);
      if (isThenable(committed)) await committed;
      noteOutcome(context, 'accepted');
      respond(context, acknowledgement(config.successStatus));
      return;
    }
    noteOutcome(context, 'accepted');
    passedOn = accept(context, handOn);
  }
  await settle(!failure && (passedOn === undefined || (await passedOn)));
}

/** Answers a repeat with a 2xx, after (or, with `awaitHandlers: false`, before) its listeners. */
async function acknowledgeDuplicate(context: DeliveryContext, notification: TelecmiNotification): Promise<void> {
  const { config } = context;
  const answer = acknowledgement(config.successStatus);
  noteOutcome(context, 'duplicate');
  if (!config.awaitHandlers) respond(context, answer);
  // A failing 'duplicate' listener is reported but the answer stays 2xx: the delivery was handled
  // already, and an error would only make the sender deliver it again.
  await runTimedListeners(context, 'duplicate', notification);
  if (config.awaitHandlers) respond(context, answer);
}

/** Acknowledges, or hands on: then resolves with whether the handler behind answered 2xx. */
function accept(context: DeliveryContext, handOn: (() => Promise<boolean>) | undefined): Promise<boolean> | undefined {
  if (handOn) return handOn();
  respond(context, acknowledgement(context.config.successStatus));
  return undefined;
}
