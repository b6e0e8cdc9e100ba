// The TypeScript generate.mjs writes to lib/generated/notifications.ts: for each kind of
// notification its field and fact types, its normalizer, and the rules the judge applies to it; and
// the classifier that reads a payload's markers. Everything here is read from the schema files; what
// a schema says that this cannot turn into code fails the generation instead of being skipped.

/** `cdr.outgoing.answered` → `CdrOutgoingAnswered`: the name of the kind's TypeScript type. */
export const pascalName = (kind) =>
  kind
    .split('.')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

// How each reusable wire definition is normalized: the TypeScript type the host receives and the
// converter the normalizer applies.
const definitionKinds = {
  '#/$defs/phoneNumber': { kind: 'phone', tsType: 'string' },
  '#/$defs/integerLike': { kind: 'integer', tsType: 'number' },
  '#/$defs/timestamp': { kind: 'integer', tsType: 'number' },
  '#/$defs/booleanLike': { kind: 'boolean', tsType: 'boolean' },
};

// The statement that turns each converter kind's other wire forms into its one type. The schema has
// checked the shape already: a phone number's integer is within 2^53 - 1, an integer's string is digits.
const conversionByKind = {
  phone: (field) => `if (typeof value === 'number') event.${field} = String(value);`,
  integer: (field) => `if (typeof value === 'string') event.${field} = Number(value);`,
  boolean: (field) => `if (typeof value === 'string') event.${field} = value === 'true';`,
};

/**
 * The facts worked out once per notification, each from wire fields a kind's schema lists: a kind
 * has a fact when its schema has the fact's source fields (and, for `applies`, more). `type` is the
 * fact's TypeScript type when its source is required, `optionalType` when the payload may lack it.
 */
const facts = [
  {
    name: 'occurredAt',
    sources: ['time'],
    type: 'Date',
    doc: 'When it happened: `time` as a `Date`.',
  },
  {
    name: 'hangupAt',
    sources: ['time'],
    applies: (schema) => schema.properties.status?.const === 'hangup',
    type: 'Date',
    doc: 'When the leg hung up: `time` as a `Date` (the same object as `occurredAt`).',
  },
  {
    name: 'answered',
    sources: ['answeredsec'],
    applies: (schema) => schema.properties.status?.const === 'hangup',
    type: 'boolean',
    optionalType: 'boolean | undefined',
    doc: 'Whether the leg was answered: `answeredsec > 0`. `undefined` when the payload has no `answeredsec` (live events do not carry it).',
    code: 'event.answered = event.answeredsec === undefined ? undefined : (event.answeredsec as number) > 0;',
  },
  {
    name: 'answeredSeconds',
    sources: ['answeredsec'],
    type: 'number',
    optionalType: 'number | undefined',
    doc: 'Seconds the call was answered for: `answeredsec` as a number, `undefined` when absent.',
    code: 'event.answeredSeconds = event.answeredsec;',
  },
  {
    name: 'waitedSeconds',
    sources: ['waitedsec'],
    type: 'number',
    optionalType: 'number | undefined',
    doc: 'Seconds the caller waited: `waitedsec` as a number, `undefined` when absent.',
    code: 'event.waitedSeconds = event.waitedsec;',
  },
  {
    name: 'endedBy',
    sources: ['hangup_reason'],
    type: 'EndedBy | undefined',
    doc: 'Which side ended the leg, from `hangup_reason`; `undefined` when absent or not one TeleCMI lists.',
    code: 'event.endedBy = endedByOf(event.hangup_reason);',
  },
  {
    name: 'recordingFile',
    sources: ['record', 'filename'],
    type: 'string | undefined',
    doc: "The recording's file name: `filename` when the call was recorded (`record` is not false) and it names a file; `undefined` otherwise.",
    code: 'event.recordingFile = fileNamed(event.record, event.filename);',
  },
  {
    name: 'voicemailFile',
    sources: ['voicemail', 'voicename'],
    type: 'string | undefined',
    doc: "The voicemail's file name: `voicename` when the caller left one (`voicemail` is not false) and it names a file; `undefined` otherwise.",
    code: 'event.voicemailFile = fileNamed(event.voicemail, event.voicename);',
  },
  {
    name: 'customData',
    sources: ['custom'],
    type: 'Record<string, unknown> | undefined',
    doc: '`custom` decoded, when it is JSON text of an object (`"{\\"crm\\":\\"true\\"}"` gives `{ crm: \'true\' }`); `undefined` for any other text, which stays as sent in `custom`. Text with a `__proto__` or `constructor.prototype` key, or nested more than 64 levels deep, is not decoded.',
    code: 'event.customData = decodeJsonObject(event.custom);',
  },
  {
    name: 'extraParamsData',
    sources: ['extra_params'],
    type: 'Record<string, unknown> | undefined',
    doc: '`extra_params` decoded, by the same rule as `customData`.',
    code: 'event.extraParamsData = decodeJsonObject(event.extra_params);',
  },
];

