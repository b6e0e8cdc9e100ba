import {
  fieldAliases,
  fieldKinds,
  hasBothSpellings,
  requiredInAnySpelling,
  type NotificationKind,
} from '../generated/notifications.js';
import { validatorLoaders, type ValidatorName } from '../generated/validators/index.js';
import type { ErrorDetail } from '../errors.js';
import type { AjvError, Validator } from './validator.js';

// Built at `npm run generate` time by ajv's standalone code from the schemas in schema/, so loading
// the package compiles nothing; and each loaded on first use, so it costs nothing at start-up either.
const loaded: { [Name in ValidatorName]?: Validator } = {};

function validatorOf(name: ValidatorName): Validator {
  return (loaded[name] ??= validatorLoaders[name]());
}

/**
 * Checks a payload against its kind's schema (with `strict`, the outgoing hangup against the older
 * property table, `$defs/olderTable`); the errors are empty when it passes. Two spellings of one
 * field carrying different values are an error too: the notification can only carry one.
 */
export function notificationErrors(kind: NotificationKind, payload: unknown, strict = false): ErrorDetail[] {
  const older = strict && kind === 'outgoing.hangup';
  const validate = validatorOf(older ? 'olderTable' : kind);
  if (!validate(payload)) return toDetails(validate.errors, older);
  return older ? [] : spellingConflicts(payload as Record<string, unknown>);
}

/** Whether a payload has the envelope every TeleCMI notification shares: a status and a leg's id. */
export function hasEnvelope(payload: unknown): boolean {
  return validatorOf('envelope')(payload);
}

type Kind = (typeof fieldKinds)[keyof typeof fieldKinds];

/**
 * Converters from each wire form the schema allows to the one type the event carries, for comparing
 * two spellings of a field. The event itself is normalized by the generated `normalizeFields`.
 */
const converters: Record<Kind, (value: unknown) => unknown> = {
  // The schema has already checked the shape: an integer within 2^53 - 1, or a string of digits.
  phone: (value) => (typeof value === 'number' ? String(value) : value),
  integer: (value) => (typeof value === 'string' ? Number(value) : value),
  boolean: (value) => (typeof value === 'string' ? value === 'true' : value),
};

const aliases = Object.entries(fieldAliases);

function spellingConflicts(payload: Record<string, unknown>): ErrorDetail[] {
  if (!hasBothSpellings(payload)) return [];
  let conflicts: ErrorDetail[] | undefined;
  for (const [alias, canonical] of aliases) {
    const older = payload[alias];
    const current = payload[canonical];
    if (older === undefined || current === undefined || same(canonical, older, current)) continue;
    (conflicts ??= []).push({
      path: `/${alias}`,
      message: `is the older spelling of ${canonical} but differs from it (${JSON.stringify(older)} and ${JSON.stringify(current)}); send one, or the same value in both`,
    });
  }
  return conflicts ?? [];
}

/** Equal once normalized: `appid: "5"` and `app_id: 5` are one app. */
function same(field: string, a: unknown, b: unknown): boolean {
  const kind = (fieldKinds as Record<string, keyof typeof converters | undefined>)[field];
  return kind === undefined ? a === b : converters[kind](a) === converters[kind](b);
}

