// `npm run bench [-- --quick] [-- --only=throughput,micro,cold-start,memory] [-- --profile]`:
// measures the built package against the targets, prints the tables, writes
// bench/results/<date>.json and latest.json, and exits 1 when a target is missed (2 when the
// benchmark itself failed). `npm run bench` builds first; run alone, this uses dist/ as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureColdStart } from './cold-start.mjs';
import { packageRoot } from './fixtures.mjs';
import { measureMemory } from './memory.mjs';
import { measureMicro } from './micro.mjs';
import { canPin, loadCore, pinSelf } from './processes.mjs';
import { formatReport, writeResults } from './report.mjs';
import { evaluateTargets } from './targets.mjs';
import { measureThroughput } from './throughput.mjs';

// Quick takes about a minute and a half including the build; full takes several (throughput
// alone about five: 13 servers, each 3 s of warm-up and 5 rounds of 4 s).
const modes = {
  quick: {
    throughput: { rounds: 2, seconds: 1, warmupSeconds: 1, connections: 50 },
    micro: { rounds: 2, timeMs: 200 },
    coldStart: { runs: 8, withScale: false },
    // Fewer deliveries than the target's, but both readings past the store's 10,000-key cap.
    memory: { first: 12_000, total: 36_000, connections: 50 },
  },
  full: {
    throughput: { rounds: 5, seconds: 4, warmupSeconds: 3, connections: 50 },
    micro: { rounds: 5, timeMs: 1000 },
    coldStart: { runs: 30, withScale: true },
    memory: { first: 20_000, total: 200_000, connections: 50 },
  },
};
const sectionNames = ['throughput', 'memory', 'micro', 'cold-start'];

const log = (line) => process.stderr.write(`${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const only = values.only ? values.only.split(',').map((name) => name.trim()) : sectionNames;
  const unknown = only.filter((name) => !sectionNames.includes(name));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; use ${sectionNames.join(', ')}`);
  return { mode: values.quick ? 'quick' : 'full', only, profile: values.profile };
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The benchmark measures dist/, what users install; say so when it is missing or older than lib/. */
function checkBuild() {
  const entry = join(packageRoot, 'dist', 'cjs', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/ is missing: run `npm run build` (or `npm run bench`, which builds)');
  if (newestMtime(join(packageRoot, 'lib')) > statSync(entry).mtimeMs) {
    log('warning: lib/ changed after the last build; measuring dist/ as built (`npm run bench` rebuilds)');
  }
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: packageRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

const load1 = () => loadavg()[0].toFixed(2);

async function main() {
  const { mode, only, profile } = options();
  checkBuild();
  pinSelf(loadCore);
  const settings = { mode, ...modes[mode] };
  const date = new Date().toISOString();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
    pinned: canPin,
    loadBefore: load1(),
    date,
    commit: commit(),
  };
  const results = { machine, settings };
  const started = Date.now();
  const section = async (name, measure) => {
    if (!only.includes(name)) return undefined;
    const begin = Date.now();
    log(`${name}: started, load average ${load1()}`);
    const result = await measure();
    log(`${name}: ${Math.round((Date.now() - begin) / 1000)} s`);
    return result;
  };
  const profileDir = profile
    ? join(packageRoot, 'bench', 'results', `profiles-${date.replaceAll(':', '-')}`)
    : undefined;
  results.throughput = await section('throughput', () =>
    measureThroughput({ ...settings.throughput, profileDir }, log),
  );
  if (profileDir && results.throughput) log(`  CPU profiles: ${profileDir}`);
  results.memory = await section('memory', () => measureMemory(settings.memory, log));
  results.micro = await section('micro', () => measureMicro(settings.micro));
  results.coldStart = await section('cold-start', () => measureColdStart(settings.coldStart));
  machine.loadAfter = load1();
  machine.seconds = Math.round((Date.now() - started) / 1000);
  results.targets = evaluateTargets(results);
  const file = writeResults(results);
  process.stdout.write(`${formatReport(results)}\n\n`);
  log(`results: ${file} (and bench/results/latest.json), ${machine.seconds} s`);
  const missed = results.targets.filter((target) => !target.pass);
  for (const target of missed) log(`MISSED target ${target.id}: ${target.what}`);
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    log(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
