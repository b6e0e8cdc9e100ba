/** One problem found in a payload: where (a JSON pointer, `''` for the whole body) and what. */
export interface ErrorDetail {
  /** JSON pointer to the offending value, e.g. `/time`; `''` means the payload itself. */
  path: string;
  /** What is wrong with it, in plain words. */
  message: string;
}

/**
 * Every error code the package answers with, and its HTTP status. The codes are stable: hosts
 * and TeleCMI-side tooling may match on them.
 */
export const errorStatuses = {
  invalid_json: 400,
  invalid_form: 400,
  invalid_charset: 400,
  invalid_compression: 400,
  invalid_payload: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  unauthorized: 401,
  forbidden: 403,
  body_unavailable: 500,
  handler_failed: 500,
  handler_timeout: 500,
  internal_error: 500,
  shutting_down: 503,
  in_progress: 503,
} as const;

/**
 * The codes that are reported but never answered: `dedupe_unavailable` (on `'error'`: the store
 * failed, and the delivery went ahead unguarded) and `request_aborted` (on `'invalid'`: the sender
 * went away before its body was whole, so there was no one to answer; the `fetch` and Lambda hosts,
 * which must return something, return an empty 400 that no one reads).
 */
export const reportedOnlyCodes = ['dedupe_unavailable', 'request_aborted'] as const;

/** A code the package answers with: the `error` field of every error answer. */
export type AnsweredErrorCode = keyof typeof errorStatuses;

/** A stable error code: one answered, or one only reported. */
export type HangupErrorCode = AnsweredErrorCode | (typeof reportedOnlyCodes)[number];

/**
 * An error with a stable code, the HTTP status it is answered with (`undefined` for the
 * {@link reportedOnlyCodes}, which are never answered), and details where known.
 */
export class HangupError extends Error {
  readonly code: HangupErrorCode;
  readonly status: number | undefined;
  readonly details: ErrorDetail[];

  constructor(code: HangupErrorCode, message: string, details: ErrorDetail[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = 'HangupError';
    this.code = code;
    this.status = (errorStatuses as Record<string, number | undefined>)[code];
    this.details = details;
  }
}
