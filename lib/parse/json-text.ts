import secureJson from 'secure-json-parse';
import { HangupError } from '../errors.js';

/**
 * Parses JSON text as TeleCMI writes it. The strict parser runs first; only when it fails is the
 * text mended for what TeleCMI's older docs print (integer literals with a leading zero, such as
 * `04471000000`, become the strings of those digits, and a byte order mark is dropped) and parsed
 * again. `__proto__` and `constructor.prototype` keys, and nesting deeper than
 * {@link maxNestingDepth}, are refused either way.
 */
export function parseJsonText(text: string): unknown {
  return parseGuarded(text, parseLeniently);
}

/**
 * Parses strict JSON text (nothing is mended) under the same guards as {@link parseJsonText}.
 * Throws a HangupError for a forbidden key or deep nesting, a SyntaxError for text that is not JSON.
 */
export function parseStrictJson(text: string): unknown {
  return parseGuarded(text, secureParse);
}

function parseGuarded(text: string, parse: (text: string, flat: boolean) => unknown): unknown {
  const openers = countOpeners(text, maxNestingDepth + 1);
  const parsed = parse(text, openers <= 1);
  // Text with few brackets cannot nest deeply, so the walk is paid only by unusual payloads.
  if (openers > maxNestingDepth) refuseDeepNesting(parsed);
  return parsed;
}

/** How many `{` and `[` characters `text` holds, counted natively, up to `stopAt`. */
function countOpeners(text: string, stopAt: number): number {
  let count = 0;
  for (const opener of ['{', '[']) {
    for (let at = text.indexOf(opener); at !== -1 && count < stopAt; at = text.indexOf(opener, at + 1)) count++;
  }
  return count;
}

/** `flat`: the text holds at most one `{` or `[` (in strings included), so at most one object or array. */
function parseLeniently(text: string, flat: boolean): unknown {
  try {
    return secureParse(text, flat);
  } catch (strictError) {
    if (strictError instanceof HangupError) throw strictError;
    const mended = mendJsonText(text);
    if (mended !== text) {
      try {
        return secureParse(mended, flat);
      } catch (mendedError) {
        if (mendedError instanceof HangupError) throw mendedError;
      }
    }
    throw new HangupError('invalid_json', `Body is not valid JSON: ${describe(strictError)}`, [
      { path: '', message: describe(strictError) },
    ]);
  }
}

/** Parses JSON text, refusing `__proto__` and `constructor.prototype` keys with a HangupError. */
function secureParse(text: string, flat: boolean): unknown {
  // A flat text is one object at most, and constructor.prototype needs two: only a `__proto__` key
  // of that one object could be there, and JSON.parse keeps it as an own property, however the
  // text spells it. Checking for it after the parse costs one lookup.
  if (flat) {
    const value = parseWithoutStack(text);
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')) throw forbiddenKey();
    return value;
  }
  // Otherwise a forbidden key can only be there if the text spells it or hides it behind a \u
  // escape: three native substring searches rule both out far faster than secure-json-parse's
  // two regular expressions, which then run only on the rare text that needs them.
  if (text.indexOf('__proto__') === -1 && text.indexOf('constructor') === -1 && text.indexOf('\\u') === -1) {
    return parseWithoutStack(text);
  }
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    if (error instanceof SyntaxError && error.message.startsWith(forbiddenKeyMessage)) throw forbiddenKey();
    throw error;
  }
}

/**
 * JSON.parse, minus the stack trace its SyntaxError would capture: the older docs' leading zeros
 * make every such payload fail this first parse, and capturing the stack was most of the cost of
 * the mended path. The message, all that the answer uses, is kept.
 */
function parseWithoutStack(text: string): unknown {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return JSON.parse(text);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

const forbiddenKeyMessage = 'Object contains forbidden prototype property';

/** The error for a payload that tries to reach an object's prototype. */
export function forbiddenKey(): HangupError {
  const message = 'Body has a __proto__ or constructor.prototype key, which is refused';
  return new HangupError('invalid_json', message, [{ path: '', message }]);
}

/**
 * How deeply objects and arrays may nest in a payload. TeleCMI's payloads are flat; a payload
 * nested thousands deep would make whatever serializes the event later (`JSON.stringify`, a
 * logger, a dead-letter store) recurse until the stack runs out.
 */
const maxNestingDepth = 64;

/** Throws `invalid_json` for a value nested deeper than {@link maxNestingDepth}, without recursing. */
export function refuseDeepNesting(value: unknown): void {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, level] = next;
    if (node === null || typeof node !== 'object') continue;
    if (level > maxNestingDepth) {
      const message = `Body nests objects or arrays more than ${maxNestingDepth} levels deep`;
      throw new HangupError('invalid_json', message, [{ path: '', message }]);
    }
    for (const child of Object.values(node)) pending.push([child, level + 1]);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const quote = 0x22;
const backslash = 0x5c;

/**
 * Rewrites, outside string literals, every integer literal with a leading zero (`-?0[0-9]+`) as a
 * string of the same characters, and drops a leading byte order mark. Everything else is copied
 * unchanged, so text that was already valid JSON is returned as it is.
 */
function mendJsonText(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i === 1) copiedUpTo = 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === quote) {
      i = endOfString(text, i);
      continue;
    }
    if (isDigit(code) || code === 0x2d /* - */) {
      const end = endOfNumber(text, i);
      const literal = text.slice(i, end);
      if (/^-?0[0-9]+$/.test(literal)) {
        out += `${text.slice(copiedUpTo, i)}"${literal}"`;
        copiedUpTo = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  return out + text.slice(copiedUpTo);
}

function endOfString(text: string, openingQuote: number): number {
  let i = openingQuote + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === backslash) i += 2;
    else if (code === quote) return i + 1;
    else i++;
  }
  return i;
}

function endOfNumber(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && isNumberChar(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isNumberChar(code: number): boolean {
  // Digits, '.', 'e', 'E', '+', '-': enough to take a whole number token, valid or not.
  return isDigit(code) || code === 0x2e || code === 0x65 || code === 0x45 || code === 0x2b || code === 0x2d;
}
