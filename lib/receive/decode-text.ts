import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { HangupError } from '../errors.js';

/**
 * Decodes body bytes in the request's charset, refusing malformed sequences instead of replacing
 * them, so a payload is never judged on characters the sender did not send.
 */
export function decodeText(bytes: Buffer, charset = 'utf-8'): string {
  if (charset === 'utf-8' || charset === 'utf8') {
    if (!isUtf8(bytes)) {
      throw new HangupError('invalid_charset', 'Body is not valid UTF-8', [
        { path: '', message: 'is not valid UTF-8' },
      ]);
    }
    return bytes.toString('utf8');
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
