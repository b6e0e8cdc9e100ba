import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';

const root = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  devDependencies: Record<string, string>;
};

// Code subpaths (not the JSON schema or package.json), e.g. '.', './testing'.
const codeSubpaths = Object.entries(packageJson.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath]) => subpath);
const specifierOf = (subpath: string) => (subpath === '.' ? 'telecmi-hangup' : `telecmi-hangup/${subpath.slice(2)}`);

const seed = readFileSync(join(__dirname, 'fixtures', 'seed-leg-a.txt'), 'utf8');

// Posts the seed sample to the middleware mounted on both Express majors and prints one JSON line.
const consumerBody = (load: string) => `${load}
const seed = ${JSON.stringify(seed)};
async function tryOn(express) {
  const hangups = telecmiHangup();
  const events = [];
  hangups.events.on('hangup', (event) => events.push(event));
  const app = express();
  app.use('/webhook/cdr', hangups);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const res = await fetch('http://127.0.0.1:' + server.address().port + '/webhook/cdr', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: seed,
  });
  server.close();
  return { status: res.status, callerid: events[0] && events[0].callerid };
}
(async () => {
  const results = { express5: await tryOn(express5), express4: await tryOn(express4) };
  console.log(JSON.stringify({ results, verdict: parseHangup(seed).ok, schemaId: schema.$id, subpaths }));
})();
`;

describe('the packed tarball, installed into consumer projects', function () {
  this.timeout(180_000);
  let workDir: string;
  let consumer: string;

  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'telecmi-hangup-pack-'));
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const tarball = join(workDir, packed[0]?.filename ?? '');
    consumer = join(workDir, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const dev = packageJson.devDependencies;
    execFileSync(
      npm,
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        tarball,
        `express@${dev['express']}`,
        `express4@${dev['express4']}`,
        `typescript@${dev['typescript']}`,
        `@types/node@${dev['@types/node']}`,
        `@types/express@${dev['@types/express']}`,
      ],
      { cwd: consumer, stdio: 'pipe' },
    );
  });

  after(() => rmSync(workDir, { recursive: true, force: true }));

  function run(file: string): Record<string, unknown> {
    const output = execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
    return JSON.parse(output.trim().split('\n').pop() ?? '') as Record<string, unknown>;
  }

  const expected = {
    results: {
      express5: { status: 204, callerid: '04471000000' },
      express4: { status: 204, callerid: '04471000000' },
    },
    verdict: true,
    schemaId: 'https://unpkg.com/telecmi-hangup/schema/outgoing-hangup.schema.json',
  };

  it('ships only what users need', () => {
    const listing = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = (JSON.parse(listing) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    expect(files).to.include.members(['package.json', 'README.md', 'schema/outgoing-hangup.schema.json']);
    expect(files.some((f) => f.startsWith('spec/') || f.startsWith('lib/') || f.startsWith('bench/'))).to.equal(false);
  });

  it('works from require() on Express 5 and 4, every subpath included', () => {
    const subpathChecks = codeSubpaths.map(
      (s) => `[${JSON.stringify(s)}, Object.keys(require('${specifierOf(s)}')).length]`,
    );
    writeFileSync(
      join(consumer, 'use.cjs'),
      consumerBody(`const { telecmiHangup, parseHangup } = require('telecmi-hangup');
const schema = require('telecmi-hangup/schema');
const express5 = require('express');
const express4 = require('express4');
const subpaths = Object.fromEntries([${subpathChecks.join(', ')}]);`),
    );
    const result = run('use.cjs');
    expect(result).to.deep.include(expected);
    for (const subpath of codeSubpaths)
      expect((result['subpaths'] as Record<string, number>)[subpath], subpath).to.be.above(0);
  });

  it('works from import on Express 5 and 4, every subpath included', () => {
    const imports = codeSubpaths.map((s, i) => `import * as subpath${i} from '${specifierOf(s)}';`).join('\n');
    const counts = codeSubpaths.map((s, i) => `[${JSON.stringify(s)}, Object.keys(subpath${i}).length]`).join(', ');
    writeFileSync(
      join(consumer, 'use.mjs'),
      consumerBody(`import { telecmiHangup, parseHangup } from 'telecmi-hangup';
import schema from 'telecmi-hangup/schema' with { type: 'json' };
import express5 from 'express';
import express4 from 'express4';
${imports}
const subpaths = Object.fromEntries([${counts}]);`),
    );
    const result = run('use.mjs');
    expect(result).to.deep.include(expected);
    for (const subpath of codeSubpaths)
      expect((result['subpaths'] as Record<string, number>)[subpath], subpath).to.be.above(0);
  });

  for (const type of ['module', 'commonjs'] as const) {
    it(`type-checks and runs from a TypeScript ${type} project compiled with module nodenext`, () => {
      const project = join(consumer, `ts-${type}`);
      mkdirSync(project, { recursive: true });
      writeFileSync(join(project, 'package.json'), JSON.stringify({ type }));
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'nodenext',
            moduleResolution: 'nodenext',
            target: 'es2022',
            strict: true,
            outDir: 'out',
            types: ['node'],
          },
          files: ['index.ts'],
        }),
      );
      writeFileSync(
        join(project, 'index.ts'),
        `import express from 'express';
import { telecmiHangup, parseHangup, type HangupEvent, type HangupMiddleware, type HangupOptions } from 'telecmi-hangup';

const options: HangupOptions = { limit: '32kb', handlerTimeout: 5000 };
const hangups: HangupMiddleware = telecmiHangup(options);
const app = express();
app.use('/webhook/cdr', hangups);
const seen: string[] = [];
hangups.events.on('hangup', (event: HangupEvent) => {
  const digits: string | undefined = event.callerid;
  const appId: number = event.app_id;
  seen.push(\`\${digits}:\${appId}\`);
});
const verdict = parseHangup(${JSON.stringify(seed)});
// @ts-expect-error: the listener's event is typed, so a wrong field type is a compile error
hangups.events.on('hangup', (event: { app_id: string }) => event);
console.log(JSON.stringify({ ok: verdict.ok, callerid: verdict.ok ? verdict.event.callerid : null }));
`,
      );
      execFileSync(process.execPath, [join(consumer, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {
        cwd: project,
        encoding: 'utf8',
      });
      const output = execFileSync(process.execPath, [join(project, 'out', 'index.js')], {
        cwd: project,
        encoding: 'utf8',
      });
      expect(JSON.parse(output)).to.deep.equal({ ok: true, callerid: '04471000000' });
    });
  }
});
