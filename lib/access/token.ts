import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Tells whether a presented token is one of the configured ones. Built once, at the factory call,
 * by {@link tokenOption}.
 */
export type TokenMatcher = (presented: string) => boolean;

/** Compares two buffers of equal length in constant time, as `crypto.timingSafeEqual` does. */
export type ConstantTimeEqual = (a: Buffer, b: Buffer) => boolean;

/** Where a request's token was found, in the order they are looked at. */
export type TokenSource = 'query' | 'authorization' | 'header';

/** The token a request presents, if any, and where it came from. */
export interface PresentedToken {
  source: TokenSource;
  /** `undefined` when the source was there but unusable, e.g. `?token=` given twice. */
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
 * Finds the token a request presents: `?token=` in the URL (how TeleCMI sends it), else an
 * `Authorization: Bearer` header, else an `X-Telecmi-Token` header (how a proxy may send it).
 * The first source present is the only one used, so a wrong token is not rescued by another.
 */
export function presentedToken(req: IncomingMessage): PresentedToken | undefined {
  const inQuery = new URLSearchParams(queryOf(req.url ?? '')).getAll(tokenField);
  if (inQuery.length > 0) return { source: 'query', value: inQuery.length === 1 ? inQuery[0] : undefined };
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer +(\S+) *$/i.exec(authorization);
    if (bearer) return { source: 'authorization', value: bearer[1] };
  }
  const header = req.headers[tokenHeader];
  if (header !== undefined) return { source: 'header', value: Array.isArray(header) ? undefined : header };
  return undefined;
}

/** The query string of a request URL, without the `?`. */
export function queryOf(url: string): string {
  const mark = url.indexOf('?');
  return mark === -1 ? '' : url.slice(mark + 1);
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
