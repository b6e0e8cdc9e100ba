// One conformance table (spec/runtimes/scenarios.ts) run against the `fetch` handler three ways:
// in this process on Node's own Request, and over loopback HTTP inside real Bun and Deno, where
// spec/runtimes/server.ts serves the built package with each runtime's own server. The behaviour
// specs prove the package in depth on Node; this proves the runtimes do not change its answers.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { tracingChannel } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { expect } from 'chai';
import {
  errorStatuses,
  reportedOnlyCodes,
  telecmiHangup,
  type AnsweredErrorCode,
  type HangupErrorCode,
  type HangupMiddleware,
} from '../lib/index.js';
import { fixtureText } from './helpers/app.js';
import {
  attachListeners,
  exchangeHeader,
  recordTrace,
  scenarios,
  type BodySource,
  type Exchange,
  type JsonFixtureName,
  type Recorded,
  type RecordedTrace,
  type RequestSpec,
  type Scenario,
} from './runtimes/scenarios.js';

const root = join(__dirname, '..');
const serverScript = join('spec', 'runtimes', 'server.ts');
const startupTimeout = 15_000;
const stopTimeout = 5_000;
const requestTimeout = 5_000;
/** How long events may trail the answer (awaitHandlers: false reports after acknowledging). */
const eventsTimeout = 2_000;

/** Codes no request to the fetch host can bring about, so the table has no scenario for them. */
const unreachable: readonly HangupErrorCode[] = [
  // Needs an upstream middleware that consumed the body; a fetch Request always carries its own.
  'body_unavailable',
  // Only a fault in the package itself gives it; every input is answered by a stage's own code.
  'internal_error',
  // Needs a dedupe store that fails, which JSON options cannot describe; dedupe.spec.ts covers it.
  'dedupe_unavailable',
];

/** A request as the table describes it, before a target sends it its own way. */
interface Prepared {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly bytes: Uint8Array | undefined;
  readonly chunked: boolean;
}

/** Where one run of the table sends its requests, and how it reads what the listeners recorded. */
interface Target {
  readonly baseUrl: string;
  reset(): Promise<void>;
  send(scenario: Scenario, prepared: Prepared): Promise<Response>;
  /** Sends the head and half the body, and goes away once the request has reached the handler. */
  abandon(scenario: Scenario, index: number, prepared: Prepared): Promise<void>;
  recorded(scenario: Scenario): Promise<Recorded[]>;
  /** What the delivery channel said of the scenario's deliveries, each once it was over. */
  traces(scenario: Scenario): Promise<RecordedTrace[]>;
  warnings(): Promise<string[]>;
  close(scenario: Scenario): Promise<void>;
}

function formText(fixture: JsonFixtureName): string {
  const fields = JSON.parse(fixtureText(fixture)) as Record<string, unknown>;
  return new URLSearchParams(
    Object.entries(fields).map(([name, value]): [string, string] => [name, String(value)]),
  ).toString();
}

function bodyBytes(body: BodySource): Buffer {
  if ('fixture' in body) return Buffer.from(fixtureText(body.fixture), 'utf8');
  if ('formOf' in body) return Buffer.from(formText(body.formOf), 'utf8');
  if ('text' in body) return Buffer.from(body.text, 'utf8');
  return Buffer.from(body.base64, 'base64');
}

function prepare(target: Target, scenario: Scenario, index: number, spec: RequestSpec): Prepared {
  let url = `${target.baseUrl}/${scenario.name}${spec.path ?? '/'}`;
  if (spec.queryOf) url += `${url.includes('?') ? '&' : '?'}${formText(spec.queryOf)}`;
  const headers = new Headers(spec.headers);
  headers.set(exchangeHeader, String(index));
  let bytes: Buffer | undefined = spec.body && bodyBytes(spec.body);
  if (bytes && spec.gzip) {
    bytes = gzipSync(bytes);
    headers.set('content-encoding', 'gzip');
  }
  return {
    method: spec.method ?? 'POST',
    url,
    headers,
    bytes: bytes && new Uint8Array(bytes),
    chunked: spec.chunked === true,
  };
}

