// The page at `/`: the last hour at a glance (drawn by public/glance.js from the stats it carries
// and those the live stream pushes), the calls (one row per conversation, with its timeline), the
// missed calls to call back and the dead letters, as plain HTML rendered here, then kept live by
// public/live.js.
// Every value from a payload is text a sender chose, so everything interpolated goes through escapeHtml.

/** Calls the page lists; live rows beyond it push the oldest off. */
const pageCalls = 50;
/** Missed calls to call back the page lists. */
const pageMissed = 20;
/** Dead letters the page lists. */
const pageDeadLetters = 20;
/** Characters of a dead letter's body shown; the API has it whole. */
const bodyPreview = 300;

/**
 * Makes text safe inside HTML elements and quoted attributes.
 * @param {unknown} value Anything; `null` and `undefined` become `''`.
 * @returns {string}
 */
function escapeHtml(value) {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char],
  );
}

/**
 * A `<time>` element for ms since the epoch, reading in UTC until the page's script rewrites it
 * in the viewer's own time zone and language.
 * @param {number} ms
 * @returns {string}
 */
function renderTime(ms) {
  const iso = new Date(ms).toISOString();
  return `<time datetime="${iso}" data-time="${ms}">${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC</time>`;
}

/** A table cell with a label for the narrow, card-shaped layout; `—` when there is no value. */
function cell(label, html, className = '') {
  const classes = className ? ` class="${className}"` : '';
  return `<td data-label="${label}"${classes}>${html === '' ? '<span class="missing">—</span>' : html}</td>`;
}

/**
 * Who is on a notification's leg: the customer (an incoming call's caller, an outgoing call's leg
 * b) or the agent.
 */
function partyOf(kind, notification) {
  if (kind.startsWith('incoming.agent.')) return 'agent';
  if (kind.startsWith('incoming.') || kind.startsWith('cdr.incoming.'))
    return notification.leg === 'b' ? 'agent' : 'caller';
  return notification.leg === 'a' ? 'agent' : 'customer';
}

const otherParty = { agent: 'customer', caller: 'agent', customer: 'agent' };

/** What one notification of a call's timeline says, in a few words. */
function stepText(kind, notification) {
  const party = partyOf(kind, notification);
  const agent = notification.user ? `agent ${notification.user}` : 'agent';
  const who = party === 'agent' ? agent : `the ${party}`;
  switch (kind) {
    case 'incoming.waiting':
      return 'caller waiting';
    case 'incoming.agent.started':
      return `ringing ${agent}`;
    case 'outgoing.started':
      return party === 'agent' ? `${agent} dialling` : 'ringing the customer';
    default:
      if (kind.endsWith('.answered') && !kind.startsWith('cdr.')) return `${who} answered`;
      if (kind.endsWith('.hangup')) return `${who} hung up`;
      return recordText(kind, notification, party);
  }
}

/** A call detail record: its outcome, how long, who ended it, its recording or voicemail. */
function recordText(kind, record, party) {
  const parts = [
    kind.endsWith('.answered')
      ? `record: answered ${record.answeredSeconds ?? 0} s`
      : `record: missed${record.waitedSeconds == null ? '' : `, waited ${record.waitedSeconds} s`}`,
  ];
  if (record.endedBy) parts.push(`ended by the ${record.endedBy === 'this_leg' ? party : otherParty[party]}`);
  if (record.recordingFile) parts.push(`recording ${record.recordingFile}`);
  if (record.voicemailFile) parts.push(`voicemail ${record.voicemailFile}`);
  return parts.join(', ');
}

/**
 * One row of the calls table: the call's summary, and its timeline in the order things happened.
 * @param {{ summary: import('./calls.js').CallSummary, timeline: import('./calls.js').StoredNotification[] }} call
 * @returns {string}
 */
function renderCallRow({ summary, timeline }) {
  const steps = timeline
    .map(
      ({ kind, notification }) =>
        `<li data-kind="${escapeHtml(kind)}">${renderTime(notification.time)} ${escapeHtml(stepText(kind, notification))}</li>`,
    )
    .join('');
  const agent = summary.agent
    ? `${escapeHtml(summary.agent)}${summary.team ? ` <span class="note">${escapeHtml(summary.team)}</span>` : ''}`
    : '';
  return (
    `<tr data-conversation="${escapeHtml(summary.conversation)}" data-last="${summary.lastId}" data-state="${summary.state}">` +
    cell('Started', renderTime(summary.startedAt)) +
    cell('Call', summary.direction) +
    cell('Customer', escapeHtml(summary.customer)) +
    cell('Agent', agent) +
    cell('State', `<span class="state">${summary.state}</span>`) +
    cell('Timeline', `<ol class="timeline">${steps}</ol>`, 'timeline-cell') +
    '</tr>'
  );
}

/**
 * One row of the missed calls to call back.
 * @param {{ summary: import('./calls.js').CallSummary }} call
 * @returns {string}
 */
