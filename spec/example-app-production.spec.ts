import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';

// The example app is plain JavaScript with no type declarations: load it through a typed require.
interface ServerSettings {
  port?: number;
  host?: string;
  headersTimeout?: number;
  requestTimeout?: number;
  keepAliveTimeout?: number;
  maxConnections?: number;
  lastAnswerGrace?: number;
  app?: { database?: string; token?: string; log?: (line: string) => void };
}
interface Started {
  server: Server;
  url: string;
  shutDown(): Promise<void>;
}
interface DeadLetter {
  id: number;
  reason: string;
  status: number;
  body: string;
  bodyTruncated: boolean;
}
interface Store {
  saveDeadLetter(
    letter: Omit<DeadLetter, 'id' | 'bodyTruncated'> & { message: string; errors: []; ip: null },
  ): DeadLetter;
  listDeadLetters(query: { limit: number }): { deadLetters: DeadLetter[] };
}
interface Sqlite {
  prepare(sql: string): { get(...params: unknown[]): unknown; run(...params: unknown[]): unknown };
  close(): void;
}
const load = createRequire(__filename);
const { startServer, defaults } = load('../example-app/listen.js') as {
  startServer: (settings: ServerSettings) => Promise<Started>;
  defaults: Required<Omit<ServerSettings, 'host' | 'app'>>;
};
const { readSettings } = load('../example-app/settings.js') as {
  readSettings: (env: Record<string, string>) => ServerSettings;
};
const { createStore } = load('../example-app/store.js') as {
  createStore: (
    db: Sqlite,
    settings?: { maxDeadLetters?: number; maxDeadLetterBytes?: number; maxDeadLetterBodyBytes?: number },
  ) => Store;
};
const { openDatabase } = load('../example-app/db.js') as { openDatabase: (file: string) => Sqlite };
const Database = load('better-sqlite3') as new (file: string) => Sqlite;

const serverScript = join(__dirname, '..', 'example-app', 'server.js');
const webhook = '/webhook/cdr';

/** What a raw connection got: every byte the server sent, and when the connection ended. */
interface Outcome {
  text: string;
  /** ms from the connection's start to its end. */
  after: number;
}

/**
 * Opens a connection to `port` on loopback, sends `head`, then `chunk` every `every` ms (none
 * when `every` is 0) until the server closes it. `done` resolves with what it got.
 */
function trickle(port: number, head: string, every = 200, chunk = '{"x"'): { socket: Socket; done: Promise<Outcome> } {
  const started = Date.now();
  const socket = connect(port, '127.0.0.1');
  let text = '';
  let timer: NodeJS.Timeout | undefined;
  socket.setEncoding('utf8');
  socket.on('data', (data: string) => (text += data));
  // A reset is one way for the server to close it: what was received until then is the outcome.
  socket.on('error', () => undefined);
  // Written at once, so whatever the caller writes next follows it.
  if (head) socket.write(head);
  if (every > 0) socket.once('connect', () => (timer = setInterval(() => socket.write(chunk), every)));
  const done = once(socket, 'close').then((): Outcome => {
    clearInterval(timer);
    return { text, after: Date.now() - started };
  });
  return { socket, done };
}

/** The head of a POST to the webhook announcing a body of `length` bytes. */
function postHead(length: number, contentType = 'application/json'): string {
  return `POST ${webhook} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${contentType}\r\nContent-Length: ${length}\r\n\r\n`;
}

/** The status code and the JSON body of the one answer in `text`. */
function answer(text: string): { status: number; body: unknown } {
  const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1]);
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  return { status, body: body ? JSON.parse(body) : undefined };
}

/** Resolves once `check` holds, polling; rejects after `within` ms (generous: a check, not a timing). */
async function eventually(check: () => boolean | Promise<boolean>, what: string, within = 5000): Promise<void> {
  const deadline = Date.now() + within;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${within} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function connections(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );
}

