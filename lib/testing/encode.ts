import { fieldKinds } from '../generated/notifications.js';
import type { HangupPayload } from './payload.js';

/**
 * The wire forms a hangup can be delivered in:
 * - `'json'`: the current docs' JSON, phone numbers as strings and `app_id`/`time` as numbers.
 * - `'legacy'`: the older docs' text, one field a line, phone numbers and ids as bare integers and
 *   a phone number with a leading zero as the integer literal TeleCMI printed (`04471000000`),
 *   which is not strict JSON. The middleware reads it back to the same digits.
 * - `'form'`: an `application/x-www-form-urlencoded` body, every value as text.
 */
export type HangupBodyFormat = 'json' | 'legacy' | 'form';

/** A request body and the `Content-Type` to send it with. */
export interface HangupBody {
  body: string;
  contentType: string;
}

/** Any payload: a sample, or one with fields the schema does not list (they are sent as they are). */
export type AnyPayload = HangupPayload | Readonly<Record<string, unknown>>;

const contentTypes: Record<HangupBodyFormat, string> = {
  json: 'application/json',
  legacy: 'application/json',
  form: 'application/x-www-form-urlencoded',
};

/**
 * Writes a payload as a request body in one of TeleCMI's wire forms (default `'json'`).
 *
 * @example
 * const { body, contentType } = hangupBody(sampleHangup(), 'legacy');
 * await request(app).post('/webhook/cdr').type(contentType).send(body).expect(204);
 */
export function hangupBody(payload: AnyPayload, format: HangupBodyFormat = 'json'): HangupBody {
  const writers: Record<HangupBodyFormat, (payload: AnyPayload) => string> = {
    json: currentJson,
    legacy: legacyText,
    form: formText,
  };
  const writer = writers[format];
  if (writer === undefined) throw new TypeError(`hangupBody: format must be 'json', 'legacy' or 'form', got ${format}`);
  return { body: writer(payload), contentType: contentTypes[format] };
}

/**
 * Writes a payload as the query string of a GET delivery (without the `?`), every value as text.
 *
 * @example
 * await request(app).get(`/webhook/cdr?${hangupQuery(sampleHangup())}`).expect(204);
 */
export function hangupQuery(payload: AnyPayload): string {
  return formText(payload);
}

type Kind = (typeof fieldKinds)[keyof typeof fieldKinds];

function kindOf(field: string): Kind | undefined {
  return (fieldKinds as Record<string, Kind>)[field];
}

function currentJson(payload: AnyPayload): string {
  const current: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(payload)) {
    const kind = kindOf(field);
    if (kind === 'phone' && typeof value === 'number') current[field] = String(value);
    else if (kind === 'integer' && typeof value === 'string' && /^[0-9]{1,15}$/.test(value))
      current[field] = Number(value);
    else current[field] = value;
  }
  return JSON.stringify(current);
}

function legacyText(payload: AnyPayload): string {
  const lines = Object.entries(payload)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${JSON.stringify(field)}: ${legacyValue(kindOf(field), value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

function legacyValue(kind: Kind | undefined, value: unknown): string {
  if (kind === 'boolean' && typeof value === 'boolean') return JSON.stringify(String(value));
  if ((kind === 'phone' || kind === 'integer') && typeof value === 'string' && isBareInteger(value)) return value;
  return JSON.stringify(value);
}

/**
 * Whether digits can be written without quotes and still be read back as the same digits: a
 * leading zero makes a literal the reader keeps as text, and anything else must fit a double.
 */
function isBareInteger(digits: string): boolean {
  if (/^0[0-9]+$/.test(digits)) return true;
  return /^(0|[1-9][0-9]*)$/.test(digits) && Number.isSafeInteger(Number(digits));
}

function formText(payload: AnyPayload): string {
  const form = new URLSearchParams();
  for (const [field, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      form.append(field, String(value));
      continue;
    }
    throw new TypeError(
      `Field "${field}" is ${value === null ? 'null' : 'an object'}; a form or query string carries only strings, numbers and booleans`,
    );
  }
  return form.toString();
}
