// A Bun or Deno process serving one handler on loopback with that runtime's own server, pinned by
// its parent to its own core: `bun bench/runtime-server.mjs <handler>` or
// `deno run ... bench/runtime-server.mjs <handler>`. Neither runtime speaks Node's IPC reliably,
// so the parent talks over stdio, which both do: once listening this prints `{"port"}` as one
// line; each `stats` line on stdin is answered with one line of deliveries handled and CPU time
// used (process.cpuUsage(), as the Node servers report it); stdin closing ends the process.
import process from 'node:process';
import { createInterface } from 'node:readline';
// The build, by relative path: what `import 'telecmi-hangup'` resolves to.
import { telecmiHangup } from '../dist/esm/index.mjs';

const { Bun, Deno } = globalThis;
const name = process.argv[2];

/** The limit for this runtime: read the body, JSON.parse it, 204. No framework, no checks. */
function rawJsonHandler() {
  let handled = 0;
  const fetch = async (request) => {
    try {
      JSON.parse(await request.text());
      handled++;
      return new Response(null, { status: 204 });
    } catch {
      return new Response(null, { status: 400 });
    }
  };
  return { fetch, handled: () => handled };
}

/** The package as users mount it: `hangups.fetch`, passed to the server as it is, one listener. */
function hangupFetchHandler() {
  const hangups = telecmiHangup();
  let handled = 0;
  hangups.events.on('hangup', () => {
    handled++;
  });
  return { fetch: hangups.fetch, handled: () => handled };
}

const handlers = { 'raw JSON.parse': rawJsonHandler, 'telecmiHangup.fetch': hangupFetchHandler };
const makeHandler = handlers[name];
if (!makeHandler) throw new Error(`bench/runtime-server.mjs: unknown handler "${name}"`);
const { fetch, handled } = makeHandler();

/** Serves `fetch` on an ephemeral loopback port; resolves with the port once listening. */
function serve() {
  if (Bun) return Promise.resolve(Bun.serve({ port: 0, hostname: '127.0.0.1', fetch }).port);
  if (Deno) {
    return new Promise((resolve) => {
      // onListen also keeps Deno from printing its own "Listening on" line to stdout.
      Deno.serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => resolve(port) }, fetch);
    });
  }
  throw new Error('bench/runtime-server.mjs runs in Bun or Deno');
}

const port = await serve();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'stats') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ type: 'stats', handled: handled(), cpuMicros: user + system })}\n`);
});
// The parent closed stdin, or went away: do not linger.
lines.on('close', () => process.exit(0));
process.stdout.write(`${JSON.stringify({ type: 'ready', port })}\n`);
