import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import Ajv2020 from 'ajv/dist/2020';
import { hangupSchema, parseHangup } from '../lib/index.js';
import { fixtureText } from './helpers/app.js';

const schemaFile = join(__dirname, '..', 'schema', 'outgoing-hangup.schema.json');
const schemaFromFile = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;

interface PropertySchema {
  description?: string;
}

describe('the JSON Schema file', () => {
  it('is valid under the meta-schema it declares', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(schemaFromFile['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schemaFromFile), JSON.stringify(ajv.errors)).to.equal(true);
  });

  it('has an absolute $id', () => {
    expect(String(schemaFromFile['$id'])).to.match(/^https:\/\/.+\.schema\.json$/);
  });

  it('is the object exported as hangupSchema', () => {
    expect(hangupSchema).to.deep.equal(schemaFromFile);
  });

  it('describes every property', () => {
    const properties = schemaFromFile['properties'] as Record<string, PropertySchema>;
    expect(Object.keys(properties).length).to.be.greaterThan(10);
    for (const [name, property] of Object.entries(properties)) {
      expect(property.description, name).to.be.a('string').and.not.equal('');
    }
  });

  it('compiles with plain ajv and accepts its own examples and the JSON fixture', () => {
    const validate = new Ajv2020({ strict: true }).compile(schemaFromFile);
    const examples = schemaFromFile['examples'] as unknown[];
    expect(examples).to.have.length.greaterThanOrEqual(3);
    for (const example of examples) expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
    expect(validate(JSON.parse(fixtureText('current-docs-leg-a.json')))).to.equal(true);
    expect(validate(JSON.parse(fixtureText('current-docs-answered-leg-a.json')))).to.equal(false);
  });

  it('lists the seed samples as examples, digits kept', () => {
    const examples = schemaFromFile['examples'] as Record<string, unknown>[];
    for (const name of ['seed-leg-a.txt', 'seed-leg-b.txt']) {
      const verdict = parseHangup(fixtureText(name));
      if (!verdict.ok) throw new Error(`${name} should be a hangup`);
      expect(examples.some((example) => example['cmiuuid'] === verdict.event.cmiuuid)).to.equal(true);
    }
  });
});
