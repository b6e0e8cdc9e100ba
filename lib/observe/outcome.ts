import type { Answer, DeliveryContext } from '../core/delivery.js';
import type { HangupError } from '../errors.js';
import type { DeliveryOutcome } from './channels.js';

/**
 * Sends an answer on the delivery's host: the one way answers leave the core, so a traced
 * delivery's status is the one answered.
 */
export function respond(context: DeliveryContext, answer: Answer): void {
  if (context.trace) context.trace.status = answer.status;
  context.host.respond(answer);
}

/**
 * Says how a delivery ended, and why when it was rejected or failed. Said again, it is the later
 * word that counts: a delivery acknowledged before its listeners (`awaitHandlers: false`) fails
 * if they then fail.
 */
export function noteOutcome(context: DeliveryContext, outcome: DeliveryOutcome, error?: HangupError): void {
  if (outcome === 'failed') context.failure = error;
  const { trace } = context;
  if (trace === undefined) return;
  trace.outcome = outcome;
  trace.code = error?.code;
}
