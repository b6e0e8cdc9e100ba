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

  it("loads no validator at start-up, and each kind's on its first payload of that kind", () => {
    const missed = readFileSync(
      join(root, 'spec', 'fixtures', 'notifications', 'cdr-incoming-missed.chub.json'),
      'utf8',
    );
    writeFileSync(
      join(consumer, 'lazy.cjs'),
      `const loaded = () => Object.keys(require.cache).filter((f) => f.includes('validators')).map((f) => f.split(/[\\\\/]/).pop());
const { parseNotification } = require('telecmi-hangup');
const atStart = loaded();
const hangup = parseNotification(${JSON.stringify(seed)});
const afterHangup = loaded();
const missed = parseNotification(${JSON.stringify(missed)});
console.log(JSON.stringify({ atStart, afterHangup, afterMissed: loaded(), kinds: [hangup.ok && hangup.notification.kind, missed.ok && missed.notification.kind] }));
`,
    );
    expect(run('lazy.cjs')).to.deep.equal({
      atStart: [],
      afterHangup: ['outgoing-hangup.js'],
      afterMissed: ['outgoing-hangup.js', 'cdr-incoming-missed.js'],
      kinds: ['outgoing.hangup', 'cdr.incoming.missed'],
    });
  });

  it('loads every schema by path, as telecmi-hangup/schema/<name>, the same object as notificationSchemas', () => {
    writeFileSync(
      join(consumer, 'schemas.cjs'),
      `const { notificationSchemas, anyNotificationSchema, notificationKinds } = require('telecmi-hangup');
const byPath = notificationKinds.map((kind) => {
  const schema = require('telecmi-hangup/schema/' + kind.replaceAll('.', '-'));
  return [kind, schema.$id, JSON.stringify(schema) === JSON.stringify(notificationSchemas[kind])];
});
const any = require('telecmi-hangup/schema/notification');
console.log(JSON.stringify({ byPath, any: JSON.stringify(any) === JSON.stringify(anyNotificationSchema) }));
`,
    );
    const result = run('schemas.cjs') as unknown as { byPath: [string, string, boolean][]; any: boolean };
    expect(result.byPath).to.have.length(13);
    for (const [kind, id, same] of result.byPath) {
      expect(id, kind).to.equal(`https://unpkg.com/telecmi-hangup/schema/${kind.replaceAll('.', '-')}.schema.json`);
      expect(same, kind).to.equal(true);
    }
    expect(result.any).to.equal(true);
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

  it('shares one core between import, require and every subpath: one HangupError class, one emitter', () => {
    writeFileSync(
      join(consumer, 'one-core.mjs'),
      `import { createRequire } from 'node:module';
import * as imported from 'telecmi-hangup';
import { toLambdaHandler } from 'telecmi-hangup/lambda';
const required = createRequire(import.meta.url)('telecmi-hangup');
const hangups = required.telecmiHangup();
const errors = [];
hangups.events.on('hangup', () => { throw new Error('on purpose'); });
hangups.events.on('error', (error) => errors.push(error));
const result = await toLambdaHandler(hangups)({
  version: '2.0', rawPath: '/webhook/cdr', rawQueryString: '', headers: { 'content-type': 'application/json' },
  body: ${JSON.stringify(seed)}, isBase64Encoded: false, requestContext: { http: { method: 'POST', sourceIp: '127.0.0.1' } },
});
console.log(JSON.stringify({
  sameClass: imported.HangupError === required.HangupError,
  sameFactory: imported.telecmiHangup === required.telecmiHangup,
  status: result.statusCode,
  reported: errors.map((error) => [error instanceof imported.HangupError, error.code]),
}));
`,
    );
    expect(run('one-core.mjs')).to.deep.equal({
      sameClass: true,
      sameFactory: true,
      status: 500,
      reported: [[true, 'handler_failed']],
    });
  });

  // The consumer project has the package in node_modules, which both runtimes resolve a bare name from.
  const runtimeScript = `import { telecmiHangup } from 'telecmi-hangup';
import { fastifyTelecmiHangup } from 'telecmi-hangup/fastify';
import { toLambdaHandler } from 'telecmi-hangup/lambda';
const hangups = telecmiHangup();
const seen = [];
hangups.events.on('hangup', (event) => seen.push(event.callerid));
const request = new Request('http://127.0.0.1/webhook/cdr', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(seed)},
});
const answer = await hangups.fetch(request);
console.log(JSON.stringify({ status: answer.status, seen, subpaths: [typeof fastifyTelecmiHangup, typeof toLambdaHandler] }));
`;
  const runtimes: [string, string[]][] = [
    ['Bun', [join(root, 'node_modules', '.bin', 'bun'), 'use-runtime.mjs']],
    ['Deno', [join(root, 'node_modules', '.bin', 'deno'), 'run', '--no-lock', '--no-prompt', '-A', 'use-runtime.mjs']],
  ];
  for (const [runtime, [command, ...args]] of runtimes) {
    it(`is imported by name from a ${runtime} script, and answers through fetch there`, () => {
      writeFileSync(join(consumer, 'use-runtime.mjs'), runtimeScript);
      const output = execFileSync(command as string, args, { cwd: consumer, encoding: 'utf8', timeout: 30_000 });
      expect(JSON.parse(output.trim().split('\n').pop() ?? '')).to.deep.equal({
        status: 204,
        seen: ['04471000000'],
        subpaths: ['function', 'function'],
      });
    });
  }

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
// The web host: listeners typed with the Request they get.
const web = telecmiHangup<Request>();
web.events.on('invalid', (info, request: Request) => seen.push(\`\${info.reason} \${request.method}\`));
const answered: Promise<Response> = web.fetch(new Request('http://127.0.0.1/webhook/cdr', { method: 'PUT' }), { clientAddress: '127.0.0.1' });
void answered;
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
