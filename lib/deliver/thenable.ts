/** Whether a listener's or a store's answer is a promise to wait for, rather than the value itself. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** For `.then(discard)`: a promise of nothing, where what came before is no longer needed. */
export function discard(): void {}
