// The JSON API under /api: notifications of every kind and the calls they make up, newest first
// with a cursor; hangups and one call leg's hangups (as before notifications had kinds); dead
// letters; the last hour's deliveries at a glance (/api/stats, what the page draws).
// Errors use the middleware's `{ error, message, details }` style with stable codes.
const express = require('express');
const { notificationKinds } = require('telecmi-hangup');
const { sendError, methodNotAllowed } = require('./http-errors.js');

/** Page size when `limit` is not given, and the largest one allowed. */
const limits = { default: 50, max: 200 };
const maxUserLength = 256;

/**
 * The API's router, to mount at `/api`.
 * @param {ReturnType<import('./store.js').createStore>} store
 * @param {ReturnType<import('./calls.js').createCallStore>} calls
 * @param {ReturnType<import('./stats.js').createStats>} stats
 * @returns {import('express').Router}
 */
function createApi(store, calls, stats) {
  const router = express.Router();
  const notificationParameters = {
    before: rowId,
    limit: pageSize,
    kind: (value, problem) =>
      notificationKinds.includes(value) ? value : problem(`must be one of ${notificationKinds.join(', ')}`),
    since: timeFilter,
  };
  const callParameters = {
    before: rowId,
    limit: pageSize,
    missed: (value, problem) =>
      value === 'true' || value === 'false' ? value === 'true' : problem('must be "true" or "false"'),
  };

  router
    .route('/notifications')
    .get((req, res) => {
      const { query, problems } = readQuery(req.query, notificationParameters);
      if (problems.length) return badQuery(res, problems);
      const page = calls.listNotifications({ ...query, limit: query.limit ?? limits.default });
      res
        .set('Cache-Control', 'no-store')
        .json({ notifications: page.notifications, next: page.next === null ? null : String(page.next) });
    })
    .all(methodNotAllowed);

  router
    .route('/calls')
    .get((req, res) => {
      const { query, problems } = readQuery(req.query, callParameters);
      if (problems.length) return badQuery(res, problems);
      const page = calls.listCalls({ ...query, limit: query.limit ?? limits.default });
      res
        .set('Cache-Control', 'no-store')
        .json({ calls: page.calls, next: page.next === null ? null : String(page.next) });
    })
    .all(methodNotAllowed);

  router
    .route('/calls/:conversation')
    .get((req, res) => {
      const call = calls.call(req.params.conversation);
      if (call === undefined) {
        return sendError(res, 404, 'not_found', 'No notification is stored for this conversation', [
          { path: '/conversation_uuid', message: `no call has conversation_uuid "${req.params.conversation}"` },
        ]);
      }
      res.set('Cache-Control', 'no-store').json(call);
    })
    .all(methodNotAllowed);

  // What each route's query string may hold, and how each value is read.
  const hangupParameters = {
    before: (value, problem) => hangupCursor(value, store, problem),
    limit: pageSize,
    leg: (value, problem) => (value === 'a' || value === 'b' ? value : problem('must be "a" or "b"')),
    user: userFilter,
    since: timeFilter,
  };
  const deadLetterParameters = { before: rowId, limit: pageSize };

  router
    .route('/hangups')
    .get((req, res) => {
      const { query, problems } = readQuery(req.query, hangupParameters);
      if (problems.length) return badQuery(res, problems);
      const page = store.listHangups({ ...query, limit: query.limit ?? limits.default });
      res.set('Cache-Control', 'no-store').json({ hangups: page.hangups, next: page.next && encodeCursor(page.next) });
    })
    .all(methodNotAllowed);

  router
    .route('/hangups/:cmiuuid')
    .get((req, res) => {
      const hangups = store.hangupsOf(req.params.cmiuuid);
      if (hangups.length === 0) {
        return sendError(res, 404, 'not_found', 'No hangup is stored for this cmiuuid', [
          { path: '/cmiuuid', message: `no hangup has cmiuuid "${req.params.cmiuuid}"` },
        ]);
      }
      res.set('Cache-Control', 'no-store').json({ cmiuuid: req.params.cmiuuid, hangups });
    })
    .all(methodNotAllowed);

  router
    .route('/dead-letters')
    .get((req, res) => {
      const { query, problems } = readQuery(req.query, deadLetterParameters);
      if (problems.length) return badQuery(res, problems);
      const page = store.listDeadLetters({ ...query, limit: query.limit ?? limits.default });
      res
        .set('Cache-Control', 'no-store')
        .json({ deadLetters: page.deadLetters, next: page.next === null ? null : String(page.next) });
    })
    .all(methodNotAllowed);

  // `{ from, to, buckets: [{ start, accepted, duplicate, ignored, rejected, failed }] (sixty minutes,
  // oldest first), totals, rejectedByReason, failedByReason, listenerLatency: { count, p50, p99 } }`,
  // of this app's deliveries; times in ms since the epoch, latencies in ms (see stats.js).
  router
    .route('/stats')
    .get((req, res) => {
      const { problems } = readQuery(req.query, {});
      if (problems.length) return badQuery(res, problems);
      res.set('Cache-Control', 'no-store').json(stats.snapshot());
    })
    .all(methodNotAllowed);

  router.use((req, res) => sendError(res, 404, 'not_found', `There is no API route ${req.method} /api${req.path}`));
  return router;
}

