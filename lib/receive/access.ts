import type { BlockList } from 'node:net';
import type { Delivery } from '../core/delivery.js';
import { HangupError } from '../errors.js';
import { isAllowedAddress } from './ip.js';
import { presentedToken, withoutTokenField, type TokenMatcher } from './token.js';

export { allowIpsOption } from './ip.js';
export { tokenOption, type TokenMatcher } from './token.js';

/** The access rules resolved from the options; an `undefined` rule is off. */
export interface AccessRules {
  /** From the `token` option. */
  token: TokenMatcher | undefined;
  /** From the `allowIps` option. */
  allowIps: BlockList | undefined;
}

/** Why a delivery was turned away, and the headers its answer carries. */
export interface AccessDenial {
  error: HangupError;
  headers: Record<string, string>;
}

const challenge = { 'WWW-Authenticate': 'Bearer realm="telecmi-hangup"' };

/**
 * Applies the access rules to a delivery from its query, headers and address alone, so it runs
 * before a byte of the body is read. The address is checked first (403 `forbidden`), so a sender
 * from elsewhere never gets to try tokens; then the token (401 `unauthorized`). No message says
 * which address or token was seen: the answer goes to whoever sent the request.
 */
export function checkAccess(delivery: Delivery, rules: AccessRules): AccessDenial | undefined {
  if (rules.allowIps) {
    const address = delivery.clientAddress;
    if (address === undefined) {
      const message =
        'allowIps is set, but this host did not say which address the delivery came from, so it is refused';
      return { error: new HangupError('forbidden', message), headers: {} };
    }
    if (!isAllowedAddress(rules.allowIps, address)) {
      return { error: new HangupError('forbidden', 'Deliveries are not accepted from this address'), headers: {} };
    }
  }
  if (rules.token) {
    const presented = presentedToken(delivery);
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
 * For a GET, whose payload is its query string: the query less its `token` field, so the secret
 * reaches neither the payload, the event, the listeners nor a dead-letter store.
 */
export function queryWithoutToken(delivery: Delivery, rules: AccessRules): string {
  return rules.token ? withoutTokenField(delivery.query) : delivery.query;
}
