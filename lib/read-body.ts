import { Buffer } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { HangupError } from './errors.js';

// Loaded on the first compressed body, not at import: node:zlib is the largest module the package
// would otherwise load at start-up, and TeleCMI sends its bodies uncompressed.
const zlib = () => process.getBuiltinModule('node:zlib');

/**
 * Reads a request body into one buffer, at most `limit` bytes after decompression. It refuses a
 * declared `Content-Length` over the limit before reading a byte, stops reading as soon as the
 * limit is passed (so a decompression bomb costs at most `limit` bytes of memory), and settles
 * as soon as the client goes away.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Aborted before we were called (behind a slow middleware, say): no 'close' or 'end' will come.
    if (req.destroyed && !req.complete) {
      reject(aborted());
      return;
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      reject(tooLarge(limit));
      return;
    }
    const decoder = decoderFor(req.headers['content-encoding']);
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
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onSourceError);
      req.off('close', onClose);
      req.off('error', onRequestError);
      if (error) {
        if (decoder) {
          req.unpipe(decoder);
          decoder.destroy();
        }
        req.pause();
        reject(error);
      } else {
        resolve(body as Buffer);
      }
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) settle(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => settle(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
    const onSourceError = (error: Error) =>
      settle(
        decoder
          ? new HangupError('invalid_json', `Body could not be decompressed: ${error.message}`, [
              { path: '', message: 'could not be decompressed' },
            ])
          : aborted(),
      );
    const onRequestError = () => settle(aborted());
    // 'close' before the body is complete means the client went away mid-body.
    const onClose = () => {
      if (!req.complete) settle(aborted());
    };

    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onSourceError);
    req.on('close', onClose);
    if (decoder) {
      req.on('error', onRequestError);
      req.pipe(decoder);
    }
  });
}

/** A decompressing stream for the body's Content-Encoding, none for identity, or the refusal. */
function decoderFor(header: string | undefined): Transform | HangupError | undefined {
  const encoding = (header ?? 'identity').trim().toLowerCase();
  switch (encoding) {
    case 'identity':
    case '':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return zlib().createGunzip();
    case 'deflate':
      return zlib().createInflate();
    case 'br':
      return zlib().createBrotliDecompress();
    default:
      return new HangupError('unsupported_media_type', `Content-Encoding "${encoding}" is not supported`, [
        { path: '', message: 'use identity, gzip, deflate or br' },
      ]);
  }
}

function tooLarge(limit: number): HangupError {
  return new HangupError('payload_too_large', `Body is larger than the limit of ${limit} bytes`, [
    { path: '', message: `must be at most ${limit} bytes` },
  ]);
}

function aborted(): HangupError {
  return new HangupError('request_aborted', 'The client closed the request before the body was complete');
}
