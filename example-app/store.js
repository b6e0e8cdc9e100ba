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
 * @property {string} body The raw body (or a GET's query string); `''` when it was not read. At
 *   most `maxDeadLetterBodyBytes` of it are kept.
 * @property {boolean} bodyTruncated Whether `body` is only the start of what was received.
 * @property {string | null} ip The sender's address as Express saw it.
 */

/**
 * Where a hangup sits in the newest-first order: where a page of results ends.
 * @typedef {{ time: number, id: number }} HangupPosition
 */

/**
 * Wraps an open database (see db.js) in the queries the app needs.
 * @param {import('better-sqlite3').Database} db
 * @param {{ maxDeadLetters?: number, maxDeadLetterBytes?: number, maxDeadLetterBodyBytes?: number }} [settings]
 *   How much junk posted to the webhook may take on disk; as new dead letters come, the oldest are
 *   deleted to stay within both bounds.
 *   `maxDeadLetters`: newest dead letters kept. Default 10000.
 *   `maxDeadLetterBytes`: total UTF-8 bytes of the bodies kept. Default 16 MiB. The rest of a row
 *   is a few hundred bytes, and SQLite reuses the pages deleted rows free, so the file grows to
 *   little more than this, not to `maxDeadLetters` times the largest body.
 *   `maxDeadLetterBodyBytes`: bytes of one body kept; a longer one is cut (at a character boundary)
 *   and marked `bodyTruncated`. At most `maxDeadLetterBytes`. Default 64 KiB, the middleware's
 *   default `limit`.
 */
function createStore(
  db,
  { maxDeadLetters = 10_000, maxDeadLetterBytes = 16 * 1024 * 1024, maxDeadLetterBodyBytes = 64 * 1024 } = {},
) {
  for (const [name, value] of Object.entries({ maxDeadLetters, maxDeadLetterBytes, maxDeadLetterBodyBytes })) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new TypeError(`createStore: "${name}" must be a whole number from 1 up, got ${String(value)}`);
    }
  }
  if (maxDeadLetterBodyBytes > maxDeadLetterBytes) {
    throw new TypeError('createStore: "maxDeadLetterBodyBytes" must not be more than "maxDeadLetterBytes"');
  }
  const insertHangup = db.prepare(
    `INSERT INTO hangups (dedupe_key, cmiuuid, leg, user, time, received_at, event)
     VALUES (@key, @cmiuuid, @leg, @user, @time, @receivedAt, @event)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  const hangupById = db.prepare('SELECT * FROM hangups WHERE id = ?');
  const hangupByKey = db.prepare('SELECT * FROM hangups WHERE dedupe_key = ?');
  const hangupsByCmiuuid = db.prepare('SELECT * FROM hangups WHERE cmiuuid = ? ORDER BY time DESC, id DESC');
  const insertDeadLetter = db.prepare(
    `INSERT INTO dead_letters (received_at, reason, status, message, errors, body, ip)
     VALUES (@receivedAt, @reason, @status, @message, @errors, @body, @ip)`,
  );
  const pruneDeadLetters = db.prepare(
    `DELETE FROM dead_letters WHERE id <= (SELECT id FROM dead_letters ORDER BY id DESC LIMIT 1 OFFSET ?)
     RETURNING octet_length(body) AS bytes`,
  );
  const oldestDeadLetters = db.prepare('SELECT id, octet_length(body) AS bytes FROM dead_letters ORDER BY id');
  const deleteDeadLettersUpTo = db.prepare('DELETE FROM dead_letters WHERE id <= ?');
  const totalBodyBytes = db.prepare('SELECT total(octet_length(body)) FROM dead_letters').pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const deadLettersBefore = db.prepare('SELECT * FROM dead_letters WHERE id < ? ORDER BY id DESC LIMIT ?');
  // The bodies' total size is kept here, not summed on every save (that reads every row). It is
  // summed again when another connection has written to the file since (its data_version moved),
  // or after a save that failed part-way.
  let bodyBytes = 0;
  let seenVersion = -1;
  const saveDeadLetterAndPrune = db.transaction((row) => {
    const version = dataVersion.get();
    if (version !== seenVersion) {
      bodyBytes = totalBodyBytes.get();
      seenVersion = version;
    }
    const { lastInsertRowid } = insertDeadLetter.run(row);
    bodyBytes += Buffer.byteLength(row.body);
    for (const { bytes } of pruneDeadLetters.all(maxDeadLetters)) bodyBytes -= bytes;
    if (bodyBytes > maxDeadLetterBytes) {
      // Oldest first, just as many as bring the total back within the bound. The newest alone is
      // within it (maxDeadLetterBodyBytes), so it always stays.
      let freed = 0;
      let upTo = 0;
      for (const { id, bytes } of oldestDeadLetters.iterate()) {
        freed += bytes;
        upTo = id;
        if (bodyBytes - freed <= maxDeadLetterBytes) break;
      }
      deleteDeadLettersUpTo.run(upTo);
      bodyBytes -= freed;
    }
    return Number(lastInsertRowid);
  }).immediate;
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
     * Keeps a rejected delivery (its body cut to `maxDeadLetterBodyBytes`), and deletes the oldest
     * beyond `maxDeadLetters` or `maxDeadLetterBytes`.
     * @param {Omit<DeadLetter, 'id' | 'receivedAt' | 'bodyTruncated'>} letter
     * @param {number} [receivedAt]
     * @returns {DeadLetter} As stored.
     */
    saveDeadLetter(letter, receivedAt = Date.now()) {
      const body = storedBody(letter.body, maxDeadLetterBodyBytes);
      const row = { ...letter, receivedAt, errors: JSON.stringify(letter.errors), body };
      let id;
      try {
        id = saveDeadLetterAndPrune(row);
      } catch (error) {
        seenVersion = -1;
        throw error;
      }
      return { ...letter, id, receivedAt, ...bodyOf(body) };
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
    ...bodyOf(row.body),
    ip: row.ip,
  };
}

/**
 * A body as stored: text when whole; when longer than `max` UTF-8 bytes, its first `max` bytes
 * at most, cut before a character that would not fit, as a BLOB. The BLOB's type is the mark of a
 * cut body, which needs no column of its own.
 * @param {string} body
 * @param {number} max
 * @returns {string | Buffer}
 */
function storedBody(body, max) {
  // Each UTF-16 unit of a JS string is at most 3 bytes in UTF-8: a short body fits without counting.
  if (body.length * 3 <= max) return body;
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.length <= max) return body;
  let end = max;
  // A continuation byte (10xxxxxx) just past the cut means the character it ends started before it.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** @returns {{ body: string, bodyTruncated: boolean }} */
function bodyOf(stored) {
  return Buffer.isBuffer(stored)
    ? { body: stored.toString('utf8'), bodyTruncated: true }
    : { body: stored, bodyTruncated: false };
}

module.exports = { createStore };
