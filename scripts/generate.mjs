// Builds lib/generated/ from schema/outgoing-hangup.schema.json: the ajv validators as standalone
// code (so importing the package never compiles a schema), and the TypeScript field types of the
// normalized event with each field's converter kind and older spellings. `npm run generate` writes the files; spec/generated.spec.ts fails when the
// committed files differ from what this produces.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'schema', 'outgoing-hangup.schema.json');
const banner = '// Generated from schema/outgoing-hangup.schema.json by `npm run generate`. Do not edit.\n';

/** The ajv settings the validators are built with; spec/schema.spec.ts reuses them. */
export const ajvOptions = { allErrors: true, strict: true, code: { source: true, esm: true, lines: true } };

// How each reusable wire definition is normalized: the TypeScript type the host receives and the
// converter lib/normalize.ts applies.
const definitionKinds = {
  '#/$defs/phoneNumber': { kind: 'phone', tsType: 'string' },
  '#/$defs/integerLike': { kind: 'integer', tsType: 'number' },
  '#/$defs/timestamp': { kind: 'integer', tsType: 'number' },
  '#/$defs/booleanLike': { kind: 'boolean', tsType: 'boolean' },
};

export function readSchema() {
  return JSON.parse(readFileSync(schemaPath, 'utf8'));
}

function validatorsSource(schema) {
  const ajv = new Ajv2020.default(ajvOptions);
  ajv.addSchema(schema);
  const code = standaloneCode.default(ajv, {
    validateHangup: schema.$id,
    validateOlderTable: `${schema.$id}#/$defs/olderTable`,
    validateLiveEvent: `${schema.$id}#/$defs/liveEvent`,
  });
  return `${banner}// @ts-nocheck\n/* eslint-disable */\n${code}\n`;
}

const propertyRef = /^#\/properties\/(.+)$/;

/**
 * The older spellings the schema documents: properties marked `deprecated` whose `$ref` points at
 * the canonical property, as `{ alias: canonical }`.
 */
function aliasesOf(schema) {
  const aliases = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    if (property.deprecated !== true) continue;
    const canonical = propertyRef.exec(property.$ref ?? '')?.[1];
    if (!canonical || !schema.properties[canonical] || schema.properties[canonical].deprecated) {
      throw new Error(`generate: deprecated property ${name} must $ref the property it is an older spelling of`);
    }
    aliases[name] = canonical;
  }
  return aliases;
}

/**
 * The fields the schema requires under either spelling, in `allOf` order: each entry is a `not` of
 * an object whose `properties` forbid every spelling of one field (an object must not lack them
 * all; `type` keeps the `not` from failing, and reporting, for a payload that is no object). That
 * form, rather than an `anyOf` of `required`, keeps ajv from trying every branch and building an
 * error for the spelling a valid payload does not use.
 */
function eitherSpellingOf(schema, aliases) {
  return (schema.allOf ?? []).map((entry) => {
    const forbidden = Object.entries(entry.not?.properties ?? {});
    const [canonical] = forbidden[0] ?? [];
    const readable =
      Object.keys(entry).every((key) => key === 'not' || key === 'description') &&
      entry.not.type === 'object' &&
      Object.keys(entry.not).length === 2 &&
      forbidden.length > 1 &&
      forbidden.every(([name, subschema]) => subschema === false && (aliases[name] ?? name) === canonical) &&
      !aliases[canonical];
    if (!readable) throw new Error(`generate: cannot read allOf entry ${JSON.stringify(entry)}`);
    return canonical;
  });
}

function tsTypeOf(property) {
  if (property.$ref) {
    const known = definitionKinds[property.$ref];
    if (!known) throw new Error(`generate: no normalization is defined for ${property.$ref}`);
    return known.tsType;
  }
  if ('const' in property) return JSON.stringify(property.const);
  if (property.enum) return property.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (property.type === 'string') return 'string';
  if (property.type === 'integer' || property.type === 'number') return 'number';
  if (property.type === 'boolean') return 'boolean';
  // Known values plus any other text: the known ones still autocomplete, the rest still type-check.
  const [known, other] = property.anyOf ?? [];
  if (property.anyOf?.length === 2 && known.enum && other.type === 'string')
    return `${tsTypeOf(known)} | (string & {})`;
  throw new Error(`generate: cannot derive a TypeScript type for ${JSON.stringify(property)}`);
}

/** The older table (the `strict` option) may only narrow fields the schema lists, under their canonical names. */
function checkOlderTable(schema, aliases) {
  for (const name of Object.keys(schema.$defs.olderTable.properties)) {
    if (!schema.properties[name] || aliases[name]) {
      throw new Error(`generate: $defs/olderTable lists ${name}, which is not a canonical property`);
    }
  }
}

