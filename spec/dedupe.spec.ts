import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { expect } from 'chai';
import request from 'supertest';
import {
  createMemoryStore,
  defaultDedupeKey,
  telecmiHangup,
  type DedupeClaim,
  type DedupeStore,
  type HangupError,
  type HangupEvent,
  type HangupMiddleware,
  type HangupOptions,
  type TelecmiNotification,
} from '../lib/index.js';
import { createRedisStore, type RedisStoreOptions } from '../lib/redis/index.js';
import { buildApp, fixtureText, flavours, hangupPayload, webhookPath, type ExpressApp } from './helpers/app.js';
import { collectGarbage } from './helpers/gc.js';

/** A valid hangup of a new call leg, as JSON text. */
function delivery(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify(hangupPayload({ cmiuuid: randomUUID(), ...overrides }));
}

function post(app: RequestListener, body: string) {
  return request(app).post(webhookPath).set('Content-Type', 'application/json').send(body);
}

/** What a middleware emitted. */
function record(hangups: HangupMiddleware) {
  const seen = { hangup: [] as HangupEvent[], duplicate: [] as TelecmiNotification[], errors: [] as HangupError[] };
  hangups.events.on('hangup', (event) => void seen.hangup.push(event));
  hangups.events.on('duplicate', (event) => void seen.duplicate.push(event));
  hangups.events.on('error', (error) => void seen.errors.push(error));
  return seen;
}

