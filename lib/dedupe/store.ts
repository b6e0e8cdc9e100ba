/**
 * What {@link DedupeStore.claim} found for a key:
 * - `claimed`: no one had it; the caller now owns it and must later `commit` or `release` it
 *   with `token`.
 * - `done`: a delivery with this key was handled already (committed, and not yet expired).
 * - `in_progress`: another claim holds the key and has not yet been committed or released.
 */
export type DedupeClaim =
  { readonly state: 'claimed'; readonly token: string } | { readonly state: 'done' | 'in_progress' };

/** A result, or a promise of it: a store in memory can answer at once, one on a network later. */
export type MaybePromise<T> = T | PromiseLike<T>;

/**
 * Where the middleware remembers which deliveries it has handled, so a repeat is acknowledged
 * instead of being handled twice. Implement it to keep keys elsewhere (a database, a cache shared
 * by several instances); the package ships an in-memory one ({@link createMemoryStore}) and a
 * Redis one (`telecmi-hangup/redis`).
 *
 * Every method may answer synchronously or with a promise. The middleware bounds each call with
 * `dedupe.timeout`; a call that throws, rejects or is late is reported on `'error'` as
 * `dedupe_unavailable` and the delivery goes ahead unguarded (a duplicate beats a loss).
 */
export interface DedupeStore {
  /**
   * Claims `key` atomically: if no one holds it, marks it in progress for `ttl` ms under a new
   * owner token and answers `claimed`; otherwise says whether it is `done` or `in_progress`.
   * The claim must lapse by itself after `ttl` ms, so a crashed owner does not hold it forever.
   */
  claim(key: string, ttl: number): MaybePromise<DedupeClaim>;
  /**
   * Marks `key` done for `ttl` ms: the delivery was handled. Also when the claim has lapsed and
   * no one holds the key; but when another claim holds it now, it is left to that claim.
   */
  commit(key: string, token: string, ttl: number): MaybePromise<void>;
  /**
   * Lets `key` go, so the sender's retry is handled afresh: the delivery failed. Only when the
   * claim with `token` still holds it; anything else (a newer claim, a commit) is left alone.
   */
  release(key: string, token: string): MaybePromise<void>;
}
