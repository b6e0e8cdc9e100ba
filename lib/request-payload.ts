import { Buffer } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import contentType from 'content-type';
import secureJson from 'secure-json-parse';
import { HangupError } from './errors.js';
import { parseForm } from './form.js';
import { forbiddenKey, parseJsonText, refuseDeepNesting } from './json-text.js';
import { readBody } from './read-body.js';
import { decodeText } from './decode-text.js';

/** A delivery's body as received: its raw text, and how to turn that into a payload. */
export interface ReceivedBody {
  /** The body text (the query string for GET), kept for the `'invalid'` event. */
  raw: string;
  /** Parses the raw text; throws a HangupError when it cannot. */
  parse(): unknown;
  /** Whether parse() makes a new object, which nobody else holds, rather than return an upstream parser's. */
  parsesHere: boolean;
}

type BodyFormat = 'json' | 'form';

/** What upstream body parsers leave on the request. */
type ParsedRequest = IncomingMessage & { body?: unknown; _body?: boolean };

/**
 * Gets the body of a GET (the query string) or a POST (the request body, or what an upstream
 * `express.json()`, `express.raw()`, `express.text()` or `express.urlencoded()` left). Reading
 * and parsing are separate steps so a body that fails to parse is still at hand as text.
 */
export async function receiveBody(req: ParsedRequest, limit: number): Promise<ReceivedBody> {
  if (req.method === 'GET') return textBody(queryString(req.url ?? ''), 'form');
  const { format, charset } = bodyFormat(req.headers['content-type']);
  if (bodyWasRead(req)) return fromUpstream(req.body, format, charset);
  const bytes = await readBody(req, limit);
  return textBody(decodeText(bytes, charset), format);
}

function textBody(raw: string, format: BodyFormat): ReceivedBody {
  return { raw, parse: format === 'json' ? () => parseJsonText(raw) : () => parseForm(raw), parsesHere: true };
}

function queryString(url: string): string {
  const mark = url.indexOf('?');
  return mark === -1 ? '' : url.slice(mark + 1);
}

/** True when something upstream already consumed the stream. */
function bodyWasRead(req: ParsedRequest): boolean {
  return req._body === true || req.readableEnded;
}

function fromUpstream(body: unknown, format: BodyFormat, charset: string): ReceivedBody {
  if (Buffer.isBuffer(body)) return textBody(decodeText(body, charset), format);
  if (typeof body === 'string') return textBody(body, format);
  if (body !== undefined && body !== null && typeof body === 'object') {
    // Before JSON.stringify, which recurses: an upstream parser takes any depth.
    refuseDeepNesting(body);
    const raw = JSON.stringify(body);
    return {
      raw,
      parse: () => {
        // express.json() and express.urlencoded() parse with no guard against prototype keys.
        if (secureJson.scan(body, { protoAction: 'error', constructorAction: 'error', safe: true }) === null) {
          throw forbiddenKey();
        }
        return body;
      },
      parsesHere: false,
    };
  }
  // express.json({ strict: false }) parses `null`, `true` or `1`: a payload to judge (and refuse).
  if (body !== undefined) return { raw: JSON.stringify(body), parse: () => body, parsesHere: false };
  throw new HangupError(
    'body_unavailable',
    'The request body was consumed by another middleware that left nothing usable in req.body',
  );
}

const jsonTypes = new Set(['application/json', 'text/plain']);

const plainJson = Object.freeze({ format: 'json', charset: 'utf-8' } as const);

function bodyFormat(header: string | undefined): { format: BodyFormat; charset: string } {
  // The common case needs no parsing.
  if (header === undefined || header === 'application/json') return plainJson;
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