/** A body in two chunks, so a streamed read has more than one to take; `thenFail` errors it instead of ending. */
function streamOf(bytes: Uint8Array, thenFail = false): ReadableStream<Uint8Array> {
  const chunks = [bytes.slice(0, Math.ceil(bytes.byteLength / 2)), bytes.slice(Math.ceil(bytes.byteLength / 2))];
  let pulled = 0;
  return new ReadableStream({
    pull(controller) {
      if (thenFail && pulled === 1) controller.error(new Error('the sender went away'));
      else if (pulled === chunks.length) controller.close();
      else controller.enqueue(chunks[pulled] as Uint8Array);
      pulled++;
    },
  });
}

/**
 * The Request of a prepared delivery. `declaresLength`: set Content-Length, as a runtime's server
 * does from the wire; Node's Request leaves it out, and its fetch adds it only on sending.
 */
function requestOf(prepared: Prepared, declaresLength: boolean, thenFail = false): Request {
  const { method, url, bytes, chunked } = prepared;
  const headers = new Headers(prepared.headers);
  if (bytes === undefined) return new Request(url, { method, headers });
  if (declaresLength && !chunked) headers.set('content-length', String(bytes.byteLength));
  if (chunked || thenFail)
    return new Request(url, { method, headers, body: streamOf(bytes, thenFail), duplex: 'half' });
  return new Request(url, { method, headers, body: bytes });
}

async function checkAnswer(label: string, exchange: Exchange, response: Response): Promise<void> {
  const { expect: expected } = exchange;
  const text = await response.text();
  expect(response.status, `${label}: status (body: ${text})`).to.equal(expected.status);
  if (expected.error !== undefined) {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; details?: unknown };
    expect(body.error, `${label}: error code`).to.equal(expected.error);
    expect(body.message, `${label}: message`).to.be.a('string');
    expect(body.details, `${label}: details`).to.be.an('array');
  } else if (expected.status === 204 || expected.status === 205) {
    expect(text, `${label}: body of a ${expected.status}`).to.equal('');
  } else {
    expect(JSON.parse(text), `${label}: body`).to.deep.equal({ ok: true });
  }
  // The package sets Content-Length itself; a runtime that kept it must have kept it right.
  const length = response.headers.get('content-length');
  if (length !== null) expect(Number(length), `${label}: content-length`).to.equal(Buffer.byteLength(text));
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    expect(response.headers.get(name), `${label}: header ${name}`).to.equal(value);
  }
}

/**
 * The events of each exchange, in the order emitted for it (across overlapping exchanges there is
 * no order to keep); events of no exchange of the scenario come last, so they fail the comparison.
 */
