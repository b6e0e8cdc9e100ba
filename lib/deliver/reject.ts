import { errorAnswer } from '../answer/answers.js';
import type { DeliveryContext } from '../core/delivery.js';
import type { HangupError } from '../errors.js';
import { noteOutcome, respond } from '../observe/outcome.js';
import type { MaybePromise } from '../dedupe/store.js';
import type { InvalidDelivery } from '../types.js';
import { discard, isThenable } from './thenable.js';
import { runTimedListeners } from './timed-listeners.js';

/**
 * Answers a rejected delivery with its error (unless no one is left to answer) and hands it to the
 * `'invalid'` listeners, with the body as received, to keep as a dead letter.
 */
export function reject(
  context: DeliveryContext,
  error: HangupError,
  body: string,
  headers: Record<string, string> = {},
): MaybePromise<void> {
  noteOutcome(context, 'rejected', error);
  if (error.status !== undefined) respond(context, errorAnswer(error, headers));
  const info: InvalidDelivery = {
    reason: error.code,
    status: error.status,
    message: error.message,
    errors: error.details,
    body,
  };
  // A failing dead-letter listener is reported, but does not change the answer: the input was bad.
  const running = runTimedListeners(context, 'invalid', info);
  if (isThenable(running)) return running.then(discard);
}
