// Builds dist/ with one bundler, esbuild, so that every module ships once:
//
// - dist/cjs/core.js holds every module the main entry uses, with the dependencies it needs
//   bundled in (so the package has no runtime dependency of its own);
// - each entry (the main one, telecmi-hangup/testing, /redis, /fastify, /lambda, and the CLI) is a
//   bundle of its own modules only, which require core.js for anything the main entry has; so
//   every entry, required or imported, shares one emitter type, one HangupError class, one core;
// - dist/types holds the declarations tsc writes (tsc -p tsconfig.build.json, before this).
//
// scripts/build-esm.mjs then writes the ES module wrappers from the exports map.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
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
const peers = ['express', 'fastify', 'ioredis'];

/** The package's own modules the main entry loads, as absolute paths. */
async function mainGraph() {
  const { metafile } = await build({
    ...shared,
    entryPoints: [join(root, entries['index.js'])],
    write: false,
    metafile: true,
    external: peers,
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
  await build({ ...shared, entryPoints: [coreEntry], outfile: join(out, 'core.js'), external: peers });
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
