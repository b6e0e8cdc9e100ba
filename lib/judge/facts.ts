import { parseStrictJson } from '../parse/json-text.js';

/**
 * Which side ended a leg, as its `hangup_reason` says. TeleCMI writes the reason from its own side
 * of the leg: `recv_*` means it received the hang-up (or cancel) from the phone on this leg,
 * `sent_*` that it sent the hang-up (or rejection) to that phone.
 *
 * - `'this_leg'`: `recv_bye` or `recv_cancel`. The phone on this leg ended it: on leg `a` the
 *   agent, on leg `b` the callee.
 * - `'other_side'`: `sent_bye` or `sent_reject`. TeleCMI ended this leg, because the party on the
 *   other leg hung up or rejected the call, or because the platform ended it.
 */
export type EndedBy = 'this_leg' | 'other_side';

/**
 * Facts the package works out from the wire fields, once, when it normalizes a hangup. Their names
 * are camelCase, which TeleCMI never uses for a field, so they never stand for a wire field; a
 * payload field of the same name (only a non-TeleCMI sender could send one) is replaced. Every key
 * is always present; `undefined` means the payload does not say.
 */
export interface HangupFacts {
  /** When the leg hung up: `time` as a `Date`. */
  hangupAt: Date;
  /**
   * Whether the leg was answered: `answeredsec > 0`. `undefined` when the payload has no
   * `answeredsec` (live events of type `"event"` do not carry it).
   */
  answered: boolean | undefined;
  /** Seconds the leg was answered for: `answeredsec` as a number, `undefined` when absent. */
  answeredSeconds: number | undefined;
  /** Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists. */
  endedBy: EndedBy | undefined;
  /**
   * `custom` decoded, when it is JSON text of an object (`"{\"crm\":\"true\"}"` gives
   * `{ crm: 'true' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a
   * `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded.
   */
  customData: Record<string, unknown> | undefined;
  /** `extra_params` decoded, by the same rule as {@link HangupFacts.customData}. */
  extraParamsData: Record<string, unknown> | undefined;
}

// A Map, not an object literal: a reason such as "constructor" must not find an inherited member.
const endedByReason = new Map<unknown, EndedBy>([
  ['recv_bye', 'this_leg'],
  ['recv_cancel', 'this_leg'],
  ['sent_bye', 'other_side'],
  ['sent_reject', 'other_side'],
]);

/**
 * Adds the {@link HangupFacts} to an event whose wire fields are already normalized (numbers are
 * numbers), in place, so the event stays one object. A field of the same name is replaced.
 */
export function addFacts(event: Record<string, unknown>): void {
  const answeredsec = event['answeredsec'] as number | undefined;
  event['hangupAt'] = new Date(event['time'] as number);
  event['answered'] = answeredsec === undefined ? undefined : answeredsec > 0;
  event['answeredSeconds'] = answeredsec;
  event['endedBy'] = endedByReason.get(event['hangup_reason']);
  event['customData'] = decodeJsonObject(event['custom']);
  event['extraParamsData'] = decodeJsonObject(event['extra_params']);
}

/**
 * The object a string of JSON text holds, or `undefined` when it holds anything else, is not JSON,
 * or is refused by the body's own guards (a prototype key, nesting deeper than 64 levels).
 */
export function decodeJsonObject(text: unknown): Record<string, unknown> | undefined {
  if (typeof text !== 'string') return undefined;
  // White space JSON.parse would refuse, such as a byte order mark, goes first.
  const trimmed = text.trimStart();
  // Such fields hold an object's JSON or plain text; plain text need not pay for a failed parse.
  if (trimmed[0] !== '{') return undefined;
  let value: unknown;
  try {
    value = parseStrictJson(trimmed);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
