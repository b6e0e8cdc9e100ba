// Target 4: what importing the package adds to starting `node`. Each variant is a fresh process;
// variants are interleaved and rotated so the machine's drift hits all alike. Runs on the load
// core, which is idle by then. Each process also prints the CPU time it used: unlike wall time it
// does not grow while other processes hold the core, so it shows what noise hides.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { childEnv, pinnedNode, loadCore } from './processes.mjs';
import { packageRoot } from './fixtures.mjs';
import { pairedDifferences, pairedRatios, rotate, summarize } from './stats.mjs';

const esm = ['--input-type=module', '-e'];
const printCpuTime = ';{ const { user, system } = process.cpuUsage(); process.stdout.write(String(user + system)); }';

/** `node` arguments per variant. The package is named so it resolves as users resolve it. */
const targetVariants = {
  'node -e ""': ['-e', ''],
  "require('telecmi-hangup')": ['-e', "require('telecmi-hangup')"],
  'node (ES module) -e ""': [...esm, ''],
  "import 'telecmi-hangup'": [...esm, "import 'telecmi-hangup';"],
  // The yardstick: the budget (15 ms) was set where Express's own import cost 71 ms, and
  // machines differ by a factor, so the target is judged against Express measured in this run.
  "require('express')": ['-e', "require('express')"],
};

/** For scale only, not a target: what compiling the schema at import time would cost. */
const scaleVariants = {
  'ajv compile at import': [
    '-e',
    "const Ajv = require('ajv/dist/2020').default; new Ajv({ allErrors: true, strict: false }).compile(require('./schema/outgoing-hangup.schema.json'))",
  ],
};

function start(args) {
  const withProbe = [...args.slice(0, -1), `${args.at(-1)}${printCpuTime}`];
  const [command, commandArgs] = pinnedNode(loadCore, withProbe);
  const begin = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: packageRoot, env: childEnv, encoding: 'utf8' });
  const wallMs = performance.now() - begin;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return { wallMs, cpuMs: Number(result.stdout) / 1000 };
}

/**
 * Starts each variant `runs` times, interleaved (`withScale` adds the for-scale variants).
 * Resolves with wall and CPU ms per variant, and what requiring / importing the package adds
 * over the matching bare `node`, as medians of runs paired in time.
 */
export function measureColdStart({ runs, withScale }) {
  const variants = withScale ? { ...targetVariants, ...scaleVariants } : targetVariants;
  const names = Object.keys(variants);
  const wall = Object.fromEntries(names.map((name) => [name, []]));
  const cpu = Object.fromEntries(names.map((name) => [name, []]));
  // One unrecorded pass fills the OS file cache.
  for (const name of names) start(variants[name]);
  for (let run = 0; run < runs; run++) {
    for (const name of rotate(names, run)) {
      const { wallMs, cpuMs } = start(variants[name]);
      wall[name].push(wallMs);
      cpu[name].push(cpuMs);
    }
  }
  const added = (variant, bare) => ({
    ms: summarize(pairedDifferences(wall[variant], wall[bare])),
    ratio: summarize(pairedRatios(wall[variant], wall[bare])),
    cpuMs: summarize(pairedDifferences(cpu[variant], cpu[bare])),
  });
  const summaries = (samples) => Object.fromEntries(names.map((name) => [name, summarize(samples[name])]));
  return {
    wall: summaries(wall),
    cpu: summaries(cpu),
    require: added("require('telecmi-hangup')", 'node -e ""'),
    import: added("import 'telecmi-hangup'", 'node (ES module) -e ""'),
    express: added("require('express')", 'node -e ""'),
    ...(withScale && { ajvCompile: added('ajv compile at import', 'node -e ""') }),
  };
}
