// A soak over loopback: a few thousand deliveries at concurrency 50 against Express 5 with the
// default middleware (dedupe on, in memory), mixing unique deliveries, sequential repeats,
// concurrent copies of one delivery, invalid bodies, and senders that go away mid-body, at once
// or after holding the connection open. Then the accounting: nothing lost, nothing twice, every
// acknowledgement backed by its event, and nothing left behind (listeners, sockets, timers,
// memory beyond what the dedupe store is meant to keep).
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { gzipSync } from 'node:zlib';
import { expect } from 'chai';
import type { HangupEvent, HangupMiddleware, HangupRequest } from '../lib/index.js';
import { hangupBody, hangupQuery } from '../lib/testing/index.js';
import { buildApp, hangupPayload, isOneOf, nodeFlavours, streamingFlavours } from './helpers/app.js';
import {
  closesAtOnce,
  listenTracked,
  requestId,
  send,
  startRawPost,
  until,
  type Answer,
  type Outgoing,
  type TrackedServer,
  type RawPost,
} from './helpers/soak-http.js';
import { collectGarbage } from './helpers/gc.js';

/** Requests in flight at once: the number of senders, and the agent's cap on sockets. */
const CONCURRENCY = 50;
/**
 * Tasks of each kind in the measured run: a request each, but two for `repeat`, and two or more
 * for `pair` (concurrent copies) and `retried` (a sender that gave up waiting for the answer).
 */
const TASKS = {
  unique: 1_200,
  repeat: 300,
  pair: 200,
  retried: 100,
  invalid: 400,
  ignored: 100,
  aborted: 150,
  unfinished: 50,
};
/** The warm-up before the heap baseline runs this share of each kind, so code and pools are in place. */
const WARMUP_SHARE = 0.1;
/** How long a sender with an unfinished body holds its connection before closing it, at most. */
const HOLD_MS = 600;
/** How long a sender waits before retrying a 503 `in_progress` (TeleCMI would wait Retry-After). */
const RETRY_MS = 10;
/** Retries of one copy before the sender gives up (and the test fails). */
const MAX_RETRIES = 200;
/** How long one request may stay unanswered, and a raw connection may take to reach the host. */
const REQUEST_TIMEOUT_MS = 5_000;
/** How long events and closes may take to settle once every sender is done. */
const SETTLE_MS = 5_000;
/** The whole soak, warm-up and checks included, must end well within this. */
const SOAK_TIMEOUT_MS = 60_000;

/**
 * Heap growth allowed over the measured run, after forced garbage collection:
 * - the dedupe store keeps every key handled: about 120 bytes a key by its own measure (key
 *   string and a number in a Map), allowed 400 here since a Map's table doubles as it grows and
 *   may be up to half empty;
 * - a fixed 4 MB for what a process keeps after its first few thousand requests whatever the
 *   middleware does: optimized code, Node's pool of HTTP parsers (up to 1000 kept for reuse),
 *   the agent's and server's bookkeeping, the test's own tallies.
 * A leak of one request (its IncomingMessage, ServerResponse and socket are several KB) per
 * request would add over 10 MB in this run and break the bound.
 */
const HEAP_BYTES_PER_KEY = 400;
const HEAP_SLACK_BYTES = 4 * 1024 * 1024;

type Kind = keyof typeof TASKS;

/** What the middleware's listeners reported, by request id. */
interface Observed {
  events: Map<string, string[]>;
  hangupsByCall: Map<string, number>;
  errors: string[];
  /**
   * Each request that went away mid-body, when its 'invalid' event came: the events it still has
   * listeners for (the middleware's 'data', 'end', 'close' must be gone), and whether its socket is.
   */
  deadRequests: Map<string, { listeners: (string | symbol)[]; socketDestroyed: boolean }>;
}

/** What the senders know: each request's kind, call and answer; each task's follow-up checks. */
interface Sent {
  requests: Map<string, { kind: Kind; cmiuuid: string; answer: Answer | 'raw' }>;
  /** Calls that were valid deliveries: each must be handled exactly once. */
  deliveries: Set<string>;
  /** Checks that need a task's requests taken together (repeats, copies). */
  problems: string[];
}

let nextId = 0;
const newId = (kind: Kind) => `${kind}-${++nextId}`;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A valid delivery of a fresh call, as TeleCMI may send it: JSON, the older JSON text, a form, or GET. */
function validDelivery(cmiuuid: string, variant: number, status = 'hangup'): Omit<Outgoing, 'id'> {
  const payload = hangupPayload({ cmiuuid, status });
  if (variant % 6 === 5) return { method: 'GET', query: hangupQuery(payload) };
  const { body, contentType } = hangupBody(payload, (['json', 'json', 'legacy', 'form'] as const)[variant % 4]);
  return { method: 'POST', headers: { 'content-type': contentType }, body: Buffer.from(body) };
}

