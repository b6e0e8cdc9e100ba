/** One problem found in a payload: where (a JSON pointer, `''` for the whole body) and what. */
export interface ErrorDetail {
  /** JSON pointer to the offending value, e.g. `/time`; `''` means the payload itself. */
  path: string;
  /** What is wrong with it, in plain words. */
  message: string;
}

/**
 * Every error code the middleware answers with, and its HTTP status. The codes are stable: hosts
 * and TeleCMI-side tooling may match on them.
 */
export const errorStatuses = {
  invalid_json: 400,
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
  dedupe_unavailable: 503,
  request_aborted: 400,
} as const;

/** A stable error code: the `error` field of every error answer. */
export type HangupErrorCode = keyof typeof errorStatuses;

/** An error with a stable code, the HTTP status it is answered with, and details where known. */
export class HangupError extends Error {
  readonly code: HangupErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];

  constructor(code: HangupErrorCode, message: string, details: ErrorDetail[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = 'HangupError';
    this.code = code;
    this.status = errorStatuses[code];
    this.details = details;
  }
}
