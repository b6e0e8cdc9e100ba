import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
// Inside the repository, so `telecmi-hangup` resolves to the package itself (self-reference).
const scratch = join(root, 'spec', 'artifacts', 'readme');

interface Snippet {
  language: 'js' | 'ts';
  code: string;
  line: number;
}

function snippetsOf(markdown: string): Snippet[] {
  const snippets: Snippet[] = [];
  const fence = /^```(js|ts)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split('\n').length;
    snippets.push({ language: match[1] as 'js' | 'ts', code: match[2] ?? '', line });
  }
  return snippets;
}

describe('the README', function () {
  this.timeout(30_000);
  const snippets = snippetsOf(readme);

  before(() => mkdirSync(scratch, { recursive: true }));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('has code snippets to run', () => {
    expect(snippets.length).to.be.at.least(4);
  });

  it('shows the test-kit example exactly as spec/readme-testing.spec.ts runs it', () => {
    const shown = readme.match(/^```typescript\n([\s\S]*?)^```$/m)?.[1];
    const spec = readFileSync(join(__dirname, 'readme-testing.spec.ts'), 'utf8')
      .replace("from '../lib/index.js'", "from 'telecmi-hangup'")
      .replace("from '../lib/testing/index.js'", "from 'telecmi-hangup/testing'");
    expect(shown).to.equal(spec);
  });

  for (const snippet of snippets) {
    it(`runs its ${snippet.language} snippet at line ${snippet.line}`, () => {
      const file = join(scratch, `line-${snippet.line}.${snippet.language === 'ts' ? 'mts' : 'mjs'}`);
      writeFileSync(file, snippet.code);
      const runner = snippet.language === 'ts' ? ['--import', 'tsx'] : [];
      const output = execFileSync(
        process.execPath,
        [...runner, '--require', join(__dirname, 'helpers', 'readme-preload.cjs'), file],
        { cwd: root, encoding: 'utf8', env: { ...process.env, PORT: '0', TELECMI_TOKEN: 'readme-secret' } },
      );
      const answer = output.match(/^snippet-answer (\d+)$/m);
      if (/\.listen\(|createServer\(/.test(snippet.code)) expect(answer?.[1], output).to.equal('204');
      else expect(output.trim(), 'a snippet without a server prints its result').to.not.equal('');
    });
  }
});
