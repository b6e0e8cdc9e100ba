import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, get, request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { sampleHangup } from '../lib/testing/index.js';
import { fixtureText } from './helpers/app.js';

const server = join(__dirname, '..', 'example-app', 'server.js');

/** Resolves with the first stdout line matching `pattern`, or rejects when the process exits first. */
function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = buffered.match(pattern);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`example app exited with ${code}: ${buffered}`)));
  });
}

/** Starts `node example-app/server.js` on a free port; resolves with the process and its base URL. */
async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcessWithoutNullStreams; base: string }> {
  const child = spawn(process.execPath, [server], { env: { ...process.env, PORT: '0', ...env } });
  const [, url] = await waitForLine(child, /listening on (http:\/\/\S+)\/webhook\/cdr/);
  return { child, base: url ?? '' };
}

async function stopServer(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

/** Posts on `agent`: the status as text, or the code of the error the request met (ECONNRESET, ...). */
function deliver(agent: Agent, url: string, body: string): Promise<string> {
  return new Promise((resolve) => {
    const req = request(url, { agent, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(String(res.statusCode)));
      res.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(body);
  });
}

function postJson(url: string, body: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('the example app, as a process', function () {
  this.timeout(20_000);
  let dir: string;
  let database: string;
  const children: ChildProcessWithoutNullStreams[] = [];

  async function start(env: Record<string, string> = {}) {
    const started = await startServer({ DATABASE: database, ...env });
    children.push(started.child);
    return started;
  }

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'example-app-process-'));
    database = join(dir, 'data', 'hangups.db');
  });

  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  describe('first start', () => {
    let child: ChildProcessWithoutNullStreams;
    let base: string;

    before(async () => {
      ({ child, base } = await start());
    });

    it('creates the database file named by DATABASE', () => {
      expect(existsSync(database)).to.equal(true);
    });

    it('logs one readable line per hangup posted to /webhook/cdr', async () => {
      const logged = waitForLine(child, /hangup {3}.*\n/);
      const res = await postJson(`${base}/webhook/cdr`, fixtureText('seed-leg-a.txt'));
      expect(res.status).to.equal(204);
      const [line] = await logged;
      // The words, then the channel's fields the words do not say (the listeners' time varies).
      const [words, fields] = (line ?? '').split(' | ');
      expect(words).to.equal(
        'hangup   2019-10-15T06:49:56.059Z leg a to 9100000000 caller id 04471000000 user 109_1111113 ' +
          '(d965c6e0-5493-44f8-8d7d-b9a8077013a4)',
      );
      expect(fields).to.match(/^status=204 key=d965c6e0-5493-44f8-8d7d-b9a8077013a4:a:hangup listeners=[\d.e-]+ms\n$/);
    });

    it('logs a rejected delivery with its reason', async () => {
      const logged = waitForLine(child, /rejected .*\n/);
      const res = await postJson(`${base}/webhook/cdr`, '{}');
      expect(res.status).to.equal(422);
      expect((await logged)[0]).to.match(/^rejected 422 invalid_payload: /);
    });

    it('stops cleanly on SIGTERM, with a page still connected to the live stream', async () => {
      const stream = await new Promise<IncomingMessage>((resolve, reject) =>
        get(`${base}/events`, resolve).on('error', reject),
      );
      expect(stream.statusCode).to.equal(200);
      const streamEnded = once(stream.resume(), 'end');
      const stopped = waitForLine(child, /^stopped$/m);
      expect(await stopServer(child)).to.equal(0);
      await stopped;
      await streamEnded;
    });
  });

  describe('a shutdown under load', () => {
    it('answers every delivery sent on a kept-alive socket (2xx or 503), resets none, and exits 0', async () => {
      const { child, base } = await start({ DATABASE: join(dir, 'load', 'hangups.db') });
      const agent = new Agent({ keepAlive: true, maxSockets: 20 });
      const outcomes: string[] = [];
      let stopping = false;
      // Twenty senders, each delivering one hangup after another on its kept-alive socket.
      const senders = Array.from({ length: 20 }, async () => {
        for (let i = 0; i < 200; i++) {
          const outcome = await deliver(agent, `${base}/webhook/cdr`, JSON.stringify(sampleHangup()));
          outcomes.push(outcome);
          // Once the server stops listening, a new connection is refused: the sender has its answer.
          if (outcome === 'ECONNREFUSED' || (stopping && outcome === '503')) return;
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      stopping = true;
      const code = stopServer(child);
      await Promise.all(senders);
      agent.destroy();
      expect(await code).to.equal(0);
      const resets = outcomes.filter((outcome) => !/^(204|503|ECONNREFUSED)$/.test(outcome));
      expect(resets, `${outcomes.length} deliveries`).to.deep.equal([]);
      expect(outcomes.filter((outcome) => outcome === '204').length).to.be.above(20);
    });
  });

  describe('a restart on the same file', () => {
    it('finds every hangup still there, and takes TELECMI_TOKEN from the environment', async () => {
      const { child, base } = await start({ TELECMI_TOKEN: 'Sesame-42' });
      const hangup = sampleHangup();
      expect((await postJson(`${base}/webhook/cdr`, JSON.stringify(hangup))).status).to.equal(401);
      expect((await postJson(`${base}/webhook/cdr?token=Sesame-42`, JSON.stringify(hangup))).status).to.equal(204);
      expect(await stopServer(child)).to.equal(0);

      const again = await start();
      const res = await fetch(`${again.base}/api/hangups`);
      expect(res.status).to.equal(200);
      const { hangups } = (await res.json()) as { hangups: { event: { cmiuuid: string } }[] };
      expect(hangups.map((stored) => stored.event.cmiuuid)).to.deep.equal([
        hangup.cmiuuid,
        'd965c6e0-5493-44f8-8d7d-b9a8077013a4',
      ]);
      expect(await stopServer(again.child)).to.equal(0);
    });
  });
});
