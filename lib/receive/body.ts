import { Buffer } from 'node:buffer';
import type { DeliveryContext } from '../core/delivery.js';
import { HangupError } from '../errors.js';
import { refuseDeepNesting } from '../parse/json-text.js';
import { queryWithoutToken } from './access.js';
import { tooLarge } from './body-errors.js';
import { bodyType, type BodyFormat } from './content-type.js';
import { decodeText } from './decode-text.js';
import { decompressBytes, readStream } from './read-stream.js';
import { readWebStream } from './read-web-stream.js';

/**
 * A delivery's payload as received: text to parse here, in its format; or the value an upstream
 * parser made of it. `raw` is the text either way, kept for the `'invalid'` event.
 */
export type Received =
  { readonly raw: string; readonly format: BodyFormat } | { readonly raw: string; readonly upstream: unknown };

/**
 * Receives a delivery's payload: a GET's query string (less its `token`), or a POST's body, read
 * from whatever the host holds, at most `limit` bytes once decompressed, and decoded from its
 * charset. Throws (or rejects with) a HangupError when the body cannot be had. What the host holds
 * already is received at once; only a body still to be read gives a promise.
 */
export function receiveBody(context: DeliveryContext): Received | Promise<Received> {
  const { delivery, config } = context;
  if (delivery.method === 'GET') return { raw: queryWithoutToken(delivery, config), format: 'form' };
  const { format, charset } = bodyType(delivery.header('content-type'));
  const { body } = delivery;
  if ('parsed' in body) return fromUpstream(body.parsed, format, charset);
  if ('consumed' in body) {
    throw new HangupError(
      'body_unavailable',
      'The request body was read by a middleware in front of this one, which left nothing usable (req.body)',
    );
  }
  const encoding = delivery.header('content-encoding');
  if (Array.isArray(encoding)) {
    throw new HangupError('unsupported_media_type', 'Content-Encoding was sent more than once', [
      { path: '', message: 'send one Content-Encoding' },
    ]);
  }
  const declared = delivery.header('content-length');
  if (declared !== undefined && Number(declared) > config.limit) throw tooLarge(config.limit);
  if ('bytes' in body)
    return { raw: decodeText(decompressBytes(asBuffer(body.bytes), encoding, config.limit), charset), format };
  const reading =
    'stream' in body
      ? readStream(body.stream, encoding, config.limit)
      : readWebStream(body.web, declared !== undefined, encoding, config.limit);
  return reading.then((bytes): Received => ({ raw: decodeText(bytes, charset), format }));
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * What an upstream `express.json()`, `express.raw()`, `express.text()` or `express.urlencoded()`
 * left: bytes and text are parsed here like a body read here; a parsed value is judged as it is.
 */
function fromUpstream(value: unknown, format: BodyFormat, charset: string): Received {
  if (Buffer.isBuffer(value)) return { raw: decodeText(value, charset), format };
  if (typeof value === 'string') return { raw: value, format };
  // Before JSON.stringify, which recurses: an upstream parser takes any depth.
  if (value !== null && typeof value === 'object') refuseDeepNesting(value);
  // express.json({ strict: false }) parses `null`, `true` or `1`: a payload to judge (and refuse).
  return { raw: JSON.stringify(value) ?? '', upstream: value };
}
