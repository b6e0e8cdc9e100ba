import type { IncomingMessage } from 'node:http';
import type { NotificationKind, NotificationKinds, OutgoingHangup } from './generated/notifications.js';
import type { ErrorDetail, HangupError, HangupErrorCode } from './errors.js';

/**
 * A normalized outgoing hangup (kind `outgoing.hangup`): every field TeleCMI sent, under its
 * current spelling (`appid` arrives as `app_id`, `cmiuid` as `cmiuuid`), with one type per known
 * field (phone numbers as strings of digits, a leading `+` kept; `app_id`, `time`, `answeredsec` as
 * numbers; `click_to_call`, `record` as booleans). Fields the schema does not list are kept as they
 * arrived. The camelCase facts (`hangupAt`, `answered`, `customData`, ...) are worked out from them once.
 */
export type HangupEvent = OutgoingHangup;

/** The notification of one kind: `NotificationOf<'cdr.outgoing.answered'>`. */
export type NotificationOf<K extends NotificationKind> = NotificationKinds[K];

/**
 * Any accepted TeleCMI notification, normalized like the hangup. `kind` tells them apart, so a
 * `switch (notification.kind)` narrows it to one kind's fields and facts.
 */
export type TelecmiNotification = NotificationKinds[NotificationKind];

/** The event a kind is emitted under: its own name, except the outgoing hangup's, `'hangup'`. */
export type NotificationEventName<K extends NotificationKind = NotificationKind> = K extends 'outgoing.hangup'
  ? 'hangup'
  : K;

/**
 * A request the middleware has handled: `body` is the parsed payload, `telecmiNotification` the
 * accepted notification of any kind, and `telecmiHangup` the same object when it is the outgoing hangup.
 */
export type HangupRequest = IncomingMessage & {
  body?: unknown;
  telecmiHangup?: HangupEvent;
  telecmiNotification?: TelecmiNotification;
};

/** What the `'invalid'` event carries: why the delivery was rejected, and the body as received. */
export interface InvalidDelivery {
  /** The error code answered, e.g. `invalid_payload`, or `request_aborted` (nothing was answered). */
  reason: HangupErrorCode;
  /** The HTTP status answered; `undefined` when nothing was (`request_aborted`: the sender went away). */
  status: number | undefined;
  /** A sentence saying what was wrong. */
  message: string;
  /** Each problem found, with its JSON pointer (empty where the body could not be read). */
  errors: ErrorDetail[];
  /**
   * The raw body text (or query string for GET, less its `token` field when the `token` option is
   * on), for keeping as a dead letter. Empty when the body was not read (401, 403, 405, 413, ...).
   */
  body: string;
}

/**
 * The listeners `events` takes, by event name: the events below, and one per kind of notification
 * under the kind's name (`'cdr.outgoing.answered'`, ...), the outgoing hangup's being `'hangup'`.
 * `Req` is the host's request, each listener's second argument: `IncomingMessage` on Node's hosts,
 * `Request` on `fetch`, the Fastify request, the Lambda event.
 */
export type HangupEventMap<Req = HangupRequest> = DeliveryEventMap<Req> & KindEventMap<Req>;

/** The listeners of each kind of notification but the outgoing hangup, under the kind's name. */
export type KindEventMap<Req = HangupRequest> = {
  [K in Exclude<NotificationKind, 'outgoing.hangup'>]: (notification: NotificationKinds[K], req: Req) => unknown;
};

/** The events that are not one kind's. */
export interface DeliveryEventMap<Req = HangupRequest> {
  /** A valid outgoing hangup. A returned promise is awaited before TeleCMI is answered. */
  hangup: (event: HangupEvent, req: Req) => unknown;
  /**
   * Every accepted notification, of any kind (the outgoing hangup too), after the listeners of its
   * own event, as part of the same delivery: their promises are awaited together, and the first
   * failure among them decides the answer.
   */
  notification: (notification: TelecmiNotification, req: Req) => unknown;
  /**
   * A repeat of a notification already handled (same dedupe key), of any kind: acknowledged
   * without its listeners. A returned promise is awaited before TeleCMI is answered; its failure
   * does not change the answer.
   */
  // A method, so a listener written for 0.1, when only hangups were deduped, still type-checks.
  duplicate(notification: TelecmiNotification, req: Req): unknown;
  /**
   * A TeleCMI notification of no documented kind (a status TeleCMI added later, another of its
   * products): acknowledged with a 2xx, as it is.
   */
  ignored: (payload: Record<string, unknown>, req: Req) => unknown;
  /** A rejected delivery, with the reason and the raw body. */
  invalid: (info: InvalidDelivery, req: Req) => unknown;
  /**
   * A listener threw, rejected or timed out, or the dedupe store failed (`dedupe_unavailable`).
   * `req` is the delivery it was handling.
   */
  error: (error: HangupError, req: Req) => unknown;
}
