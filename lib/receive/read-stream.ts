import { Buffer } from 'node:buffer';
import type { Readable, Transform } from 'node:stream';
import { HangupError } from '../errors.js';
import { aborted, compressionFailed, tooLarge, unsupportedEncoding } from './body-errors.js';

// Loaded on the first compressed body, not at import: node:zlib is the largest module the package
// would otherwise load at start-up, and TeleCMI sends its bodies uncompressed.
const zlib = () => process.getBuiltinModule('node:zlib');

/** A Node request stream; `complete` is `IncomingMessage`'s: the whole body has arrived. */
type BodyStream = Readable & { complete?: boolean };

/**
 * Reads a body stream into one buffer, at most `limit` bytes after decompressing `encoding` (the
 * `Content-Encoding`). It stops reading as soon as the limit is passed (so a decompression bomb
 * costs at most `limit` bytes of memory), and settles as soon as the client goes away.
 */
export function readStream(req: BodyStream, encoding: string | undefined, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const complete = () => req.complete ?? req.readableEnded;
    // Aborted before we were called (behind a slow middleware, say): no 'close' or 'end' will come.
    if (req.destroyed && !complete()) {
      reject(aborted());
      return;
    }
    const decoder = decoderFor(encoding);
    if (decoder instanceof HangupError) {
      reject(decoder);
      return;
    }
    const source: Readable = decoder ?? req;
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;

    const settle = (error: HangupError | undefined, body?: Buffer) => {
      if (settled) return;
      settled = true;
      // A body read whole leaves its listeners be: nothing more can come to them, and removing
      // five listeners from the request was a measurable share of reading it.
      if (!error) {
        resolve(body as Buffer);
        return;
      }
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onSourceError);
      req.off('close', onClose);
      req.off('error', onRequestError);
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) settle(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => settle(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
    const onSourceError = (error: Error) => settle(decoder ? compressionFailed(error) : aborted());
    const onRequestError = () => settle(aborted());
    // 'close' before the body is complete means the client went away mid-body.
    const onClose = () => {
      if (!complete()) settle(aborted());
    };

    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onSourceError);
    req.on('close', onClose);
    if (decoder) {
      req.on('error', onRequestError);
      req.pipe(decoder);
    }
    // A 'data' listener does not restart a stream something upstream paused: the read would wait
    // for the sender to give up.
    req.resume();
  });
}

/** A decompressing stream for the body's Content-Encoding, none for identity, or the refusal. */
function decoderFor(header: string | undefined): Transform | HangupError | undefined {
  switch (contentEncoding(header)) {
    case 'identity':
      return undefined;
    case 'gzip':
      return zlib().createGunzip();
    case 'deflate':
      return zlib().createInflate();
    case 'br':
      return zlib().createBrotliDecompress();
    default:
      return unsupportedEncoding(header);
  }
}

/** The compression a `Content-Encoding` names: `identity`, `gzip`, `deflate` or `br`, else `undefined`. */
export function contentEncoding(header: string | undefined): 'identity' | 'gzip' | 'deflate' | 'br' | undefined {
  const encoding = (header ?? 'identity').trim().toLowerCase();
  switch (encoding) {
    case 'identity':
    case '':
      return 'identity';
    case 'gzip':
    case 'x-gzip':
      return 'gzip';
    case 'deflate':
    case 'br':
      return encoding;
    default:
      return undefined;
  }
}

/**
 * Decompresses a body that arrived whole (AWS Lambda's), to at most `limit` bytes: zlib stops
 * inflating once the limit is passed, so a bomb costs no more than a stream would.
 */
export function decompressBytes(bytes: Buffer, header: string | undefined, limit: number): Buffer {
  const encoding = contentEncoding(header);
  if (encoding === undefined) throw unsupportedEncoding(header);
  if (encoding === 'identity') {
    if (bytes.length > limit) throw tooLarge(limit);
    return bytes;
  }
  const options = { maxOutputLength: limit };
  try {
    if (encoding === 'gzip') return zlib().gunzipSync(bytes, options);
    if (encoding === 'deflate') return zlib().inflateSync(bytes, options);
    return zlib().brotliDecompressSync(bytes, options);
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(limit);
    throw compressionFailed(error as Error);
  }
}
