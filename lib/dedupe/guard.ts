import { HangupError } from '../errors.js';
import type { HangupEmitter } from '../emitter.js';
import { reportFailure } from '../deliver/report.js';
import { isThenable } from '../deliver/thenable.js';
import type { TelecmiNotification } from '../types.js';
import { storeKey } from './key.js';
import type { ResolvedDedupe } from './options.js';
import { dedupeChannel, type DedupeStoreCall } from '../observe/channels.js';
import type { DedupeClaim, MaybePromise } from './store.js';

/**
 * A delivery to handle: under a claim, or without one because the store failed (`late` is then
 * a claim that timed out but may still land).
 */
export type HeldTicket =
  | { readonly state: 'claimed'; readonly key: string; readonly token: string }
  | { readonly state: 'unguarded'; readonly late?: { key: string; claim: PromiseLike<DedupeClaim> } };

/** Where a delivery stands with the store: a repeat (`done`), a copy of one being handled (`in_progress`), or one to handle. */
export type Ticket = { readonly state: 'done' } | { readonly state: 'in_progress' } | HeldTicket;

const unguarded: Ticket = Object.freeze({ state: 'unguarded' });

/**
 * The delivery's dedupe key as the store is asked it, or `undefined` when it cannot be derived
 * (`dedupe.key` threw, or gave no string): that is reported on `'error'`, and the delivery is then
 * handled unguarded.
 */
export function dedupeKeyOf(
  dedupe: ResolvedDedupe,
  emitter: HangupEmitter,
  notification: TelecmiNotification,
  request: unknown,
): string | undefined {
  try {
    return deriveKey(dedupe, notification);
  } catch (error) {
    const message = 'The dedupe key could not be derived; the delivery is handled unguarded';
    reportFailure(emitter, new HangupError('dedupe_unavailable', message, [], { cause: error }), request);
    return undefined;
  }
}

/**
 * Claims the delivery's key. Never rejects and never waits longer than `dedupe.timeout`: when
 * there is no key or the store fails, the failure is reported on `'error'` and the delivery is
 * `unguarded`. Answers synchronously when the store does.
 */
export function claimDelivery(
  dedupe: ResolvedDedupe,
  emitter: HangupEmitter,
  key: string | undefined,
  request: unknown,
): MaybePromise<Ticket> {
  if (key === undefined) return unguarded;
  const call = startCall('claim', key);
  let answer: MaybePromise<DedupeClaim>;
  try {
    answer = dedupe.store.claim(key, dedupe.claimTtl);
  } catch (error) {
    call?.failed(error);
    return failedClaim(emitter, key, error, request);
  }
  if (!isThenable(answer)) return ticketOf(emitter, key, answer, request, call);
  return within(answer, dedupe.timeout).then(
    (claim) => ticketOf(emitter, key, claim, request, call),
    (error: unknown) => {
      call?.failed(error);
      failedClaim(emitter, key, error, request);
      return error instanceof StoreTimeout ? { state: 'unguarded', late: { key, claim: answer } } : unguarded;
    },
  );
}

/**
 * Commits the claim when the delivery was handled, or releases it so the sender's retry is
 * handled afresh. Never rejects and never waits longer than `dedupe.timeout`; a failure is
 * reported on `'error'` and changes nothing else (the listeners have run either way).
 */
export function settleDelivery(
  dedupe: ResolvedDedupe,
  emitter: HangupEmitter,
  ticket: HeldTicket,
  handled: boolean,
  request: unknown,
): MaybePromise<void> {
  if (ticket.state === 'unguarded') {
    if (ticket.late) settleLateClaim(dedupe, ticket.late.key, ticket.late.claim, handled);
    return;
  }
  const { key, token } = ticket;
  const call = startCall(handled ? 'commit' : 'release', key);
  const failed = (error: unknown): void => {
    call?.failed(error);
    const message = handled
      ? `The dedupe store did not commit key "${key}"; a repeat of this delivery may be handled again`
      : `The dedupe store did not release key "${key}"; a retry gets in_progress until the claim lapses`;
    reportFailure(emitter, new HangupError('dedupe_unavailable', message, [], { cause: error }), request);
  };
  let answer: MaybePromise<void>;
  try {
    answer = handled ? dedupe.store.commit(key, token, dedupe.ttl) : dedupe.store.release(key, token);
  } catch (error) {
    failed(error);
    return;
  }
  if (!isThenable(answer)) {
    call?.answered(handled ? 'committed' : 'released');
    return;
  }
  return within(answer, dedupe.timeout).then(() => call?.answered(handled ? 'committed' : 'released'), failed);
}

