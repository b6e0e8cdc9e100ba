import { HangupError } from './errors.js';
import { judgePayload, type HangupVerdict } from './judge/verdict.js';
import { resolveParseOptions, type ParseOptions } from './options.js';
import { parseJsonText } from './parse/json-text.js';
import { decodeText } from './receive/decode-text.js';

/**
 * Judges one TeleCMI delivery without a server: JSON text (a string or bytes, the leading-zero
 * form included) or an already parsed object. Never throws on bad input; only on bad `options`.
 * With `{ strict: true }` the payload must match the older property table exactly.
 *
 * @example
 * const verdict = parseHangup(queueMessage.body);
 * if (verdict.ok) await save(verdict.event);
 */
export function parseHangup(input: string | Uint8Array | object, options?: ParseOptions): HangupVerdict {
  const strict = resolveParseOptions(options);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return judgePayload(input, strict);
  let payload: unknown;
  try {
    payload = parseJsonText(decodeUtf8(input));
  } catch (error) {
    // Text that cannot be read (not UTF-8, say) cannot be parsed either: one reason for both.
    const known = error instanceof HangupError ? error : new HangupError('invalid_json', String(error));
    return { ok: false, reason: 'invalid_json', errors: known.details, message: known.message };
  }
  return judgePayload(payload, strict, true);
}

function decodeUtf8(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : decodeText(input);
}
