import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { HangupError } from '../errors.js';

// One decoder serves every UTF-8 body: a whole-input decode keeps no state between calls. It keeps
// a byte order mark for the JSON reader to judge, as the bytes have it. Malformed bytes are
// refused by isUtf8 first, not by a fatal decoder: on Deno that check and a plain decode cost
// 0.3 µs where a fatal decode costs 0.9 to 1.3 µs; Node and Bun cost the same either way.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Decodes body bytes in the request's charset, refusing malformed sequences instead of replacing
 * them, so a payload is never judged on characters the sender did not send.
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer, charset = 'utf-8'): string {
  if (charset === 'utf-8' || charset === 'utf8') {
    if (!isUtf8(bytes)) {
      throw new HangupError('invalid_charset', 'Body is not valid UTF-8', [
        { path: '', message: 'is not valid UTF-8' },
      ]);
    }
    return utf8.decode(bytes);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new HangupError('unsupported_media_type', `Charset "${charset}" is not supported`, [
      { path: '', message: 'send UTF-8' },
    ]);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HangupError('invalid_charset', `Body is not valid ${charset}`, [
      { path: '', message: `is not valid ${charset}` },
    ]);
  }
}
