import { errorAnswer } from '../answer/answers.js';
import { deliver, deliverIgnored, deliverOnce } from '../deliver/deliver.js';
import { reject } from '../deliver/reject.js';
import { reportFailure } from '../deliver/report.js';
import { discard, isThenable } from '../deliver/thenable.js';
import type { MaybePromise } from '../dedupe/store.js';
import { HangupError } from '../errors.js';
import { judgePayload } from '../judge/verdict.js';
import { deliveriesTraced, deliveryChannel, newTrace } from '../observe/channels.js';
import { noteOutcome, respond } from '../observe/outcome.js';
import type { ResolvedOptions } from '../options.js';
import { parsedHere, parsePayload } from '../parse/payload.js';
import { checkAccess } from '../receive/access.js';
import { receiveBody, type Received } from '../receive/body.js';
import type { Delivery, DeliveryContext, Host } from './delivery.js';
import { createDrain } from './drain.js';

/** The delivery core: what every host adapter hands its deliveries to. */
export interface Core {
  readonly config: ResolvedOptions;
  /**
   * Takes one delivery through every stage, answering on `host` on the way. Resolves once it is
   * over (answered, and its listeners done); never rejects.
   */
  handle(delivery: Delivery, host: Host): Promise<void>;
  /** Stops taking deliveries and resolves once those in progress are over. */
  readonly close: () => Promise<void>;
  /** Whether `close()` was called: a host that keeps connections alive closes each after its answer. */
  readonly closing: boolean;
}

const allowedMethods = 'GET, POST';
const finished = Promise.resolve();

/** Builds the core for resolved options: one drain, one emitter and one dedupe store for every host. */
export function createCore(config: ResolvedOptions): Core {
  const drain = createDrain();

  function handleDelivery(context: DeliveryContext): Promise<void> {
    if (drain.isClosing()) {
      const error = new HangupError('shutting_down', 'This server is shutting down; retry shortly');
      noteOutcome(context, 'rejected', error);
      respond(context, errorAnswer(error, { 'Retry-After': String(config.retryAfter), Connection: 'close' }));
      return finished;
    }
    drain.begin();
    let running: MaybePromise<void>;
    try {
      running = receiveAndDeliver(context);
    } catch (error) {
      fail(context, error);
      return finished;
    }
    // One promise for both outcomes rather than a catch and a finally: this runs per delivery.
    if (isThenable(running)) return Promise.resolve(running).then(drain.end, (error) => fail(context, error));
    drain.end();
    return finished;
  }

  /** A delivery that failed in this package's own code, not in a listener or a store: 500, and reported. */
  function fail(context: DeliveryContext, error: unknown): void {
    const failure = new HangupError('internal_error', 'The delivery could not be handled', [], { cause: error });
    noteOutcome(context, 'failed', failure);
    reportFailure(config.emitter, failure, context.host.request);
    respond(context, errorAnswer(failure));
    drain.end();
  }

  return {
    config,
    handle(delivery, host) {
      if (!deliveriesTraced()) return handleDelivery({ config, delivery, host, trace: undefined, failure: undefined });
      const trace = newTrace(host.name, host.request);
      const context: DeliveryContext = { config, delivery, host, trace, failure: undefined };
      // A failed delivery rejects inside the trace, so the channel publishes its `error`; the
      // rejection goes no further, as the delivery has been answered for it already.
      return deliveryChannel
        .tracePromise(tracedDelivery, trace, undefined, handleDelivery, context)
        .then(undefined, discard);
    },
    close: drain.close,
    get closing() {
      return drain.isClosing();
    },
  };
}

async function tracedDelivery(
  handleDelivery: (context: DeliveryContext) => Promise<void>,
  context: DeliveryContext,
): Promise<void> {
  await handleDelivery(context);
  if (context.failure) throw context.failure;
}

/**
 * receive (access, body) → parse → judge → deliver, each answering for what it found wrong. Only
 * a stage that must wait (a body still to read, an asynchronous store or listener) makes a promise.
 */
function receiveAndDeliver(context: DeliveryContext): MaybePromise<void> {
  const { config, delivery } = context;
  // First of all, so a sender that may not deliver learns nothing and none of its body is read.
  const denied = checkAccess(delivery, config);
  if (denied) return reject(context, denied.error, '', denied.headers);
  if (delivery.method !== 'POST' && delivery.method !== 'GET') {
    const error = new HangupError('method_not_allowed', `Method ${delivery.method} is not allowed; use POST or GET`);
    return reject(context, error, '', { Allow: allowedMethods });
  }
  let receiving: Received | Promise<Received>;
  try {
    receiving = receiveBody(context);
  } catch (error) {
    return refuseUnreceived(context, error);
  }
  if (receiving instanceof Promise) {
    return receiving.then(
      (received) => judgeAndDeliver(context, received),
      (error: unknown) => refuseUnreceived(context, error),
    );
  }
  return judgeAndDeliver(context, receiving);
}

/** A body that could not be had is rejected; anything else that went wrong fails the delivery. */
function refuseUnreceived(context: DeliveryContext, error: unknown): MaybePromise<void> {
  if (!(error instanceof HangupError)) throw error;
  return reject(context, error, '');
}

function judgeAndDeliver(context: DeliveryContext, received: Received): MaybePromise<void> {
  const { config, host, trace } = context;
  let payload: unknown;
  try {
    payload = parsePayload(received);
  } catch (error) {
    if (!(error instanceof HangupError)) throw error;
    return reject(context, error, received.raw);
  }
  const verdict = judgePayload(payload, config.strict, parsedHere(received));
  if (trace)
    trace.kind = verdict.ok ? verdict.notification.kind : verdict.reason === 'ignored' ? undefined : verdict.kind;
  if (verdict.ok) {
    // A payload parsed here became the notification; the verdict holds a copy of it as parsed.
    host.judged?.(verdict.payload, verdict.notification);
    if (config.dedupe) return deliverOnce(context, config.dedupe, verdict.notification);
    return deliver(context, verdict.notification);
  }
  host.judged?.(payload, undefined);
  if (verdict.reason === 'ignored') return deliverIgnored(context, verdict.payload);
  return reject(context, new HangupError(verdict.reason, verdict.message, verdict.errors), received.raw);
}
