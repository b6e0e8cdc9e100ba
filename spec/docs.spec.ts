import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect } from 'chai';
import ts from 'typescript';
import { errorStatuses, notificationKinds, reportedOnlyCodes } from '../lib/index.js';
import { anchorsOf, documents, tablesOf, tableWithHeader } from './helpers/docs.js';

const root = join(__dirname, '..');

/** The text of a cell without its backticks and quotes: `` `'hangup'` `` is `hangup`. */
const bare = (cell: string) => cell.replace(/[`']/g, '').trim();

/** The property names of an interface or type the main entry exports, as TypeScript sees them. */
function exportedPropertyNames(...typeNames: string[]): Map<string, string[]> {
  const entry = join(root, 'lib', 'index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exported = new Map(checker.getExportsOfModule(module).map((symbol) => [symbol.name, symbol]));
  return new Map(
    typeNames.map((name) => {
      const symbol = exported.get(name);
      if (!symbol) throw new Error(`lib/index.ts exports no ${name}`);
      const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
      return [name, type.getProperties().map((property) => property.name)];
    }),
  );
}

describe('the docs', function () {
  this.timeout(30_000);

  it('keep the README a landing page: at most about 200 lines, linking every page of docs/', () => {
    const readme = documents.get('README.md') ?? '';
    expect(readme.split('\n').length).to.be.at.most(200);
    for (const file of documents.keys()) {
      if (file === 'README.md') continue;
      expect(readme, `README.md links ${file}`).to.include(`](${file})`);
    }
  });

  it('start each page with its title and a paragraph saying what it answers', () => {
    for (const [file, markdown] of documents) {
      if (file === 'README.md') continue;
      const [title, blank, first] = markdown.split('\n');
      expect(title, file).to.match(/^# \S/);
      expect(blank, file).to.equal('');
      expect(first, `${file}: the opening paragraph`).to.match(/^[A-Z`]/);
    }
  });

  it('link only to files and headings that exist', () => {
    for (const [file, markdown] of documents) {
      const withoutCode = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
      for (const [, target] of withoutCode.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path = '', anchor] = target!.split('#');
        const linked = path === '' ? file : normalize(join(dirname(file), path));
        expect(existsSync(join(root, linked)), `${file} links ${target}: no ${linked}`).to.equal(true);
        if (anchor === undefined) continue;
        const headings = anchorsOf(documents.get(linked) ?? '');
        expect(headings.has(anchor), `${file} links ${target}: ${linked} has no heading #${anchor}`).to.equal(true);
      }
    }
  });

  it('keep table cells short, explanations going in prose under the table', () => {
    for (const [file, markdown] of documents) {
      // The benchmark's own tables are pasted as `npm run bench` prints them, to compare with a run.
      if (file === 'docs/performance.md') continue;
      for (const table of tablesOf(markdown)) {
        for (const cell of [table.header, ...table.rows].flat()) {
          expect(cell.length, `${file}, table at line ${table.line}: ${cell}`).to.be.at.most(80);
        }
      }
    }
  });

  describe('tables checked against the code', () => {
    const names = exportedPropertyNames('HangupOptions', 'DeliveryEventMap', 'DeliveryTrace');

    it('options: every option of HangupOptions, and no other', () => {
      const documented = tableWithHeader('docs/api.md', 'option').rows.map(([name]) => bare(name!));
      expect(documented).to.have.members(names.get('HangupOptions')!);
    });

    it("events: every event of DeliveryEventMap, and one row for the kinds' own", () => {
      const documented = tableWithHeader('docs/api.md', 'event').rows.map(([name]) => bare(name!));
      expect(documented).to.have.members([...names.get('DeliveryEventMap')!, '<kind>']);
    });

    it('answered codes: every code of errorStatuses with its status, and the reported-only ones', () => {
      const answered = tableWithHeader('docs/answers.md', 'status', '`error`').rows.map(([status, code]) => [
        bare(code!),
        Number(status),
      ]);
      expect(Object.fromEntries(answered)).to.deep.equal(errorStatuses);
      expect(answered).to.have.length(Object.keys(errorStatuses).length);
      const reported = tableWithHeader('docs/answers.md', 'code', 'reported on').rows.map(([code]) => bare(code!));
      expect(reported).to.have.members([...reportedOnlyCodes]);
    });

    it("the delivery channel's context: every field of DeliveryTrace", () => {
      const documented = tableWithHeader('docs/observability.md', 'field').rows.map(([name]) => bare(name!));
      expect(documented).to.have.members(names.get('DeliveryTrace')!);
    });

    it('kinds: every kind, in order, with the event it is emitted under', () => {
      for (const file of ['README.md', 'docs/notifications.md']) {
        const rows = tableWithHeader(file, 'kind', 'event').rows.map(([kind, event]) => [bare(kind!), bare(event!)]);
        expect(rows, file).to.deep.equal(
          notificationKinds.map((kind) => [kind, kind === 'outgoing.hangup' ? 'hangup' : kind]),
        );
      }
    });

    it('exports: every export of every entry, each under the entry it is documented from', async () => {
      const entries: Record<string, string> = {
        'telecmi-hangup': '../lib/index.js',
        'telecmi-hangup/redis': '../lib/redis/index.js',
        'telecmi-hangup/fastify': '../lib/hosts/fastify.js',
        'telecmi-hangup/lambda': '../lib/hosts/lambda.js',
        'telecmi-hangup/metrics': '../lib/metrics/index.js',
        'telecmi-hangup/testing': '../lib/testing/index.js',
      };
      const documented = new Map<string, string[]>();
      for (const [names, from] of tableWithHeader('docs/api.md', 'export', 'from').rows) {
        const entry = bare(from!);
        const listed = [...names!.matchAll(/`([A-Za-z]+)[(`]/g)].map((match) => match[1]!);
        documented.set(entry, [...(documented.get(entry) ?? []), ...listed]);
      }
      expect([...documented.keys()]).to.have.members(Object.keys(entries));
      for (const [entry, module] of Object.entries(entries)) {
        const exported = Object.keys((await import(module)) as object).filter((name) => name !== 'default');
        expect(documented.get(entry), entry).to.have.members(exported);
      }
    });
  });
});
