import { createHash, timingSafeEqual } from 'node:crypto';
import type { Delivery } from '../core/delivery.js';

/**
 * Tells whether a presented token is one of the configured ones. Built once, at the factory call,
 * by {@link tokenOption}.
 */
export type TokenMatcher = (presented: string) => boolean;

/** Compares two buffers of equal length in constant time, as `crypto.timingSafeEqual` does. */
export type ConstantTimeEqual = (a: Buffer, b: Buffer) => boolean;

/** The token a request presents: `value` is `undefined` when it was there but unusable, e.g. `?token=` given twice. */
export interface PresentedToken {
  value: string | undefined;
}

/** The query field TeleCMI's webhook URL carries the token in. */
export const tokenField = 'token';

const tokenHeader = 'x-telecmi-token';

// Visible ASCII only: such a token survives a URL, an Authorization header and a custom header
// unchanged, whereas spaces would be trimmed from headers and could never match.
const tokenPattern = /^[\x21-\x7e]+$/;

/**
 * Checks the `token` option (one secret, or several while rotating) and builds its matcher, or
 * `undefined` when the option is left out. The error messages never repeat a token.
 */
export function tokenOption(value: unknown): TokenMatcher | undefined {
  if (value === undefined) return undefined;
  const tokens: unknown[] = Array.isArray(value) ? value : [value];
  if (tokens.length === 0) {
    throw new TypeError('telecmiHangup: option "token" must list at least one token');
  }
  tokens.forEach((token, index) => {
    const which = Array.isArray(value) ? `token[${index}]` : 'token';
    if (typeof token !== 'string') {
      throw new TypeError(`telecmiHangup: option "${which}" must be a string or an array of strings`);
    }
    if (!tokenPattern.test(token)) {
      throw new TypeError(
        `telecmiHangup: option "${which}" must be a non-empty string of visible ASCII characters (no spaces)`,
      );
    }
  });
  return createTokenMatcher(tokens as string[]);
}

/**
 * Builds a matcher that hashes the presented token and every configured one with SHA-256 and
 * compares the digests with `equal`. Hashing makes every comparison the same length, so neither
 * the length nor the content of a token shows in the time taken; every configured token is
 * compared, whichever matches, so rotation does not reveal which one did. `equal` is there for
 * tests to observe the comparisons.
 */
export function createTokenMatcher(
  tokens: readonly string[],
  equal: ConstantTimeEqual = timingSafeEqual,
): TokenMatcher {
  const expected = tokens.map(digest);
  return (presented) => {
    const actual = digest(presented);
    let matched = false;
    for (const candidate of expected) {
      if (equal(actual, candidate)) matched = true;
    }
    return matched;
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Finds the token a delivery presents: `?token=` in the URL (how TeleCMI sends it), else an
 * `Authorization: Bearer` header, else an `X-Telecmi-Token` header (how a proxy may send it).
 * The first source present is the only one used, so a wrong token is not rescued by another.
 */
export function presentedToken(delivery: Delivery): PresentedToken | undefined {
  const inQuery = new URLSearchParams(delivery.query).getAll(tokenField);
  if (inQuery.length > 0) return { value: inQuery.length === 1 ? inQuery[0] : undefined };
  const authorization = delivery.header('authorization');
  if (typeof authorization === 'string') {
    const bearer = /^Bearer +(\S+) *$/i.exec(authorization);
    if (bearer) return { value: bearer[1] };
  }
  const header = delivery.header(tokenHeader);
  if (header !== undefined) return { value: Array.isArray(header) ? undefined : header };
  return undefined;
}

/**
 * A query string with every `token` field left out and the rest kept exactly as sent, so a
 * dead letter never holds the secret. Names are compared decoded: `%74oken` is `token` too.
 */
export function withoutTokenField(query: string): string {
  return query
    .split('&')
    .filter((field) => new URLSearchParams(field).keys().next().value !== tokenField)
    .join('&');
}