/** The first half of a valid delivery's body, gzipped or not: the rest never comes. */
function halfHangup(cmiuuid: string, gzip: boolean): Omit<RawPost, 'id'> {
  const text = Buffer.from(JSON.stringify(hangupPayload({ cmiuuid })));
  const whole = gzip ? gzipSync(text) : text;
  const body = whole.subarray(0, whole.length >> 1);
  return { body, missing: whole.length - body.length, headers: gzip ? ['Content-Encoding: gzip'] : [] };
}

/** An invalid request of a few kinds, and the code it must be refused with. */
function invalidRequest(variant: number): { request: Omit<Outgoing, 'id'>; reason: string } {
  const text = JSON.stringify(hangupPayload({ cmiuuid: randomUUID() }));
  const json = { 'content-type': 'application/json' };
  const requests: { request: Omit<Outgoing, 'id'>; reason: string }[] = [
    { request: { method: 'POST', headers: json, body: Buffer.from(text.slice(0, -7)) }, reason: 'invalid_json' },
    {
      request: { method: 'POST', headers: json, body: Buffer.from(text.replace(/"time":\d+/, '"time":"soon"')) },
      reason: 'invalid_payload',
    },
    {
      request: { method: 'POST', headers: { 'content-type': 'text/html' }, body: Buffer.from(text) },
      reason: 'unsupported_media_type',
    },
    { request: { method: 'PUT', headers: json, body: Buffer.from(text) }, reason: 'method_not_allowed' },
    {
      request: { method: 'POST', headers: json, body: Buffer.concat([Buffer.from(text), Buffer.from([0xff])]) },
      reason: 'invalid_charset',
    },
  ];
  return requests[variant % requests.length] as { request: Omit<Outgoing, 'id'>; reason: string };
}

