// Writes the ES module entry beside the CommonJS build: a thin wrapper that re-exports the
// CommonJS module's named exports, so `import` and `require` share one copy of the package
// (one emitter class, one HangupError) instead of loading two.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const entries = [{ name: 'index', cjs: '../cjs/index.js' }];

mkdirSync(join(root, 'dist', 'esm'), { recursive: true });
for (const { name, cjs } of entries) {
  const names = Object.keys(require(join(root, 'dist', 'esm', cjs))).filter((key) => key !== '__esModule');
  const js = `import cjs from '${cjs}';\n\nexport const { ${names.join(', ')} } = cjs;\n`;
  const dts = `export * from '${cjs}';\n`;
  writeFileSync(join(root, 'dist', 'esm', `${name}.mjs`), js);
  writeFileSync(join(root, 'dist', 'esm', `${name}.d.mts`), dts);
}
