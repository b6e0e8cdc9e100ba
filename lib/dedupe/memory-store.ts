import type { DedupeClaim, DedupeStore } from './store.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Most keys kept; past it the oldest are forgotten first, an eighth at a time. Default `100000`. */
  maxKeys?: number;
  /** The clock, in milliseconds, for tests. Default `performance.now` (monotonic). */
  now?: () => number;
}

/** The in-memory {@link DedupeStore}: it answers synchronously, and tells how many keys it holds. */
export interface MemoryStore extends DedupeStore {
  claim(key: string, ttl: number): DedupeClaim;
  commit(key: string, token: string, ttl: number): void;
  release(key: string, token: string): void;
  /** Keys held now, expired ones not yet dropped included. */
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

/** Keys claimed in one stretch of time, oldest first: dropped together once all expired, or when the oldest must go. */
interface Generation {
  readonly keys: Map<string, Entry>;
  /** The latest expiry set on any of its keys: past it, every one of them has expired. */
  lastExpiry: number;
}

/** How many generations `maxKeys` is shared among: the share forgotten at once when the store is full. */
const generationCount = 8;

/**
 * A {@link DedupeStore} in this process's memory: enough for one instance. Every method answers
 * synchronously with no timers. Keys are kept in generations, each a `Map` of the keys first
 * claimed while it was the newest, and none of them empty; a lookup asks each (nine at most).
 * Since keys share one TTL, a whole generation expires together and is dropped as a whole; when
 * the store is full, the oldest generation (an eighth of `maxKeys`, rounded up) goes at once, so a
 * full store holds `maxKeys` keys less that share at the most. A lookup checks each key's own
 * expiry too, so none outlives it.
 *
 * Generations, rather than one `Map` swept key by key, keep a full store cheap for the garbage
 * collector: only the newest, small generation is written, so a collection rescans little of the
 * rest (on Bun, one large Map written on every delivery cost more than the delivery itself).
 * `maxKeys` bounds the memory used: about 120 to 160 bytes a key with the default key, 16 MB at
 * most by default.
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
  const generationSize = Math.ceil(maxKeys / generationCount);
  const generations: Generation[] = [];
  let size = 0;
  let nextToken = 0;
  /** Where the last {@link lookup} found its key. */
  let foundIn: Generation | undefined;

  function lookup(key: string): Entry | undefined {
    for (let i = generations.length - 1; i >= 0; i--) {
      const generation = generations[i] as Generation;
      const entry = generation.keys.get(key);
      if (entry !== undefined) {
        foundIn = generation;
        return entry;
      }
    }
    return undefined;
  }

  /** Drops the generations that expired or leave no room for one more key; the newest to add it to. */
  function newestWithRoom(time: number): Generation {
    for (let oldest = generations[0]; oldest !== undefined; oldest = generations[0]) {
      if (oldest.lastExpiry > time && size < maxKeys) break;
      size -= oldest.keys.size;
      generations.shift();
    }
    let newest = generations[generations.length - 1];
    if (newest === undefined || newest.keys.size >= generationSize) {
      newest = { keys: new Map(), lastExpiry: 0 };
      generations.push(newest);
    }
    return newest;
  }

  /** Forgets a key; a generation it leaves empty goes too, so lookups never walk empty ones. */
  function forget(generation: Generation, key: string): void {
    if (!generation.keys.delete(key)) return;
    size--;
    if (generation.keys.size === 0 && generation !== generations[generations.length - 1]) {
      generations.splice(generations.indexOf(generation), 1);
    }
  }

  function set(generation: Generation, key: string, entry: Entry, expiry: number): void {
    generation.keys.set(key, entry);
    if (expiry > generation.lastExpiry) generation.lastExpiry = expiry;
  }

  function add(key: string, entry: Entry, time: number, expiry: number): void {
    set(newestWithRoom(time), key, entry, expiry);
    size++;
  }

  return {
    get size() {
      return size;
    },
    claim(key: string, ttl: number): DedupeClaim {
      const time = now();
      const entry = lookup(key);
      if (entry !== undefined) {
        if (expiryOf(entry) > time) return typeof entry === 'number' ? done : inProgress;
        forget(foundIn as Generation, key);
      }
      const token = String(++nextToken);
      add(key, { token, expiresAt: time + ttl }, time, time + ttl);
      return { state: 'claimed', token };
    },
    commit(key: string, token: string, ttl: number): void {
      const time = now();
      const entry = lookup(key);
      if (entry === undefined) {
        add(key, time + ttl, time, time + ttl);
        return;
      }
      if (typeof entry !== 'number' && entry.token !== token && entry.expiresAt > time) return;
      // The key stays in the generation it was claimed in: moving it would write an older one.
      set(foundIn as Generation, key, time + ttl, time + ttl);
    },
    release(key: string, token: string): void {
      const entry = lookup(key);
      if (typeof entry === 'object' && entry.token === token) forget(foundIn as Generation, key);
    },
  };
}
