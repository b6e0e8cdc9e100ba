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

/** Keys held in one `Map`, and the latest expiry set on any of them: past it, every one has expired. */
interface Shelf {
  keys: Map<string, Entry>;
  lastExpiry: number;
}

/** How many batches `maxKeys` is shared among: the share forgotten at once when the store is full. */
const batchCount = 8;

/**
 * A {@link DedupeStore} in this process's memory: enough for one instance. Every method answers
 * synchronously with no timers. Keys are first written to a small `Map` of the newest; once it
 * holds an eighth of `maxKeys` (rounded up), they move as a batch to a `Map` of the older keys, in
 * the order they came. Moving them is also when the older keys are trimmed from their oldest: the
 * expired ones, and when the store is full, enough of the rest to leave room for the next batch
 * (so a full store holds between `maxKeys` less an eighth and `maxKeys`). Either `Map` whose keys
 * have all expired is emptied on the next call. A lookup checks each key's own expiry too, so
 * none outlives it.
 *
 * The two `Map`s keep a full store cheap both to look up and for the garbage collector: a new key
 * is looked up in two, however full the store; and a delivery writes only the small one, so a
 * collection rescans little (on Bun, one large `Map` written on every delivery cost more than the
 * delivery itself). `maxKeys` bounds the memory used: about 120 to 160 bytes a key with the
 * default key, 16 MB at most by default.
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
  const batchSize = Math.ceil(maxKeys / batchCount);
  const newest: Shelf = { keys: new Map(), lastExpiry: 0 };
  const older: Shelf = { keys: new Map(), lastExpiry: 0 };
  let nextToken = 0;
  /** Where the last {@link lookup} found its key. */
  let foundOn: Shelf = newest;

  function lookup(key: string): Entry | undefined {
    let entry = newest.keys.get(key);
    foundOn = newest;
    if (entry === undefined) {
      entry = older.keys.get(key);
      foundOn = older;
    }
    return entry;
  }

  /** Empties a shelf whose keys have all expired: one check a call keeps an idle store from holding them. */
  function dropExpired(shelf: Shelf, time: number): void {
    if (shelf.lastExpiry <= time && shelf.keys.size > 0) {
      shelf.keys.clear();
      shelf.lastExpiry = 0;
    }
  }

  /** Moves the newest batch onto the older keys, trimming those first: the expired, then what leaves no room. */
  function moveNewestBatch(time: number): void {
    const keys = older.keys;
    const room = maxKeys - batchSize;
    for (const [key, entry] of keys) {
      if (expiryOf(entry) > time && keys.size + newest.keys.size <= room) break;
      keys.delete(key);
    }
    for (const [key, entry] of newest.keys) keys.set(key, entry);
    if (newest.lastExpiry > older.lastExpiry) older.lastExpiry = newest.lastExpiry;
    newest.keys = new Map();
    newest.lastExpiry = 0;
  }

  function set(shelf: Shelf, key: string, entry: Entry, expiry: number): void {
    shelf.keys.set(key, entry);
    if (expiry > shelf.lastExpiry) shelf.lastExpiry = expiry;
  }

  function add(key: string, entry: Entry, time: number, expiry: number): void {
    if (newest.keys.size >= batchSize) moveNewestBatch(time);
    set(newest, key, entry, expiry);
  }

  /** Drops the shelves that expired, then finds `key`: one of them is where a later write goes. */
  function find(key: string, time: number): Entry | undefined {
    dropExpired(newest, time);
    dropExpired(older, time);
    return lookup(key);
  }

  return {
    get size() {
      return newest.keys.size + older.keys.size;
    },
    claim(key: string, ttl: number): DedupeClaim {
      const time = now();
      const entry = find(key, time);
      if (entry !== undefined) {
        if (expiryOf(entry) > time) return typeof entry === 'number' ? done : inProgress;
        foundOn.keys.delete(key);
      }
      const token = String(++nextToken);
      add(key, { token, expiresAt: time + ttl }, time, time + ttl);
      return { state: 'claimed', token };
    },
    commit(key: string, token: string, ttl: number): void {
      const time = now();
      const entry = find(key, time);
      if (entry === undefined) {
        add(key, time + ttl, time, time + ttl);
        return;
      }
      if (typeof entry !== 'number' && entry.token !== token && entry.expiresAt > time) return;
      // The key stays where it was claimed: moving it would write the older keys' Map.
      set(foundOn, key, time + ttl, time + ttl);
    },
    release(key: string, token: string): void {
      const entry = lookup(key);
      if (typeof entry === 'object' && entry.token === token) foundOn.keys.delete(key);
    },
  };
}
