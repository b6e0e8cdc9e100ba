import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import request from 'supertest';
import { sampleCall, sampleHangup } from '../lib/testing/index.js';
import { fixtureText } from './helpers/app.js';

// The example app is plain JavaScript with no type declarations: load it, and better-sqlite3 for
// looking at its file from the side, through a typed require.
interface ExampleApp {
  app: RequestListener;
  drain(): Promise<void>;
  close(): void;
}
interface AppSettings {
  database: string;
  log: (line: string) => void;
  token?: string;
  maxDeadLetters?: number;
  live?: { maxClients?: number; heartbeat?: number };
}
interface Sqlite {
  exec(sql: string): void;
  pragma(pragma: string, options: { simple: true }): unknown;
  prepare(sql: string): { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown };
  close(): void;
}
const load = createRequire(__filename);
const { createApp } = load('../example-app/app.js') as { createApp: (settings: AppSettings) => ExampleApp };
const { migrations } = load('../example-app/db.js') as { migrations: string[] };
const Database = load('better-sqlite3') as new (file: string) => Sqlite;

const webhook = '/webhook/cdr';

describe('the example app: storage and API', () => {
  let dir: string;
  let database: string;
  let lines: string[];
  const opened: ExampleApp[] = [];

  /** Starts the app on `database`, as server.js does after a restart, collecting its log lines. */
  function start(settings: Partial<AppSettings> = {}): ExampleApp {
    const started = createApp({ database, log: (line) => lines.push(line), ...settings });
    opened.push(started);
    return started;
  }

  async function stop(started: ExampleApp): Promise<void> {
    opened.splice(opened.indexOf(started), 1);
    await started.drain();
    started.close();
  }

  function rows(table: string): Record<string, unknown>[] {
    const db = new Database(database);
    try {
      return db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'example-app-'));
    database = join(dir, 'nested', 'hangups.db');
    lines = [];
  });

  afterEach(async () => {
    for (const started of opened.splice(0)) {
      await started.drain();
      started.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  describe('the database', () => {
    it('is created with its folder on first start, in WAL mode, with every migration run', () => {
      expect(existsSync(database)).to.equal(false);
      start();
      expect(existsSync(database)).to.equal(true);
      const db = new Database(database);
      try {
        expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
        expect(db.pragma('user_version', { simple: true })).to.equal(migrations.length);
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
        expect(tables.map((row) => (row as { name: string }).name)).to.include.members(['dead_letters', 'hangups']);
      } finally {
        db.close();
      }
    });

    it('runs no migration twice when the app starts again on the same file', async () => {
      await stop(start());
      start();
      const db = new Database(database);
      try {
        expect(db.pragma('user_version', { simple: true })).to.equal(migrations.length);
      } finally {
        db.close();
      }
    });

    it('refuses a file a newer version of the app has migrated', async () => {
      await stop(start());
      const db = new Database(database);
      db.pragma(`user_version = ${migrations.length + 1}`, { simple: true });
      db.close();
      const newer = `schema version ${migrations.length + 1} is newer than this app knows \\(${migrations.length}\\)`;
      expect(() => start()).to.throw(new RegExp(newer));
    });
  });

  describe('storing hangups', () => {
    it('stores a hangup inside the listener and logs one line for it', async () => {
      const { app } = start();
      await request(app).post(webhook).type('json').send(fixtureText('seed-leg-a.txt')).expect(204);
      const [row] = rows('hangups');
      expect(row).to.include({
        dedupe_key: 'd965c6e0-5493-44f8-8d7d-b9a8077013a4:a:hangup',
        cmiuuid: 'd965c6e0-5493-44f8-8d7d-b9a8077013a4',
        leg: 'a',
        user: '109_1111113',
        time: 1571122196059,
      });
      expect(JSON.parse(String(row?.['event']))).to.include({ callerid: '04471000000', to: '9100000000' });
      expect(lines).to.have.length(1);
      // The words, then the channel's fields the words do not say (the listeners' time varies).
      const [words, fields] = (lines[0] ?? '').split(' | ');
      expect(words).to.equal(
        'hangup   2019-10-15T06:49:56.059Z leg a to 9100000000 caller id 04471000000 user 109_1111113 ' +
          '(d965c6e0-5493-44f8-8d7d-b9a8077013a4)',
      );
      expect(fields).to.match(/^status=204 key=d965c6e0-5493-44f8-8d7d-b9a8077013a4:a:hangup listeners=[\d.e-]+ms$/);
    });

    it('keeps one row for a duplicate delivery, acknowledged and logged as a repeat', async () => {
      const { app } = start();
      const hangup = sampleHangup();
      await request(app).post(webhook).send(hangup).expect(204);
      await request(app).post(webhook).send(hangup).expect(204);
      expect(rows('hangups')).to.have.length(1);
      // Answered from the middleware's dedupe: no listener ran.
      expect(lines[1]).to.match(
        new RegExp(
          `^repeated .*\\(${hangup.cmiuuid}\\), already handled \\| status=204 key=${hangup.cmiuuid}:a:hangup$`,
        ),
      );
    });

    it('finds every hangup still there after a restart on the same file, and stores a late retry once', async () => {
      const first = start();
      const calls = [sampleCall(), sampleCall(), sampleCall()];
      for (const legs of calls) for (const leg of legs) await request(first.app).post(webhook).send(leg).expect(204);
      await stop(first);

      const second = start();
      const { body } = await request(second.app).get('/api/hangups').expect(200);
      const stored = (body.hangups as { event: { cmiuuid: string } }[]).map((hangup) => hangup.event.cmiuuid);
      expect(stored).to.have.members(calls.flat().map((leg) => leg.cmiuuid));

      // The restart emptied the middleware's in-memory dedupe; the table's unique key still holds.
      await request(second.app).post(webhook).send(calls[0]?.[0]).expect(204);
      expect(rows('hangups')).to.have.length(6);
      expect(lines.at(-1)).to.match(/^repeated .*, already stored \| status=204 key=.* listeners=[\d.e-]+ms$/);
    });

    it('answers 500 when the write fails, so TeleCMI retries, and stores the retry', async () => {
      const { app } = start();
      // Another connection to the same file makes every insert fail, as a full disk would.
      const side = new Database(database);
      side.exec("CREATE TRIGGER fail BEFORE INSERT ON hangups BEGIN SELECT RAISE(ABORT, 'disk is full'); END");
      const hangup = sampleHangup();
      const failed = await request(app).post(webhook).send(hangup).expect(500);
      expect(failed.body).to.include({ error: 'handler_failed' });
      expect(rows('hangups')).to.have.length(0);
      // One transaction: the notification is not kept without its hangup row either.
      expect(rows('notifications')).to.have.length(0);
      expect(lines).to.have.length(1);
      const [words, fields] = (lines[0] ?? '').split(' | ');
      expect(words).to.equal(
        `failed   handler_failed for ${hangup.cmiuuid} leg a: A 'notification' listener failed: disk is full`,
      );
      expect(fields).to.match(
        new RegExp(`^status=500 kind=outgoing\\.hangup key=${hangup.cmiuuid}:a:hangup listeners=[\\d.e-]+ms$`),
      );

      side.exec('DROP TRIGGER fail');
      side.close();
      await request(app).post(webhook).send(hangup).expect(204);
      expect(rows('hangups').map((row) => row['cmiuuid'])).to.deep.equal([hangup.cmiuuid]);
    });

    it('refuses a time past what a Date holds and keeps it as a dead letter', async () => {
      const { app } = start();
      await request(app)
        .post(webhook)
        .send(sampleHangup({ time: 9_000_000_000_000_000 }))
        .expect(422);
      expect(rows('hangups')).to.have.length(0);
      const { body } = await request(app).get('/api/dead-letters').expect(200);
      expect(body.deadLetters[0]).to.include({ reason: 'invalid_payload', status: 422 });
      expect(body.deadLetters[0].body).to.include('9000000000000000');
    });

    it('keeps each log line one line, whatever the payload holds', async () => {
      const { app } = start();
      await request(app)
        .post(webhook)
        .send(sampleHangup({ user: 'x\nhangup   forged\u2028line' }))
        .expect(204);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.not.match(/[\n\u2028]/);
      expect(lines[0]).to.include('user x\\u000ahangup   forged\\u2028line');
    });
  });

  describe('dead letters', () => {
    it('keeps a rejected delivery with its raw body, reason and time', async () => {
      const { app } = start();
      const before = Date.now();
      const answer = await request(app).post(webhook).type('json').send('{"leg": "a",').expect(400);
      expect(answer.body).to.include({ error: 'invalid_json' });
      const { body } = await request(app).get('/api/dead-letters').expect(200);
      expect(body.next).to.equal(null);
      expect(body.deadLetters).to.have.length(1);
      const [letter] = body.deadLetters;
      expect(letter).to.include({ reason: 'invalid_json', status: 400, body: '{"leg": "a",' });
      expect(letter.receivedAt).to.be.within(before, Date.now());
      expect(letter.message).to.be.a('string').and.not.equal('');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(/^rejected 400 invalid_json: /);
    });

    it('keeps a schema failure with its details', async () => {
      const { app } = start();
      await request(app)
        .post(webhook)
        .send(sampleHangup({ leg: 'c' as 'a' }))
        .expect(422);
      const { body } = await request(app).get('/api/dead-letters').expect(200);
      expect(body.deadLetters[0].reason).to.equal('invalid_payload');
      expect(body.deadLetters[0].errors).to.deep.include({ path: '/leg', message: 'must be "a" or "b"' });
    });

    it('passes TELECMI_TOKEN to the middleware: a delivery without it is refused and kept', async () => {
      const { app } = start({ token: 'Sesame-42' });
      const hangup = sampleHangup();
      await request(app).post(webhook).send(hangup).expect(401);
      await request(app).post(`${webhook}?token=Sesame-42`).send(hangup).expect(204);
      expect(rows('hangups')).to.have.length(1);
      const [letter] = rows('dead_letters');
      expect(letter).to.include({ reason: 'unauthorized', status: 401, body: '' });
    });

    it('keeps only the newest maxDeadLetters', async () => {
      const { app } = start({ maxDeadLetters: 3 });
      for (let i = 1; i <= 5; i++) await request(app).post(webhook).type('json').send(`{"n":${i}`).expect(400);
      expect(rows('dead_letters').map((row) => row['body'])).to.deep.equal(['{"n":3', '{"n":4', '{"n":5']);
    });

    it('pages newest first with ?before= and limit', async () => {
      const { app } = start();
      for (let i = 1; i <= 5; i++) await request(app).post(webhook).type('json').send(`{"n":${i}`).expect(400);
      const first = await request(app).get('/api/dead-letters?limit=2').expect(200);
      expect(first.body.deadLetters.map((letter: { body: string }) => letter.body)).to.deep.equal(['{"n":5', '{"n":4']);
      const rest = await request(app).get(`/api/dead-letters?limit=3&before=${first.body.next}`).expect(200);
      expect(rest.body.deadLetters.map((letter: { body: string }) => letter.body)).to.deep.equal([
        '{"n":3',
        '{"n":2',
        '{"n":1',
      ]);
      expect(rest.body.next).to.equal(null);
    });
  });

  describe('GET /api/hangups', () => {
    const base = Date.UTC(2024, 4, 1, 9);
    // Two share a time, so the order falls back on the row id; leg b's and user 7's are mixed in.
    const times = [base + 5000, base + 1000, base + 3000, base + 3000, base + 2000, base + 4000, base];

    async function storeSamples(app: RequestListener): Promise<string[]> {
      const sent: string[] = [];
      for (const [i, time] of times.entries()) {
        const hangup = sampleHangup({ time, leg: i % 2 ? 'b' : 'a', user: i % 3 ? '101_1111113' : '107_1111113' });
        await request(app).post(webhook).send(hangup).expect(204);
        sent.push(hangup.cmiuuid);
      }
      return sent;
    }

    /** The cmiuuids in the order the API should list them: time descending, then id descending. */
    function newestFirst(sent: string[], keep: (i: number) => boolean = () => true): string[] {
      return sent
        .map((cmiuuid, i) => ({ cmiuuid, i, time: times[i] as number }))
        .filter(({ i }) => keep(i))
        .sort((x, y) => y.time - x.time || y.i - x.i)
        .map(({ cmiuuid }) => cmiuuid);
    }

    const cmiuuids = (body: { hangups: { event: { cmiuuid: string } }[] }) =>
      body.hangups.map((hangup) => hangup.event.cmiuuid);

    it('lists newest first, page by page through the next cursor, each hangup once', async () => {
      const { app } = start();
      const sent = await storeSamples(app);
      const seen: string[] = [];
      let next: string | null = null;
      let pages = 0;
      do {
        const query: string = next === null ? '?limit=3' : `?limit=3&before=${encodeURIComponent(next)}`;
        const { body } = await request(app).get(`/api/hangups${query}`).expect(200).expect('Cache-Control', 'no-store');
        seen.push(...cmiuuids(body));
        next = body.next as string | null;
        pages++;
      } while (next !== null && pages < 10);
      expect(pages).to.equal(3);
      expect(seen).to.deep.equal(newestFirst(sent));
    });

    it('takes a hangup id as before', async () => {
      const { app } = start();
      const sent = await storeSamples(app);
      const { body } = await request(app).get('/api/hangups').expect(200);
      const third = body.hangups[2] as { id: number };
      const after = await request(app).get(`/api/hangups?before=${third.id}`).expect(200);
      expect(cmiuuids(after.body)).to.deep.equal(newestFirst(sent).slice(3));
    });

    it('filters by leg, user and since, together with the cursor', async () => {
      const { app } = start();
      const sent = await storeSamples(app);
      const legB = await request(app).get('/api/hangups?leg=b').expect(200);
      expect(cmiuuids(legB.body)).to.deep.equal(newestFirst(sent, (i) => i % 2 === 1));
      const user = await request(app).get('/api/hangups?user=107_1111113').expect(200);
      expect(cmiuuids(user.body)).to.deep.equal(newestFirst(sent, (i) => i % 3 === 0));
      const since = await request(app)
        .get(`/api/hangups?since=${base + 3000}`)
        .expect(200);
      expect(cmiuuids(since.body)).to.deep.equal(newestFirst(sent, (i) => (times[i] as number) >= base + 3000));
      const iso = await request(app).get('/api/hangups?since=2024-05-01T09:00:03Z&leg=a&limit=1').expect(200);
      const expected = newestFirst(sent, (i) => (times[i] as number) >= base + 3000 && i % 2 === 0);
      expect(cmiuuids(iso.body)).to.deep.equal(expected.slice(0, 1));
      const rest = await request(app)
        .get(`/api/hangups?since=2024-05-01T09:00:03Z&leg=a&before=${encodeURIComponent(iso.body.next)}`)
        .expect(200);
      expect(cmiuuids(rest.body)).to.deep.equal(expected.slice(1));
    });

    it('answers 400 invalid_query naming every bad parameter', async () => {
      const { app } = start();
      const { body } = await request(app)
        .get('/api/hangups?leg=c&since=yesterday&limit=500&before=not-a-cursor&order=asc&user=')
        .expect(400)
        .expect('Content-Type', /application\/json/);
      expect(body.error).to.equal('invalid_query');
      expect(body.message).to.be.a('string');
      expect(body.details.map((detail: { path: string }) => detail.path)).to.have.members([
        '/leg',
        '/since',
        '/limit',
        '/before',
        '/order',
        '/user',
      ]);
    });

    it('answers 400 for a before id no hangup has, and for a parameter given twice', async () => {
      const { app } = start();
      const missing = await request(app).get('/api/hangups?before=42').expect(400);
      expect(missing.body.details).to.deep.equal([{ path: '/before', message: 'no hangup has id 42' }]);
      const twice = await request(app).get('/api/hangups?leg=a&leg=b').expect(400);
      expect(twice.body.details).to.deep.equal([{ path: '/leg', message: 'give it once, as plain text' }]);
    });
  });

  describe('GET /api/hangups/:cmiuuid and the rest of /api', () => {
    it('answers the hangups of one call leg', async () => {
      const { app } = start();
      const [legA, legB] = sampleCall();
      await request(app).post(webhook).send(legA).expect(204);
      await request(app).post(webhook).send(legB).expect(204);
      const { body } = await request(app).get(`/api/hangups/${legB.cmiuuid}`).expect(200);
      expect(body.cmiuuid).to.equal(legB.cmiuuid);
      expect(body.hangups).to.have.length(1);
      expect(body.hangups[0].key).to.equal(`${legB.cmiuuid}:b:hangup`);
      expect(body.hangups[0].event).to.include({ leg: 'b', from: '9100000000' });
    });

    it('answers 404 not_found for an unknown cmiuuid or route, and 405 for another method', async () => {
      const { app } = start();
      const unknown = await request(app).get('/api/hangups/no-such-leg').expect(404);
      expect(unknown.body).to.include({ error: 'not_found' });
      expect(unknown.body.details).to.have.length(1);
      const route = await request(app).get('/api/nothing-here').expect(404);
      expect(route.body).to.include({ error: 'not_found' });
      const method = await request(app).delete('/api/hangups').expect(405).expect('Allow', 'GET');
      expect(method.body).to.include({ error: 'method_not_allowed' });
    });
  });

  describe('the page', () => {
    it('lists calls and dead letters, escaping what senders wrote', async () => {
      const { app } = start();
      const hostile = sampleHangup({ user: '<script>alert(1)</script>', to: '9100000001' });
      await request(app).post(webhook).send(hostile).expect(204);
      await request(app).post(webhook).type('json').send('{"user":"<img src=x onerror=alert(2)>"').expect(400);
      const page = await request(app)
        .get('/')
        .expect(200)
        .expect('Content-Type', /text\/html/);
      expect(page.headers['content-security-policy']).to.include("script-src 'self'");
      expect(page.text).to.include('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page.text).to.include('&lt;img src=x onerror=alert(2)&gt;');
      expect(page.text).to.not.include('<script>alert');
      expect(page.text).to.not.include('<img src=x');
      expect(page.text).to.include(
        `<tr data-conversation="${hostile.conversation_uuid}" data-last="1" data-state="ended">`,
      );
      expect(page.text).to.include('<td data-label="Customer">9100000001</td>');
      expect(page.text).to.include('data-events="/events?after=1"');
    });

    it('shows a UTC time the script can localize', async () => {
      const { app } = start();
      await request(app).post(webhook).type('json').send(fixtureText('seed-leg-b.txt')).expect(204);
      const page = await request(app).get('/').expect(200);
      expect(page.text).to.include(
        '<time datetime="2019-10-15T06:49:56.059Z" data-time="1571122196059">2019-10-15 06:49:56 UTC</time>',
      );
    });

    it('serves its script and stylesheet', async () => {
      const { app } = start();
      await request(app)
        .get('/assets/live.js')
        .expect(200)
        .expect('Content-Type', /javascript/);
      await request(app).get('/assets/style.css').expect(200).expect('Content-Type', /css/);
      const missing = await request(app).get('/assets/none.js').expect(404);
      expect(missing.body).to.include({ error: 'not_found' });
    });
  });

  describe('the live stream at /events', () => {
    let server: Server;
    let origin: string;
    const streams: IncomingMessage[] = [];

    async function listen(started: ExampleApp): Promise<void> {
      server = createServer(started.app);
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }

    function connect(path = '/events', headers: Record<string, string> = {}): Promise<IncomingMessage> {
      return new Promise((resolve, reject) => {
        const req = get(`${origin}${path}`, { headers }, (res) => {
          res.setEncoding('utf8');
          streams.push(res);
          resolve(res);
        });
        req.on('error', reject);
      });
    }

    /** Resolves with everything read from `res` once it holds `pattern`. */
    function readUntil(res: IncomingMessage, pattern: RegExp): Promise<string> {
      return new Promise((resolve, reject) => {
        let text = '';
        const onData = (chunk: string) => {
          text += chunk;
          if (pattern.test(text)) {
            res.off('data', onData);
            resolve(text);
          }
        };
        res.on('data', onData);
        res.once('end', () => reject(new Error(`stream ended before ${String(pattern)}: ${text}`)));
      });
    }

    afterEach(async () => {
      for (const res of streams.splice(0)) res.destroy();
      if (!server.listening) return;
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    });

    it('pushes each call as its notifications come, rendered as the page renders it', async () => {
      const started = start();
      await listen(started);
      const stream = await connect();
      expect(stream.headers['content-type']).to.match(/^text\/event-stream/);
      await readUntil(stream, /retry: \d+\n\n/);
      const hangup = sampleHangup({ user: '<b>bold</b>' });
      const pushed = readUntil(stream, /event: call\ndata: .*\n\n/);
      await request(started.app).post(webhook).send(hangup).expect(204);
      const [, id, data] = (await pushed).match(/id: (\d+)\nevent: call\ndata: (.*)\n\n/) ?? [];
      expect(id).to.equal('1');
      const message = JSON.parse(data ?? '') as { conversation: string; last: number; html: string };
      expect(message).to.include({ conversation: hangup.conversation_uuid, last: 1 });
      expect(message.html).to.include(`data-conversation="${hangup.conversation_uuid}"`);
      expect(message.html).to.include('&lt;b&gt;bold&lt;/b&gt;');
    });

    it('pushes dead letters', async () => {
      const started = start();
      await listen(started);
      const stream = await connect();
      const pushed = readUntil(stream, /event: dead-letter\ndata: .*\n\n/);
      await request(started.app).post(webhook).type('json').send('nope').expect(400);
      expect(await pushed).to.include('invalid_json');
    });

    it('replays the calls with notifications stored after Last-Event-ID (or ?after=) on connecting', async () => {
      const started = start();
      await listen(started);
      const sent = [sampleHangup(), sampleHangup(), sampleHangup()];
      for (const hangup of sent) await request(started.app).post(webhook).send(hangup).expect(204);
      const resumed = await connect('/events', { 'Last-Event-ID': '1' });
      const text = await readUntil(resumed, /id: 3\n/);
      expect(text).to.not.include('id: 1\n');
      expect(text).to.include(sent[1]?.cmiuuid).and.include(sent[2]?.cmiuuid);
      const fromPage = await connect('/events?after=2');
      expect(await readUntil(fromPage, /id: 3\n/)).to.not.include('id: 2\n');
    });

    it('sends heartbeats to idle clients', async () => {
      const started = start({ live: { heartbeat: 20 } });
      await listen(started);
      const stream = await connect();
      expect(await readUntil(stream, /: heartbeat\n\n/)).to.include('retry:');
    });

    it('refuses clients beyond maxClients with 503 too_many_clients, and frees the place on close', async () => {
      const started = start({ live: { maxClients: 1 } });
      await listen(started);
      const first = await connect();
      const refused = await request(started.app).get('/events').expect(503).expect('Retry-After', /\d+/);
      expect(refused.body).to.include({ error: 'too_many_clients' });
      first.destroy();
      await once(first, 'close');
      const again = await connect();
      expect(again.statusCode).to.equal(200);
    });

    it('ends every stream on drain, so the server can close', async () => {
      const started = start();
      await listen(started);
      const stream = (await connect()).resume();
      const ended = once(stream, 'end');
      await started.drain();
      await ended;
      const refused = await request(started.app).get('/events').expect(503);
      expect(refused.body).to.include({ error: 'shutting_down' });
      server.close();
      await once(server, 'close');
    });
  });
});