function deriveKey(dedupe: ResolvedDedupe, notification: TelecmiNotification): string {
  const key: unknown = dedupe.key(notification);
  if (typeof key !== 'string' || key === '') {
    throw new TypeError(
      `dedupe.key must return a non-empty string, got ${key === '' ? 'an empty string' : typeof key}`,
    );
  }
  return storeKey(key);
}

function ticketOf(
  emitter: HangupEmitter,
  key: string,
  claim: unknown,
  request: unknown,
  call: StoreCall | undefined,
): Ticket {
  if (isClaim(claim)) {
    call?.answered(claim.state);
    return claim.state === 'claimed' ? { state: 'claimed', key, token: claim.token } : claim;
  }
  const error = new TypeError(`claim() answered ${JSON.stringify(claim)}`);
  call?.failed(error);
  return failedClaim(emitter, key, error, request);
}

/** A store call being timed for the dedupe channel: how it ends is published there. */
interface StoreCall {
  answered(outcome: DedupeStoreCall['outcome']): void;
  failed(error: unknown): void;
}

/** Starts timing a store call, when someone subscribes to the dedupe channel; else `undefined`. */
function startCall(operation: DedupeStoreCall['operation'], key: string): StoreCall | undefined {
  if (!dedupeChannel.hasSubscribers) return undefined;
  const started = performance.now();
  const publish = (outcome: DedupeStoreCall['outcome'], error?: unknown) => {
    const call: DedupeStoreCall = { operation, key, outcome, duration: performance.now() - started };
    dedupeChannel.publish(error === undefined ? call : { ...call, error });
  };
  return { answered: (outcome) => publish(outcome), failed: (error) => publish('failed', error) };
}

function failedClaim(emitter: HangupEmitter, key: string, error: unknown, request: unknown): Ticket {
  const message = `The dedupe store did not claim key "${key}"; the delivery is handled unguarded`;
  reportFailure(emitter, new HangupError('dedupe_unavailable', message, [], { cause: error }), request);
  return unguarded;
}

/**
 * A claim that lands after its timeout holds the key until its TTL runs out: settle it with the
 * delivery's outcome, so a handled delivery is remembered and a failed one can be retried. Its
 * failures are not reported again: the late claim already was.
 */
function settleLateClaim(dedupe: ResolvedDedupe, key: string, late: PromiseLike<DedupeClaim>, handled: boolean): void {
  Promise.resolve(late)
    .then((claim) => {
      if (!isClaim(claim) || claim.state !== 'claimed') return;
      return handled ? dedupe.store.commit(key, claim.token, dedupe.ttl) : dedupe.store.release(key, claim.token);
    })
    .catch(() => undefined);
}

function isClaim(value: unknown): value is DedupeClaim {
  if (value === null || typeof value !== 'object') return false;
  const { state, token } = value as { state?: unknown; token?: unknown };
  return state === 'done' || state === 'in_progress' || (state === 'claimed' && typeof token === 'string');
}

class StoreTimeout extends Error {
  constructor(timeout: number) {
    super(`The dedupe store did not answer within ${timeout} ms`);
    this.name = 'StoreTimeout';
  }
}

/** `answer`, or a {@link StoreTimeout} rejection after `timeout` ms, whichever comes first. */
function within<T>(answer: PromiseLike<T>, timeout: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreTimeout(timeout)), timeout);
    // A dead store must not keep the process alive after the server has closed.
    timer.unref();
    answer.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