function renderMissedRow({ summary }) {
  return (
    `<tr data-conversation="${escapeHtml(summary.conversation)}" data-last="${summary.lastId}">` +
    cell('Time', renderTime(summary.updatedAt)) +
    cell('Caller', escapeHtml(summary.customer)) +
    cell('Waited', summary.waitedSeconds == null ? '' : `${summary.waitedSeconds} s`) +
    cell('Voicemail', escapeHtml(summary.voicemailFile)) +
    cell('Team', escapeHtml(summary.team)) +
    '</tr>'
  );
}

/**
 * One row of the dead letters table.
 * @param {import('./store.js').DeadLetter} letter
 * @returns {string}
 */
function renderDeadLetterRow(letter) {
  const body =
    letter.body === ''
      ? '<span class="missing">not read</span>'
      : `<code>${escapeHtml(letter.body.slice(0, bodyPreview))}${letter.body.length > bodyPreview ? '…' : ''}</code>`;
  return (
    `<tr id="dead-letter-${letter.id}" data-id="${letter.id}">` +
    cell('Time', renderTime(letter.receivedAt)) +
    cell('Answer', `${letter.status} <code>${escapeHtml(letter.reason)}</code>`) +
    cell('Why', escapeHtml(letter.message)) +
    cell('Body', body, 'body') +
    cell('Sender', escapeHtml(letter.ip)) +
    '</tr>'
  );
}

/** The row a table shows while it has none. */
function emptyRow(columns, text) {
  return `<tr class="empty"><td colspan="${columns}">${text}</td></tr>`;
}

/**
 * The last hour at a glance: the frame glance.js draws into, and the stats as they were when the
 * page was rendered, as JSON in a data attribute (escaped like every other value), for it to
 * draw before the live stream sends any.
 * @param {import('./stats.js').StatsSnapshot} stats
 * @returns {string}
 */
function renderGlance(stats) {
  return `<section id="glance" class="glance" data-stats="${escapeHtml(JSON.stringify(stats))}">
<h2>The last hour at a glance</h2>
<figure>
<p class="axis" id="chart-scale"></p>
<svg id="deliveries-chart" viewBox="0 0 600 100" preserveAspectRatio="none" role="img" aria-labelledby="deliveries-chart-title"><title id="deliveries-chart-title">Deliveries per minute, by outcome</title></svg>
<p class="axis"><span>60 min ago</span><span>now</span></p>
<figcaption><ul id="outcomes" class="legend"></ul></figcaption>
</figure>
<div class="facts">
<div><h3>Rejected and failed, by reason</h3><ul id="reasons" class="reasons"></ul></div>
<div><h3>Listener time</h3><p id="latency"></p></div>
</div>
<noscript><p class="note">The chart needs JavaScript; <a href="/api/stats">/api/stats</a> has the same numbers.</p></noscript>
</section>`;
}

/**
 * The whole page.
 * @param {{ calls: object[], missed: object[], deadLetters: import('./store.js').DeadLetter[],
 *   latestNotificationId: number, stats: import('./stats.js').StatsSnapshot, webhookPath: string }} view
 *   `latestNotificationId` tells the live stream where the page's knowledge ends, so nothing
 *   stored between rendering and connecting is missed.
 * @returns {string}
 */
function renderPage({ calls, missed, deadLetters, latestNotificationId, stats, webhookPath }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Calls · telecmi-hangup</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/glance.js" defer></script>
<script src="/assets/live.js" defer></script>
</head>
<body data-events="/events?after=${latestNotificationId}">
<header>
<h1>Calls</h1>
<p id="live" data-state="connecting" role="status">Connecting…</p>
<p class="note">TeleCMI posts to <code>${escapeHtml(webhookPath)}</code>. Times are in your time zone.</p>
</header>
<main>
${renderGlance(stats)}
<section class="missed">
<h2>Missed calls to call back</h2>
<table id="missed">
<thead><tr><th>Time</th><th>Caller</th><th>Waited</th><th>Voicemail</th><th>Team</th></tr></thead>
<tbody data-limit="${pageMissed}">
${missed.length ? missed.map(renderMissedRow).join('\n') : emptyRow(5, 'None. Missed incoming calls appear here, newest first.')}
</tbody>
</table>
</section>
<section>
<h2>Calls</h2>
<table id="calls">
<thead><tr><th>Started</th><th>Call</th><th>Customer</th><th>Agent</th><th>State</th><th>Timeline</th></tr></thead>
<tbody data-limit="${pageCalls}">
${calls.length ? calls.map(renderCallRow).join('\n') : emptyRow(6, 'No calls yet. They appear here as TeleCMI delivers their notifications.')}
</tbody>
</table>
</section>
<section>
<h2>Dead letters</h2>
<p class="note">Deliveries the webhook rejected, with the answer it gave.</p>
<table id="dead-letters">
<thead><tr><th>Time</th><th>Answer</th><th>Why</th><th>Body</th><th>Sender</th></tr></thead>
<tbody data-limit="${pageDeadLetters}">
${deadLetters.length ? deadLetters.map(renderDeadLetterRow).join('\n') : emptyRow(5, 'None.')}
</tbody>
</table>
</section>
</main>
</body>
</html>
`;
}

module.exports = {
  renderPage,
  renderCallRow,
  renderMissedRow,
  renderDeadLetterRow,
  pageCalls,
  pageMissed,
  pageDeadLetters,
};
