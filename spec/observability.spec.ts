import { channel, tracingChannel } from 'node:diagnostics_channel';
import { expect } from 'chai';
import request from 'supertest';
import {
  HangupError,
  type DedupeStoreCall,
  type DeliveryTrace,
  type HangupOptions,
  type HostName,
} from '../lib/index.js';
import { buildApp, fixtureText, flavours, hangupPayload, webhookPath, type Flavour } from './helpers/app.js';

const json = 'application/json';

const hostNames: Record<Flavour, HostName> = {
  express5: 'node',
  express4: 'node',
  'node:http': 'node',
  fastify: 'fastify',
  fetch: 'fetch',
  'lambda-v1': 'lambda',
  'lambda-v2': 'lambda',
  'lambda-url': 'lambda',
};

type TraceEvent = 'start' | 'end' | 'asyncStart' | 'asyncEnd' | 'error';

/** What the delivery channel published: each delivery's context, and the events it came with. */
function watchDeliveries() {
  const deliveries = new Map<DeliveryTrace, TraceEvent[]>();
  const waiting: { count: number; resolve: () => void }[] = [];
  const note = (name: TraceEvent) => (message: unknown) => {
    const trace = message as DeliveryTrace;
    const events = deliveries.get(trace) ?? [];
    deliveries.set(trace, [...events, name]);
    if (name !== 'asyncEnd') return;
    const over = [...deliveries.values()].filter((seen) => seen.includes('asyncEnd')).length;
    for (const wait of waiting.filter((w) => w.count <= over)) wait.resolve();
  };
  const subscribers = {
    start: note('start'),
    end: note('end'),
    asyncStart: note('asyncStart'),
    asyncEnd: note('asyncEnd'),
    error: note('error'),
  };
  const delivery = tracingChannel('telecmi-hangup:delivery');
  delivery.subscribe(subscribers);
  return {
    deliveries,
    /** Resolves once `count` deliveries are over: a `fetch` or Lambda answer comes before its end. */
    over: (count: number) =>
      new Promise<DeliveryTrace[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fewer than ${count} deliveries ended`)), 2_000);
        const done = () => {
          clearTimeout(timer);
          resolve([...deliveries.keys()]);
        };
        if ([...deliveries.values()].filter((seen) => seen.includes('asyncEnd')).length >= count) done();
        else waiting.push({ count, resolve: done });
      }),
    stop: () => delivery.unsubscribe(subscribers),
  };
}

/** What the dedupe channel published. */
function watchStore() {
  const calls: DedupeStoreCall[] = [];
  const onCall = (message: unknown) => void calls.push(message as DedupeStoreCall);
  channel('telecmi-hangup:dedupe').subscribe(onCall);
  return { calls, stop: () => channel('telecmi-hangup:dedupe').unsubscribe(onCall) };
}

/** The fields of a context to compare: not its request, nor the `result` the channel adds. */
function fieldsOf(trace: DeliveryTrace) {
  const { host, kind, outcome, status, code, dedupeKey, listenerDuration, error } = trace;
  const timed = typeof listenerDuration === 'number' && listenerDuration >= 0;
  return { host, kind, outcome, status, code, dedupeKey, timed, failedWith: error };
}

const seed = fixtureText('current-docs-leg-a.json');
const { cmiuuid } = JSON.parse(seed) as { cmiuuid: string };

for (const flavour of flavours) {
  describe(`the delivery channel in ${flavour}`, () => {
    let watch: ReturnType<typeof watchDeliveries>;
    let store: ReturnType<typeof watchStore>;
    beforeEach(() => {
      watch = watchDeliveries();
      store = watchStore();
    });
    afterEach(() => {
      watch.stop();
      store.stop();
    });

    function deliver(options?: HangupOptions) {
      const { app, hangups } = buildApp(flavour, options);
      hangups.events.on('error', () => undefined);
      return { post: () => request(app).post(webhookPath).type(json), hangups };
    }

    it('traces an accepted delivery, then its duplicate, from start to asyncEnd', async () => {
      const { post, hangups } = deliver();
      let listenerSaw: unknown;
      hangups.events.on('hangup', (_event, req) => void (listenerSaw = req));
      await post().send(seed).expect(204);
      await post().send(seed).expect(204);
      const [accepted, duplicate] = (await watch.over(2)) as [DeliveryTrace, DeliveryTrace];
      const common = { host: hostNames[flavour], kind: 'outgoing.hangup', status: 204, code: undefined };
      const dedupeKey = `${cmiuuid}:a:hangup`;
      expect(fieldsOf(accepted)).to.deep.equal({
        ...common,
        outcome: 'accepted',
        dedupeKey,
        timed: true,
        failedWith: undefined,
      });
      expect(fieldsOf(duplicate)).to.deep.equal({
        ...common,
        outcome: 'duplicate',
        dedupeKey,
        timed: false,
        failedWith: undefined,
      });
      expect(accepted.request, 'the host’s own request').to.equal(listenerSaw);
      for (const events of watch.deliveries.values())
        expect(events).to.deep.equal(['start', 'end', 'asyncStart', 'asyncEnd']);
      expect(store.calls.map(({ operation, key, outcome }) => ({ operation, key, outcome }))).to.deep.equal([
        { operation: 'claim', key: dedupeKey, outcome: 'claimed' },
        { operation: 'commit', key: dedupeKey, outcome: 'committed' },
        { operation: 'claim', key: dedupeKey, outcome: 'done' },
      ]);
      for (const call of store.calls) expect(call.duration).to.be.a('number').and.at.least(0);
    });

    it('traces an ignored and a rejected delivery', async () => {
      const { post } = deliver();
      await post().send(fixtureText('piopiy-out-answered.json')).expect(204);
      await post()
        .send(JSON.stringify(hangupPayload({ time: 'soon' })))
        .expect(422);
      const [ignored, rejected] = (await watch.over(2)) as [DeliveryTrace, DeliveryTrace];
      expect(fieldsOf(ignored)).to.deep.include({
        host: hostNames[flavour],
        kind: undefined,
        outcome: 'ignored',
        status: 204,
      });
      expect(fieldsOf(rejected)).to.deep.include({
        kind: 'outgoing.hangup',
        outcome: 'rejected',
        status: 422,
        code: 'invalid_payload',
        dedupeKey: undefined,
        failedWith: undefined,
      });
      expect(watch.deliveries.get(rejected)).to.deep.equal(['start', 'end', 'asyncStart', 'asyncEnd']);
    });

    it('traces a refused delivery with no kind, before its body is read', async () => {
      const { post } = deliver({ token: 'secret' });
      await post().send(seed).expect(401);
      const [refused] = (await watch.over(1)) as [DeliveryTrace];
      expect(fieldsOf(refused)).to.deep.include({
        kind: undefined,
        outcome: 'rejected',
        status: 401,
        code: 'unauthorized',
      });
    });

    it('traces a failed delivery with its error, and the claim released', async () => {
      const { post, hangups } = deliver();
      hangups.events.on('hangup', () => Promise.reject(new Error('database down')));
      await post().send(seed).expect(500);
      const [failed] = (await watch.over(1)) as [DeliveryTrace];
      expect(fieldsOf(failed)).to.deep.include({ outcome: 'failed', status: 500, code: 'handler_failed', timed: true });
      expect(failed.error).to.be.instanceOf(HangupError).and.have.property('code', 'handler_failed');
      expect(watch.deliveries.get(failed)).to.deep.equal(['start', 'end', 'error', 'asyncStart', 'asyncEnd']);
      expect(store.calls.map((call) => call.outcome)).to.deep.equal(['claimed', 'released']);
    });

    it('traces a delivery failed after its acknowledgement, with awaitHandlers false', async () => {
      const { post, hangups } = deliver({ awaitHandlers: false });
      hangups.events.on('hangup', () => Promise.reject(new Error('database down')));
      await post().send(seed).expect(204);
      const [failed] = (await watch.over(1)) as [DeliveryTrace];
      expect(fieldsOf(failed)).to.deep.include({ outcome: 'failed', status: 204, code: 'handler_failed' });
    });

    it('publishes a failing store call on the dedupe channel, and the delivery goes on unguarded', async () => {
      const broken = new Error('store offline');
      const { post, hangups } = deliver({
        dedupe: {
          store: {
            claim: () => Promise.reject(broken),
            commit: () => undefined,
            release: () => undefined,
          },
        },
      });
      let heard = 0;
      hangups.events.on('hangup', () => void heard++);
      await post().send(seed).expect(204);
      const [unguarded] = (await watch.over(1)) as [DeliveryTrace];
      expect(fieldsOf(unguarded)).to.deep.include({ outcome: 'accepted', dedupeKey: `${cmiuuid}:a:hangup` });
      expect(heard).to.equal(1);
      expect(store.calls).to.have.length(1);
      expect(store.calls[0]).to.deep.include({ operation: 'claim', outcome: 'failed', error: broken });
    });
  });
}