function factsOf(schema) {
  return facts.filter(
    (fact) => fact.sources.every((field) => schema.properties[field]) && (fact.applies?.(schema) ?? true),
  );
}

const propertyRef = /^#\/properties\/(.+)$/;

/** Whether a property only forbids its field (`not: {}`): a marker of other kinds, never a field of this one. */
const forbidden = (property) =>
  Object.keys(property).every((key) => key === 'description' || key === 'not') &&
  property.not &&
  Object.keys(property.not).length === 0;

/**
 * The older spellings a schema documents: properties marked `deprecated` whose `$ref` points at
 * the canonical property, as `{ alias: canonical }`.
 */
function aliasesOf(kind, schema) {
  const aliases = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    if (property.deprecated !== true) continue;
    const canonical = propertyRef.exec(property.$ref ?? '')?.[1];
    if (!canonical || !schema.properties[canonical] || schema.properties[canonical].deprecated) {
      throw new Error(
        `generate: ${kind}: deprecated property ${name} must $ref the property it is an older spelling of`,
      );
    }
    aliases[name] = canonical;
  }
  return aliases;
}

/**
 * The fields a schema requires under either spelling, in `allOf` order: each entry is a `not` of
 * an object whose `properties` forbid every spelling of one field (an object must not lack them
 * all; `type` keeps the `not` from failing, and reporting, for a payload that is no object). That
 * form, rather than an `anyOf` of `required`, keeps ajv from trying every branch and building an
 * error for the spelling a valid payload does not use.
 */