function toDetails(errors: AjvError[] | null | undefined, strict: boolean): ErrorDetail[] {
  const all = errors ?? [];
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  for (const error of all) {
    // anyOf reports each branch and then itself; the branches say nothing the summary does not.
    if (error.keyword !== 'anyOf' && isAlternativeBranch(error, all)) continue;
    const detail = describe(error, strict);
    const key = `${detail.path}\u0000${detail.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      details.push(detail);
    }
  }
  return details;
}

/** A field's anyOf is the only schema that reports at that field's path, so every error there is one of its branches. */
function isAlternativeBranch(error: AjvError, errors: AjvError[]): boolean {
  return errors.some((other) => other.keyword === 'anyOf' && other.instancePath === error.instancePath);
}

function describe(error: AjvError, strict: boolean): ErrorDetail {
  if (error.keyword === 'anyOf') return describeAlternatives(error, strict);
  if (error.keyword === 'not' && error.instancePath === '') return missingField(error) ?? toDetail(error, strict);
  // A property schema of `not: {}` marks a field other kinds carry (team, on an outgoing call).
  if (error.keyword === 'not')
    return { path: error.instancePath, message: 'is not a field of this kind of notification' };
  return toDetail(error, strict);
}

function toDetail(error: AjvError, strict: boolean): ErrorDetail {
  const { instancePath, keyword, params } = error;
  if (keyword === 'required')
    return { path: `${instancePath}/${escapePointer(String(params['missingProperty']))}`, message: 'is required' };
  if (keyword === 'additionalProperties') return unlistedField(instancePath, String(params['additionalProperty']));
  if (keyword === 'const') return { path: instancePath, message: `must be ${JSON.stringify(params['allowedValue'])}` };
  if (keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
    return { path: instancePath, message: `must be ${allowed}` };
  }
  if (keyword === 'type' && strict) {
    return {
      path: instancePath,
      message: `must be a JSON ${String(params['type'])}, as the older table types it (strict mode)`,
    };
  }
  return { path: instancePath, message: error.message ?? keyword };
}

function unlistedField(instancePath: string, name: string): ErrorDetail {
  const canonical = (fieldAliases as Record<string, string | undefined>)[name];
  const message = canonical
    ? `is the older spelling of ${canonical}; strict mode takes ${canonical} only`
    : 'is not a field of the older property table, so strict mode refuses it';
  return { path: `${instancePath}/${escapePointer(name)}`, message };
}

const phone = 'must be a phone number: digits with an optional leading +, as a string, or a non-negative integer';
const integer = 'must be a non-negative integer, or a string of up to 15 digits';

const expectations: Record<string, string> = {
  callerid: phone,
  to: phone,
  from: phone,
  virtual_number: phone,
  app_id: integer,
  answeredsec: `${integer} (seconds)`,
  waitedsec: `${integer} (seconds)`,
  time: 'must be a timestamp in milliseconds: a non-negative integer, or a string of up to 15 digits',
  click_to_call: 'must be true or false, as a boolean or as the text "true"/"false"',
  record: 'must be true or false, as a boolean or as the text "true"/"false"',
  hangup_reason: 'must be a non-empty string, such as "sent_bye" or "recv_bye"',
};

const olderPhone = 'must be a phone number of digits only, as an integer or a string (strict mode: no +)';
const strictExpectations: Record<string, string> = {
  callerid: olderPhone,
  to: olderPhone,
  from: olderPhone,
  app_id: 'must be a non-negative JSON integer (strict mode)',
  time: 'must be a timestamp in milliseconds, as a non-negative JSON integer (strict mode)',
  click_to_call: 'must be the text "true" or "false" (strict mode)',
};

function describeAlternatives(error: AjvError, strict: boolean): ErrorDetail {
  const { instancePath } = error;
  const wireName = instancePath.slice(1);
  const field = (fieldAliases as Record<string, string | undefined>)[wireName] ?? wireName;
  const message = (strict ? strictExpectations[field] : undefined) ?? expectations[field];
  return { path: instancePath, message: message ?? 'does not match any allowed form' };
}

/**
 * The root's `not`s (`#/allOf/<i>/not`) each refuse a payload that lacks every spelling of one
 * field; the detail names the field and its older spellings.
 */
function missingField(error: AjvError): ErrorDetail | undefined {
  const index = /^#\/allOf\/(\d+)\/not$/.exec(error.schemaPath)?.[1];
  const canonical = index === undefined ? undefined : requiredInAnySpelling[Number(index)];
  if (canonical === undefined) return undefined;
  const older = Object.keys(fieldAliases).filter(
    (alias) => fieldAliases[alias as keyof typeof fieldAliases] === canonical,
  );
  const alternatives = older.length > 0 ? ` (or under its older spelling ${older.join(' or ')})` : '';
  return { path: `/${escapePointer(canonical)}`, message: `is required${alternatives}` };
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
