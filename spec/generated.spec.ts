import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';

const root = join(__dirname, '..');

describe('the generated validators and types', () => {
  it('match what `npm run generate` makes from the schema file now', async () => {
    const generator = (await import('../scripts/generate.mjs')) as {
      generatedFiles: () => Record<string, string>;
    };
    const expected = generator.generatedFiles();
    expect(Object.keys(expected)).to.not.be.empty;
    for (const [relative, content] of Object.entries(expected)) {
      const committed = readFileSync(join(root, relative), 'utf8');
      expect(committed === content, `${relative} is stale: run npm run generate`).to.equal(true);
    }
  });
});
