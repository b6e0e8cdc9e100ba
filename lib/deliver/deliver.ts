import { acknowledgement, errorAnswer } from '../answer/answers.js';
import type { DeliveryContext } from '../core/delivery.js';
import { claimDelivery, dedupeKeyOf, settleDelivery, type HeldTicket, type Ticket } from '../dedupe/guard.js';
import type { ResolvedDedupe } from '../dedupe/options.js';
import type { MaybePromise } from '../dedupe/store.js';
import { HangupError } from '../errors.js';
import type { NotificationKind } from '../generated/notifications.js';
import type { TelecmiNotification } from '../types.js';
import { noteOutcome, respond } from '../observe/outcome.js';
import { runTimedListeners, type Listening } from './timed-listeners.js';
import { discard, isThenable } from './thenable.js';

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
export function deliver(context: DeliveryContext, notification: TelecmiNotification): MaybePromise<void> {
  const name = eventNameOf(notification.kind);
  return answerAfterListeners(context, 'accepted', name, notification, 'notification', handOnOf(context, notification));
}

/**
 * Runs the `'ignored'` listeners of a notification of no documented kind and acknowledges it: it
 * is always answered here, since the handler behind would find no `req.telecmiNotification`.
 */
export function deliverIgnored(context: DeliveryContext, payload: Record<string, unknown>): MaybePromise<void> {
  return answerAfterListeners(context, 'ignored', 'ignored', payload, undefined, undefined);
}

/**
 * Runs the listeners of `name` (and `alsoName`) and answers: after them, 500 for their first
 * failure or else the acknowledgement (or the hand-on); with `awaitHandlers: false`, before them.
 * `outcome` is what the delivery is, unless its listeners fail.
 */
function answerAfterListeners(
  context: DeliveryContext,
  outcome: 'accepted' | 'ignored',
  name: string,
  argument: unknown,
  alsoName: string | undefined,
  handOn: (() => Promise<boolean>) | undefined,
): MaybePromise<void> {
  if (!context.config.awaitHandlers) {
    noteOutcome(context, outcome);
    void accept(context, handOn);
    return noteLateFailure(context, runTimedListeners(context, name, argument, alsoName));
  }
  const running = runTimedListeners(context, name, argument, alsoName);
  if (isThenable(running)) return running.then((failure) => answerForListeners(context, outcome, handOn, failure));
  answerForListeners(context, outcome, handOn, running);
}

function answerForListeners(
  context: DeliveryContext,
  outcome: 'accepted' | 'ignored',
  handOn: (() => Promise<boolean>) | undefined,
  failure: HangupError | undefined,
): void {
  if (failure) {
    noteOutcome(context, 'failed', failure);
    respond(context, errorAnswer(failure));
    return;
  }
  noteOutcome(context, outcome);
  void accept(context, handOn);
}

/** For listeners run after the answer (`awaitHandlers: false`): their failure is the delivery's outcome. */
function noteLateFailure(context: DeliveryContext, running: Listening): MaybePromise<void> {
  if (isThenable(running)) {
    return running.then((failure) => {
      if (failure) noteOutcome(context, 'failed', failure);
    });
  }
  if (running) noteOutcome(context, 'failed', running);
}

/**
 * Delivers a notification once per dedupe key. A repeat of one handled is acknowledged as a
 * `'duplicate'`; a copy of one still being handled is answered 503 `in_progress`, so that its
 * sender retries and the first copy's failure cannot lose it. The claim is committed once the
 * delivery is handled, or released when it failed, so the sender's retry is handled afresh.
 * Synchronous listeners and stores are the common case: only a promise is waited for, so such a
 * delivery is answered in the tick its body was read in.
 */
export function deliverOnce(
  context: DeliveryContext,
  dedupe: ResolvedDedupe,
  notification: TelecmiNotification,
): MaybePromise<void> {
  const { config, host } = context;
  const key = dedupeKeyOf(dedupe, config.emitter, notification, host.request);
  if (context.trace) context.trace.dedupeKey = key;
  const claimed = claimDelivery(dedupe, config.emitter, key, host.request);
  if (isThenable(claimed)) return claimed.then((ticket) => deliverClaimed(context, dedupe, notification, ticket));
  return deliverClaimed(context, dedupe, notification, claimed);
}

