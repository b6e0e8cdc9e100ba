// Builds lib/generated/ from schema/outgoing-hangup.schema.json: the ajv validators as standalone
// code (so importing the package never compiles a schema) and the TypeScript field types of the
// normalized event. `npm run generate` writes the files; spec/generated.spec.ts fails when the
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
    validateLiveEvent: `${schema.$id}#/$defs/liveEvent`,
  });
  return `${banner}// @ts-nocheck\n/* eslint-disable */\n${code}\n`;
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
  throw new Error(`generate: cannot derive a TypeScript type for ${JSON.stringify(property)}`);
}

function fieldsSource(schema) {
  const required = new Set(schema.required);
  const lines = [banner];
  lines.push('/** The fields of a normalized outgoing hangup, one type each, as the schema lists them. */');
  lines.push('export interface HangupFields {');
  for (const [name, property] of Object.entries(schema.properties)) {
    lines.push(`  /** ${property.description} */`);
    lines.push(`  ${name}${required.has(name) ? '' : '?'}: ${tsTypeOf(property)};`);
  }
  lines.push('}', '');
  lines.push('/** Wire fields that arrive in more than one type, and the kind each is normalized to. */');
  lines.push('export const fieldKinds = {');
  for (const [name, property] of Object.entries(schema.properties)) {
    const known = property.$ref && definitionKinds[property.$ref];
    if (known) lines.push(`  ${name}: '${known.kind}',`);
  }
  lines.push('} as const;', '');
  return lines.join('\n');
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
