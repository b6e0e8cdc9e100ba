// Targets 1, 2 and 6 to 9: requests per second of each host (Node's, Bun's and Deno's), all
// servers up at once (idle ones cost nothing), rounds interleaved with the order rotated so drift
// on the shared machine hits every host alike. Each burst also records the server's CPU time per
// request: unlike req/s it does not drop when another process takes the server's core, so it
// shows what noise hides (and targets 6 to 9 are judged on it).
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { uniqueDeliveryTemplate } from './fixtures.mjs';
import { hosts } from './hosts.mjs';
import { load } from './load.mjs';
import { startServer } from './processes.mjs';
import { runtimeHosts, startRuntimeServer } from './runtimes.mjs';
import { rotate, summarize } from './stats.mjs';

const slug = (id) => id.replace(/[^a-z0-9]+/gi, '-');

async function burst(server, options) {
  const before = await server.stats();
  const { rate, ok } = await load(server.url, options);
  const after = await server.stats();
  if (after.handled - before.handled < ok) {
    throw new Error(`${server.id}: ${ok} deliveries acknowledged but ${after.handled - before.handled} handled`);
  }
  return { rate, cpuPerRequest: (after.cpuMicros - before.cpuMicros) / ok };
}

/**
 * Measures every host `rounds` times for `seconds` each, after `warmupSeconds` of unrecorded load
 * (JIT). Resolves with req/s and server CPU µs per request, per host, samples in round order.
 */
export async function measureThroughput({ rounds, seconds, warmupSeconds, connections, profileDir }, log) {
  const ids = [...Object.keys(hosts), ...Object.keys(runtimeHosts)];
  // One profile directory per host, named after it, so the profiles say whose they are. Node's
  // servers and Bun's: Deno has no --cpu-prof.
  const dirOf = (id) => (profileDir ? join(profileDir, slug(id)) : undefined);
  const flags = (id) => (profileDir ? ['--cpu-prof', '--cpu-prof-dir', dirOf(id)] : []);
  const start = (id) =>
    id in runtimeHosts ? startRuntimeServer(id, { profileDir: dirOf(id) }) : startServer(id, flags(id));
  const options = { connections, body: uniqueDeliveryTemplate };
  const servers = [];
  try {
    for (const id of ids) servers.push(await start(id));
    for (const server of servers) await burst(server, { ...options, seconds: warmupSeconds });
    const rates = Object.fromEntries(ids.map((id) => [id, []]));
    const cpu = Object.fromEntries(ids.map((id) => [id, []]));
    for (let round = 0; round < rounds; round++) {
      for (const server of rotate(servers, round)) {
        // A moment for the previous burst's sockets to close on both sides.
        await setTimeout(200);
        const { rate, cpuPerRequest } = await burst(server, { ...options, seconds });
        rates[server.id].push(rate);
        cpu[server.id].push(cpuPerRequest);
        const shown = `${Math.round(rate).toLocaleString('en-US')} req/s, ${cpuPerRequest.toFixed(1)} µs CPU/req`;
        log(`  round ${round + 1}/${rounds}  ${server.id.padEnd(46)} ${shown}`);
      }
    }
    const summaries = (samples) => Object.fromEntries(ids.map((id) => [id, summarize(samples[id])]));
    return { rates: summaries(rates), cpuPerRequest: summaries(cpu) };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
