// Target 5: the heap must not grow with the number of deliveries. Every request is a new
// delivery (a fresh cmiuuid), so whatever the middleware remembers per delivery shows up here.
// Dedupe is on, with its store capped below the first reading (see bench/hosts.mjs): the store is
// meant to grow up to its cap, and the target is that nothing grows past it. The heap is read
// after full GCs (--expose-gc).
import { uniqueDeliveryTemplate } from './fixtures.mjs';
import { load } from './load.mjs';
import { startServer } from './processes.mjs';

const host = 'node:http telecmiHangup (dedupe maxKeys 10000)';

/** Drives `first`, then up to `total`, unique deliveries; resolves with the heap after each. */
export async function measureMemory({ first, total, connections }, log) {
  const server = await startServer(host, ['--expose-gc']);
  try {
    const atStart = await server.stats();
    await load(server.url, { connections, amount: first, body: uniqueDeliveryTemplate });
    const afterFirst = await server.stats();
    log(`  after ${first.toLocaleString('en-US')} deliveries: heap ${mb(afterFirst.heapUsed)}`);
    await load(server.url, { connections, amount: total - first, body: uniqueDeliveryTemplate });
    const afterTotal = await server.stats();
    log(`  after ${total.toLocaleString('en-US')} deliveries: heap ${mb(afterTotal.heapUsed)}`);
    if (afterTotal.handled !== total) {
      throw new Error(`${host}: ${total} unique deliveries sent but ${afterTotal.handled} reached the listener`);
    }
    return {
      host,
      first,
      total,
      heapAtStart: atStart.heapUsed,
      heapAfterFirst: afterFirst.heapUsed,
      heapAfterTotal: afterTotal.heapUsed,
      ratio: afterTotal.heapUsed / afterFirst.heapUsed,
      handled: afterTotal.handled,
    };
  } finally {
    await server.stop();
  }
}

/** Bytes as megabytes, for the log. */
export function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
