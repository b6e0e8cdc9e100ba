import { createHash } from 'node:crypto';
import type { TelecmiNotification } from '../types.js';

/**
 * The default dedupe key of a notification. For the outgoing hangup it is `<cmiuuid>:<leg>:<status>`,
 * as since 0.1 (`ccd826f9-67a4-4467-acfb-a53093ff5c9d:a:hangup`); for every other kind
 * `<cmiuuid>:<leg>:<kind>` (`0da4f02e-6ece-42e4-989b-1e6766b5a81e:b:cdr.outgoing.answered`, with an
 * empty leg where the kind has none). `cmiuuid` names one call leg; the rest keeps apart what one
 * leg sends more than once: its live `answered` event and its answered CDR are two deliveries, and
 * a kind's name never equals a status, so no key of another kind is a hangup's.
 */
export function defaultDedupeKey(notification: DedupeKeyInput): string {
  // `join` makes one flat string; a template literal would make a chain of rope nodes that keeps
  // the event's `cmiuuid` alive too, more than doubling what each remembered key costs.
  const { kind } = notification;
  return [
    notification.cmiuuid,
    notification.leg,
    kind === undefined || kind === 'outgoing.hangup' ? notification.status : kind,
  ].join(':');
}

/**
 * What {@link defaultDedupeKey} reads: any notification, or an outgoing hangup stored before 0.2
 * (which had no `kind`), whose key is the one it had then.
 */
export type DedupeKeyInput =
  | TelecmiNotification
  | { readonly cmiuuid: string; readonly leg?: string; readonly status: string; readonly kind?: undefined };

/** Keys longer than this are stored as their SHA-256, so a huge id cannot fill the store. */
const longestKey = 128;

/**
 * The key a store is asked about: the derived key as it is, or `sha256:<hex>` of it when it is
 * longer than 128 characters (the body limit, not the schema, bounds `cmiuuid`).
 */
export function storeKey(key: string): string {
  return key.length <= longestKey ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}
