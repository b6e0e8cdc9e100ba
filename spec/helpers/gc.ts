import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A function that forces full garbage collections, for specs that measure the heap: mocha runs
 * without `--expose-gc`, so the flag is set here and `gc` taken from a fresh context.
 */
export function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}
