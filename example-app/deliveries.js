// This app's deliveries, each once it is over. The tracing channel telecmi-hangup:delivery is one
// per process: every telecmiHangup() in it publishes there (the specs start many apps in one
// process). A delivery is this app's when its request is one the app handed its own middleware.
const { tracingChannel } = require('node:diagnostics_channel');

const deliveryChannel = tracingChannel('telecmi-hangup:delivery');

/**
 * What the app's listeners learnt about a delivery while it ran, beyond the channel's context.
 * @typedef {object} DeliveryNote
 * @property {boolean | undefined} alreadyStored Set by the `'notification'` listener: whether the
 *   notifications table had its dedupe key already (a retry after a restart).
 * @property {Record<string, unknown> | undefined} ignoredPayload What the `'ignored'` listener got.
 * @property {{ reason: string, status: number | undefined, message: string } | undefined} invalid
 *   What the `'invalid'` listener got.
 * @property {Error[]} errors Everything reported on `'error'` while it ran, in order.
 */

/**
 * @typedef {object} DeliveryTrace The delivery channel's context (the package's `DeliveryTrace`).
 * @property {'node' | 'fetch' | 'fastify' | 'lambda'} host
 * @property {any} request
 * @property {string | undefined} kind
 * @property {'accepted' | 'duplicate' | 'ignored' | 'rejected' | 'failed' | undefined} outcome
 * @property {number | undefined} status
 * @property {string | undefined} code
 * @property {string | undefined} dedupeKey
 * @property {number | undefined} listenerDuration
 * @property {unknown} [error]
 */

/**
 * Subscribes to the end of every delivery in the process and calls `onDelivery` for this app's.
 * @param {(trace: DeliveryTrace, note: DeliveryNote) => void} onDelivery Called once the delivery
 *   is over, every field of `trace` final. What it throws is turned into a process warning: thrown
 *   from a channel subscriber, it would be an uncaught exception.
 */
function watchDeliveries(onDelivery) {
  /** @type {WeakMap<object, DeliveryNote>} */
  const running = new WeakMap();
  const asyncEnd = (message) => {
    const trace = /** @type {DeliveryTrace} */ (message);
    const note = running.get(trace.request);
    if (note === undefined) return;
    running.delete(trace.request);
    try {
      onDelivery(trace, note);
    } catch (error) {
      process.emitWarning(`example app: a delivery could not be counted or logged: ${String(error)}`);
    }
  };
  deliveryChannel.asyncEnd.subscribe(asyncEnd);

  return {
    /**
     * Marks `req` as this app's delivery: call it just before handing `req` to the middleware.
     * @param {object} req
     */
    begin(req) {
      running.set(req, { alreadyStored: undefined, ignoredPayload: undefined, invalid: undefined, errors: [] });
    },
    /**
     * The note of a delivery still running, for its listeners to write on; `undefined` once it is over.
     * @param {unknown} req
     * @returns {DeliveryNote | undefined}
     */
    noteOf(req) {
      return typeof req === 'object' && req !== null ? running.get(req) : undefined;
    },
    /** Unsubscribes: later deliveries are neither counted nor logged. */
    stop() {
      deliveryChannel.asyncEnd.unsubscribe(asyncEnd);
    },
  };
}

module.exports = { watchDeliveries };