/**
 * Reads a query string with `readers`: one per parameter allowed, returning the value read or
 * `problem(message)`. Every problem is collected, so one answer lists them all.
 */
function readQuery(raw, readers) {
  const names = Object.keys(readers);
  const problems = [];
  const query = {};
  for (const [name, value] of Object.entries(raw)) {
    const problem = (message) => {
      problems.push({ path: `/${name}`, message });
      return undefined;
    };
    if (!names.includes(name)) {
      problem(
        names.length ? `unknown parameter; known: ${names.join(', ')}` : 'unknown parameter; this route takes none',
      );
    } else if (typeof value !== 'string') problem('give it once, as plain text');
    else {
      const parsed = readers[name](value, problem);
      if (parsed !== undefined) query[name] = parsed;
    }
  }
  return { query, problems };
}

function badQuery(res, problems) {
  sendError(res, 400, 'invalid_query', 'The query string has a value this route does not take', problems);
}

function pageSize(value, problem) {
  const size = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  return size >= 1 && size <= limits.max ? size : problem(`must be a whole number from 1 to ${limits.max}`);
}

function rowId(value, problem) {
  const id = /^\d{1,15}$/.test(value) ? Number(value) : 0;
  return id >= 1 ? id : problem('must be the `next` of a previous page, or a row id');
}

function userFilter(value, problem) {
  if (value === '' || value.length > maxUserLength) return problem(`must be 1 to ${maxUserLength} characters`);
  return value;
}

/** `since`: ms since the epoch, or an ISO 8601 date or date-time (`2024-05-01`, `2024-05-01T09:00:00Z`). */
function timeFilter(value, problem) {
  const ms = /^\d{1,15}$/.test(value)
    ? Number(value)
    : /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
      ? Date.parse(value)
      : NaN;
  return Number.isNaN(ms) ? problem('must be ms since the epoch or an ISO 8601 date, e.g. 2024-05-01T09:00:00Z') : ms;
}

/**
 * Reads `before` of /api/hangups: the `next` of a previous page (opaque), or a hangup's row id,
 * which lists the hangups after that one in the newest-first order.
 */
function hangupCursor(value, store, problem) {
  if (/^\d+$/.test(value)) {
    const id = rowId(value, problem);
    if (id === undefined) return undefined;
    return store.hangupPosition(id) ?? problem(`no hangup has id ${id}`);
  }
  const position = decodeCursor(value);
  return position ?? problem('must be the `next` of a previous page, or a hangup id');
}

/** The opaque cursor of a position: base64url JSON, which never reads as a plain number. */
function encodeCursor({ time, id }) {
  return Buffer.from(JSON.stringify([time, id])).toString('base64url');
}

function decodeCursor(value) {
  if (value.length > 64 || !/^[\w-]+$/.test(value)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every(Number.isSafeInteger)) {
      return { time: parsed[0], id: parsed[1] };
    }
  } catch {
    // Not JSON: reported below like any other unreadable cursor.
  }
  return undefined;
}

module.exports = { createApi };
