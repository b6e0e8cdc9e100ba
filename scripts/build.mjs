// Builds dist/ with one bundler, esbuild, so that every module ships once:
//
// - dist/cjs/core.js holds every module the main entry uses, with the dependencies it needs
//   bundled in (so the package has no runtime dependency of its own);
// - each entry (the main one, telecmi-hangup/testing, /redis, /fastify, /lambda, /metrics, and the CLI) is a
//   bundle of its own modules only, which require core.js for anything the main entry has; so
//   every entry, required or imported, shares one emitter type, one HangupError class, one core;
// - dist/cjs/validators/ holds each generated validator as a file of its own, which core.js requires
//   the first time it is needed: most of the package by size, kept out of its start-up;
// - dist/types holds the declarations tsc writes (tsc -p tsconfig.build.json, before this).
//
// scripts/build-esm.mjs then writes the ES module wrappers from the exports map.
import { build } from 'esbuild';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'lib');
const out = join(root, 'dist', 'cjs');

/** The entries, by the file each is written to under dist/cjs. */
export const entries = {
  'index.js': 'lib/index.ts',
  'testing.js': 'lib/testing/index.ts',
  'redis.js': 'lib/redis/index.ts',
  'fastify.js': 'lib/hosts/fastify.ts',
  'lambda.js': 'lib/hosts/lambda.ts',
  'metrics.js': 'lib/metrics/index.ts',
  'cli.js': 'lib/cli/main.ts',
};

// absWorkingDir: the metafile's paths are relative to it, and they are joined to `root` below.
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
};

// Peer dependencies stay the host's; everything else a module imports is bundled.
const peers = ['express', 'fastify', 'ioredis', 'prom-client'];

const validatorSources = join(lib, 'generated', 'validators');
/** The generated validator modules (not their loader), each built to dist/cjs/validators/. */
const validatorFiles = readdirSync(validatorSources)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => join(validatorSources, file));

/** Leaves the loader's `require('./<kind>.js')` of each validator to dist/cjs/validators/ at run time. */
const lazyValidators = {
  name: 'lazy-validators',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\/[a-z-]+\.js$/ }, (args) => {
      if (args.resolveDir !== validatorSources) return undefined;
      return { path: `./validators/${args.path.slice(2)}`, external: true };
    });
  },
};

/** The package's own modules the main entry loads, as absolute paths. */
async function mainGraph() {
  const { metafile } = await build({
    ...shared,
    entryPoints: [join(root, entries['index.js'])],
    write: false,
    metafile: true,
    external: peers,
    plugins: [lazyValidators],
  });
  return Object.keys(metafile.inputs)
    .map((input) => join(root, input))
    .filter((file) => file.startsWith(lib + '/'));
}

/** A module's export names, re-exports included. */
async function exportsOf(file) {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [file],
    bundle: false,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(metafile.outputs)[0].exports;
}

const graph = await mainGraph();
if (!graph.includes(join(lib, 'core', 'pipeline.ts'))) {
  throw new Error(`build: the main entry's modules were not found (${graph.length} read): no core to share`);
}
rmSync(out, { recursive: true, force: true });
const coreEntry = join(root, 'dist', 'core-entry.mjs');
writeFileSync(coreEntry, graph.map((file) => `export * from ${JSON.stringify(file)};`).join('\n') + '\n');
try {
  await build({
    ...shared,
    entryPoints: [coreEntry],
    outfile: join(out, 'core.js'),
    external: peers,
    plugins: [lazyValidators],
  });
} finally {
  rmSync(coreEntry);
}
// Two modules exporting different things under one name make `export *` drop the name, and an
// entry that needs it would find `undefined` in core.js: what it really exports is checked.
const core = createRequire(import.meta.url)(join(out, 'core.js'));
for (const file of graph) {
  for (const name of await exportsOf(file)) {
    if (!(name in core)) throw new Error(`build: core.js lacks ${name} of ${relative(root, file)}: a clash of names?`);
  }
}

const inCore = new Set(graph);
const entryOutputs = new Map(Object.entries(entries).map(([output, source]) => [join(root, source), `./${output}`]));
/**
 * Resolves the main entry's modules to core.js, and another entry (the CLI's use of the test kit)
 * to that entry's file, so each entry bundles only what is its own.
 */
const useCore = (entryFile) => ({
  name: 'use-core',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await bundler.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length > 0 || resolved.path === entryFile) return undefined;
      if (inCore.has(resolved.path)) return { path: './core.js', external: true };
      const entry = entryOutputs.get(resolved.path);
      return entry === undefined ? undefined : { path: entry, external: true };
    });
  },
});

for (const [output, source] of Object.entries(entries)) {
  const entryFile = join(root, source);
  await build({
    ...shared,
    entryPoints: [entryFile],
    outfile: join(out, output),
    external: peers,
    plugins: [useCore(entryFile)],
  });
}

// Generated code nobody reads in dist: written without whitespace, which is most of its bytes.
await build({ ...shared, entryPoints: validatorFiles, outdir: join(out, 'validators'), minifyWhitespace: true });
