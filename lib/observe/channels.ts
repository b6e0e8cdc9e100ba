import { channel, tracingChannel } from 'node:diagnostics_channel';
import type { HangupErrorCode } from '../errors.js';
import type { NotificationKind } from '../generated/notifications.js';

/** The host adapter a delivery came through: Express, Connect and `node:http` are all `'node'`. */
export type HostName = 'node' | 'fetch' | 'fastify' | 'lambda';

/**
 * How a delivery ended:
 * - `accepted`: a notification of a known kind, handled by its listeners (or handed on, with `passThrough`);
 * - `duplicate`: a repeat of one handled already, acknowledged without its kind's listeners;
 * - `ignored`: a TeleCMI notification of no documented kind, acknowledged;
 * - `rejected`: not taken: refused by the access checks, unreadable, invalid, or answered 503 to be
 *   sent again (`in_progress`, `shutting_down`); `request_aborted` when its sender went away;
 * - `failed`: taken, but its listeners failed or timed out (or the package failed): answered 500,
 *   unless `awaitHandlers: false` had acknowledged it already.
 */
export type DeliveryOutcome = 'accepted' | 'duplicate' | 'ignored' | 'rejected' | 'failed';

/**
 * The context of one delivery on the tracing channel `telecmi-hangup:delivery`: the same object
 * in its `start`, `end`, `asyncStart`, `asyncEnd` and `error` events, its fields filled in as the
 * delivery goes. By `asyncEnd` the delivery is over: answered, and its listeners done.
 */
export interface DeliveryTrace {
  /** The host adapter that took the delivery. */
  readonly host: HostName;
  /** The host's own request object: `IncomingMessage`, `Request`, the Fastify request or the Lambda event. */
  readonly request: unknown;
  /** The kind of notification, once judged: `undefined` for a delivery refused before, or of no documented kind. */
  kind: NotificationKind | undefined;
  /** How it ended; set by `asyncEnd`. */
  outcome: DeliveryOutcome | undefined;
  /** The status answered; `undefined` when nothing was answered here (the sender went away, or it was handed on). */
  status: number | undefined;
  /** The error code of a rejected or failed delivery (`invalid_payload`, `handler_failed`, ...). */
  code: HangupErrorCode | undefined;
  /** The dedupe key claimed for it, when dedupe is on and the key could be derived. */
  dedupeKey: string | undefined;
  /** Milliseconds its listeners took (its kind's and `'notification'`, or `'duplicate'`, `'ignored'`, `'invalid'`), when it ran any. */
  listenerDuration: number | undefined;
  /** Set by the channel on `error`: the HangupError of a failed delivery. */
  error?: unknown;
}

/** A dedupe store call, as published on the channel `telecmi-hangup:dedupe`. */
export interface DedupeStoreCall {
  readonly operation: 'claim' | 'commit' | 'release';
  /** The key as the store was asked (long keys hashed). */
  readonly key: string;
  /**
   * What the store answered: a claim's state (`claimed`, `done`, `in_progress`), `committed` or
   * `released`, or `failed` when it threw, rejected, answered nonsense or did not answer within
   * `dedupe.timeout`.
   */
  readonly outcome: 'claimed' | 'done' | 'in_progress' | 'committed' | 'released' | 'failed';
  /** Milliseconds the call took, up to its answer or its timeout. */
  readonly duration: number;
  /** What the store failed with, for `failed`. */
  readonly error?: unknown;
}

/** The tracing channel of every delivery, on every host. */
export const deliveryChannel = tracingChannel<unknown, DeliveryTrace>('telecmi-hangup:delivery');

/** The channel of every dedupe store call. */
export const dedupeChannel = channel('telecmi-hangup:dedupe');

/**
 * Whether anyone listens to the delivery channel. Asked of each of its channels, as Node's own
 * `hasSubscribers` does: Bun's tracing channel does not have that property.
 */
export function deliveriesTraced(): boolean {
  const { start, end, asyncStart, asyncEnd, error } = deliveryChannel;
  return (
    start.hasSubscribers ||
    end.hasSubscribers ||
    asyncStart.hasSubscribers ||
    asyncEnd.hasSubscribers ||
    error.hasSubscribers
  );
}

/** A new delivery's context, every field in place from the start so each trace has one shape. */
export function newTrace(host: HostName, request: unknown): DeliveryTrace {
  return {
    host,
    request,
    kind: undefined,
    outcome: undefined,
    status: undefined,
    code: undefined,
    dedupeKey: undefined,
    listenerDuration: undefined,
  };
}
