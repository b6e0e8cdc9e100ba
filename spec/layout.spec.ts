// The shape of lib/ that keeps the core host-free: the stages know no host, and no module needs
// itself to load (a cycle), so every stage can be read, and loaded, on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect } from 'chai';

const lib = join(__dirname, '..', 'lib');
const modules = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

/** What a module imports for its values (type-only imports are gone once compiled): relative paths and packages. */
function runtimeImports(file: string): { local: string[]; packages: string[] } {
  const source = readFileSync(join(lib, file), 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
    const [, typeOnly, specifier = ''] = match;
    if (typeOnly) continue;
    if (specifier.startsWith('.')) local.push(normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts'));
    else packages.push(specifier);
  }
  return { local, packages };
}

const stages = ['core', 'receive', 'parse', 'judge', 'deliver', 'answer'];

describe('the layout of lib/', () => {
  it('has no import cycle', () => {
    const graph = new Map(modules.map((file) => [file, runtimeImports(file).local]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next, [...path, next]);
      }
      state.set(file, 'done');
    };
    for (const file of modules) if (!state.has(file)) visit(file, [file]);
    expect(cycles).to.deep.equal([]);
  });

  it('keeps the stages free of hosts: no adapter, no framework, no node:http', () => {
    const offenders: string[] = [];
    for (const file of modules.filter((name) => stages.includes(name.split('/')[0] ?? ''))) {
      const { local, packages } = runtimeImports(file);
      for (const target of local) if (target.startsWith('hosts/')) offenders.push(`${file} imports ${target}`);
      for (const name of packages) {
        if (['express', 'fastify', 'node:http'].includes(name)) offenders.push(`${file} imports ${name}`);
      }
    }
    expect(offenders).to.deep.equal([]);
  });

  it('is what this spec reads: every stage folder has modules', () => {
    for (const stage of [...stages, 'hosts']) {
      expect(
        modules.some((file) => relative(stage, file).split('/')[0] !== '..'),
        stage,
      ).to.equal(true);
    }
  });
});
