import contentType from 'content-type';
import { HangupError } from '../errors.js';

/** How a body is written: JSON text, or `application/x-www-form-urlencoded` fields. */
export type BodyFormat = 'json' | 'form';

/** What a `Content-Type` says of a body: its format, and the charset its bytes are in. */
export interface BodyType {
  readonly format: BodyFormat;
  readonly charset: string;
}

const jsonTypes = new Set(['application/json', 'text/plain']);

const plainJson: BodyType = Object.freeze({ format: 'json', charset: 'utf-8' });

/** The type of a POST body from its `Content-Type`; 415 `unsupported_media_type` for any other. */
export function bodyType(header: string | string[] | undefined): BodyType {
  // The common case needs no parsing.
  if (header === undefined || header === 'application/json') return plainJson;
  if (Array.isArray(header)) throw unsupported('Content-Type was sent more than once');
  let parsed: contentType.ParsedMediaType;
  try {
    parsed = contentType.parse(header);
  } catch {
    throw unsupported(`Content-Type "${header}" could not be parsed`);
  }
  const charset = (parsed.parameters['charset'] ?? 'utf-8').toLowerCase();
  if (jsonTypes.has(parsed.type) || parsed.type.endsWith('+json')) return { format: 'json', charset };
  if (parsed.type === 'application/x-www-form-urlencoded') return { format: 'form', charset };
  throw unsupported(`Content-Type "${parsed.type}" is not accepted`);
}

function unsupported(message: string): HangupError {
  return new HangupError('unsupported_media_type', message, [
    { path: '', message: 'send application/json, text/plain or application/x-www-form-urlencoded' },
  ]);
}