/** Runs `tasks` with `CONCURRENCY` senders pulling from one queue. */
async function runTasks(tasks: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const sender = async () => {
    for (let task = tasks[next++]; task !== undefined; task = tasks[next++]) await task();
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
}

/** The tasks of one run, `share` of {@link TASKS} of each kind, interleaved. */
function makeTasks(
  server: TrackedServer,
  agent: Agent,
  sent: Sent,
  expectedReasons: Map<string, string>,
  share: number,
) {
  const sendOne = async (kind: Kind, cmiuuid: string, request: Omit<Outgoing, 'id'>): Promise<[string, Answer]> => {
    const id = newId(kind);
    sent.requests.set(id, { kind, cmiuuid, answer: { kind: 'timeout' } });
    const answer = await send(agent, server.port, { id, ...request }, REQUEST_TIMEOUT_MS);
    sent.requests.set(id, { kind, cmiuuid, answer });
    return [id, answer];
  };
  /** One copy of a delivery, retried while it is answered 503 `in_progress`. */
  const sendUntilHandled = async (kind: Kind, cmiuuid: string, request: Omit<Outgoing, 'id'>): Promise<Answer> => {
    for (let attempt = 0; ; attempt++) {
      const [, answer] = await sendOne(kind, cmiuuid, request);
      if (answer.kind !== 'answer' || answer.status !== 503 || attempt === MAX_RETRIES) return answer;
      await pause(RETRY_MS);
    }
  };
  /** A sender that goes away mid-body after `hold` ms: with a FIN (even `variant`) or at once. */
  const abandon = async (kind: Kind, variant: number, hold: number) => {
    const id = newId(kind);
    const cmiuuid = randomUUID();
    sent.requests.set(id, { kind, cmiuuid, answer: 'raw' });
    const post = { id, ...halfHangup(cmiuuid, variant % 3 === 0) };
    const connection = await startRawPost(server, post, REQUEST_TIMEOUT_MS);
    if (!connection.reached) sent.problems.push(`${id} never reached the host`);
    if (hold > 0) await pause(hold);
    await connection.close(variant % 2 === 0);
  };

  const byKind: Record<Kind, (i: number) => () => Promise<void>> = {
    unique: (i) => async () => {
      const cmiuuid = randomUUID();
      sent.deliveries.add(cmiuuid);
      await sendOne('unique', cmiuuid, validDelivery(cmiuuid, i));
    },
    repeat: (i) => async () => {
      const cmiuuid = randomUUID();
      sent.deliveries.add(cmiuuid);
      const request = validDelivery(cmiuuid, i);
      const [first] = await sendOne('repeat', cmiuuid, request);
      const [again, answer] = await sendOne('repeat', cmiuuid, request);
      if (answer.kind !== 'answer' || answer.status !== 204) sent.problems.push(`repeat ${again} of ${first} not 204`);
    },
    pair: (i) => async () => {
      const cmiuuid = randomUUID();
      sent.deliveries.add(cmiuuid);
      const request = validDelivery(cmiuuid, i);
      const answers = await Promise.all([
        sendUntilHandled('pair', cmiuuid, request),
        sendUntilHandled('pair', cmiuuid, request),
      ]);
      if (!answers.every((a) => a.kind === 'answer' && a.status === 204)) {
        sent.problems.push(`copies of ${cmiuuid} ended ${JSON.stringify(answers)}`);
      }
    },
    invalid: (i) => async () => {
      const { request, reason } = invalidRequest(i);
      const [id] = await sendOne('invalid', '', request);
      expectedReasons.set(id, reason);
    },
    ignored: (i) => async () => void (await sendOne('ignored', '', validDelivery(randomUUID(), i, 'ringing'))),
    aborted: (i) => () => abandon('aborted', i, 0),
    unfinished: (i) => () => abandon('unfinished', i, 100 + ((i * 37) % (HOLD_MS - 100))),
    retried: () => async () => {
      // The whole body sent, the connection dropped before the answer, the delivery sent again.
      const id = newId('retried');
      const cmiuuid = randomUUID();
      sent.deliveries.add(cmiuuid);
      sent.requests.set(id, { kind: 'retried', cmiuuid, answer: 'raw' });
      const text = Buffer.from(JSON.stringify(hangupPayload({ cmiuuid })));
      const connection = await startRawPost(server, { id, body: text, missing: 0 }, REQUEST_TIMEOUT_MS);
      if (!connection.reached) sent.problems.push(`${id} never reached the host`);
      await connection.close(false);
      const request = { method: 'POST', headers: { 'content-type': 'application/json' }, body: text };
      const answer = await sendUntilHandled('retried', cmiuuid, request);
      if (answer.kind !== 'answer' || answer.status !== 204)
        sent.problems.push(`retry of ${id} ended ${JSON.stringify(answer)}`);
    },
  };
  const queues = (Object.keys(TASKS) as Kind[]).map((kind) =>
    Array.from({ length: Math.max(1, Math.round(TASKS[kind] * share)) }, (_, i) => byKind[kind](i)),
  );
  // Interleaved, so every kind runs alongside every other through the whole run.
  const tasks: (() => Promise<void>)[] = [];
  for (let round = 0; queues.some((queue) => round < queue.length); round++) {
    for (const queue of queues) {
      const task = queue[round];
      if (task) tasks.push(task);
    }
  }
  return tasks;
}

/** Counts of each kind of handle (sockets, servers, timers) keeping the process alive. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** Whether every kind of handle is down to its count in `before`, or fewer. */
function noMoreThan(before: Record<string, number>): boolean {
  return Object.entries(activeResources()).every(([name, count]) => count <= (before[name] ?? 0));
}

/** Listens to every event of the middleware, noting each against the request it came with. */
function observe(events: HangupMiddleware['events']): Observed {
  const observed: Observed = { events: new Map(), hangupsByCall: new Map(), errors: [], deadRequests: new Map() };
  const note = (req: HangupRequest, what: string) => {
    const id = requestId(req);
    observed.events.set(id, [...(observed.events.get(id) ?? []), what]);
  };
  events.on('hangup', async (event: HangupEvent, req) => {
    note(req, 'hangup');
    observed.hangupsByCall.set(event.cmiuuid, (observed.hangupsByCall.get(event.cmiuuid) ?? 0) + 1);
    // A listener that takes 0 to 3 ms, like a database write, so that copies overlap.
    await pause(nextId % 4);
  });
  events.on('duplicate', (_event, req) => note(req, 'duplicate'));
  events.on('ignored', (_payload, req) => note(req, 'ignored'));
  events.on('invalid', (info, req) => {
    note(req, `invalid:${info.reason}`);
    if (info.reason === 'request_aborted') {
      observed.deadRequests.set(requestId(req), { listeners: req.eventNames(), socketDestroyed: req.socket.destroyed });
    }
  });
  events.on('error', (error) => void observed.errors.push(`${error.code}: ${error.message}`));
  return observed;
}

/** Whether every request has reached the host and been answered, or its sender went away, and every event came. */
function allSettled(sent: Sent, observed: Observed, server: TrackedServer): boolean {
  return [...sent.requests.keys()].every((id) => {
    const arrival = server.arrivals.get(id);
    if (arrival === undefined || (arrival.status === undefined && !arrival.closed)) return false;
    // A copy answered 503 in_progress has no event; every other request has one.
    return arrival.status === 503 || observed.events.has(id);
  });
}

/** Checks each request's answer against its events; returns how many of each kind ended how. */
function checkRequests(sent: Sent, observed: Observed, server: TrackedServer, reasons: Map<string, string>) {
  const tally: Record<string, number> = {};
  for (const [id, { kind, cmiuuid, answer }] of sent.requests) {
    const seen = observed.events.get(id) ?? [];
    const arrival = server.arrivals.get(id);
    const where = `${id} ${JSON.stringify(answer)} events ${JSON.stringify(seen)} host ${JSON.stringify(arrival)}`;
    expect(arrival, `never reached the host: ${where}`).not.to.equal(undefined);
    const outcome = `${kind} ${seen.length === 0 ? 'deferred' : seen.join(',')}`;
    tally[outcome] = (tally[outcome] ?? 0) + 1;
    if (answer === 'raw' && kind === 'retried') {
      // Dropped before its answer: handled if its body had come whole, else aborted like any other.
      expect(seen, where).to.deep.be.oneOf([['hangup'], ['invalid:request_aborted']]);
      continue;
    }
    if (answer === 'raw') {
      // A sender that went away mid-body: one 'invalid' event, no answer, its read state let go.
      expect(seen, where).to.deep.equal(['invalid:request_aborted']);
      expect(arrival?.status, where).to.equal(undefined);
      expect(observed.deadRequests.get(id), where).to.deep.equal({ listeners: [], socketDestroyed: true });
      continue;
    }
    expect(answer.kind, `not answered: ${where}`).to.equal('answer');
    if (answer.kind !== 'answer') continue;
    expect(answer.status, where).to.equal(arrival?.status);
    if (kind === 'invalid') {
      expect(seen, where).to.deep.equal([`invalid:${reasons.get(id)}`]);
      expect(answer.status, where).to.be.within(400, 499);
    } else if (kind === 'ignored') {
      expect([seen, answer.status], where).to.deep.equal([['ignored'], 204]);
    } else if (seen.length === 0) {
      // A copy that came while another was handled: no event, and its sender retried.
      expect(answer.status, where).to.equal(503);
      expect((JSON.parse(answer.text) as { error?: string }).error, where).to.equal('in_progress');
      expect(kind, where).to.be.oneOf(['pair', 'retried']);
    } else {
      // Every acknowledgement of a valid delivery has its event: the first 'hangup', repeats 'duplicate'.
      expect(answer.status, where).to.equal(204);
      expect(seen.length === 1 && ['hangup', 'duplicate'].includes(seen[0] as string), where).to.equal(true);
      expect(sent.deliveries.has(cmiuuid), where).to.equal(true);
    }
  }
  return tally;
}

/** Nothing lost, nothing twice: each valid delivery's call handled exactly once, and no other call. */
function checkCalls(sent: Sent, observed: Observed, tally: Record<string, number>): void {
  const handledTwice = [...observed.hangupsByCall].filter(([, count]) => count !== 1);
  expect(handledTwice, 'calls handled more than once').to.deep.equal([]);
  expect([...observed.hangupsByCall.keys()].filter((call) => !sent.deliveries.has(call))).to.deep.equal([]);
  expect(observed.hangupsByCall.size, JSON.stringify(tally)).to.equal(sent.deliveries.size);
  const tasks = (kind: Kind) => TASKS[kind] + Math.round(TASKS[kind] * WARMUP_SHARE);
  expect(tally['repeat duplicate'], 'repeats').to.equal(tasks('repeat'));
  expect([tally['pair hangup'], tally['pair duplicate']], 'copies').to.deep.equal([tasks('pair'), tasks('pair')]);
  // The copies did overlap: some found their delivery in progress (in practice, a third or more).
  expect(tally['pair deferred'], 'copies deferred').to.be.above(0);
}

const listenerCounts = (events: HangupMiddleware['events']) =>
  events.eventNames().map((name) => `${String(name)}:${events.listenerCount(name)}`);

describe('soak: a few thousand deliveries at concurrency 50', function () {
  this.timeout(SOAK_TIMEOUT_MS);

  it('handles each delivery once, backs each acknowledgement with its event, and leaves nothing behind', async () => {
    const gc = collectGarbage();
    // After mocha has started this test's own timeout timer, which it does once the test is running.
    await new Promise((resolve) => setImmediate(resolve));
    const resourcesBefore = activeResources();
    const { app, hangups } = buildApp('express5');
    const observed = observe(hangups.events);
    const listenersBefore = listenerCounts(hangups.events);
    const server = await listenTracked(app);
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const sent: Sent = { requests: new Map(), deliveries: new Set(), problems: [] };
    const reasons = new Map<string, string>();
    try {
      await runTasks(makeTasks(server, agent, sent, reasons, WARMUP_SHARE));
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const keysBefore = sent.deliveries.size;
      await runTasks(makeTasks(server, agent, sent, reasons, 1));
      await until(() => allSettled(sent, observed, server), SETTLE_MS);

      expect(server.thrown).to.deep.equal([]);
      expect(sent.problems).to.deep.equal([]);
      expect(observed.errors).to.deep.equal([]);
      checkCalls(sent, observed, checkRequests(sent, observed, server, reasons));

      // The memory kept is what the dedupe store is meant to keep, and not much more.
      const keysAdded = sent.deliveries.size - keysBefore;
      sent.requests.clear();
      server.arrivals.clear();
      observed.events.clear();
      observed.deadRequests.clear();
      gc();
      const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
      const heapBound = keysAdded * HEAP_BYTES_PER_KEY + HEAP_SLACK_BYTES;
      expect(heapGrowth, `heap grew ${heapGrowth} bytes for ${keysAdded} keys`).to.be.below(heapBound);

      // Nothing in flight: close() has nothing to wait for, and no listener was left behind.
      expect(await closesAtOnce(() => hangups.close())).to.equal(true);
      expect(listenerCounts(hangups.events)).to.deep.equal(listenersBefore);
      agent.destroy();
      await server.close();
      // No socket, server or timer of the soak is left keeping the process alive.
      await until(() => noMoreThan(resourcesBefore), SETTLE_MS);
      const resourcesAfter = JSON.stringify(activeResources());
      expect(noMoreThan(resourcesBefore), `${resourcesAfter}, before ${JSON.stringify(resourcesBefore)}`).to.equal(
        true,
      );
    } finally {
      agent.destroy();
      server.destroy();
    }
  });
});

describe('a body that never finishes', () => {
  // API Gateway invokes a function only with the whole body, so the Lambda hosts never see one.
  for (const flavour of streamingFlavours) {
    for (const gzip of [false, true]) {
      for (const gracefully of [false, true]) {
        const how = `${gzip ? 'gzipped' : 'plain'}, its sender gone ${gracefully ? 'with a FIN' : 'at once'}`;
        it(`costs nothing once its connection closes on ${flavour} (${how})`, async () => {
          const { app, hangups } = buildApp(flavour);
          const seen: unknown[] = [];
          hangups.events.on('invalid', (info, req) => {
            // Node's own request shows what is left listening on it; other hosts' requests do not.
            seen.push(
              isOneOf(flavour, nodeFlavours)
                ? { reason: info.reason, listeners: req.eventNames(), socketDestroyed: req.socket.destroyed }
                : { reason: info.reason },
            );
          });
          hangups.events.on('hangup', (event) => void seen.push(event));
          const server = await listenTracked(app);
          try {
            const post = { id: 'held', ...halfHangup(randomUUID(), gzip) };
            const connection = await startRawPost(server, post, REQUEST_TIMEOUT_MS);
            expect(connection.reached).to.equal(true);
            // A host may take a few ticks (Fastify's hooks, a web stream) to hand the delivery on.
            await new Promise((resolve) => setTimeout(resolve, 50));
            // While the body is held the delivery is in flight, so close() waits for it.
            let drained = false;
            const closed = hangups.close().then(() => (drained = true));
            await new Promise((resolve) => setImmediate(resolve));
            expect([drained, seen]).to.deep.equal([false, []]);

            await connection.close(gracefully);
            // Once the sender is gone the read is abandoned: no answer, one event, nothing left.
            expect(await until(() => drained, SETTLE_MS), 'close() still waiting').to.equal(true);
            await closed;
            expect(seen).to.deep.equal([
              isOneOf(flavour, nodeFlavours)
                ? { reason: 'request_aborted', listeners: [], socketDestroyed: true }
                : { reason: 'request_aborted' },
            ]);
            expect(server.arrivals.get('held')).to.deep.equal({ status: undefined, closed: true });
            await server.close();
          } finally {
            server.destroy();
          }
        });
      }
    }
  }
});
