// Every notification TeleCMI sent, one row per dedupe key, read back as calls: one per
// conversation (`conversation_uuid`, or the leg's `cmiuuid` where an older edition has none), with
// its timeline in the order things happened and a summary worked out from it.

/**
 * @typedef {object} StoredNotification
 * @property {number} id Row id, in the order notifications were stored.
 * @property {string} key The dedupe key: one row per key.
 * @property {string} kind `incoming.waiting`, `cdr.outgoing.answered`, ...
 * @property {string} conversation The call it belongs to.
 * @property {number} receivedAt When it was stored, ms since the epoch.
 * @property {Record<string, any>} notification As the middleware emitted it (dates as ISO text).
 */

/**
 * @typedef {object} CallSummary
 * @property {string} conversation
 * @property {'incoming' | 'outgoing'} direction
 * @property {'waiting' | 'ringing' | 'connected' | 'ended' | 'answered' | 'missed'} state
 *   `answered` and `missed` once a call detail record says so; `ended` when it is over (an
 *   outgoing call's leg, or an incoming call's caller, hung up) but no record came yet.
 * @property {string | null} customer The caller (incoming) or the number called (outgoing).
 * @property {string | null} agent The user (agent) who took or placed the call.
 * @property {string | null} team The team an incoming call was routed to.
 * @property {number} startedAt ms since the epoch, the first notification's `time`.
 * @property {number} updatedAt The last notification's `time`.
 * @property {number | null} answeredSeconds From the customer leg's record.
 * @property {number | null} waitedSeconds How long a missed caller waited.
 * @property {string | null} endedBy `this_leg` or `other_side`, from the customer leg's record.
 * @property {string | null} recordingFile
 * @property {string | null} voicemailFile
 * @property {number} lastId The row id of its newest notification: where a page of calls ends.
 */

/**
 * Wraps an open database (see db.js) in the queries the calls view needs.
 * @param {import('better-sqlite3').Database} db
 */
