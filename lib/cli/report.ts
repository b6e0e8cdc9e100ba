import { performance } from 'node:perf_hooks';
import type { Delivery } from './deliveries.js';
import type { Outcome } from './http-client.js';
import { writeLines, type CliIo } from './io.js';

type Settled = Exclude<Outcome, { kind: 'aborted' | 'unreachable' }>;

/** How often the progress line is redrawn, and so how long a run lasts before it appears. */
const progressEveryMs = 250;

/** Longest error message shown on a request's line. */
const maxMessageLength = 200;

/**
 * Prints what `send` does: one line per request on stdout (only the failures when quiet), a
 * summary at the end, and, when stderr is a terminal, a progress line on stderr that is cleared
 * before each stdout line so the two never garble each other.
 */
export class Reporter {
  private readonly started = performance.now();
  private readonly latencies: number[] = [];
  private readonly results = new Map<string, number>();
  private failed = 0;
  private progressShown = false;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly indexWidth: number;

  /** `kindWidth`: the widest kind label of the run, which the kind column is padded to. */
  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly quiet: boolean,
    private readonly kindWidth: number,
  ) {
    this.indexWidth = String(total).length;
    if (io.stderr.isTTY === true) {
      this.timer = setInterval(() => this.drawProgress(), progressEveryMs);
      // The line is a courtesy: it must never keep the process alive.
      this.timer.unref();
    }
  }

  /** Records one answered or failed request and prints its line. */
  record(delivery: Delivery, outcome: Settled): void {
    const ok = outcome.kind === 'answered' && outcome.status >= 200 && outcome.status < 300;
    if (!ok) this.failed++;
    this.latencies.push(outcome.ms);
    const result = outcome.kind === 'answered' ? String(outcome.status) : outcome.code;
    this.results.set(result, (this.results.get(result) ?? 0) + 1);
    if (!this.quiet || !ok) this.print(requestLine(delivery, outcome, this.indexWidth, this.kindWidth));
  }

  /** Whether any recorded request was not acknowledged with a 2xx. */
  get anyFailed(): boolean {
    return this.failed > 0;
  }

  /** Stops the progress line and prints the summary (nothing when no request was recorded). */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.clearProgress();
    if (this.latencies.length > 0) writeLines(this.io.stdout, this.summary());
  }

  private summary(): string {
    const seconds = ((performance.now() - this.started) / 1000).toFixed(2);
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const count = sorted.length;
    const results = [...this.results].map(([result, times]) => `${result} x${times}`).join(', ');
    const latency = `p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted[count - 1] ?? 0)}`;
    const noun = count === 1 ? 'request' : 'requests';
    return `${count} ${noun} in ${seconds} s: ${count - this.failed} acknowledged (2xx), ${this.failed} failed [${results}]; latency ${latency}`;
  }

  private print(line: string): void {
    this.clearProgress();
    writeLines(this.io.stdout, line);
  }

  private drawProgress(): void {
    const done = this.latencies.length;
    const rate = done / ((performance.now() - this.started) / 1000);
    this.io.stderr.write(`\r\x1b[2Ksent ${done}/${this.total}, ${this.failed} failed, ${Math.round(rate)}/s`);
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.io.stderr.write('\r\x1b[2K');
    this.progressShown = false;
  }
}

function requestLine(delivery: Delivery, outcome: Settled, indexWidth: number, kindWidth: number): string {
  const index = `#${String(delivery.index).padStart(indexWidth)}`;
  const result = outcome.kind === 'answered' ? String(outcome.status) : '---';
  const columns = [
    index,
    delivery.method.padEnd(4),
    delivery.kind.padEnd(kindWidth),
    `leg ${delivery.leg}`,
    result,
    ms(outcome.ms).padStart(9),
    delivery.cmiuuid,
  ];
  if (outcome.code !== undefined) {
    columns.push(outcome.message === undefined ? outcome.code : `${outcome.code}: ${oneLine(outcome.message)}`);
  }
  return columns.join('  ');
}

/** An answer's message fitted to the request's line: whitespace runs (newlines too) made one space. */
function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > maxMessageLength ? `${flat.slice(0, maxMessageLength - 3)}...` : flat;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
