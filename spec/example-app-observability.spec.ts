// The example app's view of its deliveries: /metrics from the package's collectMetrics, the last
// hour at a glance (/api/stats, the page, the live stream's 'stats' events), and one log line per
// delivery, readable or JSON (LOG_FORMAT).
import { spawn } from 'node:child_process';
import { tracingChannel } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { register as globalRegister } from 'prom-client';
import request from 'supertest';
import type { DeliveryTrace } from '../lib/index.js';
import { sampleHangup, sampleNotification } from '../lib/testing/index.js';
import { fixtureText } from './helpers/app.js';

// The example app is plain JavaScript with no type declarations: load it through a typed require.
interface ExampleApp {
  app: RequestListener;
  drain(): Promise<void>;
  close(): void;
}
interface AppSettings {
  database: string;
  log: (line: string) => void;
  logFormat?: string;
  clock?: () => number;
  token?: string;
  live?: { statsInterval?: number };
}
type Outcome = 'accepted' | 'duplicate' | 'ignored' | 'rejected' | 'failed';
interface StatsSnapshot {
  from: number;
  to: number;
  buckets: ({ start: number } & Record<Outcome, number>)[];
  totals: Record<Outcome, number>;
  rejectedByReason: Record<string, number>;
  failedByReason: Record<string, number>;
  listenerLatency: { count: number; p50: number | null; p99: number | null };
}
interface Stats {
  record(delivery: {
    outcome: Outcome | undefined;
    code: string | undefined;
    listenerDuration: number | undefined;
  }): void;
  snapshot(): StatsSnapshot;
}
interface Log {
  delivery(trace: Partial<DeliveryTrace>, note: Record<string, unknown>): void;
}
const load = createRequire(__filename);
const { createApp } = load('../example-app/app.js') as { createApp: (settings: AppSettings) => ExampleApp };
const { createStats } = load('../example-app/stats.js') as {
  createStats: (settings?: { clock?: () => number }) => Stats;
};
const { createLog } = load('../example-app/log.js') as {
  createLog: (settings: { format?: string; write: (line: string) => void; clock?: () => number }) => Log;
};
const { readSettings } = load('../example-app/settings.js') as {
  readSettings: (env: Record<string, string>) => { app: Record<string, unknown> };
};
const Database = load('better-sqlite3') as new (file: string) => { exec(sql: string): void; close(): void };

const webhook = '/webhook/cdr';
const token = 'Sesame-42';
const minute = 60_000;
const outcomes: Outcome[] = ['accepted', 'duplicate', 'ignored', 'rejected', 'failed'];
const deliveries = tracingChannel('telecmi-hangup:delivery');

/** The samples of a Prometheus text exposition, as `name{label=value,...}` (labels sorted) → value. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample: ${line}`);
    const [, name, labels = '', value] = match;
    const pairs = [...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, text]) => `${key}=${text}`);
    samples.set(`${name}{${pairs.sort().join(',')}}`, Number(value));
  }
  return samples;
}

/** The samples of one metric (its name exactly, or with `_count`, say), as an object. */
function samplesOf(samples: Map<string, number>, name: string): Record<string, number> {
  return Object.fromEntries([...samples].filter(([key]) => key.startsWith(`${name}{`)));
}

/** Every delivery's context as its asyncEnd left it (the request left out), for as long as `during` runs. */
async function traced<T>(during: () => Promise<T>): Promise<{ result: T; traces: Omit<DeliveryTrace, 'request'>[] }> {
  const traces: Omit<DeliveryTrace, 'request'>[] = [];
  const onEnd = (trace: DeliveryTrace) => {
    const { request, ...fields } = trace;
    void request;
    traces.push(fields);
  };
  deliveries.asyncEnd.subscribe(onEnd as (message: unknown) => void);
  try {
    return { result: await during(), traces };
  } finally {
    deliveries.asyncEnd.unsubscribe(onEnd as (message: unknown) => void);
  }
}

