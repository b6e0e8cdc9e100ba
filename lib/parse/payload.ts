import type { Received } from '../receive/body.js';
import { parseForm } from './form.js';
import { parseJsonText, refuseUnsafeValue } from './json-text.js';

/**
 * Turns a received body into a payload: JSON text (TeleCMI's leading-zero form included) or form
 * fields parsed here, or an upstream parser's value checked for prototype keys. Throws a
 * HangupError saying what could not be parsed.
 */
export function parsePayload(received: Received): unknown {
  if ('format' in received) return received.format === 'json' ? parseJsonText(received.raw) : parseForm(received.raw);
  const { upstream } = received;
  // express.json() and express.urlencoded() parse with no guard against prototype keys.
  refuseUnsafeValue(upstream);
  return upstream;
}

/** Whether the payload is a new object this package made, which nobody else holds. */
export function parsedHere(received: Received): boolean {
  return 'format' in received;
}
