import { HangupError } from '../errors.js';
import type { HangupEmitter } from '../emitter.js';
import type { HangupEventMap } from '../types.js';
import { reportFailure } from './report.js';
import { isThenable } from './thenable.js';

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
  request: unknown,
  timeout: number,
): Promise<HangupError | undefined> | HangupError | undefined {
  const listeners = emitter.rawListeners(name) as Listener[];
  if (listeners.length === 0) return undefined;
  let pending: PromiseLike<unknown>[] | undefined;
  let failure: HangupError | undefined;
  for (const listener of listeners) {
    try {
      const result = listener.call(emitter, argument, request);
      if (isThenable(result)) (pending ??= []).push(result);
    } catch (error) {
      failure ??= reportFailure(emitter, listenerFailed(name, error), request);
    }
  }
  if (pending === undefined) return failure;
  return settleWithin(emitter, name, pending, request, timeout).then((late) => failure ?? late);
}

/**
 * What the listeners' pending promises hold on to: this and nothing else (the closures that watch
 * them are made at module level, so they capture no delivery's scope). Once the wait is over (all
 * settled, or timed out), it is emptied: a listener whose promise never settles then keeps nothing
 * of the delivery alive, and a rejection that comes after the timeout was answered is not reported
 * a second time.
 */
interface Wait {
  remaining: number;
  failure: HangupError | undefined;
  finish: ((failure: HangupError | undefined) => void) | undefined;
  emitter: HangupEmitter | undefined;
  request: unknown;
  name: string;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function settleWithin(
  emitter: HangupEmitter,
  name: string,
  pending: PromiseLike<unknown>[],
  request: unknown,
  timeout: number,
): Promise<HangupError | undefined> {
  return new Promise((resolve) => {
    const wait: Wait = {
      remaining: pending.length,
      failure: undefined,
      finish: resolve,
      emitter,
      request,
      name,
      timer: undefined,
    };
    wait.timer = setTimeout(timeUp, timeout, wait, timeout);
    for (const promise of pending) watch(promise, wait);
  });
}

function watch(promise: PromiseLike<unknown>, wait: Wait): void {
  // Promise.resolve: a foreign thenable whose `then` throws becomes a rejection, not a throw here.
  Promise.resolve(promise).then(
    () => settleOne(wait, undefined, false),
    (reason: unknown) => settleOne(wait, reason, true),
  );
}

function timeUp(wait: Wait, timeout: number): void {
  if (wait.emitter === undefined) return;
  const error = new HangupError('handler_timeout', `A '${wait.name}' listener did not settle within ${timeout} ms`);
  end(wait, reportFailure(wait.emitter, error, wait.request));
}

function settleOne(wait: Wait, reason: unknown, rejected: boolean): void {
  if (wait.emitter === undefined) return;
  if (rejected) wait.failure ??= reportFailure(wait.emitter, listenerFailed(wait.name, reason), wait.request);
  if (--wait.remaining === 0) end(wait, wait.failure);
}

function end(wait: Wait, failure: HangupError | undefined): void {
  const { finish } = wait;
  clearTimeout(wait.timer);
  wait.finish = undefined;
  wait.emitter = undefined;
  wait.request = undefined;
  wait.timer = undefined;
  finish?.(failure);
}

function listenerFailed(name: string, cause: unknown): HangupError {
  return new HangupError('handler_failed', `A '${name}' listener failed`, [], { cause });
}
