import type { ErrorDetail } from '../errors.js';
import { kindOf, kindRules, type NotificationKind } from '../generated/notifications.js';
import type { TelecmiNotification } from '../types.js';
import { normalizeNotification, normalizeInPlace } from './normalize.js';
import { hasEnvelope, notificationErrors } from './schema-errors.js';

/** A payload that could not be parsed or broke its schema. */
export interface InvalidVerdict {
  ok: false;
  /** `invalid_json`: the text could not be parsed; `invalid_payload`: it broke the schema. */
  reason: 'invalid_json' | 'invalid_payload';
  /** What was wrong, a JSON pointer each. */
  errors: ErrorDetail[];
  /** A sentence summing up the errors. */
  message: string;
  /** The kind whose schema the payload broke, when its markers named one. */
  kind?: NotificationKind;
}

/** The verdict on one payload, of any kind. */
export type NotificationVerdict =
  | {
      ok: true;
      /** The normalized notification; `notification.kind` says which. */
      notification: TelecmiNotification;
      /** The payload as parsed, before normalization. */
      payload: Record<string, unknown>;
    }
  | {
      ok: false;
      /** `ignored`: a TeleCMI notification of no documented kind (a status added later, another product). */
      reason: 'ignored';
      payload: Record<string, unknown>;
      errors: [];
    }
  | InvalidVerdict;

// A payload whose markers name no kind and that lacks even the envelope is judged as what the
// package first received: an outgoing hangup, so its errors say what such a delivery needs.
const fallbackKind: NotificationKind = 'outgoing.hangup';

/**
 * Judges a parsed payload: a notification of the kind its markers name, one to ignore, or invalid
 * (with `strict`, an outgoing hangup against the older table). A payload is left as it is, unless
 * `parsedHere` says this package parsed it and nobody else holds it: then it becomes the
 * notification, and the verdict's `payload` is a copy of it as parsed.
 */
export function judgePayload(payload: unknown, strict = false, parsedHere = false): NotificationVerdict {
  const kind = kindOf(payload);
  if (kind === undefined && hasEnvelope(payload)) {
    return { ok: false, reason: 'ignored', payload: payload as Record<string, unknown>, errors: [] };
  }
  const judgedAs = kind ?? fallbackKind;
  const errors = notificationErrors(judgedAs, payload, strict);
  if (errors.length > 0) {
    const message = summarize(kindRules[judgedAs].title, errors);
    return { ok: false, reason: 'invalid_payload', errors, message, ...(kind && { kind }) };
  }
  const record = payload as Record<string, unknown>;
  if (!parsedHere) return { ok: true, notification: normalizeNotification(judgedAs, record), payload: record };
  // Cloning the parsed object with a spread and normalizing the original is about twice as fast
  // as the other way round: V8 copies a spread in one step, but adds the facts to such a copy slowly.
  const asParsed = { ...record };
  return { ok: true, notification: normalizeInPlace(judgedAs, record), payload: asParsed };
}

function summarize(title: string, errors: ErrorDetail[]): string {
  const listed = errors
    .slice(0, 3)
    .map((e) => `${e.path || 'payload'} ${e.message}`)
    .join('; ');
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `Payload is not a valid ${title}: ${listed}${more}`;
}
