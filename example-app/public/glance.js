// Runs in the browser: draws the last hour at a glance (deliveries per minute by outcome as
// stacked bars, the rejected and failed ones by reason, listener time p50/p99) from the stats the
// page was rendered with, and again from each 'stats' event of the live stream, which live.js
// hands on as a `glance:stats` event on the document. Plain SVG, no library.
/* global document */
'use strict';

(() => {
  const section = document.getElementById('glance');
  if (!section) return;
  const chart = document.getElementById('deliveries-chart');
  const scaleLabel = document.getElementById('chart-scale');
  const legend = document.getElementById('outcomes');
  const reasons = document.getElementById('reasons');
  const latency = document.getElementById('latency');

  const svgNs = 'http://www.w3.org/2000/svg';
  const outcomes = ['accepted', 'duplicate', 'ignored', 'rejected', 'failed'];
  // The viewBox is 600 by 100, stretched to the page's width (the labels are HTML around it, so
  // they keep their size): sixty minutes of 10 units, each bar 8 wide with a gap of 2.
  const step = 10;
  const barWidth = 8;
  const barsTop = 2;
  const barsBottom = 99;
  const minuteFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

  function svgElement(name, attributes, text) {
    const element = document.createElementNS(svgNs, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function htmlElement(name, className, text) {
    const element = document.createElement(name);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** Milliseconds to three significant digits. */
  const ms = (value) => `${Number(value.toPrecision(3))} ms`;

  /** A minute's count of each outcome, in words, for its tooltip. */
  function minuteText(bucket) {
    const parts = outcomes.filter((outcome) => bucket[outcome] > 0).map((outcome) => `${bucket[outcome]} ${outcome}`);
    return `${minuteFormat.format(new Date(bucket.start))}: ${parts.length ? parts.join(', ') : 'none'}`;
  }

  function drawChart(stats) {
    const totals = stats.buckets.map((bucket) => outcomes.reduce((sum, outcome) => sum + bucket[outcome], 0));
    const most = Math.max(1, ...totals);
    const scale = (barsBottom - barsTop) / most;
    const title = chart.querySelector('title');
    chart.replaceChildren(...(title ? [title] : []));
    chart.append(svgElement('line', { x1: 0, x2: 600, y1: barsBottom + 0.5, y2: barsBottom + 0.5, class: 'baseline' }));
    scaleLabel.textContent = `${most} a minute`;
    stats.buckets.forEach((bucket, index) => {
      const group = svgElement('g', { class: 'minute', 'data-start': bucket.start, 'data-total': totals[index] });
      group.append(svgElement('title', {}, minuteText(bucket)));
      let y = barsBottom;
      for (const outcome of outcomes) {
        if (bucket[outcome] === 0) continue;
        const height = bucket[outcome] * scale;
        y -= height;
        group.append(
          svgElement('rect', {
            class: `bar ${outcome}`,
            x: index * step + (step - barWidth) / 2,
            y,
            width: barWidth,
            height,
            'data-outcome': outcome,
            'data-count': bucket[outcome],
          }),
        );
      }
      chart.append(group);
    });
    chart.dataset.total = String(totals.reduce((sum, total) => sum + total, 0));
    chart.dataset.max = String(most);
    chart.dataset.to = String(stats.to);
  }

  function drawLegend(stats) {
    legend.replaceChildren(
      ...outcomes.map((outcome) => {
        const item = htmlElement('li', outcome);
        item.dataset.outcome = outcome;
        item.append(htmlElement('span', 'swatch'), `${outcome} `, htmlElement('b', '', String(stats.totals[outcome])));
        return item;
      }),
    );
  }

  function drawReasons(stats) {
    const items = [];
    for (const outcome of ['rejected', 'failed']) {
      for (const [code, count] of Object.entries(stats[`${outcome}ByReason`])) {
        const item = htmlElement('li', outcome);
        item.dataset.code = code;
        item.append(htmlElement('b', '', String(count)), ' ', htmlElement('code', '', code));
        if (outcome === 'failed') item.append(' (failed)');
        items.push(item);
      }
    }
    reasons.replaceChildren(...(items.length ? items : [htmlElement('li', 'missing', 'None.')]));
  }

  function drawLatency(stats) {
    const { count, p50, p99 } = stats.listenerLatency;
    latency.dataset.count = String(count);
    latency.textContent =
      count === 0
        ? 'No listener ran in the last hour.'
        : `p50 ${ms(p50)} · p99 ${ms(p99)}, over ${count} ${count === 1 ? 'delivery' : 'deliveries'}`;
  }

  function draw(stats) {
    drawChart(stats);
    drawLegend(stats);
    drawReasons(stats);
    drawLatency(stats);
  }

  draw(JSON.parse(section.dataset.stats));
  document.addEventListener('glance:stats', (event) => draw(event.detail));
})();
