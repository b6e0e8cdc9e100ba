// The example app's view of its deliveries: one log line per delivery, readable or JSON (LOG_FORMAT).
import { spawn } from 'node:child_process';
import { tracingChannel } from 'node:diagnostics_channel';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
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
}
interface Log {
  delivery(trace: Partial<DeliveryTrace>, note: Record<string, unknown>): void;
}
const load = createRequire(__filename);
const { createApp } = load('../example-app/app.js') as { createApp: (settings: AppSettings) => ExampleApp };
const { createLog } = load('../example-app/log.js') as {
  createLog: (settings: { format?: string; write: (line: string) => void; clock?: () => number }) => Log;
};
const { readSettings } = load('../example-app/settings.js') as {
  readSettings: (env: Record<string, string>) => { app: Record<string, unknown> };
};
const Database = load('better-sqlite3') as new (file: string) => { exec(sql: string): void; close(): void };

const webhook = '/webhook/cdr';
const token = 'Sesame-42';
const deliveries = tracingChannel('telecmi-hangup:delivery');

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

describe('the example app: logs', () => {
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