function eitherSpellingOf(kind, schema, aliases) {
  return (schema.allOf ?? []).map((entry) => {
    const spellings = Object.entries(entry.not?.properties ?? {});
    const [canonical] = spellings[0] ?? [];
    const readable =
      Object.keys(entry).every((key) => key === 'not' || key === 'description') &&
      entry.not.type === 'object' &&
      Object.keys(entry.not).length === 2 &&
      spellings.length > 1 &&
      spellings.every(([name, subschema]) => subschema === false && (aliases[name] ?? name) === canonical) &&
      !aliases[canonical];
    if (!readable) throw new Error(`generate: ${kind}: cannot read allOf entry ${JSON.stringify(entry)}`);
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
  const olderTable = schema.$defs?.olderTable;
  if (!olderTable) return;
  for (const name of Object.keys(olderTable.properties)) {
    if (!schema.properties[name] || aliases[name]) {
      throw new Error(`generate: $defs/olderTable lists ${name}, which is not a canonical property`);
    }
  }
}

/**
 * What every kind shares, checked to agree: a field is one wire definition whatever the kind, an
 * older spelling names one field, and every kind requires the same fields under either spelling.
 */
function sharedRules(kinds) {
  const fieldKinds = {};
  const aliases = {};
  let eitherSpelling;
  for (const { kind, schema } of kinds) {
    const own = aliasesOf(kind, schema);
    checkOlderTable(schema, own);
    for (const [alias, canonical] of Object.entries(own)) {
      if ((aliases[alias] ?? canonical) !== canonical)
        throw new Error(`generate: ${alias} is an older spelling of two fields`);
      aliases[alias] = canonical;
    }
    const required = eitherSpellingOf(kind, schema, own);
    if (eitherSpelling && eitherSpelling.join() !== required.join()) {
      throw new Error(`generate: ${kind} requires other fields under either spelling than the kinds before it`);
    }
    eitherSpelling = required;
    for (const [name, property] of Object.entries(schema.properties)) {
      if (own[name] || !property.$ref) continue;
      const converter = definitionKinds[property.$ref]?.kind;
      if (!converter) throw new Error(`generate: no normalization is defined for ${property.$ref}`);
      if ((fieldKinds[name] ?? converter) !== converter)
        throw new Error(`generate: ${name} has two wire types across kinds`);
      fieldKinds[name] = converter;
    }
  }
  return { fieldKinds, aliases, eitherSpelling: eitherSpelling ?? [] };
}

/**
 * One condition of the classifier per kind, from its markers: `const`s (a field the markers do not
 * require may also be absent), `false` (the field is absent), and `required` (present). The markers
 * are JSON Schema; only this subset of it can be read as a straight-line test.
 */
function markerTest(kind, markers) {
  const { type, properties = {}, required = [], ...rest } = markers ?? {};
  if (type !== 'object' || Object.keys(rest).length > 0) {
    throw new Error(`generate: the markers of ${kind} must be an object schema of properties and required only`);
  }
  const tests = [];
  for (const [name, marker] of Object.entries(properties)) {
    const field = `payload.${name}`;
    if (marker === false) tests.push(`${field} === undefined`);
    else if (marker === true) continue;
    else if (Object.keys(marker).length === 1 && 'const' in marker && typeof marker.const === 'string') {
      const value = JSON.stringify(marker.const);
      tests.push(
        required.includes(name) ? `${field} === ${value}` : `(${field} === undefined || ${field} === ${value})`,
      );
    } else throw new Error(`generate: cannot read the marker ${name} of ${kind}: ${JSON.stringify(marker)}`);
  }
  for (const name of required) {
    const marker = properties[name];
    if (marker === undefined || marker === true) tests.push(`payload.${name} !== undefined`);
  }
  // Status first: it alone tells most kinds apart, so most tests stop at their first comparison.
  return tests.sort((a, b) => Number(!a.includes('.status')) - Number(!b.includes('.status'))).join(' && ');
}

function fieldsInterface(kind, schema, aliases, eitherSpelling) {
  const required = new Set([...(schema.required ?? []), ...eitherSpelling]);
  const name = pascalName(kind);
  const lines = [
    `/** The fields of a normalized ${kind}, one type each, as its schema lists them. */`,
    `export interface ${name}Fields {`,
  ];
  for (const [field, property] of Object.entries(schema.properties)) {
    if (aliases[field] || forbidden(property)) continue;
    lines.push(
      `  /** ${property.description} */`,
      `  ${field}${required.has(field) ? '' : '?'}: ${tsTypeOf(property)};`,
    );
  }
  lines.push('}', '');
  return lines;
}

function factsInterface(kind, schema) {
  const required = new Set(schema.required ?? []);
  const lines = [
    `/** The facts worked out once from a ${kind}'s wire fields. Every key is always present; \`undefined\` means the payload does not say. */`,
    `export interface ${pascalName(kind)}Facts {`,
  ];
  for (const fact of factsOf(schema)) {
    const optional = fact.sources.some((field) => !required.has(field));
    lines.push(`  /** ${fact.doc} */`, `  ${fact.name}: ${optional ? (fact.optionalType ?? fact.type) : fact.type};`);
  }
  lines.push('}', '');
  return lines;
}

function kindInterface(kind, schema) {
  const name = pascalName(kind);
  return [
    `/** ${schema.title} (\`${kind}\`): ${schema.description.split(/(?<=\.) /)[0]} */`,
    `export interface ${name} extends ${name}Fields, ${name}Facts {`,
    '  /** The kind of notification, worked out from its markers. */',
    `  readonly kind: '${kind}';`,
    '  readonly [field: string]: unknown;',
    '}',
    '',
  ];
}

/**
 * The normalizer as straight-line code, one statement per field: named property accesses that V8
 * keeps monomorphic, where a loop over field names would look each one up by a variable key.
 */
function normalizerSource(kind, schema, aliases) {
  const lines = [`function normalize${pascalName(kind)}(event: Record<string, unknown>): void {`];
  for (const [alias, name] of Object.entries(aliases)) {
    if (!schema.properties[alias]) continue;
    lines.push(
      `  if (event.${alias} !== undefined) {`,
      `    event.${name} ??= event.${alias};`,
      `    delete event.${alias};`,
      '  }',
    );
  }
  lines.push('  let value: unknown;');
  for (const [name, property] of Object.entries(schema.properties)) {
    const known = !aliases[name] && property.$ref && definitionKinds[property.$ref];
    if (known) lines.push(`  value = event.${name};`, `  ${conversionByKind[known.kind](name)}`);
  }
  lines.push(`  event.kind = '${kind}';`);
  const own = factsOf(schema);
  if (own.some((fact) => fact.name === 'hangupAt')) {
    lines.push('  const at = new Date(event.time as number);', '  event.hangupAt = at;', '  event.occurredAt = at;');
  } else lines.push('  event.occurredAt = new Date(event.time as number);');
  for (const fact of own) if (fact.code) lines.push(`  ${fact.code}`);
  lines.push('}', '');
  return lines;
}

/** The TypeScript module of every kind: its types, its normalizer and its rules, and the classifier. */
export function notificationsSource({ kinds }, banner) {
  const { fieldKinds, aliases, eitherSpelling } = sharedRules(kinds);
  const usedHelpers = new Set(
    kinds
      .flatMap(({ schema }) => factsOf(schema).map((fact) => fact.code ?? ''))
      .join(' ')
      .match(/\b(endedByOf|fileNamed|decodeJsonObject)\b/g),
  );
  const lines = [
    banner,
    `import { ${[...usedHelpers].sort().join(', ')}, type EndedBy } from '../judge/facts.js';`,
    '',
  ];
  for (const { kind, schema } of kinds) {
    lines.push(
      ...fieldsInterface(kind, schema, aliases, eitherSpelling),
      ...factsInterface(kind, schema),
      ...kindInterface(kind, schema),
    );
  }
  lines.push(
    '/** Every kind of notification, by its name: the type a listener of that kind receives. */',
    'export interface NotificationKinds {',
  );
  for (const { kind } of kinds) lines.push(`  '${kind}': ${pascalName(kind)};`);
  lines.push('}', '');
  lines.push(
    "/** Every kind's wire fields, normalized, without its facts: what its schema lists. */",
    'export interface NotificationFields {',
  );
  for (const { kind } of kinds) lines.push(`  '${kind}': ${pascalName(kind)}Fields;`);
  lines.push('}', '');
  lines.push(
    '/** The name of a kind of notification, such as `cdr.outgoing.answered`. */',
    'export type NotificationKind = keyof NotificationKinds;',
    '',
    '/** Every kind, in the order the schemas list them. */',
    `export const notificationKinds = [${kinds.map(({ kind }) => `'${kind}'`).join(', ')}] as const;`,
    '',
    '/** Wire fields that arrive in more than one type, and the kind each is normalized to. */',
    'export const fieldKinds = {',
    ...Object.entries(fieldKinds).map(([name, converter]) => `  ${name}: '${converter}',`),
    '} as const;',
    '',
    '/** Older spellings of fields, each with the canonical name a notification carries it under. */',
    'export const fieldAliases = {',
    ...Object.entries(aliases).map(([alias, name]) => `  ${alias}: '${name}',`),
    '} as const;',
    '',
    "/** Fields every kind requires under any of their spellings, in the order of the schemas' `allOf`. */",
    `export const requiredInAnySpelling = [${eitherSpelling.map((name) => `'${name}'`).join(', ')}] as const;`,
    '',
    '/** Whether a payload carries some field under both its older and its canonical spelling. */',
    'export function hasBothSpellings(payload: Record<string, unknown>): boolean {',
    `  return ${
      Object.entries(aliases)
        .map(([alias, name]) => `(payload.${alias} !== undefined && payload.${name} !== undefined)`)
        .join(' || ') || 'false'
    };`,
    '}',
    '',
    '/**',
    ' * The kind whose markers (schema/notification.schema.json) a payload carries, or `undefined` when it',
    " * carries no kind's. The markers only say which schema to judge the payload by; they do not judge it.",
    ' */',
    'export function kindOf(value: unknown): NotificationKind | undefined {',
    "  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;",
    '  const payload = value as Record<string, unknown>;',
  );
  for (const { kind, markers } of kinds) lines.push(`  if (${markerTest(kind, markers)}) return '${kind}';`);
  lines.push('  return undefined;', '}', '');
  for (const { kind, schema } of kinds) lines.push(...normalizerSource(kind, schema, aliases));
  lines.push(
    '/** What the judge needs of a kind besides its validator: what to call it in a message, its normalizer. */',
    'export interface KindRules {',
    '  /** The title of its schema, such as "TeleCMI outgoing hangup". */',
    '  readonly title: string;',
    "  /** Turns a payload that passed the validator into the kind's notification, in place. */",
    '  readonly normalize: (event: Record<string, unknown>) => void;',
    '}',
    '',
    '/** The rules of each kind. */',
    'export const kindRules: { readonly [K in NotificationKind]: KindRules } = {',
  );
  for (const { kind, schema } of kinds) {
    const name = pascalName(kind);
    lines.push(
      `  '${kind}': {`,
      `    title: ${JSON.stringify(schema.title)},`,
      `    normalize: normalize${name},`,
      '  },',
    );
  }
  lines.push('};', '');
  return lines.join('\n');
}
