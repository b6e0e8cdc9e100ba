// The page at `/`: plain HTML rendered here, then kept live by public/live.js. Every value from a
// payload is text a sender chose, so everything interpolated goes through escapeHtml.

/** Hangups the page lists; live rows beyond it push the oldest off. */
const pageHangups = 50;
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
 * One row of the hangups table.
 * @param {import('./store.js').StoredHangup} hangup
 * @returns {string}
 */
function renderHangupRow({ id, event }) {
  const leg = escapeHtml(event.leg);
  return (
    `<tr id="hangup-${id}" data-id="${id}" data-time="${Number(event.time)}" data-cmiuuid="${escapeHtml(event.cmiuuid)}">` +
    cell('Time', renderTime(event.time)) +
    cell('Leg', `${leg} <span class="note">${event.leg === 'a' ? 'caller' : 'callee'}</span>`) +
    cell('From', escapeHtml(event.from)) +
    cell('To', escapeHtml(event.to)) +
    cell('User', escapeHtml(event.user)) +
    cell('Conversation', event.conversation_uuid ? `<code>${escapeHtml(event.conversation_uuid)}</code>` : '', 'id') +
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
 * The whole page.
 * @param {{ hangups: import('./store.js').StoredHangup[], deadLetters: import('./store.js').DeadLetter[],
 *   latestHangupId: number, webhookPath: string }} view
 *   `latestHangupId` tells the live stream where the page's knowledge ends, so nothing stored
 *   between rendering and connecting is missed.
 * @returns {string}
 */
function renderPage({ hangups, deadLetters, latestHangupId, webhookPath }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hangups · telecmi-hangup</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/live.js" defer></script>
</head>
<body data-events="/events?after=${latestHangupId}">
<header>
<h1>Hangups</h1>
<p id="live" data-state="connecting" role="status">Connecting…</p>
<p class="note">TeleCMI posts to <code>${escapeHtml(webhookPath)}</code>. Times are in your time zone.</p>
</header>
<main>
<section>
<h2>Recent hangups</h2>
<table id="hangups">
<thead><tr><th>Time</th><th>Leg</th><th>From</th><th>To</th><th>User</th><th>Conversation</th></tr></thead>
<tbody data-limit="${pageHangups}">
${hangups.length ? hangups.map(renderHangupRow).join('\n') : emptyRow(6, 'No hangups yet. They appear here as TeleCMI delivers them.')}
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
  renderHangupRow,
  renderDeadLetterRow,
  pageHangups,
  pageDeadLetters,
};
