// The results as Markdown tables (readable in a terminal, pasteable into the README) and as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './fixtures.mjs';
import { mb } from './memory.mjs';
import { pairedDifferences, pairedRatios, summarize } from './stats.mjs';

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const integer = (n) => Math.round(n).toLocaleString('en-US');
const fixed = (digits) => (n) => n.toFixed(digits);
const percent = (n) => `${Math.round(n * 100)}%`;

function summaryRows(summaries, format) {
  return Object.entries(summaries).map(([name, s]) => [
    name,
    format(s.median),
    `${format(s.min)} – ${format(s.max)}`,
    percent(s.spread),
  ]);
}

function machineLine({ machine }) {
  const { cpu, cores, node, os, loadBefore, loadAfter, pinned, date, commit } = machine;
  return (
    `${cpu}, ${cores} cores, Node ${node}, ${os}; ${pinned ? 'servers on core 1, load on core 0 (taskset)' : 'not pinned'}; ` +
    `load average ${loadBefore} before, ${loadAfter} after; ${date}${commit ? `, commit ${commit}` : ''}`
  );
}

/**
 * What one subscriber to the package's channels costs a delivery: `node:http telecmiHangup` with
 * `collectMetrics` subscribed against the same server without, by server CPU time per request,
 * rounds paired in time. Reported, not gated.
 */
function subscriberCost(cpu) {
  const without = cpu['node:http telecmiHangup'];
  const withMetrics = cpu['node:http telecmiHangup + collectMetrics'];
  if (!without || !withMetrics) return [];
  const added = summarize(pairedDifferences(withMetrics.samples, without.samples));
  const ratio = summarize(pairedRatios(withMetrics.samples, without.samples));
  return [
    'Cost of a subscriber: server CPU µs per request on node:http, collectMetrics subscribed against none (rounds paired)',
    table(
      ['subscriber', 'without', 'with', 'added (median, min – max)', 'with / without'],
      [
        [
          'collectMetrics (prom-client)',
          fixed(1)(without.median),
          fixed(1)(withMetrics.median),
          `${fixed(1)(added.median)} (${fixed(1)(added.min)} – ${fixed(1)(added.max)})`,
          `${fixed(3)(ratio.median)}x`,
        ],
      ],
    ),
  ];
}

/** The whole report as Markdown. */
export function formatReport(results) {
  const { settings, throughput, micro, coldStart, memory, targets } = results;
  const parts = [`Machine: ${machineLine(results)}`, `Mode: ${settings.mode}`];
  if (throughput) {
    const { rounds, seconds, connections } = settings.throughput;
    parts.push(
      `Throughput: req/s, ${connections} connections, ${rounds} interleaved rounds of ${seconds} s`,
      table(['host', 'median', 'min – max', 'spread'], summaryRows(throughput.rates, integer)),
      'Server CPU time per request (µs; not a target, but steady when other processes take the core)',
      table(['host', 'median', 'min – max', 'spread'], summaryRows(throughput.cpuPerRequest, fixed(1))),
      ...subscriberCost(throughput.cpuPerRequest),
    );
  }
  if (micro) {
    const { rounds } = settings.micro;
    parts.push(
      `Micro: µs of CPU time per call (tinybench mean of batches of 1,000), ${rounds} interleaved rounds`,
      table(['task', 'median', 'min – max', 'spread'], summaryRows(micro, fixed(2))),
    );
  }
  if (coldStart) {
    parts.push(
      `Cold start: wall ms per node process (spawn to exit), ${settings.coldStart.runs} interleaved runs each`,
      table(['variant', 'median', 'min – max', 'spread'], summaryRows(coldStart.wall, fixed(1))),
      'Cold start: CPU ms each process used (not a target, but steady when other processes take the core)',
      table(['variant', 'median', 'min – max', 'spread'], summaryRows(coldStart.cpu, fixed(1))),
    );
  }
  if (memory) {
    parts.push(
      `Memory: heapUsed after full GCs, ${memory.host}, unique deliveries`,
      table(
        ['deliveries', 'heapUsed'],
        [
          ['0', mb(memory.heapAtStart)],
          [integer(memory.first), mb(memory.heapAfterFirst)],
          [integer(memory.total), mb(memory.heapAfterTotal)],
        ],
      ),
    );
  }
  const value = (t) => (t.unit === 'ms' ? `${t.value.toFixed(1)} ms` : `${t.value.toFixed(3)}x`);
  const range = (t) =>
    t.unit === 'ms' ? `${t.min.toFixed(1)} – ${t.max.toFixed(1)}` : `${t.min.toFixed(2)} – ${t.max.toFixed(2)}`;
  parts.push(
    'Targets',
    table(
      ['#', 'target', 'median', 'min – max', 'limit', 'result'],
      targets.map((t) => [
        t.id,
        t.note ? `${t.what} (${t.note})` : t.what,
        value(t),
        range(t),
        `${t.comparison} ${t.unit === 'ms' ? `${t.limit} ms` : t.limit.toFixed(2)}`,
        t.pass ? 'pass' : '**MISSED**',
      ]),
    ),
  );
  return parts.join('\n\n');
}

/** Writes bench/results/<timestamp>.json and bench/results/latest.json; resolves with the first path. */
export function writeResults(results) {
  const dir = join(packageRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const file = join(dir, `${results.machine.date.replaceAll(':', '-')}.json`);
  writeFileSync(file, text);
  writeFileSync(join(dir, 'latest.json'), text);
  return file;
}