function fieldsSource(schema) {
  const aliases = aliasesOf(schema);
  const eitherSpelling = eitherSpellingOf(schema, aliases);
  // The fields the event always carries.
  const required = new Set([...schema.required, ...eitherSpelling]);
  checkOlderTable(schema, aliases);
  const canonical = Object.entries(schema.properties).filter(([name]) => !aliases[name]);
  const lines = [banner];
  lines.push('/** The fields of a normalized outgoing hangup, one type each, as the schema lists them. */');
  lines.push('export interface HangupFields {');
  for (const [name, property] of canonical) {
    lines.push(`  /** ${property.description} */`);
    lines.push(`  ${name}${required.has(name) ? '' : '?'}: ${tsTypeOf(property)};`);
  }
  lines.push('}', '');
  lines.push('/** Wire fields that arrive in more than one type, and the kind each is normalized to. */');
  lines.push('export const fieldKinds = {');
  for (const [name, property] of canonical) {
    const known = property.$ref && definitionKinds[property.$ref];
    if (known) lines.push(`  ${name}: '${known.kind}',`);
  }
  lines.push('} as const;', '');
  lines.push('/** Older spellings of fields, each with the canonical name the event carries it under. */');
  lines.push('export const fieldAliases = {');
  for (const [alias, name] of Object.entries(aliases)) lines.push(`  ${alias}: '${name}',`);
  lines.push('} as const;', '');
  lines.push(
    "/** Fields required under any of their spellings, in the order of the schema's `allOf`. */",
    `export const requiredInAnySpelling = [${eitherSpelling.map((name) => `'${name}'`).join(', ')}] as const;`,
    '',
  );
  lines.push(...normalizerSource(canonical, aliases), ...bothSpellingsSource(aliases));
  return lines.join('\n');
}

// The statement that turns each kind's other wire forms into its one type. The schema has checked
// the shape already: a phone number's integer is within 2^53 - 1, an integer's string is digits.
const conversionByKind = {
  phone: (field) => `if (typeof value === 'number') event.${field} = String(value);`,
  integer: (field) => `if (typeof value === 'string') event.${field} = Number(value);`,
  boolean: (field) => `if (typeof value === 'string') event.${field} = value === 'true';`,
};

/**
 * The normalizer as straight-line code, one statement per field: named property accesses that V8
 * keeps monomorphic, where a loop over field names would look each one up by a variable key.
 */
function normalizerSource(canonical, aliases) {
  const lines = [
    '/**',
    ' * Moves older spellings to their canonical names and gives each multi-typed field its one type,',
    ' * in place, on a copy of a payload that passed the schema (which refused two spellings with',
    ' * different values, so either may stay).',
    ' */',
    'export function normalizeFields(event: Record<string, unknown>): void {',
  ];
  for (const [alias, name] of Object.entries(aliases)) {
    lines.push(
      `  if (event.${alias} !== undefined) {`,
      `    event.${name} ??= event.${alias};`,
      `    delete event.${alias};`,
      '  }',
    );
  }
  lines.push('  let value: unknown;');
  for (const [name, property] of canonical) {
    const known = property.$ref && definitionKinds[property.$ref];
    if (known) lines.push(`  value = event.${name};`, `  ${conversionByKind[known.kind](name)}`);
  }
  lines.push('}', '');
  return lines;
}

/** A straight-line test for the rare payload that needs the check that two spellings agree. */
function bothSpellingsSource(aliases) {
  const tests = Object.entries(aliases).map(
    ([alias, name]) => `(payload.${alias} !== undefined && payload.${name} !== undefined)`,
  );
  return [
    '/** Whether a payload carries some field under both its older and its canonical spelling. */',
    'export function hasBothSpellings(payload: Record<string, unknown>): boolean {',
    `  return ${tests.join(' || ') || 'false'};`,
    '}',
    '',
  ];
}

function schemaSource(schema) {
  return `${banner}\n/** The JSON Schema of the wire format, as in schema/outgoing-hangup.schema.json. */\nexport const hangupSchema = ${JSON.stringify(schema, null, 2)} as const;\n`;
}

/** Every generated file, as `{ relativePath: content }`. */
export function generatedFiles() {
  const schema = readSchema();
  return {
    'lib/generated/validators.ts': validatorsSource(schema),
    'lib/generated/hangup-fields.ts': fieldsSource(schema),
    'lib/generated/schema.ts': schemaSource(schema),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [relative, content] of Object.entries(generatedFiles())) {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), content);
    console.log(`wrote ${relative}`);
  }
}
