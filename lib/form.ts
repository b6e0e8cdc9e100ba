import { forbiddenKey } from './json-text.js';

/**
 * Turns `application/x-www-form-urlencoded` text (a form body or a query string) into a flat
 * object of strings. A repeated field becomes an array, so the schema rejects it instead of one
 * copy silently winning; brackets in names mean nothing (`a[]=1` is the field `a[]`).
 */
export function parseForm(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    if (isForbiddenName(name)) throw forbiddenKey();
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  }
  return fields;
}

function isForbiddenName(name: string): boolean {
  return name.includes('__proto__') || /^constructor\s*(\.|\[)\s*prototype/.test(name);
}
