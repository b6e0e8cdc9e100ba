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
  /** Keys held now, expired ones not yet dropped included. */
  readonly size: number;
}

const done: DedupeClaim = Object.freeze({ state: 'done' });
const inProgress: DedupeClaim = Object.freeze({ state: 'in_progress' });

/** Slots the queue starts with; it doubles as keys come, up to what `maxKeys` needs. */
const initialSlots = 64;

/**
 * A {@link DedupeStore} in this process's memory: enough for one instance. Every method answers
 * synchronously with no timers.
 *
 * Keys sit in a queue in the order they were first claimed (a ring of slots, oldest first), and
 * one `Map` finds a key's slot. A slot's expiry and owner live in arrays beside the queue, so the
 * `Map` holds only small integers and a lookup is one `Map.get`, hit or miss. Since keys share one
 * TTL, the oldest expire first: each call drops the expired keys at the front, and a full store
 * drops its oldest key to make room. A key forgotten out of order (released, or expired and claimed
 * again) leaves an empty slot, skipped at the front and compacted away when empty slots are half the
 * queue. Memory stays bounded by `maxKeys`: about 120 to 160 bytes a key with the default key, 16 MB
 * at most by default.
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
  const slotOf = new Map<string, number>();
  let keys: (string | undefined)[] = new Array<string | undefined>(initialSlots);
  let expiries = new Float64Array(initialSlots);
  // A claim's token while it is in progress; `undefined` once committed.
  let owners: (string | undefined)[] = new Array<string | undefined>(initialSlots);
  /** The oldest slot, and how many slots from it are in use (empty ones included). */
  let head = 0;
  let used = 0;
  let nextToken = 0;

  const slotAt = (offset: number): number => (head + offset) % keys.length;

  function forget(slot: number): void {
    slotOf.delete(keys[slot] as string);
    keys[slot] = undefined;
    owners[slot] = undefined;
    // The newest slots are the ones a release most often empties: give them back at once.
    while (used > 0 && keys[slotAt(used - 1)] === undefined) used--;
  }

  /** Drops the empty and expired slots at the front, and the oldest keys while the store is full. */
  function dropFront(time: number): void {
    while (used > 0) {
      const key = keys[head];
      if (key !== undefined) {
        if ((expiries[head] as number) > time && slotOf.size < maxKeys) return;
        slotOf.delete(key);
        keys[head] = undefined;
        owners[head] = undefined;
      }
      head = (head + 1) % keys.length;
      used--;
    }
  }

  /** Rewrites the queue into `size` slots from slot 0, leaving out the empty ones. */
  function repack(size: number): void {
    const packedKeys = new Array<string | undefined>(size);
    const packedExpiries = new Float64Array(size);
    const packedOwners = new Array<string | undefined>(size);
    let count = 0;
    for (let offset = 0; offset < used; offset++) {
      const slot = slotAt(offset);
      const key = keys[slot];
      if (key === undefined) continue;
      packedKeys[count] = key;
      packedExpiries[count] = expiries[slot] as number;
      packedOwners[count] = owners[slot];
      slotOf.set(key, count++);
    }
    keys = packedKeys;
    expiries = packedExpiries;
    owners = packedOwners;
    head = 0;
    used = count;
  }

  function add(key: string, expiry: number, owner: string | undefined, time: number): void {
    dropFront(time);
    if (used === keys.length) {
      // Half empty: compacting makes room. Otherwise grow, up to the most a full store can need.
      const live = slotOf.size;
      repack(live <= used / 2 ? keys.length : Math.max(keys.length, Math.min(keys.length * 2, 2 * maxKeys)));
    }
    const slot = slotAt(used++);
    keys[slot] = key;
    expiries[slot] = expiry;
    owners[slot] = owner;
    slotOf.set(key, slot);
  }

  return {
    get size() {
      return slotOf.size;
    },
    claim(key: string, ttl: number): DedupeClaim {
      const time = now();
      const slot = slotOf.get(key);
      if (slot !== undefined) {
        if ((expiries[slot] as number) > time) return owners[slot] === undefined ? done : inProgress;
        forget(slot);
      }
      const token = String(++nextToken);
      add(key, time + ttl, token, time);
      return { state: 'claimed', token };
    },
    commit(key: string, token: string, ttl: number): void {
      const time = now();
      const slot = slotOf.get(key);
      if (slot === undefined) {
        add(key, time + ttl, undefined, time);
        return;
      }
      const owner = owners[slot];
      if (owner !== undefined && owner !== token && (expiries[slot] as number) > time) return;
      // The key keeps its place in the queue: it was first claimed then.
      expiries[slot] = time + ttl;
      owners[slot] = undefined;
    },
    release(key: string, token: string): void {
      const slot = slotOf.get(key);
      if (slot !== undefined && owners[slot] === token) forget(slot);
    },
  };
}
