import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';
import { HangupError } from '../errors.js';
import type { ReceivedBody } from '../request-payload.js';
import { clientAddress, isAllowedAddress } from './ip.js';
import { presentedToken, tokenField, withoutTokenField, type TokenMatcher } from './token.js';

export { allowIpsOption } from './ip.js';
export { tokenOption, type TokenMatcher } from './token.js';

/** The access rules resolved from the options; an `undefined` rule is off. */
export interface AccessRules {
  /** From the `token` option. */
  token: TokenMatcher | undefined;
  /** From the `allowIps` option. */
  allowIps: BlockList | undefined;
}

/** Why a request was turned away, and the headers its answer carries. */
export interface AccessDenial {
  error: HangupError;
  headers: Record<string, string>;
}

const challenge = { 'WWW-Authenticate': 'Bearer realm="telecmi-hangup"' };

/**
 * Applies the access rules to a request from its URL, headers and address alone, so it runs
 * before a byte of the body is read. The address is checked first (403 `forbidden`), so a sender
 * from elsewhere never gets to try tokens; then the token (401 `unauthorized`). No message says
 * which address or token was seen: the answer goes to whoever sent the request.
 */
export function checkAccess(req: IncomingMessage, rules: AccessRules): AccessDenial | undefined {
  if (rules.allowIps && !isAllowedAddress(rules.allowIps, clientAddress(req))) {
    return { error: new HangupError('forbidden', 'Deliveries are not accepted from this address'), headers: {} };
  }
  if (rules.token) {
    const presented = presentedToken(req);
    let message: string | undefined;
    if (presented === undefined) {
      message = 'A token is required: in the webhook URL as ?token=, or as an Authorization: Bearer header';
    } else if (presented.value === undefined) {
      message = 'The token was sent more than once';
    } else if (!rules.token(presented.value)) {
      message = 'The token is not valid';
    }
    if (message !== undefined) return { error: new HangupError('unauthorized', message), headers: challenge };
  }
  return undefined;
}

/**
 * For a GET, whose payload is its query string, leaves the `token` field out of the raw text kept
 * for `'invalid'` and out of the parsed payload, so the secret reaches neither `req.body`,
 * `req.telecmiHangup`, the events nor a dead-letter store. Anything else is returned as it is.
 */
export function withoutQueryToken(req: IncomingMessage, received: ReceivedBody, rules: AccessRules): ReceivedBody {
  if (!rules.token || req.method !== 'GET') return received;
  return {
    ...received,
    raw: withoutTokenField(received.raw),
    parse: () => withoutToken(received.parse()),
  };
}

function withoutToken(payload: unknown): unknown {
  if (payload === null || typeof payload !== 'object' || !Object.hasOwn(payload, tokenField)) return payload;
  const copy = { ...payload } as Record<string, unknown>;
  delete copy[tokenField];
  return copy;
}