function byExchange(scenario: Scenario, events: readonly Recorded[]): { exchange: number | null; events: object[] }[] {
  const strip = (event: Recorded) => Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'exchange'));
  const known: { exchange: number | null; events: object[] }[] = scenario.exchanges.map((_, exchange) => ({
    exchange,
    events: events.filter((event) => event.exchange === exchange).map(strip),
  }));
  const stray = events.filter((event) => event.exchange === null || scenario.exchanges[event.exchange] === undefined);
  return stray.length === 0 ? known : [...known, { exchange: null, events: stray }];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done` holds of its result or `timeout` passes; returns the last result. */
async function polled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() >= deadline) return value;
    await sleep(10);
  }
}

async function runScenario(target: Target, scenario: Scenario): Promise<void> {
  await target.reset();
  const answered: Promise<void>[] = [];
  for (const [index, exchange] of scenario.exchanges.entries()) {
    const label = `${scenario.name}, exchange ${index}`;
    const { whileHandling } = exchange;
    if (whileHandling === undefined) {
      await Promise.all(answered);
    } else {
      const underWay = (events: Recorded[]) => events.some((event) => event.exchange === whileHandling);
      const recorded = await polled(() => target.recorded(scenario), underWay, requestTimeout);
      expect(underWay(recorded), `${label}: exchange ${whileHandling} under way`).to.equal(true);
    }
    if (exchange.closeFirst) await target.close(scenario);
    const prepared = prepare(target, scenario, index, exchange.send);
    const answer = exchange.send.abandon
      ? target.abandon(scenario, index, prepared)
      : target.send(scenario, prepared).then((response) => checkAnswer(label, exchange, response));
    // Handled here so a failure is not unhandled while an earlier exchange is awaited; awaited below.
    answer.catch(() => undefined);
    answered.push(answer);
  }
  await Promise.all(answered);

  const expected = byExchange(
    scenario,
    scenario.exchanges.flatMap(({ expect: { events } }, exchange) => events.map((event) => ({ ...event, exchange }))),
  );
  const recorded = await polled(
    () => target.recorded(scenario),
    (events) => isDeepStrictEqual(byExchange(scenario, events), expected),
    eventsTimeout,
  );
  expect(byExchange(scenario, recorded), `${scenario.name}: events by exchange`).to.deep.equal(expected);
  await checkTraces(target, scenario);
  if (scenario.warnings) {
    const count = scenario.warnings.length;
    const warnings = await polled(
      () => target.warnings(),
      (seen) => seen.length >= count,
      eventsTimeout,
    );
    expect(warnings, `${scenario.name}: process warnings`).to.deep.equal(scenario.warnings);
  }
}

/** The delivery channel's word on each exchange whose expectation has a `trace`. */
async function checkTraces(target: Target, scenario: Scenario): Promise<void> {
  const expected = scenario.exchanges.flatMap(({ expect: { trace } }, exchange) =>
    trace ? [{ ...trace, exchange }] : [],
  );
  if (expected.length === 0) return;
  const wanted = new Set(expected.map(({ exchange }) => exchange));
  const ofInterest = (traces: RecordedTrace[]) =>
    traces
      .filter(({ exchange }) => exchange !== null && wanted.has(exchange))
      .map(({ exchange, outcome, status, code, kind }) => ({ outcome, status, code, kind, exchange }))
      .sort((a, b) => (a.exchange ?? 0) - (b.exchange ?? 0));
  const traces = await polled(
    async () => ofInterest(await target.traces(scenario)),
    (seen) => seen.length >= expected.length,
    eventsTimeout,
  );
  expect(traces, `${scenario.name}: the delivery channel's contexts`).to.deep.equal(expected);
}

/** The table in this process: `hangups.fetch` called with Node's own Request, as a Node server would. */
function inProcessTarget(): Target & { detach(): void } {
  interface Receiver {
    hangups: HangupMiddleware<Request>;
    recorded: Recorded[];
    traces: RecordedTrace[];
  }
  let receivers = new Map<string, Receiver>();
  const ignore = () => undefined;
  const subscribers = {
    start: ignore,
    end: ignore,
    asyncStart: ignore,
    error: ignore,
    asyncEnd(context: unknown) {
      const trace = recordTrace(context);
      if (trace) receivers.get(trace.scenario)?.traces.push(trace);
    },
  };
  tracingChannel('telecmi-hangup:delivery').subscribe(subscribers);
  let warnings: string[] = [];
  const onWarning = (warning: Error & { code?: string }) => void warnings.push(warning.code ?? warning.name);
  process.on('warning', onWarning);
  const receiverOf = (scenario: Scenario): Receiver => {
    const receiver = receivers.get(scenario.name);
    if (receiver === undefined) throw new Error(`no receiver for ${scenario.name}: reset() first`);
    return receiver;
  };
  const handle = (scenario: Scenario, request: Request): Promise<Response> => {
    const { hangups } = receiverOf(scenario);
    return scenario.context === 'none'
      ? hangups.fetch(request)
      : hangups.fetch(request, { clientAddress: '127.0.0.1' });
  };
  return {
    baseUrl: 'http://127.0.0.1',
    reset() {
      receivers = new Map(
        scenarios.map((scenario) => {
          const receiver: Receiver = { hangups: telecmiHangup<Request>(scenario.options), recorded: [], traces: [] };
          attachListeners(receiver.hangups.events, scenario, (event) => receiver.recorded.push(event));
          return [scenario.name, receiver];
        }),
      );
      warnings = [];
      return Promise.resolve();
    },
    send: (scenario, prepared) => handle(scenario, requestOf(prepared, true)),
    // The Response it still resolves with is the host's own stand-in: no sender is left to get it.
    abandon: async (scenario, _index, prepared) => void (await handle(scenario, requestOf(prepared, true, true))),
    recorded: (scenario) => Promise.resolve([...receiverOf(scenario).recorded]),
    traces: (scenario) => Promise.resolve([...receiverOf(scenario).traces]),
    warnings: () => Promise.resolve([...warnings]),
    close: (scenario) => receiverOf(scenario).hangups.close(),
    detach: () => {
      process.off('warning', onWarning);
      tracingChannel('telecmi-hangup:delivery').unsubscribe(subscribers);
    },
  };
}

