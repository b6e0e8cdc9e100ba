// Runs in the browser: shows times in the viewer's own zone, and shows the calls (and dead
// letters) the server pushes, each call's row replaced as its timeline grows.
// The rows arrive as HTML the server rendered (and escaped) exactly as it renders the page.
// The stats are glance.js's to draw: they are handed on to it as a `glance:stats` event.
/* global document, EventSource */
'use strict';

(() => {
  const timeFormat = new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });

  /** Rewrites each `<time data-time>` under `root` in local time, keeping UTC as its tooltip. */
  function localizeTimes(root) {
    for (const element of root.querySelectorAll('time[data-time]')) {
      element.title = element.textContent;
      element.textContent = timeFormat.format(new Date(Number(element.dataset.time)));
    }
  }

  /** The `<tr>` a server-rendered row's HTML makes. */
  function rowFrom(html) {
    const template = document.createElement('template');
    template.innerHTML = `<table><tbody>${html}</tbody></table>`;
    const row = template.content.querySelector('tr');
    localizeTimes(row);
    row.classList.add('fresh');
    return row;
  }

  /** Puts `row` before the first row it `isBefore`, and trims the table to its limit. */
  function insertRow(tbody, row, isBefore) {
    tbody.querySelector('tr.empty')?.remove();
    const next = Array.from(tbody.rows).find((other) => isBefore(row, other));
    tbody.insertBefore(row, next ?? null);
    while (tbody.rows.length > Number(tbody.dataset.limit)) tbody.rows[tbody.rows.length - 1].remove();
  }

  /** The row of `tbody` that shows a conversation, if any. */
  const rowOf = (tbody, conversation) =>
    Array.from(tbody.rows).find((row) => row.dataset.conversation === conversation);

  /**
   * Shows a call's row as the server rendered it now: in place of the one the page has (an
   * older view of the same call) and at the top, since it has the newest notification.
   */
  function showCall(tbody, conversation, html, last) {
    const shown = rowOf(tbody, conversation);
    // A reconnect replays what was missed, which may be older than what the page shows.
    if (shown && Number(shown.dataset.last) >= last) return;
    shown?.remove();
    insertRow(tbody, rowFrom(html), () => true);
  }

  localizeTimes(document);

  const calls = document.querySelector('#calls tbody');
  const missed = document.querySelector('#missed tbody');
  const deadLetters = document.querySelector('#dead-letters tbody');
  const status = document.getElementById('live');
  const setStatus = (state, text) => {
    status.dataset.state = state;
    status.textContent = text;
  };

  const source = new EventSource(document.body.dataset.events);
  source.addEventListener('open', () => setStatus('live', 'Live'));
  source.addEventListener('error', () => setStatus('offline', 'Reconnecting…'));
  source.addEventListener('call', (message) => {
    const { conversation, html, last, missedHtml } = JSON.parse(message.data);
    showCall(calls, conversation, html, last);
    if (missedHtml) showCall(missed, conversation, missedHtml, last);
    // An incoming call answered by another agent after one missed it is no call to return.
    else rowOf(missed, conversation)?.remove();
  });
  source.addEventListener('stats', (message) => {
    document.dispatchEvent(new CustomEvent('glance:stats', { detail: JSON.parse(message.data) }));
  });
  source.addEventListener('dead-letter', (message) => {
    const { id, html } = JSON.parse(message.data);
    if (document.getElementById(`dead-letter-${id}`)) return;
    insertRow(deadLetters, rowFrom(html), () => true);
  });
})();
