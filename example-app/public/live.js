// Runs in the browser: shows times in the viewer's own zone, and adds rows the server pushes.
// The rows arrive as HTML the server rendered (and escaped) exactly as it renders the page.
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

  const newerHangup = (row, other) => {
    const time = Number(row.dataset.time);
    const otherTime = Number(other.dataset.time);
    return time > otherTime || (time === otherTime && Number(row.dataset.id) > Number(other.dataset.id));
  };

  localizeTimes(document);

  const hangups = document.querySelector('#hangups tbody');
  const deadLetters = document.querySelector('#dead-letters tbody');
  const status = document.getElementById('live');
  const setStatus = (state, text) => {
    status.dataset.state = state;
    status.textContent = text;
  };

  const source = new EventSource(document.body.dataset.events);
  source.addEventListener('open', () => setStatus('live', 'Live'));
  source.addEventListener('error', () => setStatus('offline', 'Reconnecting…'));
  source.addEventListener('hangup', (message) => {
    const { id, html } = JSON.parse(message.data);
    // A reconnect replays what was missed, which may include rows already shown.
    if (document.getElementById(`hangup-${id}`)) return;
    insertRow(hangups, rowFrom(html), newerHangup);
  });
  source.addEventListener('dead-letter', (message) => {
    const { id, html } = JSON.parse(message.data);
    if (document.getElementById(`dead-letter-${id}`)) return;
    insertRow(deadLetters, rowFrom(html), () => true);
  });
})();
