import { randomUUID } from 'node:crypto';
import type { DedupeClaim, DedupeStore } from '../dedupe/store.js';

/**
 * What the Redis store needs of a client: `EVAL`, as ioredis's `Redis` and `Cluster` have it.
 * The package does not load ioredis itself; the host creates the client and passes it in.
 */
export interface RedisEvalClient {
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** The Redis {@link DedupeStore}: each answer is a promise. */
export interface RedisStore extends DedupeStore {
  claim(key: string, ttl: number): Promise<DedupeClaim>;
  commit(key: string, token: string, ttl: number): Promise<void>;
  release(key: string, token: string): Promise<void>;
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** A connected client, e.g. `new Redis(process.env.REDIS_URL)` from ioredis. Required. */
  client: RedisEvalClient;
  /** Put before every key, so the store's keys are easy to tell apart. Default `'telecmi-hangup:'`. */
  prefix?: string;
}

// A key holds `p:<token>` while a claim owns it and `d` once its delivery was handled; each
// script reads and writes it in one atomic step, so two instances can never both own a key.

/** KEYS[1] the key, ARGV[1] `p:<token>`, ARGV[2] the claim's TTL in ms. */
const claimScript = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == 'd' then return 'done' end
return 'in_progress'`;

/** KEYS[1] the key, ARGV[1] `p:<token>`, ARGV[2] the TTL of a handled key in ms. */
const commitScript = `
local value = redis.call('GET', KEYS[1])
if value and value ~= 'd' and value ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], 'd', 'PX', ARGV[2])
return 1`;

/** KEYS[1] the key, ARGV[1] `p:<token>`. */
const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const done: DedupeClaim = Object.freeze({ state: 'done' });
const inProgress: DedupeClaim = Object.freeze({ state: 'in_progress' });

/**
 * A {@link DedupeStore} on Redis, for apps that run several instances: the first instance to
 * claim a delivery's key handles it, the others answer its copies. A claim is `SET NX PX` with a
 * random owner token, and only that owner can commit or release it (small Lua scripts check the
 * token), so a claim that lapsed and was taken by another instance is never undone by the first.
 *
 * The middleware bounds each call with `dedupe.timeout` and delivers anyway when Redis fails
 * (reported on `'error'`); a claim ioredis sends late, once it has reconnected, is then
 * committed or released with the delivery's outcome. With `enableOfflineQueue: false` on the
 * client, calls fail at once while it is disconnected instead of after `dedupe.timeout`.
 *
 * @example
 * import Redis from 'ioredis';
 * import { createRedisStore } from 'telecmi-hangup/redis';
 *
 * const store = createRedisStore({ client: new Redis(process.env.REDIS_URL) });
 * app.use('/webhook/cdr', telecmiHangup({ dedupe: { store } }));
 */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('createRedisStore: pass options with a "client"');
  }
  const { client, prefix = 'telecmi-hangup:' } = options;
  if (client === null || typeof client !== 'object' || typeof client.eval !== 'function') {
    throw new TypeError('createRedisStore: option "client" must be a Redis client with eval(), e.g. from ioredis');
  }
  if (typeof prefix !== 'string') {
    throw new TypeError(`createRedisStore: option "prefix" must be a string, got ${typeof prefix}`);
  }

  return {
    async claim(key: string, ttl: number): Promise<DedupeClaim> {
      const token = randomUUID();
      const answer = await client.eval(claimScript, 1, prefix + key, `p:${token}`, ttl);
      if (answer === 'claimed') return { state: 'claimed', token };
      if (answer === 'done') return done;
      if (answer === 'in_progress') return inProgress;
      throw new Error(`Redis answered the claim script with ${JSON.stringify(answer)}`);
    },
    async commit(key: string, token: string, ttl: number): Promise<void> {
      await client.eval(commitScript, 1, prefix + key, `p:${token}`, ttl);
    },
    async release(key: string, token: string): Promise<void> {
      await client.eval(releaseScript, 1, prefix + key, `p:${token}`);
    },
  };
}

export type { DedupeClaim, DedupeStore } from '../dedupe/store.js';
