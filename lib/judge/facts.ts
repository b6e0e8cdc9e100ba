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

// A Map, not an object literal: a reason such as "constructor" must not find an inherited member.
const endedByReason = new Map<unknown, EndedBy>([
  ['recv_bye', 'this_leg'],
  ['recv_cancel', 'this_leg'],
  ['sent_bye', 'other_side'],
  ['sent_reject', 'other_side'],
]);

/** Which side ended a leg, as its `hangup_reason` says; `undefined` for a reason TeleCMI does not list. */
export function endedByOf(reason: unknown): EndedBy | undefined {
  return endedByReason.get(reason);
}

/**
 * The file a notification names (`filename`, `voicename`) when its flag (`record`, `voicemail`,
 * already a boolean) does not say there is none: a non-empty string, else `undefined`.
 */
export function fileNamed(flag: unknown, name: unknown): string | undefined {
  return flag !== false && typeof name === 'string' && name !== '' ? name : undefined;
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
