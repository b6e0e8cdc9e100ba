// Runs bench/micro-child.mjs on the server core (idle by then) and collects its results.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv, pinnedNode, serverCore } from './processes.mjs';
import { packageRoot } from './fixtures.mjs';
import { summarize } from './stats.mjs';

/** Microseconds per call of each micro task, `rounds` rounds of `timeMs` per task. */
export function measureMicro({ rounds, timeMs }) {
  const script = fileURLToPath(new URL('micro-child.mjs', import.meta.url));
  const [command, args] = pinnedNode(serverCore, [script, JSON.stringify({ rounds, timeMs })]);
  const child = spawnSync(command, args, { cwd: packageRoot, env: childEnv, encoding: 'utf8', timeout: 300_000 });
  if (child.status !== 0) throw new Error(`micro-benchmark failed (${child.status}): ${child.stderr}`);
  const means = JSON.parse(child.stdout);
  return Object.fromEntries(Object.entries(means).map(([name, values]) => [name, summarize(values)]));
}
