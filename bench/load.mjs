// One bounded burst of POSTs from autocannon, checked: every answer must be 2xx, or the rate
// would reward a host for failing fast.
import autocannon from 'autocannon';
import { webhookPath } from './fixtures.mjs';

/**
 * Sends `body` to `url` over `connections` keep-alive connections for `seconds` seconds, or
 * `amount` requests when given; every `[<id>]` in the body becomes an id unique to the request.
 * Resolves with the 2xx answers per second and their count.
 */
export async function load(url, { connections, seconds, amount, body }) {
  const result = await autocannon({
    url: `${url}${webhookPath}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    idReplacement: body.includes('[<id>]'),
    connections,
    pipelining: 1,
    ...(amount ? { amount } : { duration: seconds }),
    // A stuck server must not hang the benchmark.
    timeout: 10,
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) {
    throw new Error(
      `${url}: ${failures} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  }
  const elapsed = (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000;
  return { rate: result['2xx'] / elapsed, ok: result['2xx'] };
}
