import { errorAnswer } from '../answer/answers.js';
import type { DeliveryContext } from '../core/delivery.js';
import type { HangupError } from '../errors.js';
import type { InvalidDelivery } from '../types.js';
import { runListeners } from './listeners.js';

/**
 * Answers a rejected delivery with its error (unless no one is left to answer) and hands it to the
 * `'invalid'` listeners, with the body as received, to keep as a dead letter.
 */
export async function reject(
  context: DeliveryContext,
  error: HangupError,
  body: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const { config, host } = context;
  if (error.status !== undefined) host.respond(errorAnswer(error, headers));
  const info: InvalidDelivery = {
    reason: error.code,
    status: error.status,
    message: error.message,
    errors: error.details,
    body,
  };
  // A failing dead-letter listener is reported, but does not change the answer: the input was bad.
  await runListeners(config.emitter, 'invalid', info, host.request, config.handlerTimeout);
}
