/**
 * Runs `work` on each item, at most `concurrency` at a time, in the items' order. Stops taking new
 * items once `work` resolves `false` (in-flight ones are left to finish). The items are pulled one
 * by one, so a long run never holds them all in memory.
 */
export async function runBounded<T>(
  items: Iterator<T>,
  concurrency: number,
  work: (item: T) => Promise<boolean>,
): Promise<void> {
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped) {
      const next = items.next();
      if (next.done === true) return;
      if (!(await work(next.value))) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
