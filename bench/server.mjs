// A child process serving one host on loopback, pinned by its parent to its own core. It answers
// the parent over IPC: `stats` (deliveries handled, CPU time used, and heap in use, after a full
// GC when run with --expose-gc) and `stop`.
import { createServer } from 'node:http';
import { setImmediate, setTimeout } from 'node:timers/promises';
import { hosts } from './hosts.mjs';

const id = process.argv[2];
const makeHost = hosts[id];
if (!makeHost) throw new Error(`bench/server.mjs: unknown host "${id}"`);
const host = await makeHost();
// A framework that makes its own server (Fastify's serverFactory) hands it over as it made it.
const server = host.server ?? createServer(host.listener);

/** Heap in use once garbage is gone: what the memory target compares. */
async function settledHeap() {
  if (typeof globalThis.gc !== 'function') return process.memoryUsage().heapUsed;
  // Let closed sockets and finished requests become unreachable before collecting.
  await setTimeout(100);
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await setImmediate();
  }
  return process.memoryUsage().heapUsed;
}

process.on('message', (message) => {
  if (message.type === 'stats') {
    const { user, system } = process.cpuUsage();
    void settledHeap().then((heapUsed) =>
      process.send({ type: 'stats', handled: host.handled(), heapUsed, cpuMicros: user + system }),
    );
  } else if (message.type === 'stop') {
    server.closeAllConnections();
    // process.exit() still writes the --cpu-prof profile.
    server.close(() => process.exit(0));
  }
});
// The parent went away: do not linger.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  process.send({ type: 'ready', port: server.address().port });
});
