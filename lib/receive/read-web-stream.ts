import { Buffer } from 'node:buffer';
import type { WebBody } from '../core/delivery.js';
import { Readable } from 'node:stream';
import { aborted, tooLarge } from './body-errors.js';
import { contentEncoding, readStream } from './read-stream.js';

/**
 * Reads a web body, at most `limit` bytes after decompression. A body of declared length that is
 * not compressed is read by the runtime in one call (what a bare server does); any other is read
 * chunk by chunk, stopping as soon as the limit is passed.
 */
export function readWebStream(
  body: WebBody,
  declaredLength: boolean,
  encoding: string | undefined,
  limit: number,
): Promise<Uint8Array> {
  const identity = contentEncoding(encoding) === 'identity';
  // Without an async function around it: on Bun and Deno each layer of one costs as much as the read.
  if (declaredLength && identity) {
    // bytes() rather than a view of arrayBuffer()'s buffer, where there is a choice: on Bun and Deno
    // that buffer and its view cost 1 to 3 µs a request more (in a loop, and on their servers).
    if (body.bytes) return body.bytes().then((whole) => withinLimit(whole, limit), senderLeft);
    return body.arrayBuffer().then((whole) => withinLimit(new Uint8Array(whole), limit), senderLeft);
  }
  const stream = body.stream();
  if (stream === null) return Promise.resolve(new Uint8Array(0));
  if (identity) return readChunks(stream.getReader(), limit);
  const nodeStream = Readable.fromWeb(stream as import('node:stream/web').ReadableStream);
  return readStream(nodeStream, encoding, limit).catch((error: unknown) => {
    // Given up on early (a bad or oversized body), the stream is left paused rather than
    // destroyed (cancelling the body under a runtime's own adapter can make it throw), and told to
    // ignore what comes after: a sender that then hangs up would be an unheard 'error', and a crash.
    nodeStream.on('error', ignore);
    throw error;
  });
}

function withinLimit(whole: Uint8Array, limit: number): Uint8Array {
  if (whole.byteLength > limit) throw tooLarge(limit);
  return whole;
}

function senderLeft(): never {
  throw aborted();
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

function ignore(): void {}
