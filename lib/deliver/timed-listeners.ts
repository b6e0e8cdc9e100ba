import type { DeliveryContext } from '../core/delivery.js';
import { runListeners } from './listeners.js';
import { isThenable } from './thenable.js';

/** What running listeners gives: their first failure, or none; a promise of it when one returned a promise. */
export type Listening = ReturnType<typeof runListeners>;

/**
 * {@link runListeners} for one delivery, with its settings and request; a traced delivery also
 * notes how long they took. The clock is read only for a traced delivery.
 */
export function runTimedListeners(
  context: DeliveryContext,
  name: string,
  argument: unknown,
  alsoName?: string,
): Listening {
  const { config, host, trace } = context;
  if (trace === undefined)
    return runListeners(config.emitter, name, argument, host.request, config.handlerTimeout, alsoName);
  const started = performance.now();
  const running = runListeners(config.emitter, name, argument, host.request, config.handlerTimeout, alsoName);
  if (!isThenable(running)) {
    if (config.emitter.listenerCount(name) + (alsoName ? config.emitter.listenerCount(alsoName) : 0) > 0) {
      trace.listenerDuration = performance.now() - started;
    }
    return running;
  }
  return running.then((failure) => {
    trace.listenerDuration = performance.now() - started;
    return failure;
  });
}