describe('the example app in production', function () {
  this.timeout(15_000);
  let dir: string;
  let database: string;
  let lines: string[];
  const running: Started[] = [];
  const sockets: Socket[] = [];

  /** Serves the app in this process on loopback, with `settings` over quick-to-test limits. */
  async function serve(settings: ServerSettings = {}): Promise<{ started: Started; port: number }> {
    const started = await startServer({
      host: '127.0.0.1',
      port: 0,
      lastAnswerGrace: 200,
      ...settings,
      app: { database, log: (line) => lines.push(line), ...settings.app },
    });
    running.push(started);
    return { started, port: (started.server.address() as AddressInfo).port };
  }

  async function deadLetters(url: string): Promise<DeadLetter[]> {
    const res = await fetch(`${url}/api/dead-letters?limit=200`);
    expect(res.status).to.equal(200);
    return ((await res.json()) as { deadLetters: DeadLetter[] }).deadLetters;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'example-app-production-'));
    database = join(dir, 'hangups.db');
    lines = [];
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    for (const started of running.splice(0)) await started.shutDown();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('its server limits', () => {
    it('sets every timeout and the connection cap on purpose, not left at Node’s defaults', async () => {
      const { started } = await serve();
      const { server } = started;
      expect(defaults).to.include({
        headersTimeout: 10_000,
        requestTimeout: 30_000,
        keepAliveTimeout: 5_000,
        maxConnections: 500,
      });
      expect(server.headersTimeout).to.equal(defaults.headersTimeout);
      expect(server.requestTimeout).to.equal(defaults.requestTimeout);
      expect(server.keepAliveTimeout).to.equal(defaults.keepAliveTimeout);
      expect(server.maxConnections).to.equal(defaults.maxConnections);
    });

    it('cuts a body trickled past the request timeout: 408, the connection closed, no dead letter kept', async () => {
      const { started, port } = await serve({ headersTimeout: 300, requestTimeout: 600 });
      const sender = trickle(port, postHead(10_000), 100);
      sockets.push(sender.socket);
      const { text, after } = await sender.done;
      expect(after, 'closed by the timeout, not before it').to.be.at.least(550);
      expect(after, 'closed long before the sender would have finished').to.be.below(5000);
      // Node answers 408 itself when nothing was sent yet; a reset may beat it to the sender.
      if (text !== '') expect(text).to.match(/^HTTP\/1\.1 408 /);
      await eventually(() => lines.some((line) => line.startsWith('aborted  request_aborted: ')), 'logged as aborted');
      expect(await deadLetters(started.url)).to.deep.equal([]);
      expect(lines.filter((line) => line.startsWith('failed'))).to.deep.equal([]);
    });

    it('cuts a sender that trickles its headers at the headers timeout', async () => {
      const { port } = await serve({ headersTimeout: 300, requestTimeout: 600 });
      const sender = trickle(port, `POST ${webhook} HTTP/1.1\r\n`, 100, 'X-Slow: 1\r\n');
      sockets.push(sender.socket);
      const { after } = await sender.done;
      expect(after).to.be.at.least(250).and.below(5000);
    });

    it('closes connections beyond the cap as they come, serves those it holds, and takes new ones below it', async () => {
      const { started, port } = await serve({ maxConnections: 2 });
      const held = [trickle(port, '', 0), trickle(port, '', 0)];
      sockets.push(...held.map(({ socket }) => socket));
      await eventually(async () => (await connections(started.server)) === 2, 'two connections held');

      const refused = trickle(port, `GET /api/dead-letters HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`, 0);
      sockets.push(refused.socket);
      const outcome = await refused.done;
      expect(outcome.text, 'not served').to.equal('');
      expect(outcome.after).to.be.below(5000);

      const [first, second] = held;
      first?.socket.write('GET /api/dead-letters HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      expect(answer((await first?.done)?.text ?? '')).to.deep.equal({
        status: 200,
        body: { deadLetters: [], next: null },
      });
      second?.socket.destroy();
      await eventually(async () => (await connections(started.server)) === 0, 'the held connections closed');
      expect(await deadLetters(started.url)).to.deep.equal([]);
    });

    it('reads the limits from the environment, with each documented default', () => {
      const settings = readSettings({
        PORT: '0',
        HOST: '127.0.0.1',
        HEADERS_TIMEOUT_MS: '2000',
        REQUEST_TIMEOUT_MS: '4000',
        KEEP_ALIVE_TIMEOUT_MS: '65000',
        MAX_CONNECTIONS: '50',
        DATABASE: database,
      });
      expect(settings).to.deep.equal({
        port: 0,
        host: '127.0.0.1',
        headersTimeout: 2000,
        requestTimeout: 4000,
        keepAliveTimeout: 65_000,
        maxConnections: 50,
        app: { database },
      });
      expect(readSettings({ PORT: '', REQUEST_TIMEOUT_MS: '' }), 'empty is unset').to.deep.equal({ app: {} });
    });

    it('refuses a bad value at start, naming each variable that is wrong', () => {
      expect(() => readSettings({ REQUEST_TIMEOUT_MS: '30s', MAX_CONNECTIONS: '0', PORT: '70000' })).to.throw(
        'bad environment: PORT must be a port number from 0 to 65535, got "70000"; ' +
          'REQUEST_TIMEOUT_MS must be a whole number of milliseconds from 1 to 2147483647, got "30s"; ' +
          'MAX_CONNECTIONS must be a whole number of connections from 1 to 1000000, got "0"',
      );
      expect(() => readSettings({ REQUEST_TIMEOUT_MS: '5000' })).to.throw(
        /^bad environment: HEADERS_TIMEOUT_MS \(10000\) must not be more than REQUEST_TIMEOUT_MS \(5000\)/,
      );
    });

    it('exits 2 with the message when server.js is started with a bad variable', async () => {
      const child = spawn(process.execPath, [serverScript], {
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE: database, KEEP_ALIVE_TIMEOUT_MS: 'forever' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).to.equal(2);
      expect(stderr).to.include('KEEP_ALIVE_TIMEOUT_MS must be a whole number of milliseconds');
    });
  });

  describe('a SIGTERM while a sender trickles a body', () => {
    let child: ChildProcessWithoutNullStreams | undefined;

    afterEach(() => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });

    it('answers the body still arriving 503 shutting_down and exits 0 within 10 s', async () => {
      child = spawn(process.execPath, [serverScript], {
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE: database },
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      await eventually(() => /listening on http:\/\/127\.0\.0\.1:\d+\//.test(stdout), 'listening', 8000);
      const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)?.[1]);

      // A few bytes every 200 ms of a body announced at 5000: it would take the sender minutes.
      const sender = trickle(port, postHead(5000), 200);
      sockets.push(sender.socket);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const signalled = Date.now();
      child.kill('SIGTERM');

      const [code, signal] = await exited;
      expect({ code, signal }).to.deep.equal({ code: 0, signal: null });
      expect(Date.now() - signalled, 'stopped within 10 s').to.be.below(10_000);
      const { text } = await sender.done;
      expect(answer(text)).to.deep.equal({
        status: 503,
        body: { error: 'shutting_down', message: 'This server is shutting down; retry shortly', details: [] },
      });
      expect(text)
        .to.match(/\r\nRetry-After: 5\r\n/i)
        .and.match(/\r\nConnection: close\r\n/i);
      expect(stdout).to.match(/^aborted {2}request_aborted: /m);
      expect(stdout).to.match(/^stopped$/m);

      // Nothing was kept of the half body.
      const db = new Database(database);
      try {
        expect(db.prepare('SELECT count(*) AS n FROM dead_letters').get()).to.deep.equal({ n: 0 });
      } finally {
        db.close();
      }
    });
  });

  describe('dead letters', () => {
    it('keeps the newest within 16 MiB of bodies however much junk comes, not only within 10000 rows', async () => {
      const { started } = await serve();
      const junk = (i: number) => `junk ${String(i).padStart(4, '0')} ${'x'.repeat(60_000)}`;
      const sent = 320;
      // Four senders on kept-alive connections, so 19 MB of junk takes a moment, not a minute.
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < sent) {
            const body = junk(next++);
            const res = await fetch(`${started.url}${webhook}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            expect(res.status).to.equal(400);
            await res.arrayBuffer();
          }
        }),
      );
      await eventually(() => lines.length === sent, 'every junk delivery logged');

      const db = new Database(database);
      try {
        const kept = db
          .prepare('SELECT count(*) AS rows, sum(octet_length(body)) AS bytes, min(id) AS oldest FROM dead_letters')
          .get() as { rows: number; bytes: number; oldest: number };
        expect(kept.bytes).to.be.at.most(16 * 1024 * 1024);
        expect(kept.bytes, 'filled up to the bound').to.be.above(16 * 1024 * 1024 - 60_010);
        expect(kept.rows).to.be.below(sent);
        // The rows kept are the newest ones: every id from the oldest kept up to the last.
        expect(kept.oldest).to.equal(sent - kept.rows + 1);
      } finally {
        db.close();
      }
      const [newest] = await deadLetters(started.url);
      expect(newest?.body.slice(0, 10)).to.match(/^junk \d{4} $/);
      expect(newest).to.include({ reason: 'invalid_json', status: 400, bodyTruncated: false });
    });

    it('cuts a body past 64 KiB of UTF-8 at a character boundary and marks it bodyTruncated', async () => {
      const { started, port } = await serve();
      // 60000 bytes of Latin-1 é, under the middleware's limit, are 120000 bytes once stored as UTF-8.
      const sender = trickle(port, postHead(60_000, 'application/json; charset=iso-8859-1'), 0);
      sockets.push(sender.socket);
      sender.socket.end(Buffer.alloc(60_000, 0xe9));
      const { text } = await sender.done;
      expect(answer(text).status).to.equal(400);
      const [letter] = await deadLetters(started.url);
      expect(letter?.bodyTruncated).to.equal(true);
      expect(letter?.body).to.equal('é'.repeat(32 * 1024));
    });

    it('keeps a body of exactly maxDeadLetterBodyBytes whole, and cuts one byte more before its last character', () => {
      const db = openDatabase(join(dir, 'store.db'));
      try {
        const store = createStore(db, { maxDeadLetterBodyBytes: 10, maxDeadLetterBytes: 25 });
        const save = (body: string) =>
          store.saveDeadLetter({ reason: 'invalid_json', status: 400, message: '', errors: [], body, ip: null });
        expect(save('aaaaaaaa€')).to.include({ body: 'aaaaaaaa', bodyTruncated: true });
        expect(save('aaaaaaa€')).to.include({ body: 'aaaaaaa€', bodyTruncated: false });
        save('b'.repeat(10));
        save('c'.repeat(10));
        expect(store.listDeadLetters({ limit: 10 }).deadLetters.map((letter) => letter.body)).to.deep.equal([
          'c'.repeat(10),
          'b'.repeat(10),
        ]);
        expect(() => createStore(db, { maxDeadLetterBodyBytes: 26, maxDeadLetterBytes: 25 })).to.throw(
          TypeError,
          '"maxDeadLetterBodyBytes" must not be more than "maxDeadLetterBytes"',
        );
      } finally {
        db.close();
      }
    });

    it('counts the bodies another connection wrote to the same file against maxDeadLetterBytes', () => {
      const file = join(dir, 'store.db');
      const db = openDatabase(file);
      const side = new Database(file);
      try {
        const store = createStore(db, { maxDeadLetterBodyBytes: 10, maxDeadLetterBytes: 25 });
        const save = (body: string) =>
          store.saveDeadLetter({ reason: 'invalid_json', status: 400, message: '', errors: [], body, ip: null });
        save('a'.repeat(10));
        // A second instance of the app on the file, say.
        side
          .prepare(
            "INSERT INTO dead_letters (received_at, reason, status, message, errors, body) VALUES (0, 'x', 400, '', '[]', ?)",
          )
          .run('b'.repeat(10));
        save('c'.repeat(10));
        expect(store.listDeadLetters({ limit: 10 }).deadLetters.map((letter) => letter.body)).to.deep.equal([
          'c'.repeat(10),
          'b'.repeat(10),
        ]);
      } finally {
        side.close();
        db.close();
      }
    });

    it('does not keep a delivery its sender abandoned mid-body, and logs it as aborted', async () => {
      const { started, port } = await serve();
      const sender = trickle(port, `${postHead(1000)}{"cmiuuid":`, 0);
      sockets.push(sender.socket);
      await eventually(async () => (await connections(started.server)) === 1, 'connected');
      await new Promise((resolve) => setTimeout(resolve, 100));
      sender.socket.destroy();
      await eventually(() => lines.length > 0, 'logged');
      // Nothing was answered, so the line has no status: only the time of the 'invalid' listener.
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(
        /^aborted {2}request_aborted: The client closed the request before the body was complete \| listeners=[\d.e-]+ms$/,
      );
      expect(await deadLetters(started.url)).to.deep.equal([]);
    });
  });
});