type RuntimeName = 'bun' | 'deno';

interface RunningServer {
  readonly runtime: RuntimeName;
  readonly version: string;
  readonly port: number;
  /** What the server wrote to stderr so far, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

function commandOf(runtime: RuntimeName): [string, string[]] {
  const binary = join(root, 'node_modules', '.bin', runtime);
  if (runtime === 'bun') return [binary, [serverScript]];
  // --no-lock: the run must not leave a deno.lock in the repository; --no-prompt: a missing
  // permission fails at once instead of waiting on a terminal no one watches.
  return [
    binary,
    ['run', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', serverScript],
  ];
}

function runtimeEnv(): NodeJS.ProcessEnv {
  // Node's own settings (c8's coverage directory, tsx's loader) are not the runtimes' to honour.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DO_NOT_TRACK: '1' };
  delete env['NODE_OPTIONS'];
  delete env['NODE_V8_COVERAGE'];
  return env;
}

function startServer(runtime: RuntimeName): Promise<RunningServer> {
  const [command, args] = commandOf(runtime);
  const child: ChildProcessWithoutNullStreams = spawn(command, args, { cwd: root, env: runtimeEnv() });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 64 * 1024) stderr += chunk;
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeout);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${runtime} server ${why}; stdout: ${stdout}; stderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${startupTimeout} ms`), startupTimeout);
    child.once('error', (error) => fail(`could not be spawned: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before it was ready`));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.removeAllListeners('data');
      const ready = JSON.parse(stdout.slice(0, newline)) as { runtime: RuntimeName; version: string; port: number };
      resolve({ ...ready, stderr: () => stderr, stop });
    });
  });
}

function httpTarget(server: RunningServer): Target {
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const call = async (method: string, path: string, status: number): Promise<Response> => {
    const response = await fetch(`${baseUrl}${path}`, { method, signal: AbortSignal.timeout(requestTimeout) });
    if (response.status !== status) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    }
    return response;
  };
  const list = async <T>(path: string): Promise<T[]> => (await (await call('GET', path, 200)).json()) as T[];
  return {
    baseUrl,
    reset: async () => void (await call('POST', '/__reset', 204)),
    send: (_scenario, prepared) => fetch(requestOf(prepared, false), { signal: AbortSignal.timeout(requestTimeout) }),
    async abandon(scenario, index, prepared) {
      const socket = connect(server.port, '127.0.0.1');
      // The reset it may get for going away is the point, not a failure.
      socket.on('error', () => undefined);
      await once(socket, 'connect');
      const { pathname, search } = new URL(prepared.url);
      const bytes = prepared.bytes ?? new Uint8Array();
      const half = bytes.subarray(0, Math.ceil(bytes.byteLength / 2));
      const head = [`${prepared.method} ${pathname}${search} HTTP/1.1`, `host: 127.0.0.1:${server.port}`];
      for (const [name, value] of prepared.headers) head.push(`${name}: ${value}`);
      head.push(prepared.chunked ? 'transfer-encoding: chunked' : `content-length: ${bytes.byteLength}`);
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      socket.write(prepared.chunked ? Buffer.concat([Buffer.from(`${half.byteLength.toString(16)}\r\n`), half]) : half);
      try {
        const arrived = await polled(
          () => list<number>(`/__arrivals/${scenario.name}`),
          (arrivals) => arrivals.includes(index),
          requestTimeout,
        );
        expect(arrived, `${scenario.name}, exchange ${index}: reached the handler`).to.include(index);
      } finally {
        socket.destroy();
      }
    },
    recorded: (scenario) => list<Recorded>(`/__events/${scenario.name}`),
    traces: (scenario) => list<RecordedTrace>(`/__traces/${scenario.name}`),
    warnings: () => list<string>('/__warnings'),
    close: async (scenario) => void (await call('POST', `/__close/${scenario.name}`, 204)),
  };
}

describe('conformance of the fetch handler: one table on Node, Bun and Deno', () => {
  it('covers every code the fetch host can answer or report, every event, and both acknowledgements', () => {
    const answers = scenarios.flatMap((scenario) => scenario.exchanges.map((exchange) => exchange.expect));
    const codes = new Set(answers.flatMap((answer) => (answer.error === undefined ? [] : [answer.error])));
    const answerable = Object.keys(errorStatuses).filter((code) => !unreachable.includes(code as AnsweredErrorCode));
    expect([...codes].sort()).to.deep.equal(answerable.sort());
    for (const answer of answers) {
      if (answer.error !== undefined) expect(answer.status, answer.error).to.equal(errorStatuses[answer.error]);
    }
    const reported = new Set(
      answers.flatMap((answer) => answer.events.flatMap((event) => (event.name === 'invalid' ? [event.reason] : []))),
    );
    for (const code of reportedOnlyCodes.filter((code) => !unreachable.includes(code))) {
      expect([...reported], 'reported-only codes').to.include(code);
    }
    const names = new Set(answers.flatMap((answer) => answer.events.map((event) => event.name)));
    expect([...names].sort()).to.deep.equal(['duplicate', 'error', 'hangup', 'ignored', 'invalid', 'notification']);
    const acknowledgements = new Set(answers.filter((answer) => answer.error === undefined).map((a) => a.status));
    expect([...acknowledgements].sort()).to.deep.equal([200, 204, 205, null]);
    const scenarioNames = scenarios.map((scenario) => scenario.name);
    expect(new Set(scenarioNames).size, 'scenario names are unique').to.equal(scenarioNames.length);
    for (const name of scenarioNames) expect(name, 'a path segment of its own').to.match(/^[a-z][a-z0-9-]*$/);
  });

  describe('Node (in-process, hangups.fetch with Node’s own Request)', () => {
    let target: ReturnType<typeof inProcessTarget>;
    before(() => {
      target = inProcessTarget();
    });
    after(() => target.detach());
    for (const scenario of scenarios) it(scenario.title, () => runScenario(target, scenario));
  });

  for (const runtime of ['bun', 'deno'] as const) {
    describe(`${runtime} (its own server, over loopback HTTP)`, function () {
      let server: RunningServer | undefined;
      let target: Target;
      before(async function () {
        this.timeout(startupTimeout + 5_000);
        server = await startServer(runtime);
        target = httpTarget(server);
      });
      after(async function () {
        this.timeout(stopTimeout + 1_000);
        await server?.stop();
      });
      afterEach(function () {
        const stderr = server?.stderr() ?? '';
        if (this.currentTest?.state === 'failed' && stderr !== '') console.error(`${runtime} stderr:\n${stderr}`);
      });

      it('runs in that runtime, and gives fetch the client address the runtime reports', async () => {
        expect(server?.runtime).to.equal(runtime);
        const response = await fetch(`http://127.0.0.1:${server?.port}/__context`, {
          signal: AbortSignal.timeout(requestTimeout),
        });
        expect(await response.json()).to.deep.equal({ runtime, clientAddress: '127.0.0.1' });
      });

      for (const scenario of scenarios) it(scenario.title, () => runScenario(target, scenario));
    });
  }
});
