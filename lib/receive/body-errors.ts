import { HangupError } from '../errors.js';

// The errors of reading a body, one wording for every kind of body source.

export function tooLarge(limit: number): HangupError {
  return new HangupError('payload_too_large', `Body is larger than the limit of ${limit} bytes`, [
    { path: '', message: `must be at most ${limit} bytes` },
  ]);
}

export function aborted(): HangupError {
  return new HangupError('request_aborted', 'The client closed the request before the body was complete');
}

export function compressionFailed(error: Error): HangupError {
  return new HangupError('invalid_compression', `Body could not be decompressed: ${error.message}`, [
    { path: '', message: 'could not be decompressed' },
  ]);
}

export function unsupportedEncoding(header: string | undefined): HangupError {
  const encoding = (header ?? '').trim().toLowerCase();
  return new HangupError('unsupported_media_type', `Content-Encoding "${encoding}" is not supported`, [
    { path: '', message: 'use identity, gzip, deflate or br' },
  ]);
}
