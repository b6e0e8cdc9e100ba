// The example host, wired: telecmi-hangup at /webhook/cdr storing into SQLite, the JSON API at
// /api, the live page at / and its event stream at /events, the package's metrics at /metrics.
// Each delivery, once over, is logged and counted from the package's tracing channel, so the
// rejected and failed ones are too. `require('telecmi-hangup')` resolves to this repository's own
// build (package self-reference), exactly as in an app that installed it.
const { join } = require('node:path');
const express = require('express');
const { telecmiHangup, defaultDedupeKey } = require('telecmi-hangup');
const { openDatabase } = require('./db.js');
const { createStore } = require('./store.js');
const { createApi } = require('./api.js');
const { createEventStream } = require('./events.js');
const { sendError } = require('./http-errors.js');
const { createCallStore } = require('./calls.js');
const { watchDeliveries } = require('./deliveries.js');
const { createStats } = require('./stats.js');
const { createStatsFeed } = require('./live-stats.js');
const { createMetrics } = require('./metrics.js');
const { createLog } = require('./log.js');
const {
  renderPage,
  renderCallRow,
  renderMissedRow,
  renderDeadLetterRow,
  pageCalls,
  pageMissed,
  pageDeadLetters,
} = require('./page.js');

/** Where the database lives when `database` is not given. */
const defaultDatabase = join(__dirname, 'data', 'hangups.db');
const webhookPath = '/webhook/cdr';
/**
 * Notifications a reconnecting page is sent the calls of, at most: a page away for longer shows
 * the calls beyond them on its next load.
 */
const replayLimit = 100;

/**
 * Builds the app on the database at `database` (created, and migrated, if need be).
 * @param {object} [settings]
 * @param {string} [settings.database] SQLite file. Default `example-app/data/hangups.db`.
 * @param {string} [settings.token] The middleware's `token` option; unset means off.
 * @param {(line: string) => void} [settings.log] Receives one line per delivery. Default `console.log`.
 * @param {import('./log.js').LogFormat} [settings.logFormat] `text` (default) or `json` (see log.js).
 * @param {() => number} [settings.clock] ms since the epoch: the minutes of the page's stats and
 *   the time of a JSON log line. Default `Date.now`.
 * @param {number} [settings.maxDeadLetters] Newest dead letters kept. Default 10000.
 * @param {{ maxClients?: number, heartbeat?: number, statsInterval?: number }} [settings.live] Live
 *   stream limits (see events.js), and the least ms between two 'stats' events (default 1000).
 */
