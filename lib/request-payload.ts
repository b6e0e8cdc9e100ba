import { Buffer } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import contentType from 'content-type';
import secureJson from 'secure-json-parse';
import { HangupError } from './errors.js';
import { parseForm } from './form.js';
import { forbiddenKey, parseJsonText } from './json-text.js';
import { readBody } from './read-body.js';
import { decodeText } from './decode-text.js';

/** A delivery's payload as parsed, and its raw text for the `'invalid'` event. */
export interface ReceivedPayload {
  payload: unknown;
  raw: string;
}

type BodyFormat = 'json' | 'form';

/** What upstream body parsers leave on the request. */
type ParsedRequest = IncomingMessage & { body?: unknown; _body?: boolean };

/**
 * Gets the payload of a GET (from the query string) or a POST (from the body, or from what an
 * upstream `express.json()`, `express.raw()`, `express.text()` or `express.urlencoded()` left).
 */
export async function receivePayload(req: ParsedRequest, limit: number): Promise<ReceivedPayload> {
  if (req.method === 'GET') {
    const raw = queryString(req.url ?? '');
    return { payload: parseForm(raw), raw };
  }
  const format = bodyFormat(req.headers['content-type']);
  if (bodyWasRead(req)) return fromUpstream(req.body, format.format, format.charset);
  const bytes = await readBody(req, limit);
  return fromBytes(bytes, format.format, format.charset);
}

function queryString(url: string): string {
  const mark = url.indexOf('?');
  return mark === -1 ? '' : url.slice(mark + 1);
}

/** True when something upstream already consumed the stream. */
function bodyWasRead(req: ParsedRequest): boolean {
  return req._body === true || req.readableEnded;
}

function fromUpstream(body: unknown, format: BodyFormat, charset: string): ReceivedPayload {
  if (Buffer.isBuffer(body)) return fromBytes(body, format, charset);
  if (typeof body === 'string') return fromText(body, format);
  if (body !== undefined && body !== null && typeof body === 'object') {
    // express.json() and express.urlencoded() parse with no guard against prototype keys.
    if (secureJson.scan(body, { protoAction: 'error', constructorAction: 'error', safe: true }) === null) {
      throw forbiddenKey();
    }
    return { payload: body, raw: JSON.stringify(body) };
  }
  throw new HangupError(
    'body_unavailable',
    'The request body was consumed by another middleware that left nothing usable in req.body',
  );
}

function fromBytes(bytes: Buffer, format: BodyFormat, charset: string): ReceivedPayload {
  return fromText(decodeText(bytes, charset), format);
}

function fromText(raw: string, format: BodyFormat): ReceivedPayload {
  const payload = format === 'json' ? parseJsonText(raw) : parseForm(raw);
  return { payload, raw };
}

const jsonTypes = new Set(['application/json', 'text/plain']);

function bodyFormat(header: string | undefined): { format: BodyFormat; charset: string } {
  // The common case needs no parsing.
  if (header === undefined || header === 'application/json') return { format: 'json', charset: 'utf-8' };
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
