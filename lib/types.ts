import type { IncomingMessage } from 'node:http';
import type { HangupFacts } from './judge/facts.js';
import type { HangupFields } from './generated/hangup-fields.js';
import type { ErrorDetail, HangupError, HangupErrorCode } from './errors.js';

/**
 * A normalized outgoing hangup: every field TeleCMI sent, under its current spelling (`appid`
 * arrives as `app_id`, `cmiuid` as `cmiuuid`), with one type per known field (phone numbers as
 * strings of digits, a leading `+` kept; `app_id`, `time`, `answeredsec` as numbers;
 * `click_to_call`, `record` as booleans). Fields the schema does not list are kept as they arrived.
 * The camelCase {@link HangupFacts} (`hangupAt`, `answered`, `customData`, ...) are worked out from
 * them once.
 */
export interface HangupEvent extends HangupFields, HangupFacts {
  readonly [field: string]: unknown;
}

/** A request the middleware has handled: `body` is the parsed payload, `telecmiHangup` the event. */
export type HangupRequest = IncomingMessage & {
  body?: unknown;
  telecmiHangup?: HangupEvent;
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
 * The listeners `events` takes, by event name. `Req` is the host's request, each listener's second
 * argument: `IncomingMessage` on Node's hosts, `Request` on `fetch`, the Fastify request, the
 * Lambda event.
 */
export interface HangupEventMap<Req = HangupRequest> {
  /** A valid outgoing hangup. A returned promise is awaited before TeleCMI is answered. */
  hangup: (event: HangupEvent, req: Req) => unknown;
  /**
   * A repeat of a hangup already handled (same dedupe key): acknowledged without `'hangup'`.
   * A returned promise is awaited before TeleCMI is answered; its failure does not change the answer.
   */
  duplicate: (event: HangupEvent, req: Req) => unknown;
  /** A valid TeleCMI notification that is not an outgoing hangup (answered, inbound, ...). */
  ignored: (payload: Record<string, unknown>, req: Req) => unknown;
  /** A rejected delivery, with the reason and the raw body. */
  invalid: (info: InvalidDelivery, req: Req) => unknown;
  /**
   * A listener threw, rejected or timed out, or the dedupe store failed (`dedupe_unavailable`).
   * `req` is the delivery it was handling.
   */
  error: (error: HangupError, req: Req) => unknown;
}
