import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { documents } from './helpers/docs.js';

const root = join(__dirname, '..');
// Inside the repository, so `telecmi-hangup` resolves to the package itself (self-reference).
const scratch = join(root, 'spec', 'artifacts', 'docs');

/**
 * Where a snippet runs, from its fence's info string: ```js and ```ts in Node (ts through tsx);
 * ```js bun and ```js deno in that runtime; ```js module is a module a platform calls (a Next.js
 * route, a Lambda handler), imported and called by spec/helpers/readme-call.mjs; ```js otel is an
 * OpenTelemetry subscriber, run by spec/helpers/readme-otel.mjs under an SDK that keeps its spans.
 */
type Runner = 'node' | 'bun' | 'deno' | 'module' | 'otel';

interface Snippet {
  language: 'js' | 'ts';
  runner: Runner;
  code: string;
  /** Where it is: `docs/hosts.md:52`. */
  place: string;
}

function snippetsOf(file: string, markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const fence = /^```(js|ts)(?: (bun|deno|module|otel))?\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    const runner = (match[2] ?? 'node') as Runner;
    snippets.push({ language: match[1] as 'js' | 'ts', runner, code: match[3] ?? '', place: `${file}:${line}` });
  }
  return snippets;
}

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const helpers = join(__dirname, 'helpers');

/** The command that runs a snippet file, by where it runs. */
function commandFor(snippet: Snippet, file: string): [string, string[]] {
  switch (snippet.runner) {
    case 'bun':
      return [bin('bun'), [join(helpers, 'readme-serve.mjs'), file]];
    case 'deno':
      // The published package is `npm:telecmi-hangup`; here it is this build.
      return [
        bin('deno'),
        ['run', '--no-lock', '--no-prompt', '-A', `--import-map=${importMap}`, join(helpers, 'readme-serve.mjs'), file],
      ];
    case 'module':
      return [process.execPath, [join(helpers, 'readme-call.mjs'), file]];
    case 'otel':
      return [process.execPath, [join(helpers, 'readme-otel.mjs'), file]];
    case 'node': {
      const runner = snippet.language === 'ts' ? ['--import', 'tsx'] : [];
      return [process.execPath, [...runner, '--require', join(helpers, 'readme-preload.cjs'), file]];
    }
  }
}

const importMap = join(scratch, 'import-map.json');

describe('the snippets of the README and docs/', function () {
  this.timeout(30_000);
  const snippets = [...documents].flatMap(([file, markdown]) => snippetsOf(file, markdown));

  before(() => {
    mkdirSync(scratch, { recursive: true });
    const build = (file: string) => pathToFileURL(join(root, 'dist', 'esm', file)).href;
    writeFileSync(importMap, JSON.stringify({ imports: { 'npm:telecmi-hangup': build('index.mjs') } }));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('has code snippets to run, for every host', () => {
    expect(snippets.length).to.be.at.least(4);
    expect(new Set(snippets.map((snippet) => snippet.runner))).to.deep.equal(
      new Set(['node', 'bun', 'deno', 'module', 'otel']),
    );
  });

  it('shows the test-kit example exactly as spec/readme-testing.spec.ts runs it', () => {
    const shown = documents.get('docs/testing.md')?.match(/^```typescript\n([\s\S]*?)^```$/m)?.[1];
    const spec = readFileSync(join(__dirname, 'readme-testing.spec.ts'), 'utf8')
      .replace("from '../lib/index.js'", "from 'telecmi-hangup'")
      .replace("from '../lib/testing/index.js'", "from 'telecmi-hangup/testing'");
    expect(shown).to.equal(spec);
  });

  for (const snippet of snippets) {
    it(`runs the ${snippet.language} snippet at ${snippet.place} (${snippet.runner})`, () => {
      const name = snippet.place.replace(/[^a-z0-9]+/gi, '-');
      const file = join(scratch, `${name}.${snippet.language === 'ts' ? 'mts' : 'mjs'}`);
      writeFileSync(file, snippet.code);
      const [command, args] = commandFor(snippet, file);
      const output = execFileSync(command, args, {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PORT: '0', TELECMI_TOKEN: 'readme-secret' },
        timeout: 20_000,
      });
      const answer = output.match(/^snippet-answer (\d+)$/m);
      const serves = snippet.runner !== 'node' || /\.listen\(|createServer\(/.test(snippet.code);
      if (serves) {
        expect(answer?.[1], output).to.equal('204');
        // A snippet that listens for hangups logs the one it got.
        if (snippet.code.includes("on('hangup'")) expect(output, 'the listener ran').to.match(/d965c6e0/);
        if (snippet.runner === 'otel') expectSpans(output);
      } else expect(output.trim(), 'a snippet without a server prints its result').to.not.equal('');
    });
  }
});

/**
 * The spans the OpenTelemetry snippet made of spec/helpers/readme-otel.mjs's deliveries: accepted,
 * duplicate, rejected, and failed with its exception recorded.
 */
function expectSpans(output: string): void {
  const printed = output.match(/^snippet-spans (.*)$/m)?.[1];
  expect(printed, output).to.be.a('string');
  const { statuses, spans } = JSON.parse(printed ?? '') as {
    statuses: number[];
    spans: { name: string; attributes: Record<string, unknown>; status: number; exceptions: number }[];
  };
  expect(statuses).to.deep.equal([204, 204, 422, 500]);
  // SpanStatusCode: UNSET 0, ERROR 2.
  const span = (outcome: string, status: number, errorType?: string) => ({
    name: 'telecmi delivery',
    attributes: {
      'telecmi.host': 'fetch',
      'telecmi.outcome': outcome,
      'telecmi.kind': 'outgoing.hangup',
      'http.response.status_code': status,
      ...(errorType && { 'error.type': errorType }),
    },
    status: outcome === 'failed' ? 2 : 0,
    exceptions: outcome === 'failed' ? 1 : 0,
  });
  expect(spans).to.deep.equal([
    span('accepted', 204),
    span('duplicate', 204),
    span('rejected', 422, 'invalid_payload'),
    span('failed', 500, 'handler_failed'),
  ]);
}
