// Bundles the main entry of the CommonJS build (dist/cjs/index.js, as tsc wrote it) into one file,
// dependencies included. Loading one file instead of some thirty is what keeps `require` of the
// package within issue 5's cold-start budget. The subpath entries (testing, redis, the CLI) are
// loaded on demand and stay as tsc wrote them; the declaration files are tsc's either way.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cjs', 'index.js');

await build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
