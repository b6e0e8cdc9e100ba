import { HangupError } from '../errors.js';

/**
 * Turns `application/x-www-form-urlencoded` text (a form body or a query string) into a flat
 * object of strings. A repeated field becomes an array, so the schema rejects it instead of one
 * copy silently winning; brackets in names mean nothing (`a[]=1` is the field `a[]`).
 * Percent-escapes that are not UTF-8 are refused rather than turned into U+FFFD.
 */
export function parseForm(text: string): Record<string, string | string[]> {
  if (text.includes('%') && hasMalformedEscapes(text)) {
    const message = 'Percent-encoded text is not valid UTF-8';
    throw new HangupError('invalid_form', message, [{ path: '', message }]);
  }
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (isForbiddenName(name)) {
      const message = 'Form has a __proto__ or constructor.prototype field, which is refused';
      throw new HangupError('invalid_form', message, [{ path: '', message }]);
    }
    // Own fields only: `constructor=x` or `toString=x` must not find Object.prototype's.
    const existing = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  }
  return fields;
}

const escapeRuns = /(?:%[0-9a-f]{2})+/gi;

/**
 * Whether some run of escapes does not decode as UTF-8. Text between the escapes is whole
 * characters, so a byte sequence can only be broken inside a run; decodeURIComponent is strict
 * there, where URLSearchParams would put U+FFFD in silently.
 */
function hasMalformedEscapes(text: string): boolean {
  for (const [run] of text.matchAll(escapeRuns)) {
    try {
      decodeURIComponent(run);
    } catch {
      return true;
    }
  }
  return false;
}

function isForbiddenName(name: string): boolean {
  return name.includes('__proto__') || /^constructor\s*(\.|\[)\s*prototype/.test(name);
}
