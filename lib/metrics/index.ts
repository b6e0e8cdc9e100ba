import type * as PromClient from 'prom-client';
import type { Registry } from 'prom-client';
import { dedupeChannel, deliveryChannel, type DedupeStoreCall, type DeliveryTrace } from '../observe/channels.js';

const metricNames = [
  'telecmi_deliveries_total',
  'telecmi_delivery_duration_seconds',
  'telecmi_listener_duration_seconds',
  'telecmi_deliveries_in_flight',
  'telecmi_dedupe_errors_total',
] as const;

/** The label given where a delivery has no kind: refused before it was judged, or of no documented kind. */
const noKind = 'unknown';

/**
 * Registers the package's metrics on a prom-client `Registry` and keeps them up to date from the
 * channels `telecmi-hangup:delivery` and `telecmi-hangup:dedupe`, for every `telecmiHangup()` in
 * the process, on every host:
 *
 * - `telecmi_deliveries_total{kind,outcome,status}`: deliveries, once each is over;
 * - `telecmi_delivery_duration_seconds{kind,outcome}`: from the request to the end of its listeners;
 * - `telecmi_listener_duration_seconds{kind}`: the time its listeners took;
 * - `telecmi_deliveries_in_flight`: deliveries begun and not yet over;
 * - `telecmi_dedupe_errors_total{operation}`: dedupe store calls that failed or timed out.
 *
 * Returns the function that unsubscribes and removes the metrics from the registry.
 *
 * @example
 * import { Registry } from 'prom-client';
 * const registry = new Registry();
 * collectMetrics(registry);
 * app.get('/metrics', async (req, res) => res.type(registry.contentType).send(await registry.metrics()));
 */
export function collectMetrics(registry: Registry): () => void {
  if (typeof registry?.registerMetric !== 'function' || typeof registry.removeSingleMetric !== 'function') {
    throw new TypeError(
      'collectMetrics: "registry" must be a prom-client Registry (new Registry(), or its default register)',
    );
  }
  const { Counter, Gauge, Histogram } = promClient();
  const registers = [registry];
  const deliveries = new Counter({
    name: metricNames[0],
    help: 'TeleCMI deliveries received, by kind, outcome and the status answered ("none" when nothing was answered)',
    labelNames: ['kind', 'outcome', 'status'] as const,
    registers,
  });
  const deliveryDuration = new Histogram({
    name: metricNames[1],
    help: 'Time from receiving a TeleCMI delivery to the end of its listeners, by kind and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers,
  });
  const listenerDuration = new Histogram({
    name: metricNames[2],
    help: "Time a TeleCMI delivery's listeners took, by kind",
    labelNames: ['kind'] as const,
    registers,
  });
  const inFlight = new Gauge({
    name: metricNames[3],
    help: 'TeleCMI deliveries begun and not yet over',
    registers,
  });
  const dedupeErrors = new Counter({
    name: metricNames[4],
    help: 'Dedupe store calls that failed or did not answer in time, by operation',
    labelNames: ['operation'] as const,
    registers,
  });

  // prom-client finds a label set's series by hashing its labels on every call; the children it
  // hands out are kept here by one string instead, so a delivery costs a Map lookup per metric.
  const deliveriesOf = childrenOf((kind, outcome, status) => deliveries.labels({ kind, outcome, status }));
  const deliveryDurationOf = childrenOf((kind, outcome) => deliveryDuration.labels({ kind, outcome }));
  const listenerDurationOf = childrenOf((kind) => listenerDuration.labels({ kind }));
  const started = new WeakMap<DeliveryTrace, number>();
  const subscribers = {
    start(trace: DeliveryTrace) {
      started.set(trace, performance.now());
      inFlight.inc();
    },
    end() {},
    asyncStart() {},
    error() {},
    asyncEnd(trace: DeliveryTrace) {
      const kind = trace.kind ?? noKind;
      const outcome = trace.outcome ?? 'failed';
      deliveriesOf(kind, outcome, trace.status === undefined ? 'none' : String(trace.status)).inc();
      const since = started.get(trace);
      if (since !== undefined) {
        deliveryDurationOf(kind, outcome).observe((performance.now() - since) / 1000);
        inFlight.dec();
      }
      if (trace.listenerDuration !== undefined) listenerDurationOf(kind).observe(trace.listenerDuration / 1000);
    },
  };
  const onStoreCall = (message: unknown) => {
    const call = message as DedupeStoreCall;
    if (call.outcome === 'failed') dedupeErrors.inc({ operation: call.operation });
  };
  deliveryChannel.subscribe(subscribers);
  dedupeChannel.subscribe(onStoreCall);
  return () => {
    deliveryChannel.unsubscribe(subscribers);
    dedupeChannel.unsubscribe(onStoreCall);
    for (const name of metricNames) registry.removeSingleMetric(name);
  };
}

/** A label set's child metric, made once by `make` and then found by its labels joined. */
function childrenOf<Child>(make: (...labels: string[]) => Child): (...labels: string[]) => Child {
  const children = new Map<string, Child>();
  return (...labels) => {
    const key = labels.join('\u0000');
    let child = children.get(key);
    if (child === undefined) children.set(key, (child = make(...labels)));
    return child;
  };
}

/**
 * prom-client, required when metrics are first collected rather than when this module loads: it is
 * an optional peer dependency, and importing `telecmi-hangup/metrics` without it must not throw.
 */
function promClient(): typeof PromClient {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    return require('prom-client') as typeof PromClient;
  } catch (error) {
    throw new Error('collectMetrics needs prom-client, an optional peer dependency: npm install prom-client', {
      cause: error,
    });
  }
}
