import { fieldKinds } from './generated/hangup-fields.js';
import type { HangupEvent } from './types.js';

type Kind = (typeof fieldKinds)[keyof typeof fieldKinds];

const converters: Record<Kind, (value: unknown) => unknown> = {
  // The schema has already checked the shape: an integer within 2^53 - 1, or a string of digits.
  phone: (value) => (typeof value === 'number' ? String(value) : value),
  integer: (value) => (typeof value === 'string' ? Number(value) : value),
  boolean: (value) => (typeof value === 'string' ? value === 'true' : value),
};

const conversions = Object.entries(fieldKinds).map(([field, kind]) => [field, converters[kind]] as const);

/**
 * Turns a payload that passed the schema into the event the host receives: a copy with each
 * multi-typed field in its one canonical type. Unknown fields are kept; the payload is not touched.
 */
export function normalizeHangup(payload: Record<string, unknown>): HangupEvent {
  const event: Record<string, unknown> = { ...payload };
  for (const [field, convert] of conversions) {
    const value = event[field];
    if (value !== undefined) event[field] = convert(value);
  }
  return event as HangupEvent;
}