function createCallStore(db) {
  const insert = db.prepare(
    `INSERT INTO notifications (dedupe_key, kind, conversation, cmiuuid, leg, time, received_at, notification)
     VALUES (@key, @kind, @conversation, @cmiuuid, @leg, @time, @receivedAt, @notification)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  const byId = db.prepare('SELECT * FROM notifications WHERE id = ?');
  const byKey = db.prepare('SELECT * FROM notifications WHERE dedupe_key = ?');
  const ofConversation = db.prepare('SELECT * FROM notifications WHERE conversation = ? ORDER BY time, id');
  const after = db.prepare('SELECT * FROM notifications WHERE id > ? ORDER BY id LIMIT ?');
  const latest = db.prepare('SELECT coalesce(max(id), 0) AS id FROM notifications');
  const recentCalls = db.prepare(
    `SELECT conversation, max(id) AS last FROM notifications GROUP BY conversation
     HAVING last < @before ORDER BY last DESC LIMIT @take`,
  );
  // Missed, and not answered by someone else later: the calls to call back.
  const missedCalls = db.prepare(
    `SELECT conversation, max(id) AS last FROM notifications
     WHERE kind = 'cdr.incoming.missed' AND (leg IS NULL OR leg <> 'b') AND conversation NOT IN
       (SELECT conversation FROM notifications WHERE kind = 'cdr.incoming.answered')
     GROUP BY conversation HAVING last < @before ORDER BY last DESC LIMIT @take`,
  );
  const listStatements = new Map();

  /** The summary and timeline of one conversation, or undefined when nothing is stored for it. */
  function callOf(conversation) {
    const timeline = ofConversation.all(conversation).map(toStored);
    return timeline.length === 0 ? undefined : { summary: summarize(conversation, timeline), timeline };
  }

  function page(statement, { before, limit }) {
    const rows = statement.all({ before: before ?? Number.MAX_SAFE_INTEGER, take: limit + 1 });
    const calls = rows.slice(0, limit).map((row) => callOf(row.conversation));
    return { calls, next: rows.length > limit ? rows[limit - 1].last : null };
  }

  return {
    /**
     * Stores a notification under `key` unless a row has that key already (a retry that outlived
     * the middleware's in-memory dedupe, e.g. across a restart). Throws when the write fails.
     * @param {Record<string, any>} notification
     * @param {string} key
     * @param {number} [receivedAt]
     * @returns {{ stored: boolean, row: StoredNotification }}
     */
    saveNotification(notification, key, receivedAt = Date.now()) {
      const { changes, lastInsertRowid } = insert.run({
        key,
        kind: notification.kind,
        conversation: conversationOf(notification),
        cmiuuid: notification.cmiuuid,
        leg: typeof notification.leg === 'string' ? notification.leg : null,
        time: notification.time,
        receivedAt,
        notification: JSON.stringify(notification),
      });
      if (changes === 1) return { stored: true, row: toStored(byId.get(lastInsertRowid)) };
      return { stored: false, row: toStored(byKey.get(key)) };
    },

    /**
     * Notifications newest first (by row id), with optional filters.
     * @param {{ before?: number, limit: number, kind?: string, since?: number }} query
     * @returns {{ notifications: StoredNotification[], next: number | null }}
     */
    listNotifications({ before, limit, kind, since }) {
      const filters = [];
      if (before !== undefined) filters.push('id < @before');
      if (kind !== undefined) filters.push('kind = @kind');
      if (since !== undefined) filters.push('time >= @since');
      const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
      const sql = `SELECT * FROM notifications ${where} ORDER BY id DESC LIMIT @take`;
      let statement = listStatements.get(sql);
      if (!statement) listStatements.set(sql, (statement = db.prepare(sql)));
      const rows = statement.all({
        ...(before !== undefined && { before }),
        ...(kind !== undefined && { kind }),
        ...(since !== undefined && { since }),
        take: limit + 1,
      });
      const notifications = rows.slice(0, limit).map(toStored);
      return { notifications, next: rows.length > limit ? rows[limit - 1].id : null };
    },

    /**
     * Calls newest first (by their newest notification), or only the missed ones to call back.
     * @param {{ before?: number, limit: number, missed?: boolean }} query
     * @returns {{ calls: { summary: CallSummary, timeline: StoredNotification[] }[], next: number | null }}
     */
    listCalls({ before, limit, missed = false }) {
      return page(missed ? missedCalls : recentCalls, { before, limit });
    },

    /**
     * One call's summary and timeline, or undefined.
     * @param {string} conversation
     */
    call: callOf,

    /** Notifications stored after row id `id`, oldest first: what a live view that saw `id` missed. */
    notificationsAfter(id, limit) {
      return after.all(id, limit).map(toStored);
    },

    /** The row id of the notification stored last, 0 when there is none. @returns {number} */
    latestNotificationId() {
      return latest.get().id;
    },
  };
}

/** The call a notification belongs to. */
function conversationOf(notification) {
  const { conversation_uuid: conversation, cmiuuid } = notification;
  return typeof conversation === 'string' && conversation !== '' ? conversation : cmiuuid;
}

function toStored(row) {
  return {
    id: row.id,
    key: row.dedupe_key,
    kind: row.kind,
    conversation: row.conversation,
    receivedAt: row.received_at,
    notification: JSON.parse(row.notification),
  };
}

/**
 * What a call's notifications say about it, read in order. The customer's leg decides the outcome:
 * an incoming call's caller leg, an outgoing call's leg b.
 * @returns {CallSummary}
 */
function summarize(conversation, timeline) {
  const first = timeline[0].notification;
  const incoming = timeline.some(({ kind }) => kind.startsWith('incoming.') || kind.startsWith('cdr.incoming.'));
  const summary = {
    conversation,
    direction: incoming ? 'incoming' : 'outgoing',
    state: 'ringing',
    customer: null,
    agent: null,
    team: null,
    startedAt: first.time,
    updatedAt: timeline[timeline.length - 1].notification.time,
    answeredSeconds: null,
    waitedSeconds: null,
    endedBy: null,
    recordingFile: null,
    voicemailFile: null,
    lastId: Math.max(...timeline.map(({ id }) => id)),
  };
  let answeredBy = false;
  for (const { kind, notification } of timeline) {
    const customerLeg = incoming
      ? !kind.startsWith('incoming.agent.') && notification.leg !== 'b'
      : notification.leg !== 'a';
    if (incoming && customerLeg && notification.from) summary.customer ??= notification.from;
    if (!incoming && customerLeg && notification.to) summary.customer ??= notification.to;
    // The agent who answered an incoming call is its agent, whoever else was rung before or after.
    if (notification.user && !answeredBy) summary.agent = notification.user;
    if (kind === 'incoming.agent.answered') answeredBy = true;
    if (notification.team) summary.team = notification.team;
    if (kind === 'incoming.waiting') summary.state = 'waiting';
    else if (kind.endsWith('.started')) summary.state = summary.state === 'connected' ? 'connected' : 'ringing';
    else if (kind.endsWith('.answered') && !kind.startsWith('cdr.') && customerLeg) summary.state = 'connected';
    // An outgoing call is over when either leg hangs up; an incoming one when its caller does (an
    // agent who hangs up may be followed by another).
    else if (kind.endsWith('.hangup') && (customerLeg || !incoming)) summary.state = 'ended';
    // The customer leg's record only: an agent's leg-b record of an incoming call (one agent of a
    // ring group who missed it) says nothing of whether another agent answered the caller.
    else if (kind.startsWith('cdr.') && customerLeg) readRecord(summary, kind, notification);
  }
  // Only leg a seen so far: its number called is the customer's.
  summary.customer ??= timeline.map(({ notification }) => notification.to).find((to) => typeof to === 'string') ?? null;
  return summary;
}

/** The customer leg's call detail record: the last word on the call. */
function readRecord(summary, kind, record) {
  const answered = kind.endsWith('.answered');
  summary.state = answered ? 'answered' : 'missed';
  summary.answeredSeconds = record.answeredSeconds ?? summary.answeredSeconds;
  summary.waitedSeconds = record.waitedSeconds ?? summary.waitedSeconds;
  summary.endedBy = record.endedBy ?? summary.endedBy;
  summary.recordingFile = record.recordingFile ?? summary.recordingFile;
  summary.voicemailFile = record.voicemailFile ?? summary.voicemailFile;
}

module.exports = { createCallStore, conversationOf };
