import { integerOption } from '../option-checks.js';
import type { TelecmiNotification } from '../types.js';
import { defaultDedupeKey } from './key.js';
import { createMemoryStore } from './memory-store.js';
import type { DedupeStore } from './store.js';

/** The `dedupe` option of {@link telecmiHangup} as an object. All fields are optional. */
export interface DedupeOptions {
  /**
   * Where handled keys are kept. Default: a new in-memory store ({@link createMemoryStore}) of
   * `maxKeys` keys. Pass a shared one (`telecmi-hangup/redis`) when several instances take
   * deliveries.
   */
  store?: DedupeStore;
  /**
   * Derives a delivery's key from its notification, of any kind: two deliveries with the same key
   * are one. It must return a non-empty string, used as it is for the outgoing hangup and after
   * `<kind>:` for every other kind, so a key written for hangups never makes two kinds one.
   * Default {@link defaultDedupeKey}: `<cmiuuid>:<leg>:<status>` for the outgoing hangup,
   * `<cmiuuid>:<leg>:<kind>` for the others.
   */
  // A method, so a key written for 0.1's hangup-only `(event: HangupEvent) => string` still fits.
  key?(notification: TelecmiNotification): string;
  /** Milliseconds a handled key is remembered: repeats within it are acknowledged as duplicates. Default `86400000` (24 h). */
  ttl?: number;
  /** Most keys the default in-memory store keeps (the oldest eighth goes first). Not with `store`. Default `100000`. */
  maxKeys?: number;
  /**
   * Milliseconds to wait for each store call. A later answer (or a failure) is reported on
   * `'error'` as `dedupe_unavailable` and the delivery goes ahead unguarded. Default `1000`.
   */
  timeout?: number;
}

/** The dedupe settings the middleware reads at request time. */
export interface ResolvedDedupe {
  store: DedupeStore;
  key: (notification: TelecmiNotification) => string;
  /** How long a committed key lives. */
  ttl: number;
  /**
   * How long a claim lives before it lapses by itself: long enough for the listeners (bounded by
   * `handlerTimeout`) and the commit (bounded by `timeout`), so only a dead owner loses its claim.
   */
  claimTtl: number;
  timeout: number;
}

const fieldNames: ReadonlyArray<keyof DedupeOptions> = ['store', 'key', 'ttl', 'maxKeys', 'timeout'];
const maxTtl = 365 * 24 * 60 * 60 * 1000;

/**
 * Checks the `dedupe` option at the factory call: `false` turns dedupe off, `true` or leaving
 * it out keeps it on with the defaults, an object tunes it.
 */
export function resolveDedupe(value: unknown, handlerTimeout: number): ResolvedDedupe | undefined {
  if (value === false) return undefined;
  if (value === undefined || value === true) value = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('telecmiHangup: option "dedupe" must be false, true or an object');
  }
  const options = value as Record<string, unknown>;
  for (const name of Object.keys(options)) {
    if (!(fieldNames as readonly string[]).includes(name)) {
      throw new TypeError(`telecmiHangup: unknown option "dedupe.${name}"; known: ${fieldNames.join(', ')}`);
    }
  }
  if (options['store'] !== undefined && options['maxKeys'] !== undefined) {
    throw new TypeError(
      'telecmiHangup: option "dedupe.maxKeys" sizes the built-in memory store; size your own "store" itself',
    );
  }
  const timeout = integer('timeout', options['timeout'], 1_000, 1, 60_000);
  return {
    store: storeOption(options['store'], integer('maxKeys', options['maxKeys'], 100_000, 1, 100_000_000)),
    key: keyOption(options['key']),
    ttl: integer('ttl', options['ttl'], 24 * 60 * 60 * 1000, 1, maxTtl),
    claimTtl: handlerTimeout + 2 * timeout + 1_000,
    timeout,
  };
}

function storeOption(value: unknown, maxKeys: number): DedupeStore {
  if (value === undefined) return createMemoryStore({ maxKeys });
  const store = value as Partial<Record<keyof DedupeStore, unknown>>;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof store.claim === 'function' &&
    typeof store.commit === 'function' &&
    typeof store.release === 'function'
  ) {
    return value as DedupeStore;
  }
  throw new TypeError('telecmiHangup: option "dedupe.store" must have claim, commit and release methods');
}

function keyOption(value: unknown): (notification: TelecmiNotification) => string {
  if (value === undefined) return defaultDedupeKey;
  if (typeof value === 'function') {
    const key = value as (notification: TelecmiNotification) => unknown;
    // A key written when only hangups were deduped (`(event) => event.cmiuuid`) would make a leg's
    // started, answered and hangup events one delivery: another kind's key is kept apart by its name.
    return (notification) => {
      const derived = key(notification);
      return typeof derived !== 'string' || derived === '' || notification.kind === 'outgoing.hangup'
        ? (derived as string)
        : `${notification.kind}:${derived}`;
    };
  }
  throw new TypeError('telecmiHangup: option "dedupe.key" must be a function of the notification returning a string');
}

function integer(name: string, value: unknown, fallback: number, min: number, max: number): number {
  return integerOption(`dedupe.${name}`, value, fallback, min, max);
}
