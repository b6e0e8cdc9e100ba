// Builds lib/generated/ from the JSON Schemas in schema/: the ajv validators as standalone code (so
// importing the package compiles no schema), and, for each kind of notification, its TypeScript
// type, its normalizer and its facts, plus the classifier that tells the kinds apart by the markers
// of schema/notification.schema.json. `npm run generate` writes the files; spec/generated.spec.ts
// fails when the committed files differ from what this produces.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { notificationsSource } from './generate-notifications.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDirectory = join(root, 'schema');
export const banner = '// Generated from the schemas in schema/ by `npm run generate`. Do not edit.\n';

/** The ajv settings the validators are built with; spec/schema.spec.ts reuses them. */
export const ajvOptions = { allErrors: true, strict: true, code: { source: true, esm: true, lines: true } };

const anyNotificationFile = 'notification.schema.json';
const hangupKind = 'outgoing.hangup';

/** `cdr-outgoing-answered.schema.json` is the schema of the kind `cdr.outgoing.answered`. */
export const kindOfFile = (file) => file.replace(/\.schema\.json$/, '').replaceAll('-', '.');

function readJson(file) {
  return JSON.parse(readFileSync(join(schemaDirectory, file), 'utf8'));
}

/**
 * Every schema file: the one that accepts any notification, and each kind's, in the order of the
 * any-notification schema's `allOf` (the order kinds are documented and classified in).
 */
export function readSchemas() {
  const any = readJson(anyNotificationFile);
  const kinds = any.allOf.map((entry) => {
    const file = entry.then?.$ref;
    if (typeof file !== 'string' || !/^[a-z-]+\.schema\.json$/.test(file)) {
      throw new Error(`generate: ${anyNotificationFile} allOf entry must "then" $ref a kind's schema file`);
    }
    return { kind: kindOfFile(file), file, markers: entry.if, schema: readJson(file) };
  });
  const listed = new Set(kinds.map(({ file }) => file));
  for (const file of readdirSync(schemaDirectory)) {
    if (file !== anyNotificationFile && !listed.has(file)) {
      throw new Error(`generate: schema/${file} is not a kind of ${anyNotificationFile}`);
    }
  }
  return { any, kinds };
}

/** `outgoing.hangup` → `outgoing-hangup`: the file its schema and its validator are named for. */
const fileStem = (kind) => kind.replaceAll('.', '-');

/**
 * One module per validator, under lib/generated/validators/: each kind's, the older property table's
 * and the envelope's, each exporting `validate` with only the code its schema reaches. A loader
 * module beside them requires each on first use, so the package loads no validator at start-up and
 * a kind never received is never loaded.
 */
function validatorSources({ any, kinds }) {
  const ajv = new Ajv2020.default(ajvOptions);
  for (const { schema } of kinds) ajv.addSchema(schema);
  ajv.addSchema(any);
  const hangup = kinds.find(({ kind }) => kind === hangupKind).schema;
  const modules = [
    ...kinds.map(({ kind, schema }) => ({ name: kind, stem: fileStem(kind), ref: schema.$id })),
    { name: 'olderTable', stem: 'older-table', ref: `${hangup.$id}#/$defs/olderTable` },
    { name: 'envelope', stem: 'envelope', ref: `${any.$id}#/$defs/envelope` },
  ];
  const files = {};
  for (const { stem, ref } of modules) {
    const code = standaloneCode.default(ajv, { validate: ref });
    files[`lib/generated/validators/${stem}.ts`] = `${banner}// @ts-nocheck\n/* eslint-disable */\n${code}\n`;
  }
  const loaders = modules.map(
    ({ name, stem }) => `  ${JSON.stringify(name)}: () => (require('./${stem}.js') as ValidatorModule).validate,`,
  );
  files['lib/generated/validators/index.ts'] = [
    banner,
    "import type { Validator } from '../../judge/validator.js';",
    '',
    'interface ValidatorModule {',
    '  readonly validate: Validator;',
    '}',
    '',
    '/**',
    " * Loads a validator: each kind's, the older property table's (`olderTable`) and the envelope's.",
    ' * Each is a module of its own, required when first asked for: most of the package by size, and',
    ' * none of it needed before the first delivery of its kind.',
    ' */',
    'export const validatorLoaders = {',
    ...loaders,
    '} as const;',
    '',
    '/** What a validator is loaded by: a kind, `olderTable` or `envelope`. */',
    'export type ValidatorName = keyof typeof validatorLoaders;',
    '',
  ].join('\n');
  return files;
}

function schemaSource({ any, kinds }) {
  const hangup = kinds.find(({ kind }) => kind === hangupKind);
  const lines = [
    banner,
    `/** The JSON Schema of the outgoing hangup, as in schema/${hangup.file}. */`,
    `export const hangupSchema = ${JSON.stringify(hangup.schema, null, 2)} as const;`,
    '',
    '/** The JSON Schema of each kind of notification, by kind, as in its file in schema/. */',
    'export const notificationSchemas = {',
  ];
  for (const { kind, schema } of kinds) {
    lines.push(`  '${kind}': ${kind === hangupKind ? 'hangupSchema' : JSON.stringify(schema, null, 2)},`);
  }
  lines.push(
    '} as const;',
    '',
    `/** The JSON Schema that accepts any TeleCMI notification, as in schema/${anyNotificationFile}: load the kinds' schemas beside it. */`,
    `export const anyNotificationSchema = ${JSON.stringify(any, null, 2)} as const;`,
    '',
  );
  return lines.join('\n');
}

/** Every generated file, as `{ relativePath: content }`. */
export function generatedFiles() {
  const schemas = readSchemas();
  return {
    ...validatorSources(schemas),
    'lib/generated/notifications.ts': notificationsSource(schemas, banner),
    'lib/generated/schema.ts': schemaSource(schemas),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [relative, content] of Object.entries(generatedFiles())) {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), content);
    console.log(`wrote ${relative}`);
  }
}
