// The conformance server: every scenario of ./scenarios.ts behind its own telecmiHangup, served by
// Bun's or Deno's own HTTP server, so spec/runtimes.spec.ts can drive the built package inside
// those runtimes over loopback. Run as `bun spec/runtimes/server.ts` or
// `deno run --allow-net --allow-read --allow-env spec/runtimes/server.ts`.
//
// Routes: /<scenario>/... goes to that scenario's `hangups.fetch`, with the runtime's own second
// argument (Bun's server, Deno's handler info) so allowIps sees the address the runtime reports;
// GET /__events/<scenario> lists what its listeners recorded; GET /__traces/<scenario> what the
// delivery channel said of its deliveries once over; GET /__arrivals/<scenario> the
// exchanges whose requests reached its handler (so the spec knows when it may abandon one, its
// head read); GET /__warnings the process
// warnings since the last reset; POST /__close/<scenario> calls close(); POST /__reset builds every
// receiver afresh; GET /__context says which runtime answers and the client address it reports.
// Once listening it prints `{"runtime","version","port"}` as one line, and exits when stdin closes.
import type { HangupMiddleware } from '../../lib/index.js';
import { tracingChannel } from 'node:diagnostics_channel';
import type { Recorded, RecordedTrace, Scenario } from './scenarios.js';

interface BunServer {
  readonly port: number;
  requestIP(request: Request): { readonly address: string } | null;
}

interface BunApi {
  readonly version: string;
  readonly stdin: { stream(): ReadableStream<Uint8Array> };
  serve(options: {
    port: number;
    hostname: string;
    fetch(request: Request, server: BunServer): Promise<Response>;
  }): BunServer;
}

interface DenoServeInfo {
  readonly remoteAddr: { readonly hostname: string };
}

interface DenoApi {
  readonly version: { readonly deno: string };
  readonly stdin: { readonly readable: ReadableStream<Uint8Array> };
  serve(
    options: { port: number; hostname: string; onListen(address: { port: number }): void },
    handler: (request: Request, info: DenoServeInfo) => Promise<Response>,
  ): unknown;
}

declare const Bun: BunApi;
declare const Deno: DenoApi;

/** What the routes need of a request beyond the request itself: how this runtime tells its client. */
interface Arrival {
  /** What the runtime hands its handlers as their second argument. */
  readonly context: object;
  readonly clientAddress: string | undefined;
}

type Route = (request: Request, arrival: Arrival) => Promise<Response>;

interface Runtime {
  readonly name: 'bun' | 'deno';
  readonly version: string;
  readonly stdin: ReadableStream<Uint8Array>;
  /** Serves on an ephemeral loopback port; resolves with the port once listening. */
  serve(route: Route): Promise<number>;
}

function currentRuntime(): Runtime {
  if (typeof Bun !== 'undefined') {
    return {
      name: 'bun',
      version: Bun.version,
      stdin: Bun.stdin.stream(),
      serve(route) {
        const server = Bun.serve({
          port: 0,
          hostname: '127.0.0.1',
          fetch: (request, server) =>
            route(request, { context: server, clientAddress: server.requestIP(request)?.address }),
        });
        return Promise.resolve(server.port);
      },
    };
  }
  if (typeof Deno !== 'undefined') {
    return {
      name: 'deno',
      version: Deno.version.deno,
      stdin: Deno.stdin.readable,
      serve(route) {
        return new Promise((resolve) => {
          // onListen also keeps Deno from printing its own "Listening on" line to stdout.
          Deno.serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => resolve(port) }, (request, info) =>
            route(request, { context: info, clientAddress: info.remoteAddr.hostname }),
          );
        });
      },
    };
  }
  throw new Error('spec/runtimes/server.ts runs in Bun or Deno');
}

// Held in variables so TypeScript, which checks this file as a CommonJS one for Node, leaves the
// specifiers alone: the runtimes resolve them against this file. The package is the BUILT one.
const scenarioModule = './scenarios.ts';
const packageEntry = '../../dist/esm/index.mjs';

