import { createHash } from 'node:crypto';
import type { HangupEvent } from '../types.js';

/**
 * The default dedupe key of a hangup: `<cmiuuid>:<leg>:<status>`, e.g.
 * `ccd826f9-67a4-4467-acfb-a53093ff5c9d:a:hangup`. `cmiuuid` names one call leg; `leg` and
 * `status` are in the key so that another event of the same leg, or both legs of a sender that
 * reuses one id, never count as repeats of each other.
 */
export function defaultDedupeKey(event: HangupEvent): string {
  // `join` makes one flat string; a template literal would make a chain of rope nodes that keeps
  // the event's `cmiuuid` alive too, more than doubling what each remembered key costs.
  return [event.cmiuuid, event.leg, event.status].join(':');
}

/** Keys longer than this are stored as their SHA-256, so a huge id cannot fill the store. */
const longestKey = 128;

/**
 * The key a store is asked about: the derived key as it is, or `sha256:<hex>` of it when it is
 * longer than 128 characters (the body limit, not the schema, bounds `cmiuuid`).
 */
export function storeKey(key: string): string {
  return key.length <= longestKey ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}
