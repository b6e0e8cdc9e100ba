import { HangupError } from '../errors.js';
import type { HangupEmitter } from '../emitter.js';
import { reportFailure } from './report.js';
import { isThenable } from './thenable.js';

type Listener = (...args: unknown[]) => unknown;

const noListeners: Listener[] = [];

/**
 * Calls every listener of `name`, then of `alsoName` (`'notification'`, for an accepted one), and
 * waits, up to `timeout` ms, for the promises they return: one wait for both, as one delivery.
 * Listeners are called directly (not through `emit`) so their promises can be awaited and their
 * failures caught; `rawListeners` keeps `once` listeners working. Resolves with the first failure
 * (after reporting each on `'error'`), or `undefined` when all succeeded. Never rejects.
 */
export function runListeners(
  emitter: HangupEmitter,
  name: string,
  argument: unknown,
  request: unknown,
  timeout: number,
  alsoName?: string,
): Promise<HangupError | undefined> | HangupError | undefined {
  const own = emitter.rawListeners(name) as Listener[];
  const also = alsoName === undefined ? noListeners : (emitter.rawListeners(alsoName) as Listener[]);
  if (own.length === 0 && also.length === 0) return undefined;
  const calls: Calls = { pending: undefined, names: undefined, failure: undefined };
  callEach(emitter, own, name, argument, request, calls);
  if (alsoName !== undefined) callEach(emitter, also, alsoName, argument, request, calls);
  if (calls.pending === undefined) return calls.failure;
  const { failure } = calls;
  return settleWithin(emitter, calls.names!, calls.pending, request, timeout).then((late) => failure ?? late);
}

/** What calling the listeners left: the promises to wait for, the event each came from, the first failure. */
interface Calls {
  pending: PromiseLike<unknown>[] | undefined;
  names: string[] | undefined;
  failure: HangupError | undefined;
}

function callEach(
  emitter: HangupEmitter,
  listeners: Listener[],
  name: string,
  argument: unknown,
  request: unknown,
  calls: Calls,
): void {
  for (const listener of listeners) {
    try {
      const result = listener.call(emitter, argument, request);
      if (isThenable(result)) {
        (calls.pending ??= []).push(result);
        (calls.names ??= []).push(name);
      }
    } catch (error) {
      calls.failure ??= reportFailure(emitter, listenerFailed(name, error), request);
    }
  }
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
  /** How many promises are still pending, by the event of their listener: the timeout names these. */
  pendingByName: Map<string, number>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function settleWithin(
  emitter: HangupEmitter,
  names: string[],
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
      pendingByName: new Map(),
      timer: undefined,
    };
    for (const name of names) wait.pendingByName.set(name, (wait.pendingByName.get(name) ?? 0) + 1);
    wait.timer = setTimeout(timeUp, timeout, wait, timeout);
    for (let i = 0; i < pending.length; i++) watch(pending[i]!, wait, names[i]!);
  });
}

function watch(promise: PromiseLike<unknown>, wait: Wait, name: string): void {
  // Promise.resolve: a foreign thenable whose `then` throws becomes a rejection, not a throw here.
  Promise.resolve(promise).then(
    () => settleOne(wait, undefined, name, false),
    (reason: unknown) => settleOne(wait, reason, name, true),
  );
}

function timeUp(wait: Wait, timeout: number): void {
  if (wait.emitter === undefined) return;
  const pending = [...wait.pendingByName].filter(([, count]) => count > 0).map(([name]) => `'${name}'`);
  const names = pending.join(' or ');
  const error = new HangupError('handler_timeout', `A ${names} listener did not settle within ${timeout} ms`);
  end(wait, reportFailure(wait.emitter, error, wait.request));
}

function settleOne(wait: Wait, reason: unknown, name: string, rejected: boolean): void {
  if (wait.emitter === undefined) return;
  if (rejected) wait.failure ??= reportFailure(wait.emitter, listenerFailed(name, reason), wait.request);
  wait.pendingByName.set(name, (wait.pendingByName.get(name) ?? 1) - 1);
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
