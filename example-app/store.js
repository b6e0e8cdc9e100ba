// Reads and writes hangups and dead letters. Every statement is prepared once; better-sqlite3 runs
// them synchronously, so a write has either happened or thrown by the time a call returns.

/**
 * @typedef {object} StoredHangup
 * @property {number} id Row id, in the order hangups were stored.
 * @property {string} key The dedupe key (`<cmiuuid>:<leg>:<status>`): one row per key.
 * @property {number} receivedAt When it was stored, ms since the epoch.
 * @property {Record<string, unknown>} event The normalized event as the middleware emitted it.
 */

/**
 * @typedef {object} DeadLetter
 * @property {number} id
 * @property {number} receivedAt When it was rejected, ms since the epoch.
 * @property {string} reason The error code answered, e.g. `invalid_payload`.
 * @property {number} status The HTTP status answered.
 * @property {string} message
 * @property {{ path: string, message: string }[]} errors
 * @property {string} body The raw body (or a GET's query string); `''` when it was not read.
 * @property {string | null} ip The sender's address as Express saw it.
 */

/**
 * Where a hangup sits in the newest-first order: where a page of results ends.
 * @typedef {{ time: number, id: number }} HangupPosition
 */

/**
 * Wraps an open database (see db.js) in the queries the app needs.
 * @param {import('better-sqlite3').Database} db
 * @param {{ maxDeadLetters?: number }} [settings] `maxDeadLetters`: newest dead letters kept, older
 *   ones are deleted as new ones come, so junk posted to the webhook cannot fill the disk. Default 10000.
 */
