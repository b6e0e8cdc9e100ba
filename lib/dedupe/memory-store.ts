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
 * synchronously in O(1) amortized time, with no timers: keys live in a `Map` in the order they
 * were claimed, and since they share one TTL the oldest expires first and is swept from the
 * front on the next call (a lookup checks the expiry too, so none outlives it). `maxKeys` bounds
 * the memory used: about 120 to 160 bytes a key with the default key, 16 MB at most by default.
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
  // Sweeping walks the keys from the front with one long-lived iterator. A fresh `for...of` each
  // time would start from the map's first slot and step over every deleted entry V8 has not yet
  // compacted away: tens of thousands of them once the store is full. The iterator moves past a
  // key only once that key is deleted, so `head`, the key it last gave, is always the oldest.
  let cursor = entries.keys();
  let head: string | undefined;

  function forget(key: string): void {
    entries.delete(key);
    if (key === head) head = undefined;
  }

  function oldest(): string | undefined {
    if (head === undefined) {
      let step = cursor.next();
      // A map iterator that reached the end stays there: start a new one for keys added since.
      if (step.done) step = (cursor = entries.keys()).next();
      head = step.done ? undefined : step.value;
    }
    return head;
  }

  /** Drops expired entries from the front, and the oldest while there is no room for one more. */
  function sweep(time: number): void {
    for (let key = oldest(); key !== undefined; key = oldest()) {
      if (expiryOf(entries.get(key) as Entry) > time && entries.size < maxKeys) return;
      forget(key);
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
      if (entry !== undefined) forget(key);
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
      // A key that is there keeps its place, that of its claim: a little ahead of where its new
      // expiry belongs, which only delays its sweep. Moving it would leave a hole in the map.
      entries.set(key, time + ttl);
    },
    release(key: string, token: string): void {
      const entry = entries.get(key);
      if (typeof entry === 'object' && entry.token === token) forget(key);
    },
  };
}
