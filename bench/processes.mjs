// Pinning and child processes: the load generator (this process) on one core, each measured
// process on the other, so they do not compete for a core (the setup).
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './fixtures.mjs';

/** The core autocannon and the cold-start loop run on. */
export const loadCore = 0;
/** The core servers and the micro-benchmarks run on. */
export const serverCore = 1;

/** Whether `taskset` works here and there are two cores to split. */
export const canPin = availableParallelism() >= 2 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Children start clean: no loaders or flags inherited from how `npm run bench` was called. */
export const childEnv = { ...process.env, NODE_OPTIONS: '' };

/** Pins every thread of this process (and so the children it spawns later) to `core`. */
export function pinSelf(core) {
  if (!canPin) return;
  const result = spawnSync('taskset', ['-a', '-c', '-p', String(core), String(process.pid)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`taskset could not pin the benchmark: ${result.stderr}`);
}

/** The command and arguments to run `<command> <args>` on `core`. */
export function pinnedCommand(core, command, args) {
  return canPin ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

/** The command and arguments to run `node <args>` on `core`. */
export function pinnedNode(core, args) {
  return pinnedCommand(core, process.execPath, args);
}

function waitForMessage(child, type, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no "${type}" message within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message);
    };
    const onExit = (code) => fail(new Error(`server exited (code ${code}) before sending "${type}"`));
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const fail = (error) => {
      cleanup();
      reject(error);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/**
 * Starts bench/server.mjs serving host `id` on the server core, and resolves once it listens.
 * `nodeFlags` go to that node process (e.g. `--expose-gc`, `--cpu-prof`).
 */
export async function startServer(id, nodeFlags = []) {
  const script = fileURLToPath(new URL('server.mjs', import.meta.url));
  const [command, args] = pinnedNode(serverCore, [...nodeFlags, script, id]);
  const child = spawn(command, args, {
    cwd: packageRoot,
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const { port } = await waitForMessage(child, 'ready', 20_000);
  return {
    id,
    url: `http://127.0.0.1:${port}`,
    /** Deliveries handled so far, CPU time used so far (µs) and heap in use. */
    async stats() {
      child.send({ type: 'stats' });
      const { handled, heapUsed, cpuMicros } = await waitForMessage(child, 'stats', 20_000);
      return { handled, heapUsed, cpuMicros };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