/** A promise and the functions that settle it, for listeners and stores the test answers for. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Resolves when `predicate` holds, checking after each turn of the event loop (at most 200). */
async function until(predicate: () => boolean): Promise<void> {
  for (let turn = 0; turn < 200 && !predicate(); turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(predicate()).to.equal(true);
}

/** A store that records every call and answers as the test says. */
function scriptedStore(answers: Partial<DedupeStore> = {}) {
  const calls: { method: keyof DedupeStore; args: unknown[] }[] = [];
  const memory = createMemoryStore();
  const store: DedupeStore = {
    claim: (key, ttl) => {
      calls.push({ method: 'claim', args: [key, ttl] });
      return (answers.claim ?? memory.claim)(key, ttl);
    },
    commit: (key, token, ttl) => {
      calls.push({ method: 'commit', args: [key, token, ttl] });
      return (answers.commit ?? memory.commit)(key, token, ttl);
    },
    release: (key, token) => {
      calls.push({ method: 'release', args: [key, token] });
      return (answers.release ?? memory.release)(key, token);
    },
  };
  return { store, calls };
}

describe('dedupe', () => {
  describe('the memory store', () => {
    function storeAt(options: { maxKeys?: number } = {}) {
      const clock = { time: 1_000 };
      return { clock, store: createMemoryStore({ ...options, now: () => clock.time }) };
    }

    function claimed(claim: DedupeClaim): string {
      expect(claim.state).to.equal('claimed');
      return (claim as { token: string }).token;
    }

    it('hands a new key to its first claimer and tells later ones it is in progress', () => {
      const { store } = storeAt();
      claimed(store.claim('k', 1_000));
      expect(store.claim('k', 1_000)).to.deep.equal({ state: 'in_progress' });
    });

    it('answers done once the owner commits', () => {
      const { store } = storeAt();
      store.commit('k', claimed(store.claim('k', 1_000)), 60_000);
      expect(store.claim('k', 1_000)).to.deep.equal({ state: 'done' });
    });

    it('lets a released key be claimed afresh, under a new token', () => {
      const { store } = storeAt();
      const first = claimed(store.claim('k', 1_000));
      store.release('k', first);
      expect(claimed(store.claim('k', 1_000))).not.to.equal(first);
    });

    it('ignores a release or commit by a token that does not hold the key', () => {
      const { store, clock } = storeAt();
      const stale = claimed(store.claim('k', 1_000));
      clock.time += 1_001;
      const owner = claimed(store.claim('k', 1_000));
      store.release('k', stale);
      store.commit('k', stale, 60_000);
      expect(store.claim('k', 1_000)).to.deep.equal({ state: 'in_progress' });
      store.commit('k', owner, 60_000);
      expect(store.claim('k', 1_000)).to.deep.equal({ state: 'done' });
    });

    it('lets a claim lapse after its TTL, so a dead owner does not hold the key', () => {
      const { store, clock } = storeAt();
      claimed(store.claim('k', 500));
      clock.time += 499;
      expect(store.claim('k', 500).state).to.equal('in_progress');
      clock.time += 1;
      claimed(store.claim('k', 500));
    });

    it('forgets a committed key after the committed TTL', () => {
      const { store, clock } = storeAt();
      store.commit('k', claimed(store.claim('k', 500)), 10_000);
      clock.time += 9_999;
      expect(store.claim('k', 500).state).to.equal('done');
      clock.time += 1;
      claimed(store.claim('k', 500));
    });

    it('commits a key whose claim lapsed when no one else took it', () => {
      const { store, clock } = storeAt();
      const token = claimed(store.claim('k', 500));
      clock.time += 600;
      store.commit('k', token, 10_000);
      expect(store.claim('k', 500).state).to.equal('done');
    });

    it('sweeps expired keys from the front on the next call', () => {
      const { store, clock } = storeAt();
      for (const key of ['a', 'b', 'c']) store.commit(key, claimed(store.claim(key, 500)), 1_000);
      expect(store.size).to.equal(3);
      clock.time += 1_000;
      claimed(store.claim('d', 500));
      expect(store.size).to.equal(1);
      // Once emptied, the store still sweeps the keys added after.
      clock.time += 500;
      claimed(store.claim('e', 500));
      expect(store.size).to.equal(1);
    });

    it('keeps at most maxKeys keys, forgetting the oldest first', () => {
      const { store } = storeAt({ maxKeys: 3 });
      for (const key of ['a', 'b', 'c', 'd']) store.commit(key, claimed(store.claim(key, 500)), 60_000);
      expect(store.size).to.equal(3);
      expect(store.claim('d', 500).state).to.equal('done');
      expect(store.claim('b', 500).state).to.equal('done');
      claimed(store.claim('a', 500));
      expect(store.size).to.equal(3);
    });

    it('when full, forgets the oldest eighth of its keys at once, and finds every other', () => {
      const { store } = storeAt({ maxKeys: 16 });
      const keys = Array.from({ length: 16 }, (_, i) => `k${i}`);
      for (const key of keys) store.commit(key, claimed(store.claim(key, 500)), 60_000);
      expect(store.size).to.equal(16);
      for (const key of keys) expect(store.claim(key, 500).state, key).to.equal('done');
      claimed(store.claim('k16', 500));
      // The two oldest (16 / 8) went together; the rest, new or moved to the older keys, are there.
      expect(store.size).to.equal(15);
      for (const key of keys.slice(2)) expect(store.claim(key, 500).state, key).to.equal('done');
      claimed(store.claim('k0', 500));
    });

    it('never holds more than maxKeys keys, whatever comes', () => {
      const { store, clock } = storeAt({ maxKeys: 100 });
      let most = 0;
      for (let i = 0; i < 5_000; i++) {
        clock.time += i % 7;
        const token = claimed(store.claim(`k${i}`, 500));
        if (i % 3 === 0) store.release(`k${i}`, token);
        else store.commit(`k${i}`, token, 60_000);
        most = Math.max(most, store.size);
      }
      expect(most).to.equal(100);
      expect(store.size).to.be.within(88, 100);
    });

    it('stays small however often claims overlap and are released', () => {
      const { store } = storeAt({ maxKeys: 8 });
      store.commit('kept', claimed(store.claim('kept', 500)), 60_000);
      const gc = collectGarbage();
      gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < 50_000; i++) {
        const first = claimed(store.claim(`a${i}`, 500));
        const second = claimed(store.claim(`b${i}`, 500));
        store.release(`a${i}`, first);
        store.release(`b${i}`, second);
      }
      expect(store.size).to.equal(1);
      expect(store.claim('kept', 500).state).to.equal('done');
      // Released keys go at once: when emptied generations stayed, this run left tens of megabytes of empty Maps.
      gc();
      expect(process.memoryUsage().heapUsed - before).to.be.below(256 * 1024);
    });

    it('drops the older keys once every one of them has expired, while newer ones stay', () => {
      const { store, clock } = storeAt({ maxKeys: 16 });
      for (const key of ['a', 'b']) store.commit(key, claimed(store.claim(key, 500)), 1_000);
      clock.time += 500;
      for (const key of ['c', 'd']) store.commit(key, claimed(store.claim(key, 500)), 1_000);
      clock.time += 500;
      claimed(store.claim('e', 500));
      expect(store.size).to.equal(3);
      expect(store.claim('c', 500).state).to.equal('done');
    });

    it('trims the expired among the older keys when the next batch moves to them', () => {
      const { store, clock } = storeAt({ maxKeys: 16 });
      for (const key of ['a', 'b']) store.commit(key, claimed(store.claim(key, 500)), 1_000);
      for (const key of ['c', 'd', 'e', 'f']) store.commit(key, claimed(store.claim(key, 500)), 60_000);
      expect(store.size).to.equal(6);
      clock.time += 1_000;
      claimed(store.claim('g', 500));
      expect(store.size).to.equal(5);
      for (const key of ['c', 'd', 'e', 'f']) expect(store.claim(key, 500).state, key).to.equal('done');
      claimed(store.claim('a', 500));
    });

    it('forgets an expired key that is not at the front', () => {
      const { store, clock } = storeAt();
      claimed(store.claim('long', 60_000));
      store.commit('short', claimed(store.claim('short', 60_000)), 1_000);
      clock.time += 1_000;
      claimed(store.claim('short', 500));
      expect(store.claim('long', 500).state).to.equal('in_progress');
    });

    it('counts a key claimed again after its release as the newest', () => {
      const { store } = storeAt({ maxKeys: 2 });
      store.release('a', claimed(store.claim('a', 60_000)));
      claimed(store.claim('b', 60_000));
      claimed(store.claim('a', 60_000));
      // No room for 'c': 'b' is the oldest now and goes.
      claimed(store.claim('c', 60_000));
      expect(store.size).to.equal(2);
      expect(store.claim('a', 500).state).to.equal('in_progress');
      claimed(store.claim('b', 500));
    });

    it('answers synchronously and starts no timer', () => {
      const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
      const before = timers();
      const store = createMemoryStore();
      const claim = store.claim('k', 1_000);
      expect(claim).not.to.be.instanceOf(Promise);
      expect(store.commit('k', (claim as { token: string }).token, 60_000)).to.equal(undefined);
      expect(store.release('k', 'other')).to.equal(undefined);
      expect(timers()).to.equal(before);
    });

    it('refuses a maxKeys that is not a positive integer', () => {
      expect(() => createMemoryStore({ maxKeys: 0 })).to.throw(TypeError, /maxKeys/);
      expect(() => createMemoryStore({ maxKeys: 1.5 })).to.throw(TypeError, /maxKeys/);
    });
  });

  describe('the default key', () => {
    it('is cmiuuid, leg and status', () => {
      const event = { ...hangupPayload(), cmiuuid: 'abc', leg: 'b' } as unknown as HangupEvent;
      expect(defaultDedupeKey(event)).to.equal('abc:b:hangup');
    });

    it('reaches the store as a SHA-256 when it is longer than 128 characters', async () => {
      const { store, calls } = scriptedStore();
      const { app } = buildApp('node:http', { dedupe: { store } });
      await post(app, delivery({ cmiuuid: 'x'.repeat(500) })).expect(204);
      await post(app, delivery({ cmiuuid: 'short' })).expect(204);
      expect(calls[0]?.args[0]).to.match(/^sha256:[0-9a-f]{64}$/);
      expect(calls.find((call) => call.method === 'claim' && call.args[0] === 'short:a:hangup')).to.not.equal(
        undefined,
      );
    });
  });

  for (const flavour of flavours) {
    describe(`on ${flavour}`, () => {
      it("acknowledges a repeat with a 2xx and emits 'duplicate', not a second 'hangup'", async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups);
        const body = delivery();
        await post(app, body).expect(204);
        await post(app, body).expect(204);
        expect(seen.hangup).to.have.length(1);
        expect(seen.duplicate).to.have.length(1);
        expect(seen.duplicate[0]?.cmiuuid).to.equal(seen.hangup[0]?.cmiuuid);
      });

      it('handles the other leg and another call as deliveries of their own', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups);
        const cmiuuid = randomUUID();
        await post(app, delivery({ cmiuuid })).expect(204);
        await post(app, delivery({ cmiuuid, leg: 'b', to: undefined, from: '442000000002' })).expect(204);
        await post(app, delivery()).expect(204);
        expect(seen.hangup).to.have.length(3);
        expect(seen.duplicate).to.have.length(0);
      });

      it('answers a copy that arrives while the first is handled 503 in_progress with Retry-After', async () => {
        const { app, hangups } = buildApp(flavour, { retryAfter: 7 });
        const seen = record(hangups);
        const slow = deferred();
        hangups.events.on('hangup', () => slow.promise);
        const body = delivery();
        const first = post(app, body).then((res) => res);
        await until(() => seen.hangup.length === 1);
        const copy = await post(app, body).expect(503);
        expect(copy.body).to.include({ error: 'in_progress' });
        expect(copy.headers['retry-after']).to.equal('7');
        slow.resolve();
        expect((await first).status).to.equal(204);
        await post(app, body).expect(204);
        expect(seen.hangup).to.have.length(1);
        expect(seen.duplicate).to.have.length(1);
      });

      it('handles the retry of a delivery whose listener failed', async () => {
        const { app, hangups } = buildApp(flavour);
        const seen = record(hangups);
        let calls = 0;
        hangups.events.on('hangup', () => {
          if (++calls === 1) throw new Error('database down');
        });
        const body = delivery();
        await post(app, body).expect(500);
        await post(app, body).expect(204);
        await post(app, body).expect(204);
        expect(seen.hangup).to.have.length(2);
        expect(seen.duplicate).to.have.length(1);
      });

      it('handles the retry of a delivery whose listener timed out', async () => {
        const { app, hangups } = buildApp(flavour, { handlerTimeout: 20 });
        const seen = record(hangups);
        hangups.events.once('hangup', () => new Promise(() => undefined));
        const body = delivery();
        const timedOut = await post(app, body).expect(500);
        expect(timedOut.body).to.include({ error: 'handler_timeout' });
        await post(app, body).expect(204);
        expect(seen.hangup).to.have.length(2);
      });

      it('uses the key function the host gives', async () => {
        const { app, hangups } = buildApp(flavour, { dedupe: { key: (event) => String(event.conversation_uuid) } });
        const seen = record(hangups);
        const conversation_uuid = randomUUID();
        await post(app, delivery({ conversation_uuid })).expect(204);
        await post(app, delivery({ conversation_uuid })).expect(204);
        expect(seen.hangup).to.have.length(1);
        expect(seen.duplicate).to.have.length(1);
      });

      it("emits every copy as 'hangup' with dedupe: false", async () => {
        const { app, hangups } = buildApp(flavour, { dedupe: false });
        const seen = record(hangups);
        const body = delivery();
        await post(app, body).expect(204);
        await post(app, body).expect(204);
        expect(seen.hangup).to.have.length(2);
        expect(seen.duplicate).to.have.length(0);
      });

      it("delivers anyway and reports 'dedupe_unavailable' when the store throws", async () => {
        const store: DedupeStore = {
          claim: () => {
            throw new Error('store down');
          },
          commit: () => undefined,
          release: () => undefined,
        };
        const { app, hangups } = buildApp(flavour, { dedupe: { store } });
        const seen = record(hangups);
        await post(app, delivery()).expect(204);
        expect(seen.hangup).to.have.length(1);
        expect(seen.errors.map((error) => error.code)).to.deep.equal(['dedupe_unavailable']);
        expect((seen.errors[0]?.cause as Error).message).to.equal('store down');
      });

      it('delivers anyway, within dedupe.timeout, when the store never answers', async () => {
        const store: DedupeStore = {
          claim: () => new Promise<DedupeClaim>(() => undefined),
          commit: () => undefined,
          release: () => undefined,
        };
        const { app, hangups } = buildApp(flavour, { dedupe: { store, timeout: 30 } });
        const seen = record(hangups);
        // The store hangs for ever: an answer at all means the wait was bounded.
        await post(app, delivery()).timeout(5_000).expect(204);
        expect(seen.hangup).to.have.length(1);
        expect(seen.errors.map((error) => error.code)).to.deep.equal(['dedupe_unavailable']);
      });
    });
  }

  describe('the claim', () => {
    it('asks for a claim TTL that outlasts the listeners and the commit', async () => {
      const { store, calls } = scriptedStore();
      const { app } = buildApp('node:http', { handlerTimeout: 3_000, dedupe: { store, timeout: 200, ttl: 60_000 } });
      await post(app, delivery({ cmiuuid: 'c1' })).expect(204);
      expect(calls.map((call) => [call.method, ...call.args.filter((arg) => typeof arg !== 'string')])).to.deep.equal([
        ['claim', 3_000 + 2 * 200 + 1_000],
        ['commit', 60_000],
      ]);
      expect(calls[1]?.args[0]).to.equal('c1:a:hangup');
    });

    it('is released, not committed, when the listener fails', async () => {
      const { store, calls } = scriptedStore();
      const { app, hangups } = buildApp('node:http', { dedupe: { store } });
      hangups.events.on('hangup', () => Promise.reject(new Error('no')));
      hangups.events.on('error', () => undefined);
      await post(app, delivery()).expect(500);
      expect(calls.map((call) => call.method)).to.deep.equal(['claim', 'release']);
      const key = calls[0]?.args[0] as string;
      expect(calls[1]?.args[0]).to.equal(key);
      // Released by its owner's token: the key is free again.
      expect((await store.claim(key, 1_000)).state).to.equal('claimed');
    });

    it('still acknowledges, and reports, when the commit fails', async () => {
      const { store } = scriptedStore({ commit: () => Promise.reject(new Error('commit lost')) });
      const { app, hangups } = buildApp('node:http', { dedupe: { store } });
      const seen = record(hangups);
      await post(app, delivery()).expect(204);
      expect(seen.hangup).to.have.length(1);
      expect(seen.errors.map((error) => [error.code, (error.cause as Error).message])).to.deep.equal([
        ['dedupe_unavailable', 'commit lost'],
      ]);
    });

    it('is settled with the outcome when it lands after its timeout', async () => {
      const late = deferred<DedupeClaim>();
      const { store, calls } = scriptedStore({ claim: () => late.promise });
      const { app, hangups } = buildApp('node:http', { dedupe: { store, timeout: 20 } });
      const seen = record(hangups);
      await post(app, delivery({ cmiuuid: 'late' })).expect(204);
      expect(seen.hangup).to.have.length(1);
      late.resolve({ state: 'claimed', token: 'late-token' });
      await until(() => calls.some((call) => call.method === 'commit'));
      expect(calls.find((call) => call.method === 'commit')?.args.slice(0, 2)).to.deep.equal([
        'late:a:hangup',
        'late-token',
      ]);
    });

    it('is reported with its reason when the store rejects', async () => {
      const { store } = scriptedStore({ claim: () => Promise.reject(new Error('READONLY replica')) });
      const { app, hangups } = buildApp('node:http', { dedupe: { store } });
      const seen = record(hangups);
      await post(app, delivery()).expect(204);
      expect(seen.hangup).to.have.length(1);
      expect(seen.errors.map((error) => (error.cause as Error).message)).to.deep.equal(['READONLY replica']);
    });

    it('reports a store that rejects with something not an Error as an Error', async () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test
      const { store } = scriptedStore({ claim: () => Promise.reject('gone') });
      const { app, hangups } = buildApp('node:http', { dedupe: { store } });
      const seen = record(hangups);
      await post(app, delivery()).expect(204);
      expect(seen.errors[0]?.cause).to.be.instanceOf(Error).with.property('message', 'gone');
    });

    it('still answers, and reports, when the release throws', async () => {
      const { store } = scriptedStore({
        release: () => {
          throw new Error('release lost');
        },
      });
      const { app, hangups } = buildApp('node:http', { dedupe: { store } });
      const seen = record(hangups);
      hangups.events.on('hangup', () => {
        throw new Error('listener failed');
      });
      await post(app, delivery()).expect(500);
      expect(seen.errors.map((error) => error.code)).to.deep.equal(['handler_failed', 'dedupe_unavailable']);
      expect(seen.errors[1]?.message).to.match(/did not release/);
    });

    it('is left alone when it lands late but finds the key taken', async () => {
      const late = deferred<DedupeClaim>();
      const { store, calls } = scriptedStore({ claim: () => late.promise });
      const { app, hangups } = buildApp('node:http', { dedupe: { store, timeout: 20 } });
      record(hangups);
      await post(app, delivery()).expect(204);
      late.resolve({ state: 'in_progress' });
      await new Promise((resolve) => setImmediate(resolve));
      expect(calls.map((call) => call.method)).to.deep.equal(['claim']);
    });

    it('is released when it lands late and the delivery failed', async () => {
      const late = deferred<DedupeClaim>();
      const { store, calls } = scriptedStore({ claim: () => late.promise });
      const { app, hangups } = buildApp('node:http', { dedupe: { store, timeout: 20 } });
      record(hangups);
      hangups.events.on('hangup', () => Promise.reject(new Error('no')));
      await post(app, delivery({ cmiuuid: 'late-fail' })).expect(500);
      late.resolve({ state: 'claimed', token: 'late-token' });
      await until(() => calls.some((call) => call.method === 'release'));
      expect(calls.find((call) => call.method === 'release')?.args).to.deep.equal(['late-fail:a:hangup', 'late-token']);
    });

    it('is treated as unavailable when the store answers something else', async () => {
      const { store } = scriptedStore({ claim: () => ({ state: 'maybe' }) as unknown as DedupeClaim });
      const { app, hangups } = buildApp('node:http', { dedupe: { store } });
      const seen = record(hangups);
      await post(app, delivery()).expect(204);
      expect(seen.hangup).to.have.length(1);
      expect(seen.errors.map((error) => error.code)).to.deep.equal(['dedupe_unavailable']);
    });

    it('is skipped, and reported, when the key function throws or returns no string', async () => {
      for (const key of [
        () => {
          throw new Error('no key');
        },
        () => '' as string,
        () => 42 as unknown as string,
      ]) {
        const { app, hangups } = buildApp('node:http', { dedupe: { key } });
        const seen = record(hangups);
        const body = delivery();
        await post(app, body).expect(204);
        await post(app, body).expect(204);
        expect(seen.hangup).to.have.length(2);
        expect(seen.errors.map((error) => error.code)).to.deep.equal(['dedupe_unavailable', 'dedupe_unavailable']);
      }
    });
  });

  describe('with other options', () => {
    it('acknowledges first and commits once the listeners settle, with awaitHandlers: false', async () => {
      const { app, hangups } = buildApp('express5', { awaitHandlers: false });
      const seen = record(hangups);
      const slow = deferred();
      hangups.events.on('hangup', () => slow.promise);
      const body = delivery();
      await post(app, body).expect(204);
      await post(app, body).expect(503);
      slow.resolve();
      await until(() => seen.hangup.length === 1);
      await new Promise((resolve) => setImmediate(resolve));
      await post(app, body).expect(204);
      expect(seen.duplicate).to.have.length(1);
    });

    it('releases, with awaitHandlers: false, when the listener fails', async () => {
      const { app, hangups } = buildApp('express5', { awaitHandlers: false });
      const seen = record(hangups);
      const failing = deferred();
      hangups.events.once('hangup', () => failing.promise);
      const body = delivery();
      await post(app, body).expect(204);
      failing.reject(new Error('lost'));
      await until(() => seen.errors.length === 1);
      await new Promise((resolve) => setImmediate(resolve));
      await post(app, body).expect(204);
      expect(seen.hangup).to.have.length(2);
    });

    it('commits only when the handler behind it answers 2xx, with passThrough', async () => {
      let status = 500;
      const after = (app: ExpressApp) =>
        app.post(webhookPath, (_req: unknown, res: { sendStatus(s: number): void }) => res.sendStatus(status));
      const { app, hangups } = buildApp('express5', { passThrough: true }, { after });
      const seen = record(hangups);
      const body = delivery();
      await post(app, body).expect(500);
      status = 200;
      await post(app, body).expect(200);
      // The repeat is answered by the middleware itself: the handler behind it never sees it.
      status = 500;
      await post(app, body).expect(204);
      expect(seen.hangup).to.have.length(2);
      expect(seen.duplicate).to.have.length(1);
    });

    it("does not dedupe notifications that are only 'ignored'", async () => {
      const { app, hangups } = buildApp('node:http');
      let ignored = 0;
      hangups.events.on('ignored', () => void ignored++);
      const body = fixtureText('piopiy-out-answered.json');
      await post(app, body).expect(204);
      await post(app, body).expect(204);
      expect(ignored).to.equal(2);
    });

    it("still acknowledges a repeat when a 'duplicate' listener fails", async () => {
      const { app, hangups } = buildApp('node:http');
      const seen = record(hangups);
      hangups.events.on('duplicate', () => Promise.reject(new Error('audit log down')));
      const body = delivery();
      await post(app, body).expect(204);
      await post(app, body).expect(204);
      expect(seen.errors.map((error) => error.code)).to.deep.equal(['handler_failed']);
    });

    it('lets close() wait for a delivery that holds a claim', async () => {
      const { app, hangups } = buildApp('node:http');
      const slow = deferred();
      let started = false;
      hangups.events.on('hangup', () => {
        started = true;
        return slow.promise;
      });
      const answer = post(app, delivery()).then((res) => res.status);
      await until(() => started);
      let closed = false;
      const closing = hangups.close().then(() => (closed = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(closed).to.equal(false);
      slow.resolve();
      await closing;
      expect(await answer).to.equal(204);
    });
  });

  describe('the Redis store, on a stand-in client', () => {
    /** A client whose `eval` records its arguments and answers `answer`. */
    function client(answer: unknown) {
      const calls: unknown[][] = [];
      return {
        calls,
        eval: (...args: unknown[]) => {
          calls.push(args);
          return Promise.resolve(answer);
        },
      };
    }

    it('claims with one script call: the prefixed key, an owner token and the TTL', async () => {
      const redis = client('claimed');
      const claim = await createRedisStore({ client: redis, prefix: 'app:' }).claim('k', 1_500);
      expect(claim.state).to.equal('claimed');
      const [script, keys, key, owner, ttl] = redis.calls[0] ?? [];
      expect([keys, key, owner, ttl]).to.deep.equal([1, 'app:k', `p:${(claim as { token: string }).token}`, 1_500]);
      expect(script).to.include("'NX', 'PX'");
    });

    it('tells done and in_progress apart, and refuses any other answer', async () => {
      expect(await createRedisStore({ client: client('done') }).claim('k', 1)).to.deep.equal({ state: 'done' });
      expect(await createRedisStore({ client: client('in_progress') }).claim('k', 1)).to.deep.equal({
        state: 'in_progress',
      });
      let failure: unknown;
      await createRedisStore({ client: client(null) })
        .claim('k', 1)
        .catch((error: unknown) => (failure = error));
      expect((failure as Error).message).to.match(/claim script with null/);
    });

    it('commits and releases under the default prefix with the owner token', async () => {
      const redis = client(1);
      const store = createRedisStore({ client: redis });
      await store.commit('k', 'tok', 60_000);
      await store.release('k', 'tok');
      expect(redis.calls.map((args) => args.slice(1))).to.deep.equal([
        [1, 'telecmi-hangup:k', 'p:tok', 60_000],
        [1, 'telecmi-hangup:k', 'p:tok'],
      ]);
    });

    it('refuses options without a client that has eval, or a prefix that is not a string', () => {
      expect(() => createRedisStore(undefined as unknown as RedisStoreOptions)).to.throw(TypeError, /"client"/);
      expect(() => createRedisStore({} as RedisStoreOptions)).to.throw(TypeError, /option "client"/);
      expect(() => createRedisStore({ client: client(1), prefix: 1 as unknown as string })).to.throw(/"prefix"/);
    });
  });

  describe('the option', () => {
    const cases: [string, unknown, RegExp][] = [
      ['a string', 'yes', /option "dedupe" must be false, true or an object/],
      ['an unknown field', { size: 3 }, /unknown option "dedupe\.size"/],
      ['a store without methods', { store: {} }, /"dedupe\.store" must have claim, commit and release/],
      ['a key that is not a function', { key: 'cmiuuid' }, /"dedupe\.key" must be a function/],
      ['a ttl of 0', { ttl: 0 }, /"dedupe\.ttl" must be an integer from 1 to/],
      ['a fractional timeout', { timeout: 1.5 }, /"dedupe\.timeout" must be an integer/],
      ['maxKeys with a store', { store: createMemoryStore(), maxKeys: 5 }, /"dedupe\.maxKeys" sizes the built-in/],
      ['a negative maxKeys', { maxKeys: -1 }, /"dedupe\.maxKeys" must be an integer/],
    ];
    for (const [what, dedupe, message] of cases) {
      it(`refuses ${what} at the factory call`, () => {
        expect(() => telecmiHangup({ dedupe } as HangupOptions)).to.throw(TypeError, message);
      });
    }

    it('takes true as the defaults', async () => {
      const { app, hangups } = buildApp('node:http', { dedupe: true });
      const seen = record(hangups);
      const body = delivery();
      await post(app, body).expect(204);
      await post(app, body).expect(204);
      expect(seen.duplicate).to.have.length(1);
    });
  });
});
