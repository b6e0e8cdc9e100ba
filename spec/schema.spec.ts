import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import {
  anyNotificationSchema,
  hangupSchema,
  notificationKinds,
  notificationSchemas,
  parseHangup,
  parseNotification,
  type NotificationKind,
} from '../lib/index.js';
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

describe('the schema of every kind', () => {
  const schemaDir = join(__dirname, '..', 'schema');
  const files = readdirSync(schemaDir).filter((file) => file.endsWith('.schema.json'));
  const read = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Record<string, unknown>;
  const kindFiles = files.filter((file) => file !== 'notification.schema.json');
  const kindOfFile = (file: string) => file.replace('.schema.json', '').replaceAll('-', '.');

  /** An ajv with every schema file added, as a user reusing them would set it up. */
  function ajvWithAll(): Ajv2020 {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const file of files) ajv.addSchema(read(file));
    return ajv;
  }

  it('has one file per kind, named for the kind with its dots as dashes, and the any-notification schema', () => {
    expect(kindFiles.map(kindOfFile).sort()).to.deep.equal([...notificationKinds].sort());
    expect(files).to.include('notification.schema.json');
  });

  for (const file of files) {
    describe(file, () => {
      const schema = read(file);

      it('is valid under its meta-schema, with an absolute $id named for its file', () => {
        const ajv = new Ajv2020({ strict: true });
        expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
        expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).to.equal(true);
        expect(schema['$id']).to.equal(`https://unpkg.com/telecmi-hangup/schema/${file}`);
      });

      it('compiles under strict mode and describes every field', () => {
        expect(() => ajvWithAll().getSchema(String(schema['$id']))).to.not.throw();
        const properties = (schema['properties'] ??
          (schema['$defs'] as Record<string, Record<string, unknown>>)['envelope']!['properties']) as Record<
          string,
          PropertySchema
        >;
        for (const [name, property] of Object.entries(properties)) {
          expect(property.description, `${file} ${name}`).to.be.a('string').and.not.equal('');
        }
      });

      it('is the object exported for it', () => {
        const exported =
          file === 'notification.schema.json'
            ? anyNotificationSchema
            : notificationSchemas[kindOfFile(file) as NotificationKind];
        expect(exported).to.deep.equal(schema);
      });
    });
  }

  it("accepts each kind's examples under that kind's schema only", () => {
    const ajv = ajvWithAll();
    for (const file of kindFiles) {
      const examples = read(file)['examples'] as unknown[];
      expect(examples, file).to.not.be.empty;
      for (const example of examples) {
        const passing = kindFiles.filter((other) => ajv.getSchema(String(read(other)['$id']))!(example) === true);
        expect(passing, `an example of ${file}`).to.deep.equal([file]);
      }
    }
  });

  it('shares one definition per wire type and one description per older spelling across the kinds', () => {
    const definitions = new Map<string, string>();
    for (const file of kindFiles) {
      for (const [name, definition] of Object.entries((read(file)['$defs'] ?? {}) as Record<string, unknown>)) {
        const text = JSON.stringify(definition);
        if (name === 'olderTable' || name === 'olderPhoneNumber') continue;
        expect(definitions.get(name) ?? text, `${file} $defs/${name}`).to.equal(text);
        definitions.set(name, text);
      }
    }
    expect([...definitions.keys()].sort()).to.deep.equal(['booleanLike', 'integerLike', 'phoneNumber', 'timestamp']);
  });

  it('recognizes each kind by markers no other kind shares, as the package classifies them', () => {
    const ajv = ajvWithAll();
    const any = read('notification.schema.json');
    const markers = (any['allOf'] as { if: object; then: { $ref: string } }[]).map((entry) => ({
      kind: kindOfFile(entry.then.$ref),
      matches: ajv.compile({ ...entry.if, $id: `urn:markers:${entry.then.$ref}` }),
    }));
    const payloads: unknown[] = kindFiles.flatMap((file) => read(file)['examples'] as unknown[]);
    const markerValues = fc.record(
      {
        type: fc.constantFrom('event', 'cdr', 'other'),
        direction: fc.constantFrom('inbound', 'outbound', 'sideways'),
        status: fc.constantFrom('started', 'answered', 'waiting', 'hangup', 'missed', 'ringing'),
        team: fc.constant('Sales'),
      },
      { requiredKeys: [] },
    );
    payloads.push(...fc.sample(markerValues, 200));
    for (const payload of payloads) {
      const matching = markers.filter((marker) => marker.matches(payload)).map((marker) => marker.kind);
      expect(matching.length, JSON.stringify(payload)).to.be.at.most(1);
      const verdict = parseNotification(payload as object);
      const found = verdict.ok ? verdict.notification.kind : 'kind' in verdict ? verdict.kind : undefined;
      expect(found, JSON.stringify(payload)).to.equal(matching[0]);
    }
  });

  it('accepts every documented sample as any notification, and a status no kind has', () => {
    const validate = ajvWithAll().getSchema(String(read('notification.schema.json')['$id']))!;
    const samplesDir = join(__dirname, 'fixtures', 'notifications');
    for (const file of readdirSync(samplesDir).filter((one) => one.endsWith('.json'))) {
      expect(validate(JSON.parse(readFileSync(join(samplesDir, file), 'utf8'))), file).to.equal(true);
    }
    expect(validate({ status: 'ringing', cmiuuid: 'x' })).to.equal(true);
    expect(validate({ status: 'missed', type: 'cdr', direction: 'inbound', cmiuuid: 'x' })).to.equal(false);
    expect(validate({ status: 'ringing' })).to.equal(false);
  });
});
