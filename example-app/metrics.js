// GET /metrics: the package's counters and histograms (`collectMetrics` from
// telecmi-hangup/metrics) in Prometheus's text format. They are registered on a Registry of this
// app's own, not prom-client's global one: two apps in one process (the specs start many) then
// never register a metric twice, and the global register stays the host's.
//
// What they count is the package's tracing channel, which is one per process: every
// telecmiHangup() in the process is counted, not only this app's webhook (the page's "last hour
// at a glance" counts this app's own deliveries alone). An app runs one middleware, so in
// production the two agree.
const { Registry } = require('prom-client');
const { collectMetrics } = require('telecmi-hangup/metrics');
const { methodNotAllowed } = require('./http-errors.js');

/**
 * Registers the package's metrics on a new Registry and serves them.
 * @returns {{ route: (app: import('express').Express, path: string) => void, close: () => void }}
 *   `route` serves them at `path` (GET; 405 otherwise); `close` unsubscribes from the channels and
 *   removes the metrics, so a closed app counts nothing more.
 */
function createMetrics() {
  const registry = new Registry();
  const stop = collectMetrics(registry);
  return {
    route(app, path) {
      app
        .route(path)
        .get(async (_req, res) => {
          const text = await registry.metrics();
          res.set({ 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' }).send(text);
        })
        .all(methodNotAllowed);
    },
    close: stop,
  };
}

module.exports = { createMetrics };