function deliverClaimed(
  context: DeliveryContext,
  dedupe: ResolvedDedupe,
  notification: TelecmiNotification,
  ticket: Ticket,
): MaybePromise<void> {
  if (ticket.state === 'done') return acknowledgeDuplicate(context, notification);
  if (ticket.state === 'in_progress') {
    const error = new HangupError('in_progress', 'A copy of this delivery is being handled; retry shortly');
    noteOutcome(context, 'rejected', error);
    respond(context, errorAnswer(error, { 'Retry-After': String(context.config.retryAfter) }));
    return;
  }
  const claim: Claim = { context, dedupe, ticket, handOn: handOnOf(context, notification) };
  if (!context.config.awaitHandlers) return deliverBeforeListeners(claim, notification);
  const running = runDeliveryListeners(context, notification);
  if (isThenable(running)) return running.then((failure) => settleClaim(claim, failure));
  return settleClaim(claim, running);
}

/** A claimed delivery: what settling its claim needs. */
interface Claim {
  readonly context: DeliveryContext;
  readonly dedupe: ResolvedDedupe;
  readonly ticket: HeldTicket;
  /** Handed on, only the 2xx of the handler behind means the delivery was handled. */
  readonly handOn: (() => Promise<boolean>) | undefined;
}

function settle(claim: Claim, handled: boolean): MaybePromise<void> {
  const { context } = claim;
  return settleDelivery(claim.dedupe, context.config.emitter, claim.ticket, handled, context.host.request);
}

/** After the listeners: releases the claim and answers their failure, or commits it and acknowledges (or hands on). */
function settleClaim(claim: Claim, failure: HangupError | undefined): MaybePromise<void> {
  const { context, handOn } = claim;
  if (failure) {
    noteOutcome(context, 'failed', failure);
    const released = settle(claim, false);
    if (isThenable(released)) return released.then(() => respond(context, errorAnswer(failure)));
    respond(context, errorAnswer(failure));
    return;
  }
  noteOutcome(context, 'accepted');
  if (handOn) return handOn().then((handled) => settle(claim, handled));
  // Committed before the answer, so a repeat sent as soon as this one is answered is a duplicate.
  const committed = settle(claim, true);
  const answer = acknowledgement(context.config.successStatus);
  if (isThenable(committed)) return committed.then(() => respond(context, answer));
  respond(context, answer);
}

/** With `awaitHandlers: false`: acknowledges (or hands on) first, then runs the listeners and settles the claim. */
async function deliverBeforeListeners(claim: Claim, notification: TelecmiNotification): Promise<void> {
  const { context } = claim;
  noteOutcome(context, 'accepted');
  const passedOn = accept(context, claim.handOn);
  const running = runDeliveryListeners(context, notification);
  const failure = isThenable(running) ? await running : running;
  if (failure) noteOutcome(context, 'failed', failure);
  await settle(claim, !failure && (passedOn === undefined || (await passedOn)));
}

/** Answers a repeat with a 2xx, after (or, with `awaitHandlers: false`, before) its listeners. */
function acknowledgeDuplicate(context: DeliveryContext, notification: TelecmiNotification): MaybePromise<void> {
  const { config } = context;
  const answer = acknowledgement(config.successStatus);
  noteOutcome(context, 'duplicate');
  if (!config.awaitHandlers) respond(context, answer);
  // A failing 'duplicate' listener is reported but the answer stays 2xx: the delivery was handled
  // already, and an error would only make the sender deliver it again.
  const running = runTimedListeners(context, 'duplicate', notification);
  if (!config.awaitHandlers) return isThenable(running) ? running.then(discard) : undefined;
  if (isThenable(running)) return running.then(() => respond(context, answer));
  respond(context, answer);
}

/** Acknowledges, or hands on: then resolves with whether the handler behind answered 2xx. */
function accept(context: DeliveryContext, handOn: (() => Promise<boolean>) | undefined): Promise<boolean> | undefined {
  if (handOn) return handOn();
  respond(context, acknowledgement(context.config.successStatus));
  return undefined;
}
