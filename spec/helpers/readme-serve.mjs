/* global Bun, Deno */
// Runs a README snippet meant for Bun or Deno: `bun readme-serve.mjs <snippet>` or
// `deno run -A readme-serve.mjs <snippet>`. Whatever port the snippet asks for, its server
// listens on a free loopback port; the seed sample is posted to /webhook/cdr, the answer's status
// is printed as `snippet-answer <status>`, and the process ends. A snippet whose default export
// has a `fetch` (Bun's and Workers' form) is served the way Bun serves such a module.
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../fixtures/seed-leg-a.txt', import.meta.url), 'utf8');
const snippet = process.argv[process.argv.length - 1];

async function deliverTo(port) {
  const res = await fetch(`http://127.0.0.1:${port}/webhook/cdr`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: seed,
  });
  // Let the snippet's listeners print before the process ends.
  setTimeout(() => {
    console.log(`snippet-answer ${res.status}`);
    process.exit(0);
  }, 10);
}

if (globalThis.Bun) {
  const serve = Bun.serve.bind(Bun);
  Bun.serve = (options) => {
    const server = serve({ ...options, port: 0, hostname: '127.0.0.1' });
    void deliverTo(server.port);
    return server;
  };
} else if (globalThis.Deno) {
  const serve = Deno.serve.bind(Deno);
  Deno.serve = (options, handler) => {
    const fetchHandler = typeof options === 'function' ? options : handler;
    const given = typeof options === 'function' ? {} : options;
    return serve(
      { ...given, port: 0, hostname: '127.0.0.1', onListen: ({ port }) => void deliverTo(port) },
      fetchHandler,
    );
  };
}

const module = await import(new URL(snippet, `file://${process.cwd()}/`).href);
if (typeof module.default?.fetch === 'function') Bun.serve(module.default);
