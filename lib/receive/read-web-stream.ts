import { Buffer } from 'node:buffer';
import { Readable } from 'node:stream';
import { aborted, tooLarge } from './body-errors.js';
import { contentEncoding, readStream } from './read-stream.js';

/** A `fetch` body: its stream, and the runtime's own reader of a whole body, when it has one. */
export interface WebBody {
  readonly webStream: ReadableStream<Uint8Array> | null;
  readonly arrayBuffer?: () => Promise<ArrayBuffer>;
}

/**
 * Reads a web body, at most `limit` bytes after decompression. A body of declared length that is
 * not compressed is read by the runtime in one call (what a bare server does); any other is read
 * chunk by chunk, stopping as soon as the limit is passed.
 */
export async function readWebStream(
  body: WebBody,
  declaredLength: boolean,
  encoding: string | undefined,
  limit: number,
): Promise<Buffer> {
  const stream = body.webStream;
  if (stream === null) return Buffer.alloc(0);
  if (contentEncoding(encoding) !== 'identity') {
    return readStream(Readable.fromWeb(stream as import('node:stream/web').ReadableStream), encoding, limit);
  }
  if (declaredLength && body.arrayBuffer) {
    const whole = await settled(body.arrayBuffer());
    if (whole.byteLength > limit) throw tooLarge(limit);
    return Buffer.from(whole);
  }
  return readChunks(stream.getReader(), limit);
}

async function readChunks(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await settled(reader.read());
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, received);
}

/** A read that fails because the sender went away is `request_aborted`. */
async function settled<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch {
    throw aborted();
  }
}
