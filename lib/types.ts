import type { IncomingMessage } from 'node:http';
import type { HangupFields } from './generated/hangup-fields.js';
import type { ErrorDetail, HangupError, HangupErrorCode } from './errors.js';

/**
 * A normalized outgoing hangup: every field TeleCMI sent, under the name TeleCMI spells it, with
 * one type per known field (phone numbers as digit strings, `app_id` and `time` as numbers,
 * `click_to_call` as a boolean). Fields the schema does not list are kept as they arrived.
 */
export interface HangupEvent extends HangupFields {
  readonly [field: string]: unknown;
}

/** A request the middleware has handled: `body` is the parsed payload, `telecmiHangup` the event. */
export type HangupRequest = IncomingMessage & {
  body?: unknown;
  telecmiHangup?: HangupEvent;
};

/** What the `'invalid'` event carries: why the delivery was rejected, and the body as received. */
export interface InvalidDelivery {
  /** The error code answered, e.g. `invalid_payload`. */
  reason: HangupErrorCode;
  /** The HTTP status answered. */
  status: number;
  /** A sentence saying what was wrong. */
  message: string;
  /** Each problem found, with its JSON pointer (empty where the body could not be read). */
  errors: ErrorDetail[];
  /** The raw body text (or query string for GET), for keeping as a dead letter. */
  body: string;
}

/** The listeners `events` takes, by event name. */
export interface HangupEventMap {
  /** A valid outgoing hangup. A returned promise is awaited before TeleCMI is answered. */
  hangup: (event: HangupEvent, req: HangupRequest) => unknown;
  /** A valid TeleCMI notification that is not an outgoing hangup (answered, inbound, ...). */
  ignored: (payload: Record<string, unknown>, req: HangupRequest) => unknown;
  /** A rejected delivery, with the reason and the raw body. */
  invalid: (info: InvalidDelivery, req: HangupRequest) => unknown;
  /** A listener threw, rejected or timed out. `req` is the delivery it was handling. */
  error: (error: HangupError, req: HangupRequest) => unknown;
}
