import { performance } from 'node:perf_hooks';
import type { DedupeClaim, DedupeStore } from './store.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Most keys kept; past it the oldest is forgotten first. Default `100000`. */
  maxKeys?: number;
  /** The clock, in milliseconds, for tests. Default `performance.now` (monotonic). */
  now?: () => number;
}

/** The in-memory {@link DedupeStore}: it answers synchronously, and tells how many keys it holds. */
export interface MemoryStore extends DedupeStore {
  claim(key: string, ttl: number): DedupeClaim;
  commit(key: string, token: string, ttl: number): void;
  release(key: string, token: string): void;
  /** Keys held now, expired ones not yet swept included. */
  readonly size: number;
}

/**
 * A key's state: a claim's owner and expiry while in progress; once done, only its expiry (a
 * number, not an object, since done keys are nearly all of them and each byte counts 100,000 times).
 */
type Entry = { readonly token: string; readonly expiresAt: number } | number;

const done: DedupeClaim = Object.freeze({ state: 'done' });
const inProgress: DedupeClaim = Object.freeze({ state: 'in_progress' });

const expiryOf = (entry: Entry): number => (typeof entry === 'number' ? entry : entry.expiresAt);

/**
 * A {@link DedupeStore} in this process's memory: enough for one instance. Every method answers
 * synchronously in O(1) amortized time, with no timers: keys live in a `Map` in insertion order,
 * (re)inserted whenever their expiry is set, so with one TTL for all the oldest entry expires
 * first and is swept from the front on the next call. `maxKeys` bounds the memory used (about
 * 200 bytes a key with the default key).
 *
 * @example
 * telecmiHangup({ dedupe: { store: createMemoryStore({ maxKeys: 10_000 }) } });
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const maxKeys = options.maxKeys ?? 100_000;
  if (!Number.isSafeInteger(maxKeys) || maxKeys < 1) {
    throw new TypeError(`createMemoryStore: option "maxKeys" must be a positive integer, got ${String(maxKeys)}`);
  }
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, Entry>();
  let nextToken = 0;
  // Sweeping walks the map from the front with one long-lived iterator. A fresh `for...of` each
  // time would start from the map's first slot and step over every deleted entry V8 has not yet
  // compacted away: tens of thousands of them once the store is full.
  let cursor = entries.entries();
  let head: [string, Entry] | undefined;

  /** The oldest entry, read from the cursor; one replaced or deleted since it was read is skipped. */
  function oldest(): [string, Entry] | undefined {
    for (;;) {
      if (head === undefined) {
        let step = cursor.next();
        // A map iterator that reached the end stays there: start a new one for entries added since.
        if (step.done) step = (cursor = entries.entries()).next();
        if (step.done) return undefined;
        head = step.value;
      }
      if (entries.get(head[0]) === head[1]) return head;
      head = undefined;
    }
  }

  /** Drops expired entries from the front, and the oldest while there is no room for one more. */
  function sweep(time: number): void {
    for (let entry = oldest(); entry; entry = oldest()) {
      if (expiryOf(entry[1]) > time && entries.size < maxKeys) return;
      entries.delete(entry[0]);
      head = undefined;
    }
  }

  return {
    get size() {
      return entries.size;
    },
    claim(key: string, ttl: number): DedupeClaim {
      const time = now();
      const entry = entries.get(key);
      // An entry behind the front may have expired while an older, longer-lived one stays.
      if (entry !== undefined && expiryOf(entry) > time) return typeof entry === 'number' ? done : inProgress;
      if (entry !== undefined) entries.delete(key);
      sweep(time);
      const token = String(++nextToken);
      entries.set(key, { token, expiresAt: time + ttl });
      return { state: 'claimed', token };
    },
    commit(key: string, token: string, ttl: number): void {
      const time = now();
      const entry = entries.get(key);
      if (entry === undefined) sweep(time);
      else if (typeof entry !== 'number' && entry.token !== token && entry.expiresAt > time) return;
      // Deleting first moves a key that is there to the back, where its new expiry belongs.
      else entries.delete(key);
      entries.set(key, time + ttl);
    },
    release(key: string, token: string): void {
      const entry = entries.get(key);
      if (typeof entry === 'object' && entry.token === token) entries.delete(key);
    },
  };
}
