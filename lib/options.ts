import { EventEmitter } from 'node:events';
import bytes from 'bytes';
import { createEmitter, type HangupEmitter } from './emitter.js';
import { booleanOption, integerOption, show } from './option-checks.js';
import { allowIpsOption, tokenOption, type AccessRules } from './receive/access.js';
import { resolveDedupe, type DedupeOptions, type ResolvedDedupe } from './dedupe/options.js';

/** Options of {@link telecmiHangup}. All are optional. */
export interface HangupOptions {
  /** Emitter to emit events on, e.g. one the app already shares. Default: a new `EventEmitter`. */
  emitter?: EventEmitter;
  /**
   * Call `next()` instead of answering an accepted outgoing hangup, so a later handler can read
   * `req.telecmiHangup` and reply. Other kinds, rejections and duplicates are still answered by
   * the middleware. Default `false`.
   */
  passThrough?: boolean;
  /** Largest body accepted, after decompression: bytes, or a string such as `'64kb'`. Default `'64kb'`. */
  limit?: number | string;
  /** Milliseconds to wait for listeners' promises before answering 500 `handler_timeout`. Default `10000`. */
  handlerTimeout?: number;
  /**
   * Wait for listeners (and their promises) before acknowledging, so a failure makes TeleCMI retry.
   * With `false` the delivery is acknowledged first and failures only reach `'error'`. Default `true`.
   */
  awaitHandlers?: boolean;
  /** Status of the acknowledgement, 200 to 299. Default `204`. */
  successStatus?: number;
  /** Seconds put in `Retry-After` of 503 answers (while closing, or a copy is in progress). Default `5`. */
  retryAfter?: number;
  /**
   * Shared secret a delivery must carry, or several (any one is accepted) while rotating: in the
   * webhook URL as `?token=` (how TeleCMI sends it), else as `Authorization: Bearer` or an
   * `X-Telecmi-Token` header (how a proxy may send it). Visible ASCII, no spaces. A missing or
   * wrong token is answered 401 `unauthorized` before the body is read. Default: none (off).
   */
  token?: string | readonly string[];
  /**
   * Addresses and CIDR ranges, IPv4 or IPv6, deliveries may come from, e.g. `['203.0.113.0/24']`.
   * Checked against Express's `req.ip` (so `trust proxy` decides which hop counts), the socket's
   * address on plain `node:http`, Fastify's `request.ip`, the address a `fetch` runtime passes as
   * the handler's second argument, or a Lambda event's source IP. Others, and deliveries whose host
   * gives no address (`fetch` called without one), are answered 403 `forbidden` before the body is
   * read. Default: none (off).
   */
  allowIps?: string | readonly string[];
  /**
   * Acknowledge repeats of a notification already handled, of any kind (same key:
   * `<cmiuuid>:<leg>:<status>` for the hangup, `<cmiuuid>:<leg>:<kind>` for others, by default)
   * with a 2xx and a `'duplicate'` event instead of running its listeners again; answer a copy
   * that arrives while the first is being handled 503 `in_progress`. `false` turns it off; an
   * object picks the store, key, TTL and timeout. Default on, in memory (100000 keys, 24 h).
   */
  dedupe?: boolean | DedupeOptions;
  /**
   * Accept an outgoing hangup only as the older documentation's property table lists it
   * (`$defs/olderTable` of its schema; other kinds are unaffected): no other fields, no older spellings such as `appid`, and the table's types (`app_id`
   * and `time` JSON integers, `click_to_call` the text `"true"`/`"false"`, phone numbers digits
   * only). Anything else is answered 422 `invalid_payload` instead of being normalized. Form and
   * query-string deliveries carry every value as text, so they fail it. Default `false`.
   */
  strict?: boolean;
}

/** Options of `parseHangup` and `parseNotification`. All are optional. */
export interface ParseOptions {
  /** Judge the payload against the older property table only, as {@link HangupOptions.strict}. Default `false`. */
  strict?: boolean;
}

/** Options with every default applied: what the middleware reads at request time. */
export interface ResolvedOptions {
  emitter: HangupEmitter;
  passThrough: boolean;
  limit: number;
  handlerTimeout: number;
  awaitHandlers: boolean;
  successStatus: number;
  retryAfter: number;
  token: AccessRules['token'];
  allowIps: AccessRules['allowIps'];
  /** `undefined` when dedupe is off. */
  dedupe: ResolvedDedupe | undefined;
  strict: boolean;
}

const optionNames: ReadonlyArray<keyof HangupOptions> = [
  'emitter',
  'passThrough',
  'limit',
  'handlerTimeout',
  'awaitHandlers',
  'successStatus',
  'retryAfter',
  'token',
  'allowIps',
  'dedupe',
  'strict',
];

/** Checks the options once, at the factory call, and fills in the defaults. */
export function resolveOptions(options: HangupOptions | undefined): ResolvedOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('telecmiHangup: options must be an object, or left out');
  }
  for (const name of Object.keys(options)) {
    if (!(optionNames as readonly string[]).includes(name)) {
      const hint = closestName(name);
      throw new TypeError(`telecmiHangup: unknown option "${name}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
  }
  const handlerTimeout = integerOption('handlerTimeout', options.handlerTimeout, 10_000, 1, 2_147_483_647);
  return {
    emitter: emitterOption(options.emitter),
    passThrough: booleanOption('passThrough', options.passThrough, false),
    limit: limitOption(options.limit),
    handlerTimeout,
    awaitHandlers: booleanOption('awaitHandlers', options.awaitHandlers, true),
    successStatus: integerOption('successStatus', options.successStatus, 204, 200, 299),
    retryAfter: integerOption('retryAfter', options.retryAfter, 5, 0, 86_400),
    token: tokenOption(options.token),
    allowIps: allowIpsOption(options.allowIps),
    dedupe: resolveDedupe(options.dedupe, handlerTimeout),
    strict: booleanOption('strict', options.strict, false),
  };
}

function emitterOption(value: unknown): HangupEmitter {
  if (value === undefined) return createEmitter();
  if (value instanceof EventEmitter) return value as HangupEmitter;
  throw new TypeError('telecmiHangup: option "emitter" must be an EventEmitter');
}

/** Checks the options of `parseHangup`, at each call (it has no factory); returns whether it is strict. */
export function resolveParseOptions(options: ParseOptions | undefined): boolean {
  if (options === undefined) return false;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('parseHangup: options must be an object, or left out');
  }
  for (const name in options) {
    if (name !== 'strict') throw new TypeError(`parseHangup: unknown option "${name}"; the only one is "strict"`);
  }
  const { strict } = options;
  if (strict === undefined || typeof strict === 'boolean') return strict === true;
  throw new TypeError(`parseHangup: option "strict" must be true or false, got ${show(strict)}`);
}

function limitOption(value: unknown): number {
  if (value === undefined) return 64 * 1024;
  const parsed = typeof value === 'string' ? bytes.parse(value) : value;
  if (typeof parsed === 'number' && Number.isSafeInteger(parsed) && parsed > 0) return parsed;
  throw new TypeError(
    `telecmiHangup: option "limit" must be a positive number of bytes or a size such as '64kb', got ${show(value)}`,
  );
}

/** The known option closest to a misspelt one, if any is close. */
function closestName(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of optionNames) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
