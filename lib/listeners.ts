import { HangupError } from './errors.js';
import type { HangupEmitter } from './emitter.js';
import type { HangupEventMap, HangupRequest } from './types.js';

type Listener = (...args: unknown[]) => unknown;

/**
 * Calls every listener of `name` and waits, up to `timeout` ms, for the promises they return.
 * Listeners are called directly (not through `emit`) so their promises can be awaited and their
 * failures caught; `rawListeners` keeps `once` listeners working. Resolves with the first failure
 * (after reporting each on `'error'`), or `undefined` when all succeeded. Never rejects.
 */
export function runListeners<K extends Exclude<keyof HangupEventMap, 'error'>>(
  emitter: HangupEmitter,
  name: K,
  argument: Parameters<HangupEventMap[K]>[0],
  req: HangupRequest,
  timeout: number,
): Promise<HangupError | undefined> | HangupError | undefined {
  const listeners = emitter.rawListeners(name) as Listener[];
  if (listeners.length === 0) return undefined;
  const pending: Promise<unknown>[] = [];
  let failure: HangupError | undefined;
  for (const listener of listeners) {
    try {
      const result = listener.call(emitter, argument, req);
      if (isThenable(result)) pending.push(Promise.resolve(result));
    } catch (error) {
      failure ??= reportFailure(emitter, listenerFailed(name, error), req);
    }
  }
  if (pending.length === 0) return failure;
  return settleWithin(emitter, name, pending, req, timeout).then((late) => failure ?? late);
}

function settleWithin(
  emitter: HangupEmitter,
  name: string,
  pending: Promise<unknown>[],
  req: HangupRequest,
  timeout: number,
): Promise<HangupError | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      const error = new HangupError('handler_timeout', `A '${name}' listener did not settle within ${timeout} ms`);
      resolve(reportFailure(emitter, error, req));
    }, timeout);
    void Promise.allSettled(pending).then((outcomes) => {
      clearTimeout(timer);
      let failure: HangupError | undefined;
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected')
          failure ??= reportFailure(emitter, listenerFailed(name, outcome.reason), req);
      }
      resolve(failure);
    });
  });
}

function listenerFailed(name: string, cause: unknown): HangupError {
  return new HangupError('handler_failed', `A '${name}' listener failed`, [], { cause });
}

/**
 * Hands a failure to the `'error'` listeners. With none, or when one of them throws, it becomes a
 * process warning instead: Node's emitter would throw an unheard `'error'` and crash the process.
 */
export function reportFailure(emitter: HangupEmitter, error: HangupError, req: HangupRequest): HangupError {
  if (emitter.listenerCount('error') === 0) {
    warn(error);
    return error;
  }
  // Called one by one rather than through emit, so a listener's rejected promise is caught too.
  for (const listener of emitter.rawListeners('error') as Listener[]) {
    try {
      const result = listener.call(emitter, error, req);
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

/** Whether a listener's or a store's answer is a promise to wait for, rather than the value itself. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
