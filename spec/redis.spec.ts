// Runs against a real redis-server: `npm run test:redis` with REDIS_URL set (see .ci/redis.sh).
// Not part of `npm test`, which must pass where no Redis is installed.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import express from 'express';
import { Cluster, type Redis } from 'ioredis';
import request from 'supertest';
import { telecmiHangup, type DedupeClaim, type DedupeStore, type HangupError } from '../lib/index.js';
import { createRedisStore } from '../lib/redis/index.js';
import { hangupPayload, webhookPath } from './helpers/app.js';
import { connectRedis, PrivateRedis, redisUrl } from './helpers/redis.js';
import type { ParentMessage, WorkerMessage } from './helpers/redis-worker.js';

/** A valid hangup of the given call leg, as JSON text. */
function delivery(cmiuuid: string = randomUUID()): string {
  return JSON.stringify(hangupPayload({ cmiuuid }));
}

function post(target: Parameters<typeof request>[0], body: string) {
  return request(target).post(webhookPath).set('Content-Type', 'application/json').send(body);
}

function tokenOf(claim: DedupeClaim): string {
  expect(claim.state).to.equal('claimed');
  return (claim as { token: string }).token;
}

describe('the Redis store', function () {
  this.timeout(60_000);
  const url = redisUrl();
  let client: Redis;
  let prefix: string;
  let store: DedupeStore;

  before(() => {
    client = connectRedis(url);
  });
  after(async () => {
    await client.quit();
  });
  beforeEach(() => {
    // A prefix per test, so tests sharing the server never see each other's keys.
    prefix = `spec-${randomUUID()}:`;
    store = createRedisStore({ client, prefix });
  });

  describe('its contract', () => {
    it('claims a new key for its first claimer only, with the claim TTL', async () => {
      tokenOf(await store.claim('k', 5_000));
      expect(await store.claim('k', 5_000)).to.deep.equal({ state: 'in_progress' });
      const ttl = await client.pttl(`${prefix}k`);
      expect(ttl).to.be.greaterThan(0).and.at.most(5_000);
    });

    it('answers done after a commit, kept for the committed TTL', async () => {
      await store.commit('k', tokenOf(await store.claim('k', 5_000)), 600_000);
      expect(await store.claim('k', 5_000)).to.deep.equal({ state: 'done' });
      expect(await client.pttl(`${prefix}k`))
        .to.be.greaterThan(5_000)
        .and.at.most(600_000);
    });

    it('lets a released key be claimed afresh', async () => {
      await store.release('k', tokenOf(await store.claim('k', 5_000)));
      expect(await client.exists(`${prefix}k`)).to.equal(0);
      tokenOf(await store.claim('k', 5_000));
    });

    it('lets only the owner of a claim commit or release it', async () => {
      const stale = tokenOf(await store.claim('k', 5_000));
      // The claim lapses and another instance takes the key.
      await client.del(`${prefix}k`);
      const owner = tokenOf(await store.claim('k', 5_000));
      await store.release('k', stale);
      await store.commit('k', stale, 600_000);
      expect(await store.claim('k', 5_000)).to.deep.equal({ state: 'in_progress' });
      await store.commit('k', owner, 600_000);
      expect(await store.claim('k', 5_000)).to.deep.equal({ state: 'done' });
    });

    it('lets a claim lapse by itself after its TTL', async () => {
      tokenOf(await store.claim('k', 30));
      await new Promise((resolve) => setTimeout(resolve, 80));
      tokenOf(await store.claim('k', 30));
    });

    it('commits a key whose claim lapsed when no one else took it', async () => {
      const token = tokenOf(await store.claim('k', 5_000));
      await client.del(`${prefix}k`);
      await store.commit('k', token, 600_000);
      expect(await store.claim('k', 5_000)).to.deep.equal({ state: 'done' });
    });

    it('puts the prefix before every key, and defaults it', async () => {
      tokenOf(await store.claim('k', 5_000));
      expect(await client.get(`${prefix}k`)).to.match(/^p:[0-9a-f-]{36}$/);
      const key = randomUUID();
      const defaulted = createRedisStore({ client });
      await defaulted.release(key, tokenOf(await defaulted.claim(key, 5_000)));
      expect(await client.exists(`telecmi-hangup:${key}`)).to.equal(0);
    });

    it('takes an ioredis Cluster as its client', () => {
      const cluster = new Cluster([{ host: '127.0.0.1', port: 1 }], { lazyConnect: true });
      expect(Object.keys(createRedisStore({ client: cluster })).sort()).to.deep.equal(['claim', 'commit', 'release']);
    });

    it('refuses a client without eval, and a prefix that is not a string', () => {
      expect(() => createRedisStore({ client: {} as Redis })).to.throw(TypeError, /option "client"/);
      expect(() => createRedisStore({ client, prefix: 5 as unknown as string })).to.throw(TypeError, /"prefix"/);
    });
  });

  describe('behind the middleware', () => {
    it("answers a repeat as a 'duplicate'", async () => {
      const hangups = telecmiHangup({ dedupe: { store } });
      let hangupsSeen = 0;
      let duplicates = 0;
      hangups.events.on('hangup', () => void hangupsSeen++);
      hangups.events.on('duplicate', () => void duplicates++);
      const app = express().use(webhookPath, hangups);
      const body = delivery();
      await post(app, body).expect(204);
      await post(app, body).expect(204);
      expect([hangupsSeen, duplicates]).to.deep.equal([1, 1]);
    });
  });

  describe('shared by two apps in separate processes', () => {
    const workers: ChildProcess[] = [];
    afterEach(async () => {
      await Promise.all(workers.splice(0).map(stopWorker));
    });

    /** Starts a worker app on the shared Redis; resolves with its URL and what it reports. */
    async function startWorker(handlingMs: number) {
      const child = fork(join(__dirname, 'helpers', 'redis-worker.ts'), [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, REDIS_URL: url, REDIS_PREFIX: prefix, HANDLING_MS: String(handlingMs) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      workers.push(child);
      const reports: WorkerMessage[] = [];
      child.on('message', (message: WorkerMessage) => void reports.push(message));
      const [message] = (await once(child, 'message')) as [WorkerMessage];
      if (message.type !== 'listening') throw new Error(`worker said ${JSON.stringify(message)}`);
      return { url: `http://127.0.0.1:${message.port}`, reports };
    }

    /** Asks a worker to drain and stop; every message it sent before arrives first. */
    async function stopWorker(child: ChildProcess): Promise<void> {
      if (child.exitCode !== null || !child.connected) return;
      const exited = once(child, 'exit');
      child.send({ type: 'stop' } satisfies ParentMessage);
      await exited;
    }

    it("emits exactly one 'hangup' per delivery sent to both at once", async () => {
      const [one, two] = await Promise.all([startWorker(100), startWorker(100)]);
      if (!one || !two) throw new Error('workers did not start');
      const calls = Array.from({ length: 20 }, () => randomUUID());
      const statuses: number[] = [];
      for (const cmiuuid of calls) {
        const body = delivery(cmiuuid);
        const answers = await Promise.all([post(one.url, body), post(two.url, body)]);
        for (const answer of answers) {
          statuses.push(answer.status);
          if (answer.status === 503) {
            expect(answer.body).to.include({ error: 'in_progress' });
            expect(answer.headers['retry-after']).to.equal('5');
          }
        }
        // The copy that got the claim answers 204; the other waits its turn or is a duplicate.
        expect(answers.map((answer) => answer.status)).to.include(204);
      }
      expect(statuses.filter((status) => status !== 204 && status !== 503)).to.deep.equal([]);

      // TeleCMI's retries of the 503s, and a repeat to each: all are duplicates now.
      for (const cmiuuid of calls) {
        await post(one.url, delivery(cmiuuid)).expect(204);
        await post(two.url, delivery(cmiuuid)).expect(204);
      }
      await Promise.all(workers.splice(0).map(stopWorker));

      const hangups = [...one.reports, ...two.reports].flatMap((m) => (m.type === 'hangup' ? [m.cmiuuid] : []));
      expect(hangups.slice().sort()).to.deep.equal(calls.slice().sort());
      // Copies acknowledged at once (the claim's 204 aside), and every repeat afterwards.
      const acknowledgedCopies = statuses.filter((status) => status === 204).length - calls.length;
      const duplicates = [...one.reports, ...two.reports].filter((m) => m.type === 'duplicate');
      expect(duplicates).to.have.length(acknowledgedCopies + 2 * calls.length);
      expect([...one.reports, ...two.reports].filter((m) => m.type === 'error')).to.deep.equal([]);
    });
  });

  describe('in the docs', () => {
    const root = join(__dirname, '..');
    const scratch = join(root, 'spec', 'artifacts', 'readme-redis');
    after(() => rmSync(scratch, { recursive: true, force: true }));

    // Fenced ```js redis, so spec/readme.spec.ts (no Redis there) leaves them to this spec. They
    // import the build (`npm run build` first) through the package's own name.
    it('has Redis snippets that run and acknowledge a delivery', () => {
      const readme = readFileSync(join(root, 'docs', 'delivery.md'), 'utf8');
      const snippets = [...readme.matchAll(/^```js redis\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
      expect(snippets, 'docs/delivery.md has no ```js redis snippet').to.have.length.at.least(1);
      mkdirSync(scratch, { recursive: true });
      snippets.forEach((code, i) => {
        const file = join(scratch, `snippet-${i}.mjs`);
        writeFileSync(file, code);
        const output = execFileSync(
          process.execPath,
          ['--require', join(__dirname, 'helpers', 'readme-preload.cjs'), file],
          {
            cwd: root,
            encoding: 'utf8',
            env: { ...process.env, REDIS_URL: url, PORT: '0' },
          },
        );
        expect(output).to.match(/^snippet-answer 204$/m);
      });
    });
  });

  describe('when Redis dies mid-run', () => {
    let redis: PrivateRedis;
    before(async () => {
      redis = await PrivateRedis.start();
    });
    after(async () => {
      await redis.stop();
    });

    it('loses no delivery: each one is still handled and acknowledged', async () => {
      const redisClient = connectRedis(redis.url);
      const hangups = telecmiHangup({ dedupe: { store: createRedisStore({ client: redisClient }), timeout: 250 } });
      const delivered = new Set<string>();
      const errors: HangupError[] = [];
      hangups.events.on('hangup', async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        delivered.add(event.cmiuuid);
      });
      hangups.events.on('error', (error) => void errors.push(error));
      const app = express().use(webhookPath, hangups);

      const calls = Array.from({ length: 60 }, () => randomUUID());
      const answered = new Map<string, number>();
      for (let batch = 0; batch < 15; batch++) {
        if (batch === 5) await redis.kill();
        if (batch === 10) await redis.restart();
        const slice = calls.slice(batch * 4, batch * 4 + 4);
        const answers = await Promise.all(slice.map((cmiuuid) => post(app, delivery(cmiuuid))));
        answers.forEach((answer, i) => answered.set(slice[i] as string, answer.status));
      }

      // A duplicate beats a loss: with Redis down each delivery was still handled, and acknowledged.
      expect(calls.filter((cmiuuid) => answered.get(cmiuuid) !== 204)).to.deep.equal([]);
      expect(calls.filter((cmiuuid) => !delivered.has(cmiuuid))).to.deep.equal([]);
      // Redis was down for a third of the run, and each failure reached 'error'.
      expect(errors.length).to.be.at.least(20);
      expect(new Set(errors.map((error) => error.code))).to.deep.equal(new Set(['dedupe_unavailable']));

      // Back up, it dedupes again.
      if (redisClient.status !== 'ready') await once(redisClient, 'ready');
      const body = delivery();
      await post(app, body).expect(204);
      let duplicates = 0;
      hangups.events.on('duplicate', () => void duplicates++);
      await post(app, body).expect(204);
      expect(duplicates).to.equal(1);
      await hangups.close();
      redisClient.disconnect();
    });
  });
});
