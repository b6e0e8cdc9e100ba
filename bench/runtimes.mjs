// The Bun and Deno servers under load: bench/runtime-server.mjs run by each runtime's own binary
// (the dev dependencies in node_modules/.bin), pinned to the server core like the Node servers,
// talking to this process over stdio (see that script). Each host here is `<server> <handler>`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { packageRoot } from './fixtures.mjs';
import { childEnv, pinnedCommand, serverCore } from './processes.mjs';

const script = fileURLToPath(new URL('runtime-server.mjs', import.meta.url));

const runtimes = {
  // Bun writes a V8-format CPU profile (for DevTools or speedscope) on exit, like node --cpu-prof.
  bun: (profileDir) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  // --no-lock: the run must not leave a deno.lock behind; --no-prompt: a missing permission fails
  // at once instead of waiting on a terminal. Loopback only, as everywhere in the benchmark.
  deno: () => ['run', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', '--allow-read', '--allow-env'],
};

/** Every runtime host by id: its runtime and the handler bench/runtime-server.mjs serves. */
export const runtimeHosts = {
  'Bun.serve raw JSON.parse': { runtime: 'bun', handler: 'raw JSON.parse' },
  'Bun.serve telecmiHangup.fetch': { runtime: 'bun', handler: 'telecmiHangup.fetch' },
  'Deno.serve raw JSON.parse': { runtime: 'deno', handler: 'raw JSON.parse' },
  'Deno.serve telecmiHangup.fetch': { runtime: 'deno', handler: 'telecmiHangup.fetch' },
};

/** Node's own settings are not the runtimes' to honour; and no update checks or telemetry. */
const runtimeEnv = { ...childEnv, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DO_NOT_TRACK: '1' };

/** One JSON line per message from the server's stdout, handed out in order to whoever waits. */
function messages(child) {
  const queued = [];
  const waiting = [];
  let ended = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      // Not ours (a runtime's own notice): pass it on for whoever reads the log.
      process.stderr.write(`${line}\n`);
      return;
    }
    const next = waiting.shift();
    if (next) next.resolve(message);
    else queued.push(message);
  });
  child.once('exit', (code, signal) => {
    ended = true;
    for (const next of waiting.splice(0)) next.reject(new Error(`server exited (${code ?? signal})`));
  });
  /** The next message, which must be of `type`, within `timeoutMs`. */
  return (type, timeoutMs) =>
    new Promise((resolve, reject) => {
      const check = (message) =>
        message.type === type ? resolve(message) : reject(new Error(`expected "${type}", got ${message.type}`));
      if (queued.length > 0) return check(queued.shift());
      if (ended) return reject(new Error(`server exited before sending "${type}"`));
      const entry = {
        resolve: (message) => {
          clearTimeout(timer);
          check(message);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1);
        reject(new Error(`no "${type}" message within ${timeoutMs} ms`));
      }, timeoutMs);
      waiting.push(entry);
    });
}

/**
 * Starts host `id` of {@link runtimeHosts} on the server core, and resolves once it listens, with
 * the same interface as bench/processes.mjs's startServer (no heap figure: not a target here).
 * With `profileDir`, a Bun server writes its CPU profile there; Deno has no such flag.
 */
export async function startRuntimeServer(id, { profileDir } = {}) {
  const { runtime, handler } = runtimeHosts[id];
  const binary = join(packageRoot, 'node_modules', '.bin', runtime);
  if (!existsSync(binary))
    throw new Error(`${id}: ${binary} is missing; run npm install (${runtime} is a dev dependency)`);
  const [command, args] = pinnedCommand(serverCore, binary, [...runtimes[runtime](profileDir), script, handler]);
  const child = spawn(command, args, { cwd: packageRoot, env: runtimeEnv, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const next = messages(child);
  const { port } = await next('ready', 20_000).catch((error) => {
    child.kill('SIGKILL');
    throw new Error(`${id}: ${error.message}`);
  });
  return {
    id,
    url: `http://127.0.0.1:${port}`,
    /** Deliveries handled so far and CPU time used so far (µs). */
    async stats() {
      child.stdin.write('stats\n');
      const { handled, cpuMicros } = await next('stats', 20_000);
      return { handled, cpuMicros };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Closing its stdin is the server's signal to exit.
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
