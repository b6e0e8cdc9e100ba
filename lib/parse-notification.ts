import { HangupError } from './errors.js';
import { judgePayload, type InvalidVerdict, type NotificationVerdict } from './judge/verdict.js';
import { resolveParseOptions, type ParseOptions } from './options.js';
import { parseJsonText } from './parse/json-text.js';
import { decodeText } from './receive/decode-text.js';
import type { HangupEvent } from './types.js';

/**
 * Judges one TeleCMI delivery of any kind without a server: JSON text (a string or bytes, the
 * leading-zero form included) or an already parsed object. Never throws on bad input; only on bad
 * `options`. `strict` applies to the outgoing hangup, as the middleware's option does.
 *
 * @example
 * const verdict = parseNotification(queueMessage.body);
 * if (verdict.ok && verdict.notification.kind === 'cdr.incoming.missed') await callBack(verdict.notification);
 */
export function parseNotification(input: string | Uint8Array | object, options?: ParseOptions): NotificationVerdict {
  const strict = resolveParseOptions(options);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return judgePayload(input, strict);
  let payload: unknown;
  try {
    payload = parseJsonText(typeof input === 'string' ? input : decodeText(input));
  } catch (error) {
    // Text that cannot be read (not UTF-8, say) cannot be parsed either: one reason for both.
    const known = error instanceof HangupError ? error : new HangupError('invalid_json', String(error));
    return { ok: false, reason: 'invalid_json', errors: known.details, message: known.message };
  }
  return judgePayload(payload, strict, true);
}

/** The verdict of {@link parseHangup}: an outgoing hangup, another notification to leave alone, or invalid. */
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
      /** `ignored`: a valid TeleCMI notification that is not an outgoing hangup (a CDR, an incoming call's event, ...). */
      reason: 'ignored';
      payload: Record<string, unknown>;
      errors: [];
    }
  | InvalidVerdict;

/**
 * {@link parseNotification} for the outgoing hangup alone, as since 0.1: any other notification,
 * valid, is `ignored`.
 *
 * @example
 * const verdict = parseHangup(queueMessage.body);
 * if (verdict.ok) await save(verdict.event);
 */
export function parseHangup(input: string | Uint8Array | object, options?: ParseOptions): HangupVerdict {
  const verdict = parseNotification(input, options);
  if (!verdict.ok) return verdict;
  if (verdict.notification.kind === 'outgoing.hangup') {
    return { ok: true, event: verdict.notification, payload: verdict.payload };
  }
  return { ok: false, reason: 'ignored', payload: verdict.payload, errors: [] };
}