function createApp({
  database = defaultDatabase,
  token,
  log: write = console.log,
  logFormat = 'text',
  clock = Date.now,
  maxDeadLetters,
  live = {},
} = {}) {
  const log = createLog({ format: logFormat, write, clock });
  const db = openDatabase(database);
  const store = createStore(db, maxDeadLetters === undefined ? {} : { maxDeadLetters });
  const calls = createCallStore(db);
  const { statsInterval, ...streamLimits } = live;
  const stream = createEventStream(streamLimits);
  // The middleware's in-memory dedupe and the table's unique column use the same key, so a repeat
  // is caught by the first while the process lives, and by the second across restarts.
  const dedupeKey = defaultDedupeKey;
  const hangups = telecmiHangup({ ...(token ? { token } : {}), dedupe: { key: dedupeKey } });
  const stats = createStats({ clock });
  const statsFeed = createStatsFeed(stats, stream, statsInterval === undefined ? {} : { interval: statsInterval });
  const metrics = createMetrics();
  const deliveries = watchDeliveries((trace, note) => {
    stats.record(trace);
    statsFeed.changed();
    log.delivery(trace, note);
  });

  // One transaction for both tables: an outgoing hangup is also a row of the hangup API.
  const save = db.transaction((notification, key) => {
    if (notification.kind === 'outgoing.hangup') store.saveHangup(notification, key);
    return calls.saveNotification(notification, key);
  });
  // The listeners only note what the delivery's log line needs beyond the channel's context: the
  // line itself is written once the delivery is over (watchDeliveries above).
  // Every kind, synchronously and inside the listener: a failed write throws, TeleCMI gets a 500
  // and retries.
  hangups.events.on('notification', (notification, req) => {
    const { stored, row } = save(notification, dedupeKey(notification));
    const note = deliveries.noteOf(req);
    if (note) note.alreadyStored = !stored;
    if (stored) stream.broadcast('call', liveCall(calls.call(row.conversation)), row.id);
  });
  hangups.events.on('ignored', (payload, req) => {
    const note = deliveries.noteOf(req);
    if (note) note.ignoredPayload = payload;
  });
  hangups.events.on('invalid', (info, req) => {
    const note = deliveries.noteOf(req);
    if (note) note.invalid = info;
    // The sender went away before its body was complete: it got no answer, so it sends again, and
    // half a body is no delivery to look into. Logged, not kept.
    if (info.reason === 'request_aborted') return;
    const letter = store.saveDeadLetter({
      reason: info.reason,
      status: info.status,
      message: info.message,
      errors: info.errors,
      body: info.body,
      ip: senderAddress(req),
    });
    stream.broadcast('dead-letter', { id: letter.id, html: renderDeadLetterRow(letter) });
  });
  hangups.events.on('error', (error, req) => {
    const note = deliveries.noteOf(req);
    if (note) note.errors.push(error);
    else log.failure(error);
  });

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    next();
  });
  app.use(webhookPath, function webhook(req, res, next) {
    deliveries.begin(req);
    hangups(req, res, next);
  });
  app.use('/api', createApi(store, calls, stats));
  metrics.route(app, '/metrics');
  app.get('/events', (req, res) => {
    const client = stream.connect(req, res);
    if (!client) return;
    client.send('stats', stats.snapshot());
    const seen = lastSeenId(req);
    if (seen === undefined) return;
    // The calls the page missed, each once, as they are now.
    const missedRows = new Map();
    // Deleted and set again, so each call goes at its newest notification, and the ids sent only grow.
    for (const row of calls.notificationsAfter(seen, replayLimit)) {
      missedRows.delete(row.conversation);
      missedRows.set(row.conversation, row.id);
    }
    for (const [conversation, id] of missedRows) client.send('call', liveCall(calls.call(conversation)), id);
  });
  app.use('/assets', express.static(join(__dirname, 'public'), { index: false, maxAge: '1h' }));
  app.get('/', (_req, res) => {
    const html = renderPage({
      calls: calls.listCalls({ limit: pageCalls }).calls,
      missed: calls.listCalls({ limit: pageMissed, missed: true }).calls,
      deadLetters: store.listDeadLetters({ limit: pageDeadLetters }).deadLetters,
      latestNotificationId: calls.latestNotificationId(),
      stats: stats.snapshot(),
      webhookPath,
    });
    res
      .set({
        'Content-Security-Policy':
          "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
          "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        'Cache-Control': 'no-store',
      })
      .type('html')
      .send(html);
  });
  app.use((req, res) => sendError(res, 404, 'not_found', `Nothing is at ${req.method} ${req.path}`));
  // Express's own handler would answer HTML with a stack trace; this one answers like the rest.
  app.use((error, req, res, next) => {
    log.serverError(error, req);
    // Mid-answer, only Express's own handler can end the response (by closing the connection).
    if (res.headersSent) return next(error);
    sendError(res, 500, 'internal_error', 'The request could not be handled');
  });

  return {
    app,
    hangups,
    store,
    /**
     * Stops taking deliveries (503 with Retry-After, so TeleCMI retries) and ends the live
     * streams; resolves once the deliveries in flight are answered. Then close the HTTP server.
     * @returns {Promise<void>}
     */
    async drain() {
      await hangups.close();
      statsFeed.close();
      stream.close();
    },
    /**
     * Stops logging and counting deliveries (it unsubscribes from the package's channels) and
     * closes the database. Call it after `drain()` and once the HTTP server is closed.
     */
    close() {
      deliveries.stop();
      metrics.close();
      statsFeed.close();
      db.close();
    },
  };
}

/** The sender's address as Express sees it (`trust proxy` decides), IPv4 without its IPv6 wrapping. */
function senderAddress(req) {
  const address = req.ip ?? req.socket.remoteAddress;
  return address ? address.replace(/^::ffff:(?=\d+\.)/, '') : null;
}

/**
 * What a page is sent when a call has a new notification: its row as the page renders it, and
 * its row of missed calls when it is one to call back.
 */
function liveCall(call) {
  const { summary } = call;
  const toCallBack = summary.direction === 'incoming' && summary.state === 'missed';
  return {
    conversation: summary.conversation,
    last: summary.lastId,
    html: renderCallRow(call),
    ...(toCallBack && { missedHtml: renderMissedRow(call) }),
  };
}

/**
 * The last notification id a page has: from `Last-Event-ID` when the browser reconnects, else from
 * `?after=`, which the page carries from when it was rendered.
 */
function lastSeenId(req) {
  const value = req.get('Last-Event-ID') ?? req.query.after;
  return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

module.exports = { createApp };
