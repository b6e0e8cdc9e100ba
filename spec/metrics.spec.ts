import { expect } from 'chai';
import { Registry } from 'prom-client';
import request from 'supertest';
import { collectMetrics } from '../lib/metrics/index.js';
import { buildApp, fixtureText, hangupPayload, webhookPath } from './helpers/app.js';

const json = 'application/json';
const seed = fixtureText('current-docs-leg-a.json');

/** Every sample of a metric, as `{labels} value` lines, sorted: what a scrape would show. */
async function samplesOf(registry: Registry, name: string): Promise<string[]> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return [];
  // A histogram's samples are named for their part (`_bucket`, `_sum`, `_count`).
  const values = (await metric.get()).values as { labels: object; value: number; metricName?: string }[];
  return values
    .map(({ labels, value, metricName }) => `${metricName ?? name}${JSON.stringify(labels)} ${value}`)
    .sort();
}

/** Waits until every delivery begun is over: the fetch and Lambda hosts answer before that. */
async function settled(registry: Registry): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    const [inFlight] = await samplesOf(registry, 'telecmi_deliveries_in_flight');
    if (inFlight?.endsWith(' 0')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('deliveries still in flight');
}

describe('collectMetrics', () => {
  let registry: Registry;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    registry = new Registry();
    stop = collectMetrics(registry);
  });
  afterEach(() => stop?.());

  it('counts each delivery by kind, outcome and status, and times it and its listeners', async () => {
    const { app, hangups } = buildApp('node:http', { token: 'tok' });
    let fail = false;
    hangups.events.on('hangup', () => (fail ? Promise.reject(new Error('db down')) : undefined));
    hangups.events.on('error', () => undefined);
    const post = () => request(app).post(`${webhookPath}?token=tok`).type(json);
    await post().send(seed).expect(204);
    await post().send(seed).expect(204);
    await post().send(fixtureText('piopiy-out-answered.json')).expect(204);
    await post()
      .send(JSON.stringify(hangupPayload({ time: 'soon' })))
      .expect(422);
    await request(app).post(webhookPath).type(json).send(seed).expect(401);
    fail = true;
    await post()
      .send(JSON.stringify(hangupPayload({ cmiuuid: 'b5ab7ebc-5ac6-4b2f-a1e3-0cbd09f5b4f1' })))
      .expect(500);
    await settled(registry);
    expect(await samplesOf(registry, 'telecmi_deliveries_total')).to.deep.equal([
      'telecmi_deliveries_total{"kind":"outgoing.hangup","outcome":"accepted","status":"204"} 1',
      'telecmi_deliveries_total{"kind":"outgoing.hangup","outcome":"duplicate","status":"204"} 1',
      'telecmi_deliveries_total{"kind":"outgoing.hangup","outcome":"failed","status":"500"} 1',
      'telecmi_deliveries_total{"kind":"outgoing.hangup","outcome":"rejected","status":"422"} 1',
      'telecmi_deliveries_total{"kind":"unknown","outcome":"ignored","status":"204"} 1',
      'telecmi_deliveries_total{"kind":"unknown","outcome":"rejected","status":"401"} 1',
    ]);
    const counts = (await samplesOf(registry, 'telecmi_delivery_duration_seconds')).filter((line) =>
      line.startsWith('telecmi_delivery_duration_seconds_count'),
    );
    expect(counts).to.have.length(6);
    // The hangup listener ran for the accepted and the failed delivery.
    expect(
      (await samplesOf(registry, 'telecmi_listener_duration_seconds')).filter((line) =>
        line.startsWith('telecmi_listener_duration_seconds_count'),
      ),
    ).to.deep.equal(['telecmi_listener_duration_seconds_count{"kind":"outgoing.hangup"} 2']);
    expect(await samplesOf(registry, 'telecmi_deliveries_in_flight')).to.deep.equal([
      'telecmi_deliveries_in_flight{} 0',
    ]);
    expect(await samplesOf(registry, 'telecmi_dedupe_errors_total')).to.deep.equal([]);
    expect(registry.contentType).to.match(/^text\/plain/);
    expect(await registry.metrics()).to.match(
      /^telecmi_deliveries_total\{kind="unknown",outcome="rejected",status="401"\} 1$/m,
    );
  });

  it('counts a dedupe store that fails, by operation', async () => {
    const { app, hangups } = buildApp('fetch', {
      dedupe: { store: { claim: () => Promise.reject(new Error('offline')), commit() {}, release() {} } },
    });
    hangups.events.on('error', () => undefined);
    await request(app).post(webhookPath).type(json).send(seed).expect(204);
    await settled(registry);
    expect(await samplesOf(registry, 'telecmi_dedupe_errors_total')).to.deep.equal([
      'telecmi_dedupe_errors_total{"operation":"claim"} 1',
    ]);
  });

  it('stops counting and leaves the registry as it found it once its function is called', async () => {
    stop?.();
    stop = undefined;
    expect(registry.getMetricsAsArray()).to.be.empty;
    // Registering again works: nothing of the first collector is left behind.
    const again = collectMetrics(registry);
    const other = new Registry();
    const untouched = collectMetrics(other);
    again();
    const { app } = buildApp('node:http');
    await request(app).post(webhookPath).type(json).send(seed).expect(204);
    await settled(other);
    expect(await samplesOf(other, 'telecmi_deliveries_total')).to.have.length(1);
    expect(registry.getMetricsAsArray()).to.be.empty;
    untouched();
  });

  it('refuses what is not a prom-client Registry, naming the parameter', () => {
    expect(() => collectMetrics({} as Registry)).to.throw(TypeError, /"registry"/);
    expect(() => collectMetrics(undefined as unknown as Registry)).to.throw(TypeError, /"registry"/);
  });
});
