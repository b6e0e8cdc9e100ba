// Writes the ES module entries beside the CommonJS build: thin wrappers that re-export each
// CommonJS entry's named exports, so `import` and `require` share one copy of the package (one
// emitter, one HangupError class) instead of loading two. The entries are read from the
// `exports` map of package.json, so a new subpath needs no change here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exports: exportsMap } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

for (const target of Object.values(exportsMap)) {
  if (typeof target !== 'object') continue;
  const esmFile = join(root, target.import.default);
  const cjsFile = join(root, target.require.default);
  const specifier = relative(dirname(esmFile), cjsFile).replaceAll('\\', '/');
  const fromWrapper = specifier.startsWith('.') ? specifier : `./${specifier}`;
  const names = Object.keys(require(cjsFile)).filter((key) => key !== '__esModule' && key !== 'default');
  mkdirSync(dirname(esmFile), { recursive: true });
  // createRequire, not `import cjs from`: an import makes Node scan the CommonJS file for export
  // names, which for the bundled main entry costs more than loading it.
  writeFileSync(
    esmFile,
    `import { createRequire } from 'node:module';\n\n` +
      `const cjs = createRequire(import.meta.url)('${fromWrapper}');\n\n` +
      `export const { ${names.join(', ')} } = cjs;\n`,
  );
  const typesFile = join(root, target.require.types).replace(/\.d\.ts$/, '.js');
  const types = relative(dirname(esmFile), typesFile).replaceAll('\\', '/');
  writeFileSync(join(root, target.import.types), `export * from '${types.startsWith('.') ? types : `./${types}`}';\n`);
}
