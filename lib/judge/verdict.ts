import type { ErrorDetail } from '../errors.js';
import type { HangupEvent } from '../types.js';
import { normalizeHangup, normalizeHangupInPlace } from './normalize.js';
import { hangupErrors, isLiveEvent } from './schema-errors.js';

/** The verdict on one payload. */
export type HangupVerdict =
  | {
      ok: true;
      /** The normalized event. */
      event: HangupEvent;
      /** The payload as parsed, before normalization. */
      payload: Record<string, unknown>;
    }
  | {
      ok: false;
      /** `ignored`: a valid TeleCMI notification that is not an outgoing hangup. */
      reason: 'ignored';
      payload: Record<string, unknown>;
      errors: [];
    }
  | {
      ok: false;
      /** `invalid_json`: the text could not be parsed; `invalid_payload`: it broke the schema. */
      reason: 'invalid_json' | 'invalid_payload';
      /** What was wrong, a JSON pointer each. */
      errors: ErrorDetail[];
      /** A sentence summing up the errors. */
      message: string;
    };

/**
 * Judges a parsed payload: a hangup, a notification to ignore, or invalid (with `strict`, against
 * the older table). A payload is left as it is, unless `parsedHere` says this package parsed it and
 * nobody else holds it: then it becomes the event, and the verdict's `payload` is a copy of it as parsed.
 */
export function judgePayload(payload: unknown, strict = false, parsedHere = false): HangupVerdict {
  const errors = hangupErrors(payload, strict);
  if (errors.length === 0) {
    const record = payload as Record<string, unknown>;
    if (!parsedHere) return { ok: true, event: normalizeHangup(record), payload: record };
    // Cloning the parsed object with a spread and normalizing the original is about twice as fast
    // as the other way round: V8 copies a spread in one step, but adds the facts to such a copy slowly.
    const asParsed = { ...record };
    return { ok: true, event: normalizeHangupInPlace(record), payload: asParsed };
  }
  if (isLiveEvent(payload) && !claimsOutgoingHangup(payload as Record<string, unknown>)) {
    return { ok: false, reason: 'ignored', payload: payload as Record<string, unknown>, errors: [] };
  }
  return { ok: false, reason: 'invalid_payload', errors, message: summarize(errors) };
}

/** A notification that says it is an outgoing hangup (or does not say otherwise) must be one. */
function claimsOutgoingHangup(payload: Record<string, unknown>): boolean {
  return payload['status'] === 'hangup' && (payload['direction'] === undefined || payload['direction'] === 'outbound');
}

function summarize(errors: ErrorDetail[]): string {
  const listed = errors
    .slice(0, 3)
    .map((e) => `${e.path || 'payload'} ${e.message}`)
    .join('; ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `Payload is not a valid TeleCMI outgoing hangup: ${listed}${more}`;
}
