// Target 3, run in its own pinned process: parseHangup against a bare JSON.parse with tinybench.
// The clock is this process's CPU time, not wall time: on a shared machine a sample that the
// scheduler preempts would otherwise count other processes' work. Each sample is a batch of
// calls (a call takes a microsecond or two, the CPU clock ticks in microseconds), and the mean
// over samples includes the garbage collection each task's allocations cause. Prints the
// per-round mean cost of one call per task, as JSON, on stdout.
import { Bench } from 'tinybench';
import { parseHangup } from 'telecmi-hangup';
import { currentDocsText, seedJsonText, seedText } from './fixtures.mjs';
import { rotate } from './stats.mjs';

const { rounds, timeMs } = JSON.parse(process.argv[2]);
const batch = 1000;

/** CPU time of this process (every thread: GC helpers included), in milliseconds. */
const cpuClock = {
  name: 'process.cpuUsage',
  fn: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  toMs: (value) => value,
  fromMs: (value) => value,
};

for (const [name, text] of [
  ['current docs', currentDocsText],
  ['seed', seedJsonText],
  ['seed, leading zero', seedText],
]) {
  const verdict = parseHangup(text);
  if (!verdict.ok) throw new Error(`parseHangup rejected the ${name} payload: ${JSON.stringify(verdict)}`);
}

const tasks = {
  'JSON.parse (seed)': () => JSON.parse(seedJsonText),
  'parseHangup (seed)': () => parseHangup(seedJsonText),
  'parseHangup (seed, leading zero)': () => parseHangup(seedText),
  'JSON.parse (current docs)': () => JSON.parse(currentDocsText),
  'parseHangup (current docs)': () => parseHangup(currentDocsText),
};

// Results go somewhere observable so no call can be optimized away.
let sink;
const means = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({ time: timeMs, warmupTime: Math.min(timeMs, 250), timestampProvider: cpuClock });
  for (const name of rotate(Object.keys(tasks), round)) {
    const call = tasks[name];
    bench.add(name, () => {
      const start = bench.now();
      for (let i = 0; i < batch; i++) sink = call();
      const elapsed = bench.now() - start;
      return { overriddenDuration: elapsed / batch, overriddenIterationCost: elapsed };
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    if (task.result.state !== 'completed') throw new Error(`${task.name}: ${task.result.state} ${task.result.error}`);
    // Milliseconds to microseconds.
    means[task.name].push(task.result.latency.mean * 1000);
  }
}
if (sink === undefined) throw new Error('nothing was parsed');
process.stdout.write(JSON.stringify(means));