/** The nearest-rank `q` quantile of some times. */
function nearestRank(times: number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] as number;
}

/** A percentile read from the app's histogram: at least the true one, at most 2^(1/8) (9%) above it. */
function expectNear(reported: number | null | undefined, exact: number): void {
  expect(reported).to.be.a('number');
  expect(reported).to.be.at.least(exact * (1 - 1e-9));
  expect(reported).to.be.at.most(exact * 2 ** (1 / 8) * (1 + 1e-9));
}

describe('the example app: metrics, stats and logs', () => {
  let dir: string;
  let database: string;
  let lines: string[];
  let now: number;
  const opened: ExampleApp[] = [];

  /** An app on its own database whose clock is `now`, its log lines in `lines`. */
  function start(settings: Partial<AppSettings> = {}): ExampleApp {
    const started = createApp({ database, log: (line) => lines.push(line), clock: () => now, ...settings });
    opened.push(started);
    return started;
  }

  async function stop(started: ExampleApp): Promise<void> {
    opened.splice(opened.indexOf(started), 1);
    await started.drain();
    started.close();
  }

  /**
   * One delivery of each outcome there is, in this order: an outgoing hangup and a missed call's
   * record accepted, the hangup again (duplicate), a PIOPIY event (ignored), a hangup with leg "c"
   * (422) and one without the token (401), both rejected, and a hangup whose write fails (500).
   */
  async function deliverOneOfEach(app: RequestListener): Promise<void> {
    const hangup = sampleHangup();
    const url = `${webhook}?token=${token}`;
    await request(app).post(url).send(hangup).expect(204);
    await request(app).post(url).send(sampleNotification('cdr.incoming.missed')).expect(204);
    await request(app).post(url).send(hangup).expect(204);
    await request(app).post(url).type('json').send(fixtureText('piopiy-out-answered.json')).expect(204);
    await request(app)
      .post(url)
      .send(sampleHangup({ leg: 'c' as 'a' }))
      .expect(422);
    await request(app).post(webhook).send(sampleHangup()).expect(401);
    // Another connection to the file makes the write fail, as a full disk would.
    const side = new Database(database);
    try {
      side.exec("CREATE TRIGGER fail BEFORE INSERT ON notifications BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
      await request(app).post(url).send(sampleHangup()).expect(500);
      side.exec('DROP TRIGGER fail');
    } finally {
      side.close();
    }
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'example-app-observability-'));
    database = join(dir, 'hangups.db');
    lines = [];
    now = Date.UTC(2026, 0, 5, 9, 0, 30);
  });

  afterEach(async () => {
    for (const started of opened.splice(0)) {
      await started.drain();
      started.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  describe('GET /metrics', () => {
    it('counts a known set of deliveries exactly, by kind, outcome and status, in Prometheus text', async () => {
      const { app } = start({ token });
      await deliverOneOfEach(app);
      const res = await request(app).get('/metrics').expect(200).expect('Cache-Control', 'no-store');
      expect(res.headers['content-type']).to.equal('text/plain; version=0.0.4; charset=utf-8');
      const samples = parseMetrics(res.text);

      expect(samplesOf(samples, 'telecmi_deliveries_total')).to.deep.equal({
        'telecmi_deliveries_total{kind=outgoing.hangup,outcome=accepted,status=204}': 1,
        'telecmi_deliveries_total{kind=cdr.incoming.missed,outcome=accepted,status=204}': 1,
        'telecmi_deliveries_total{kind=outgoing.hangup,outcome=duplicate,status=204}': 1,
        'telecmi_deliveries_total{kind=unknown,outcome=ignored,status=204}': 1,
        // The payload's markers are an outgoing hangup's; its leg is what breaks the schema.
        'telecmi_deliveries_total{kind=outgoing.hangup,outcome=rejected,status=422}': 1,
        'telecmi_deliveries_total{kind=unknown,outcome=rejected,status=401}': 1,
        'telecmi_deliveries_total{kind=outgoing.hangup,outcome=failed,status=500}': 1,
      });
      expect(samplesOf(samples, 'telecmi_delivery_duration_seconds_count')).to.deep.equal({
        'telecmi_delivery_duration_seconds_count{kind=outgoing.hangup,outcome=accepted}': 1,
        'telecmi_delivery_duration_seconds_count{kind=cdr.incoming.missed,outcome=accepted}': 1,
        'telecmi_delivery_duration_seconds_count{kind=outgoing.hangup,outcome=duplicate}': 1,
        'telecmi_delivery_duration_seconds_count{kind=unknown,outcome=ignored}': 1,
        'telecmi_delivery_duration_seconds_count{kind=outgoing.hangup,outcome=rejected}': 1,
        'telecmi_delivery_duration_seconds_count{kind=unknown,outcome=rejected}': 1,
        'telecmi_delivery_duration_seconds_count{kind=outgoing.hangup,outcome=failed}': 1,
      });
      // Listeners ran for all but the duplicate (the app has no 'duplicate' listener): the
      // 'notification' one for the two accepted and the failed, 'ignored', and 'invalid' (the dead
      // letters) for the two rejected.
      expect(samplesOf(samples, 'telecmi_listener_duration_seconds_count')).to.deep.equal({
        'telecmi_listener_duration_seconds_count{kind=outgoing.hangup}': 3,
        'telecmi_listener_duration_seconds_count{kind=cdr.incoming.missed}': 1,
        'telecmi_listener_duration_seconds_count{kind=unknown}': 2,
      });
      for (const histogram of ['telecmi_delivery_duration_seconds', 'telecmi_listener_duration_seconds']) {
        for (const [key, count] of Object.entries(samplesOf(samples, `${histogram}_count`))) {
          const labels = key.slice(key.indexOf('{') + 1, -1);
          const everything = `${histogram}_bucket{${[...labels.split(','), 'le=+Inf'].sort().join(',')}}`;
          expect(samples.get(everything), everything).to.equal(count);
          expect(samples.get(key.replace('_count{', '_sum{')), `${key} sum`).to.be.above(0);
        }
      }
      expect(samplesOf(samples, 'telecmi_deliveries_in_flight')).to.deep.equal({ 'telecmi_deliveries_in_flight{}': 0 });
      // Registered, with no failed store call to count: no sample at all, which Prometheus reads as 0.
      expect(res.text).to.include('# TYPE telecmi_dedupe_errors_total counter');
      expect(samplesOf(samples, 'telecmi_dedupe_errors_total')).to.deep.equal({});
    });

    it('answers 405 to another method', async () => {
      const { app } = start();
      const res = await request(app).post('/metrics').expect(405).expect('Allow', 'GET');
      expect(res.body).to.include({ error: 'method_not_allowed' });
    });

    it('keeps each app its own registry: two apps in one process clash on nothing, and a closed one counts no more', async () => {
      const first = start();
      const second = createApp({ database: join(dir, 'second.db'), log: () => undefined, clock: () => now });
      opened.push(second);
      await request(first.app).post(webhook).send(sampleHangup()).expect(204);
      const accepted = 'telecmi_deliveries_total{kind=outgoing.hangup,outcome=accepted,status=204}';
      const scrape = async (started: ExampleApp) =>
        parseMetrics((await request(started.app).get('/metrics').expect(200)).text);
      // The channel is the process's: each app's /metrics counts every telecmiHangup() in it, once.
      expect((await scrape(first)).get(accepted)).to.equal(1);
      expect((await scrape(second)).get(accepted)).to.equal(1);
      // prom-client's global register is the host's, and left alone.
      expect(globalRegister.getSingleMetric('telecmi_deliveries_total')).to.equal(undefined);
      // The page's stats count the app's own deliveries only.
      const stats = async (started: ExampleApp) =>
        (await request(started.app).get('/api/stats').expect(200)).body as StatsSnapshot;
      expect((await stats(first)).totals.accepted).to.equal(1);
      expect((await stats(second)).totals.accepted).to.equal(0);

      await stop(first);
      // Closed, it unsubscribed and took its metrics off its registry.
      expect((await request(first.app).get('/metrics').expect(200)).text).to.not.include('telecmi_');
      await request(second.app).post(webhook).send(sampleHangup()).expect(204);
      expect((await scrape(second)).get(accepted)).to.equal(2);
      expect((await stats(second)).totals.accepted).to.equal(1);
      // A third app after a closed one registers afresh.
      const third = createApp({ database: join(dir, 'third.db'), log: () => undefined });
      opened.push(third);
      expect((await scrape(third)).get(accepted)).to.equal(undefined);
    });
  });

  describe('GET /api/stats', () => {
    it('answers the last sixty minutes by outcome, the rejections by reason and the listener time', async () => {
      const { app } = start();
      const { traces } = await traced(async () => {
        await request(app).post(webhook).send(sampleHangup()).expect(204);
        await request(app).post(webhook).send(sampleNotification('incoming.waiting')).expect(204);
        await request(app).post(webhook).type('json').send('{"leg":').expect(400);
        await request(app)
          .post(webhook)
          .send(sampleHangup({ time: 'soon' as unknown as number }))
          .expect(422);
        now += minute;
        const hangup = sampleHangup();
        await request(app).post(webhook).send(hangup).expect(204);
        await request(app).post(webhook).send(hangup).expect(204);
        await request(app).post(webhook).type('json').send(fixtureText('piopiy-out-answered.json')).expect(204);
      });
      const { body } = await request(app).get('/api/stats').expect(200).expect('Cache-Control', 'no-store');
      const stats = body as StatsSnapshot;
      const nine = Date.UTC(2026, 0, 5, 9, 0);
      expect(stats.to).to.equal(now);
      expect(stats.from).to.equal(nine + minute - 59 * minute);
      expect(stats.buckets).to.have.length(60);
      expect(stats.buckets.map((bucket) => bucket.start)).to.deep.equal(
        Array.from({ length: 60 }, (_, i) => stats.from + i * minute),
      );
      const zero = { accepted: 0, duplicate: 0, ignored: 0, rejected: 0, failed: 0 };
      expect(stats.buckets.slice(0, 58).every((bucket) => outcomes.every((outcome) => bucket[outcome] === 0))).to.equal(
        true,
      );
      expect(stats.buckets[58]).to.deep.equal({ start: nine, ...zero, accepted: 2, rejected: 2 });
      expect(stats.buckets[59]).to.deep.equal({ start: nine + minute, ...zero, accepted: 1, duplicate: 1, ignored: 1 });
      expect(stats.totals).to.deep.equal({ ...zero, accepted: 3, duplicate: 1, ignored: 1, rejected: 2 });
      expect(Object.entries(stats.rejectedByReason)).to.deep.equal([
        ['invalid_json', 1],
        ['invalid_payload', 1],
      ]);
      expect(stats.failedByReason).to.deep.equal({});

      // What the channel said the listeners took, this app's deliveries being the only ones.
      const times = traces.flatMap((trace) => (trace.listenerDuration === undefined ? [] : [trace.listenerDuration]));
      expect(times).to.have.length(6);
      expect(stats.listenerLatency.count).to.equal(6);
      expectNear(stats.listenerLatency.p50, nearestRank(times, 0.5));
      // The slowest of six is the 99th percentile, and no percentile passes the slowest.
      expect(stats.listenerLatency.p99).to.equal(Math.max(...times));
    });

    it('lets minutes older than an hour go, and their reasons and times with them', async () => {
      const { app } = start();
      await request(app).post(webhook).type('json').send('nope').expect(400);
      now += minute;
      const { traces } = await traced(() => request(app).post(webhook).send(sampleHangup()).expect(204));
      now += 59 * minute;
      const stats = (await request(app).get('/api/stats').expect(200)).body as StatsSnapshot;
      expect(stats.totals).to.include({ accepted: 1, rejected: 0 });
      expect(stats.buckets[0]).to.include({ accepted: 1 });
      expect(stats.rejectedByReason).to.deep.equal({});
      const [only] = traces;
      expect(stats.listenerLatency).to.deep.equal({
        count: 1,
        p50: only?.listenerDuration,
        p99: only?.listenerDuration,
      });
      now += minute;
      const later = (await request(app).get('/api/stats').expect(200)).body as StatsSnapshot;
      expect(later.totals).to.deep.equal({ accepted: 0, duplicate: 0, ignored: 0, rejected: 0, failed: 0 });
      expect(later.listenerLatency).to.deep.equal({ count: 0, p50: null, p99: null });
    });

    it('counts a failed delivery by its reason', async () => {
      const { app } = start({ token });
      await deliverOneOfEach(app);
      const stats = (await request(app).get('/api/stats').expect(200)).body as StatsSnapshot;
      expect(stats.totals).to.deep.equal({ accepted: 2, duplicate: 1, ignored: 1, rejected: 2, failed: 1 });
      expect(stats.rejectedByReason).to.deep.equal({ invalid_payload: 1, unauthorized: 1 });
      expect(stats.failedByReason).to.deep.equal({ handler_failed: 1 });
    });

    it('answers 400 invalid_query to a parameter and 405 to another method', async () => {
      const { app } = start();
      const bad = await request(app).get('/api/stats?minutes=5').expect(400);
      expect(bad.body.details).to.deep.equal([
        { path: '/minutes', message: 'unknown parameter; this route takes none' },
      ]);
      await request(app).delete('/api/stats').expect(405).expect('Allow', 'GET');
    });
  });

  describe('the minute buckets (stats.js)', () => {
    it('reuses a minute’s slot an hour on without carrying its counts over', () => {
      let time = Date.UTC(2026, 0, 5, 9, 0);
      const stats = createStats({ clock: () => time });
      stats.record({ outcome: 'rejected', code: 'invalid_json', listenerDuration: 5 });
      time += 60 * minute;
      stats.record({ outcome: 'accepted', code: undefined, listenerDuration: 1 });
      const snapshot = stats.snapshot();
      expect(snapshot.totals).to.include({ accepted: 1, rejected: 0 });
      expect(snapshot.rejectedByReason).to.deep.equal({});
      expect(snapshot.listenerLatency).to.deep.equal({ count: 1, p50: 1, p99: 1 });
    });

    it('reads p50 and p99 of many times from its histogram within 9% above the true ones', () => {
      let time = Date.UTC(2026, 0, 5, 9, 0);
      const stats = createStats({ clock: () => time });
      const times: number[] = [];
      // 1200 times spread over twenty minutes, from 2 µs to 2.4 s.
      for (let i = 1; i <= 1200; i++) {
        const ms = 0.002 * i ** 2 * (i % 3 === 0 ? 0.8 : 1);
        times.push(ms);
        stats.record({ outcome: 'accepted', code: undefined, listenerDuration: ms });
        if (i % 60 === 0) time += minute;
      }
      stats.record({ outcome: 'failed', code: 'handler_timeout', listenerDuration: undefined });
      const { listenerLatency, totals, failedByReason } = stats.snapshot();
      expect(listenerLatency.count).to.equal(1200);
      expectNear(listenerLatency.p50, nearestRank(times, 0.5));
      expectNear(listenerLatency.p99, nearestRank(times, 0.99));
      expect(totals).to.include({ accepted: 1200, failed: 1 });
      expect(failedByReason).to.deep.equal({ handler_timeout: 1 });
    });
  });

  describe('the page and its live stream', () => {
    let server: Server;
    let origin: string;
    const streams: IncomingMessage[] = [];

    async function listen(started: ExampleApp): Promise<void> {
      server = createServer(started.app);
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    /** The live stream's 'stats' events, parsed, as they come. */
    async function statsEvents(): Promise<StatsSnapshot[]> {
      const res = await new Promise<IncomingMessage>((resolve, reject) =>
        get(`${origin}/events`, resolve).on('error', reject),
      );
      streams.push(res);
      res.setEncoding('utf8');
      const events: StatsSnapshot[] = [];
      let text = '';
      res.on('data', (chunk: string) => {
        text += chunk;
        let end: number;
        while ((end = text.indexOf('\n\n')) !== -1) {
          const message = text.slice(0, end);
          text = text.slice(end + 2);
          const data = /^event: stats\ndata: (.*)$/m.exec(message)?.[1];
          if (data !== undefined) events.push(JSON.parse(data) as StatsSnapshot);
        }
      });
      return events;
    }

    async function eventually(condition: () => boolean, what: string): Promise<void> {
      const deadline = Date.now() + 3000;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`not within 3 s: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    afterEach(async () => {
      for (const res of streams.splice(0)) res.destroy();
      if (!server?.listening) return;
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    });

    it('renders the stats above the calls, for its script to draw', async () => {
      const { app } = start();
      await request(app).post(webhook).type('json').send('{"user":"<b>').expect(400);
      const page = await request(app).get('/').expect(200);
      const glance = page.text.indexOf('<section id="glance"');
      expect(glance).to.be.above(0).and.below(page.text.indexOf('<table id="missed">'));
      expect(page.text).to.include('<svg id="deliveries-chart"');
      expect(page.text).to.include('<script src="/assets/glance.js" defer></script>');
      const attribute = /data-stats="([^"]*)"/.exec(page.text)?.[1] ?? '';
      const unescaped = attribute
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<');
      const stats = JSON.parse(unescaped.replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as StatsSnapshot;
      expect(stats.totals.rejected).to.equal(1);
      expect(stats.rejectedByReason).to.deep.equal({ invalid_json: 1 });
      await request(app)
        .get('/assets/glance.js')
        .expect(200)
        .expect('Content-Type', /javascript/);
    });

    it('sends a page the stats as it connects, then again after deliveries, at most once per statsInterval', async () => {
      const interval = 300;
      const started = start({ live: { statsInterval: interval } });
      await listen(started);
      const events = await statsEvents();
      await eventually(() => events.length === 1, 'the stats on connecting');
      expect(events[0]?.totals.accepted).to.equal(0);

      const began = performance.now();
      for (let i = 0; i < 8; i++) await request(started.app).post(webhook).send(sampleHangup()).expect(204);
      await eventually(() => events.at(-1)?.totals.accepted === 8, 'the stats after eight deliveries');
      const elapsed = performance.now() - began;
      // One soon after the first delivery, then at most one per interval.
      expect(events.length - 1)
        .to.be.at.least(1)
        .and.at.most(1 + Math.ceil(elapsed / interval));
      expect(events.at(-1)?.buckets.at(-1)?.accepted).to.equal(8);
    });
  });

  describe('the log: one line per delivery', () => {
    it('gives every delivery its line, the rejected and failed ones too, each led by what happened', async () => {
      const started = start({ token });
      await deliverOneOfEach(started.app);
      await started.drain();
      // Refused while shutting down: no 'invalid' listener runs for it, and it has its line all the same.
      await request(started.app).post(`${webhook}?token=${token}`).send(sampleHangup()).expect(503);
      expect(lines.map((line) => line.split(' ')[0])).to.deep.equal([
        'hangup',
        'stored',
        'repeated',
        'ignored',
        'rejected',
        'rejected',
        'failed',
        'rejected',
      ]);
      expect(lines[1]).to.match(
        /^stored {3}cdr\.incoming\.missed \S+ from \d+ to \? user \? \(\S+\) \| status=204 key=cdr\.incoming\.missed:\S+ listeners=[\d.e-]+ms$/,
      );
      expect(lines[3]).to.match(
        /^ignored {2}out_answered event for a3c5a1b2-6f7e-4d59-9a43-4f3c3c0b9e21 \| status=204 listeners=[\d.e-]+ms$/,
      );
      expect(lines[4]).to.match(
        /^rejected 422 invalid_payload: .*\/leg must be "a" or "b" \| kind=outgoing\.hangup listeners=[\d.e-]+ms$/,
      );
      expect(lines[5]).to.match(/^rejected 401 unauthorized: .* \| listeners=[\d.e-]+ms$/);
      expect(lines[6]).to.match(
        /^failed {3}handler_failed for \S+ leg a: A 'notification' listener failed: disk is full \| /,
      );
      expect(lines[7]).to.equal('rejected 503 shutting_down');
    });

    it('with logFormat json, writes each delivery as one JSON object carrying the channel’s fields', async () => {
      const { app } = start({ token, logFormat: 'json' });
      const { traces } = await traced(() => deliverOneOfEach(app));
      expect(lines).to.have.length(7);
      const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      for (const [i, line] of parsed.entries()) {
        expect(Object.keys(line)).to.deep.equal([
          'time',
          'event',
          'host',
          'kind',
          'outcome',
          'status',
          'code',
          'dedupeKey',
          'listenerDuration',
          'cmiuuid',
          'message',
          'errors',
        ]);
        const trace = traces[i];
        expect(line).to.deep.include({
          time: new Date(now).toISOString(),
          host: trace?.host,
          kind: trace?.kind ?? null,
          outcome: trace?.outcome,
          status: trace?.status ?? null,
          code: trace?.code ?? null,
          dedupeKey: trace?.dedupeKey ?? null,
          listenerDuration: trace?.listenerDuration ?? null,
        });
      }
      expect(parsed.map((line) => [line['event'], line['outcome'], line['status'], line['code']])).to.deep.equal([
        ['hangup', 'accepted', 204, null],
        ['stored', 'accepted', 204, null],
        ['repeated', 'duplicate', 204, null],
        ['ignored', 'ignored', 204, null],
        ['rejected', 'rejected', 422, 'invalid_payload'],
        ['rejected', 'rejected', 401, 'unauthorized'],
        ['failed', 'failed', 500, 'handler_failed'],
      ]);
      expect(parsed[3]).to.include({ cmiuuid: 'a3c5a1b2-6f7e-4d59-9a43-4f3c3c0b9e21', kind: null, dedupeKey: null });
      expect(parsed[2]?.['message']).to.match(/, already handled$/);
      expect(parsed[6]?.['message']).to.match(/: A 'notification' listener failed: disk is full$/);
      expect(parsed[6]?.['errors']).to.deep.equal([
        { code: 'handler_failed', message: "A 'notification' listener failed: disk is full" },
      ]);
    });

    it('keeps a JSON line one line whatever the payload holds, and reads back what the sender wrote', async () => {
      const { app } = start({ logFormat: 'json' });
      const user = 'x\n{"forged":1}\u2028\u0085\u007f';
      await request(app).post(webhook).send(sampleHangup({ user })).expect(204);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.not.match(/[\n\u2028\u0085\u007f]/);
      expect((JSON.parse(lines[0] ?? '') as { message: string }).message).to.include(`user ${user} (`);
    });

    it('carries, on an accepted delivery’s line, the failures reported while it ran (a dedupe store down)', () => {
      const written: string[] = [];
      const trace = {
        host: 'node' as const,
        request: {
          telecmiNotification: {
            kind: 'outgoing.hangup',
            leg: 'a',
            to: '9100000000',
            callerid: '04471000000',
            user: '109_1111113',
            cmiuuid: 'abc',
            hangupAt: new Date(0),
          },
        },
        kind: 'outgoing.hangup' as const,
        outcome: 'accepted' as const,
        status: 204,
        code: undefined,
        dedupeKey: 'abc:a:hangup',
        listenerDuration: 1.5,
      };
      const storeDown = Object.assign(new Error('The dedupe store failed', { cause: new Error('ECONNREFUSED') }), {
        code: 'dedupe_unavailable',
      });
      const note = { alreadyStored: false, ignoredPayload: undefined, invalid: undefined, errors: [storeDown] };
      createLog({ write: (line) => written.push(line) }).delivery(trace, note);
      createLog({ format: 'json', write: (line) => written.push(line), clock: () => 0 }).delivery(trace, note);
      expect(written[0]).to.equal(
        'hangup   1970-01-01T00:00:00.000Z leg a to 9100000000 caller id 04471000000 user 109_1111113 (abc) ' +
          '(also dedupe_unavailable: The dedupe store failed: ECONNREFUSED) | status=204 key=abc:a:hangup listeners=1.5ms',
      );
      expect(JSON.parse(written[1] ?? '')).to.include({ time: '1970-01-01T00:00:00.000Z', outcome: 'accepted' });
      expect(JSON.parse(written[1] ?? '').errors).to.deep.equal([
        { code: 'dedupe_unavailable', message: 'The dedupe store failed: ECONNREFUSED' },
      ]);
    });
  });

  describe('LOG_FORMAT', () => {
    it('is read from the environment: text or json, empty counting as unset', () => {
      expect(readSettings({ LOG_FORMAT: 'json' }).app).to.deep.equal({ logFormat: 'json' });
      expect(readSettings({ LOG_FORMAT: 'text' }).app).to.deep.equal({ logFormat: 'text' });
      expect(readSettings({ LOG_FORMAT: '' }).app).to.deep.equal({});
      expect(() => readSettings({ LOG_FORMAT: 'JSON', PORT: 'x' })).to.throw(
        'bad environment: PORT must be a port number from 0 to 65535, got "x"; LOG_FORMAT must be "text" or "json", got "JSON"',
      );
      expect(() => start({ logFormat: 'yaml' })).to.throw(
        TypeError,
        'createApp: "logFormat" must be "text" or "json", got "yaml"',
      );
    });

    it('makes server.js write every stdout line as a JSON object, and a bad value exits 2 naming it', async function () {
      this.timeout(20_000);
      const server = join(__dirname, '..', 'example-app', 'server.js');
      const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE: database };
      const bad = spawn(process.execPath, [server], { env: { ...env, LOG_FORMAT: 'xml' } });
      let stderr = '';
      bad.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const [code] = (await once(bad, 'exit')) as [number | null];
      expect(code).to.equal(2);
      expect(stderr).to.include('LOG_FORMAT must be "text" or "json", got "xml"');

      const child = spawn(process.execPath, [server], { env: { ...env, LOG_FORMAT: 'json' } });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      try {
        const deadline = Date.now() + 8000;
        while (!/listening on (http:\/\/\S+)\/webhook\/cdr/.test(stdout) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const base = /listening on (http:\/\/\S+)\/webhook\/cdr/.exec(stdout)?.[1];
        const res = await fetch(`${base}${webhook}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        expect(res.status).to.equal(422);
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        expect(((await exited) as [number | null])[0]).to.equal(0);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      const parsed = stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(parsed.map((line) => line['event'])).to.deep.equal(['listening', 'rejected', 'stopping', 'stopped']);
      expect(parsed[1]).to.include({ host: 'node', outcome: 'rejected', status: 422, code: 'invalid_payload' });
      expect(parsed[1]?.['listenerDuration']).to.be.a('number');
    });
  });
});
