import { HangupError } from '../errors.js';
import type { HangupEmitter } from '../emitter.js';
import { isThenable } from './thenable.js';

type Listener = (...args: unknown[]) => unknown;

/**
 * Hands a failure to the `'error'` listeners. With none, or when one of them throws, it becomes a
 * process warning instead: Node's emitter would throw an unheard `'error'` and crash the process.
 */
export function reportFailure(emitter: HangupEmitter, error: HangupError, request: unknown): HangupError {
  if (emitter.listenerCount('error') === 0) {
    warn(error);
    return error;
  }
  // Called one by one rather than through emit, so a listener's rejected promise is caught too.
  for (const listener of emitter.rawListeners('error') as Listener[]) {
    try {
      const result = listener.call(emitter, error, request);
      if (isThenable(result)) result.then(undefined, errorListenerFailed);
    } catch (listenerError) {
      errorListenerFailed(listenerError);
    }
  }
  return error;
}

function errorListenerFailed(cause: unknown): void {
  warn(new HangupError('internal_error', "An 'error' listener threw", [], { cause }));
}

function warn(error: HangupError): void {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  process.emitWarning(`${error.message}${cause}`, { code: `TELECMI_HANGUP_${error.code.toUpperCase()}` });
}
