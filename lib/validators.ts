import * as generated from './generated/validators.js';
import type { ErrorDetail } from './errors.js';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

interface Validator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

// Built at `npm run generate` time by ajv's standalone code from schema/outgoing-hangup.schema.json,
// so loading the package compiles nothing.
const validateHangup = generated.validateHangup as Validator;
const validateLiveEvent = generated.validateLiveEvent as Validator;

/** Checks a payload against the outgoing-hangup schema; the errors are empty when it passes. */
export function hangupErrors(payload: unknown): ErrorDetail[] {
  return validateHangup(payload) ? [] : toDetails(validateHangup.errors);
}

/** Whether a payload has the envelope every TeleCMI live event shares. */
export function isLiveEvent(payload: unknown): boolean {
  return validateLiveEvent(payload);
}

function toDetails(errors: AjvError[] | null | undefined): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // anyOf reports each branch and then itself; the branches say nothing the summary does not.
    if (error.keyword !== 'anyOf' && isAlternativeBranch(error, errors)) continue;
    const detail = toDetail(error);
    const key = `${detail.path}\u0000${detail.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      details.push(detail);
    }
  }
  return details;
}

function isAlternativeBranch(error: AjvError, errors: AjvError[] | null | undefined): boolean {
  return (errors ?? []).some((other) => other.keyword === 'anyOf' && other.instancePath === error.instancePath);
}

function toDetail(error: AjvError): ErrorDetail {
  const { instancePath, keyword, params } = error;
  if (keyword === 'required') {
    const missing = String(params['missingProperty']);
    return { path: `${instancePath}/${escapePointer(missing)}`, message: `is required` };
  }
  if (keyword === 'anyOf') return { path: instancePath, message: describeAlternatives(instancePath) };
  if (keyword === 'const') return { path: instancePath, message: `must be ${JSON.stringify(params['allowedValue'])}` };
  if (keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
    return { path: instancePath, message: `must be ${allowed}` };
  }
  return { path: instancePath, message: error.message ?? keyword };
}

const expectations: Record<string, string> = {
  callerid: 'must be a phone number: a string of digits or a non-negative integer',
  to: 'must be a phone number: a string of digits or a non-negative integer',
  from: 'must be a phone number: a string of digits or a non-negative integer',
  app_id: 'must be a non-negative integer, or a string of up to 15 digits',
  time: 'must be a timestamp in milliseconds: a non-negative integer, or a string of up to 15 digits',
  click_to_call: 'must be true or false, as a boolean or as the text "true"/"false"',
};

function describeAlternatives(instancePath: string): string {
  const field = instancePath.slice(1);
  return expectations[field] ?? 'does not match any allowed form';
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