function createStore(db, { maxDeadLetters = 10_000 } = {}) {
  const insertHangup = db.prepare(
    `INSERT INTO hangups (dedupe_key, cmiuuid, leg, user, time, received_at, event)
     VALUES (@key, @cmiuuid, @leg, @user, @time, @receivedAt, @event)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  const hangupById = db.prepare('SELECT * FROM hangups WHERE id = ?');
  const hangupByKey = db.prepare('SELECT * FROM hangups WHERE dedupe_key = ?');
  const hangupsByCmiuuid = db.prepare('SELECT * FROM hangups WHERE cmiuuid = ? ORDER BY time DESC, id DESC');
  const hangupsAfter = db.prepare('SELECT * FROM hangups WHERE id > ? ORDER BY id LIMIT ?');
  const latestHangupId = db.prepare('SELECT coalesce(max(id), 0) AS id FROM hangups');
  const insertDeadLetter = db.prepare(
    `INSERT INTO dead_letters (received_at, reason, status, message, errors, body, ip)
     VALUES (@receivedAt, @reason, @status, @message, @errors, @body, @ip)`,
  );
  const pruneDeadLetters = db.prepare(
    'DELETE FROM dead_letters WHERE id <= (SELECT id FROM dead_letters ORDER BY id DESC LIMIT 1 OFFSET ?)',
  );
  const deadLettersBefore = db.prepare('SELECT * FROM dead_letters WHERE id < ? ORDER BY id DESC LIMIT ?');
  const saveDeadLetterAndPrune = db.transaction((row) => {
    const { lastInsertRowid } = insertDeadLetter.run(row);
    pruneDeadLetters.run(maxDeadLetters);
    return Number(lastInsertRowid);
  });
  // One statement per combination of filters, prepared on first use (there are 16 at most).
  const listStatements = new Map();

  return {
    /**
     * Stores a hangup under `key` unless a row has that key already (a retry that outlived the
     * middleware's in-memory dedupe, e.g. across a restart). Throws when the write fails.
     * @param {Record<string, any>} event
     * @param {string} key
     * @param {number} [receivedAt]
     * @returns {{ stored: boolean, hangup: StoredHangup }} `stored` is false for a repeat.
     */
    saveHangup(event, key, receivedAt = Date.now()) {
      const { changes, lastInsertRowid } = insertHangup.run({
        key,
        cmiuuid: event.cmiuuid,
        leg: event.leg,
        user: typeof event.user === 'string' ? event.user : null,
        time: event.time,
        receivedAt,
        event: JSON.stringify(event),
      });
      if (changes === 1) return { stored: true, hangup: toHangup(hangupById.get(lastInsertRowid)) };
      return { stored: false, hangup: toHangup(hangupByKey.get(key)) };
    },

    /**
     * Hangups newest first (by `time`, then by id), with optional filters.
     * @param {{ before?: HangupPosition, limit: number, leg?: string, user?: string, since?: number }} query
     * @returns {{ hangups: StoredHangup[], next: HangupPosition | null }} `next` is where the
     *   following page starts, or null on the last page.
     */
    listHangups({ before, limit, leg, user, since }) {
      const filters = [];
      if (before) filters.push('(time < @beforeTime OR (time = @beforeTime AND id < @beforeId))');
      if (leg !== undefined) filters.push('leg = @leg');
      if (user !== undefined) filters.push('user = @user');
      if (since !== undefined) filters.push('time >= @since');
      const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
      const sql = `SELECT * FROM hangups ${where} ORDER BY time DESC, id DESC LIMIT @take`;
      let statement = listStatements.get(sql);
      if (!statement) listStatements.set(sql, (statement = db.prepare(sql)));
      const rows = statement.all({
        ...(before && { beforeTime: before.time, beforeId: before.id }),
        ...(leg !== undefined && { leg }),
        ...(user !== undefined && { user }),
        ...(since !== undefined && { since }),
        take: limit + 1,
      });
      const hangups = rows.slice(0, limit).map(toHangup);
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      return { hangups, next: last ? { time: last.time, id: last.id } : null };
    },

    /**
     * The position of the hangup with row id `id`, for `?before=<id>`; undefined when there is none.
     * @param {number} id
     * @returns {HangupPosition | undefined}
     */
    hangupPosition(id) {
      const row = hangupById.get(id);
      return row ? { time: row.time, id: row.id } : undefined;
    },

    /**
     * Every hangup stored for one call leg's `cmiuuid`, newest first.
     * @param {string} cmiuuid
     * @returns {StoredHangup[]}
     */
    hangupsOf(cmiuuid) {
      return hangupsByCmiuuid.all(cmiuuid).map(toHangup);
    },

    /**
     * Hangups stored after row id `id`, oldest first: what a live view that saw `id` missed.
     * @param {number} id
     * @param {number} limit
     * @returns {StoredHangup[]}
     */
    hangupsAfter(id, limit) {
      return hangupsAfter.all(id, limit).map(toHangup);
    },

    /** The row id of the hangup stored last, 0 when there is none. @returns {number} */
    latestHangupId() {
      return latestHangupId.get().id;
    },

    /**
     * Keeps a rejected delivery, and deletes the oldest beyond `maxDeadLetters`.
     * @param {Omit<DeadLetter, 'id' | 'receivedAt'>} letter
     * @param {number} [receivedAt]
     * @returns {DeadLetter}
     */
    saveDeadLetter(letter, receivedAt = Date.now()) {
      const row = { ...letter, receivedAt, errors: JSON.stringify(letter.errors) };
      return { ...letter, id: saveDeadLetterAndPrune(row), receivedAt };
    },

    /**
     * Dead letters newest first.
     * @param {{ before?: number, limit: number }} query `before`: a row id; only older ones are listed.
     * @returns {{ deadLetters: DeadLetter[], next: number | null }} `next`: the `before` of the next page.
     */
    listDeadLetters({ before, limit }) {
      const rows = deadLettersBefore.all(before ?? Number.MAX_SAFE_INTEGER, limit + 1);
      const deadLetters = rows.slice(0, limit).map(toDeadLetter);
      return { deadLetters, next: rows.length > limit ? rows[limit - 1].id : null };
    },
  };
}

/** @returns {StoredHangup} */
function toHangup(row) {
  return { id: row.id, key: row.dedupe_key, receivedAt: row.received_at, event: JSON.parse(row.event) };
}

/** @returns {DeadLetter} */
function toDeadLetter(row) {
  return {
    id: row.id,
    receivedAt: row.received_at,
    reason: row.reason,
    status: row.status,
    message: row.message,
    errors: JSON.parse(row.errors),
    body: row.body,
    ip: row.ip,
  };
}

module.exports = { createStore };