interface Receiver {
  readonly scenario: Scenario;
  readonly traces: RecordedTrace[];
  readonly hangups: HangupMiddleware<Request>;
  readonly recorded: Recorded[];
  readonly arrivals: number[];
}

async function main(): Promise<void> {
  const runtime = currentRuntime();
  const { scenarios, attachListeners, exchangeHeader, recordTrace } = (await import(
    scenarioModule
  )) as typeof import('./scenarios.js');
  const { telecmiHangup } = (await import(packageEntry)) as typeof import('../../lib/index.js');

  const build = (): Map<string, Receiver> =>
    new Map(
      scenarios.map((scenario) => {
        const hangups = telecmiHangup<Request>(scenario.options);
        const receiver: Receiver = { scenario, hangups, recorded: [], arrivals: [], traces: [] };
        attachListeners(receiver.hangups.events, scenario, (event) => receiver.recorded.push(event));
        return [scenario.name, receiver];
      }),
    );
  let receivers = build();
  // Every delivery of every receiver, on the runtime's own diagnostics_channel.
  const ignore = () => undefined;
  tracingChannel('telecmi-hangup:delivery').subscribe({
    start: ignore,
    end: ignore,
    asyncStart: ignore,
    error: ignore,
    asyncEnd(context) {
      const trace = recordTrace(context);
      if (trace) receivers.get(trace.scenario)?.traces.push(trace);
    },
  });
  let warnings: string[] = [];
  process.on('warning', (warning: Error & { code?: string }) => warnings.push(warning.code ?? warning.name));

  const route: Route = async (request, arrival) => {
    const [first = '', second = ''] = new URL(request.url).pathname.slice(1).split('/');
    const method = request.method;
    if (first === '__reset' && method === 'POST') {
      receivers = build();
      warnings = [];
      return new Response(null, { status: 204 });
    }
    if (first === '__warnings' && method === 'GET') return Response.json(warnings);
    if (first === '__context' && method === 'GET') {
      return Response.json({ runtime: runtime.name, clientAddress: arrival.clientAddress ?? null });
    }
    if (first === '__events' && method === 'GET') {
      const receiver = receivers.get(second);
      return receiver ? Response.json(receiver.recorded) : unknownScenario(second);
    }
    if (first === '__traces' && method === 'GET') {
      const receiver = receivers.get(second);
      return receiver ? Response.json(receiver.traces) : unknownScenario(second);
    }
    if (first === '__arrivals' && method === 'GET') {
      const receiver = receivers.get(second);
      return receiver ? Response.json(receiver.arrivals) : unknownScenario(second);
    }
    if (first === '__close' && method === 'POST') {
      const receiver = receivers.get(second);
      if (!receiver) return unknownScenario(second);
      await receiver.hangups.close();
      return new Response(null, { status: 204 });
    }
    const receiver = receivers.get(first);
    if (!receiver) return unknownScenario(first);
    receiver.arrivals.push(Number(request.headers.get(exchangeHeader)));
    return receiver.scenario.context === 'none'
      ? receiver.hangups.fetch(request)
      : receiver.hangups.fetch(request, arrival.context);
  };

  const port = await runtime.serve(async (request, arrival) => {
    try {
      return await route(request, arrival);
    } catch (error) {
      // A distinct status the package never answers, so the spec tells a server fault from a verdict.
      return new Response(`conformance server: ${error instanceof Error ? error.stack : String(error)}`, {
        status: 599,
      });
    }
  });
  console.log(JSON.stringify({ runtime: runtime.name, version: runtime.version, port }));
  await untilClosed(runtime.stdin);
  process.exit(0);
}

function unknownScenario(name: string): Response {
  return Response.json({ error: 'unknown_scenario', name }, { status: 404 });
}

/** Resolves once the spec closes our stdin (or dies, which closes it too). */
async function untilClosed(stdin: ReadableStream<Uint8Array>): Promise<void> {
  const reader = stdin.getReader();
  for (;;) {
    const { done } = await reader.read();
    if (done) return;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
