import { HangupError } from '../errors.js';

/**
 * Parses JSON text as TeleCMI writes it. The strict parser runs first; only when it fails is the
 * text mended for what TeleCMI's older docs print (integer literals with a leading zero, such as
 * `04471000000`, become the strings of those digits, and a byte order mark is dropped) and parsed
 * again. `__proto__` and `constructor.prototype` keys, and nesting deeper than
 * {@link maxNestingDepth}, are refused either way.
 */
export function parseJsonText(text: string): unknown {
  const parsed = parseLeniently(text);
  refuseUnsafeValue(parsed);
  return parsed;
}

/**
 * Parses strict JSON text (nothing is mended) under the same guards as {@link parseJsonText}.
 * Throws a HangupError for a forbidden key or deep nesting, a SyntaxError for text that is not JSON.
 */
export function parseStrictJson(text: string): unknown {
  const parsed = parseWithoutStack(text);
  refuseUnsafeValue(parsed);
  return parsed;
}

function parseLeniently(text: string): unknown {
  try {
    return parseWithoutStack(text);
  } catch (strictError) {
    const mended = mendJsonText(text);
    if (mended !== text) {
      try {
        return parseWithoutStack(mended);
      } catch {
        // The mended text is no better: the strict parser's error says what is wrong with the sent one.
      }
    }
    throw new HangupError('invalid_json', `Body is not valid JSON: ${describe(strictError)}`, [
      { path: '', message: describe(strictError) },
    ]);
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

/**
 * Throws `invalid_json` for a parsed value that nests deeper than {@link maxNestingDepth}, or
 * holds an object with a `__proto__` key or a `constructor` key whose object has a `prototype`:
 * keys that a merge or a copy made later could turn into a change of some object's prototype.
 * `JSON.parse` keeps such keys as plain data however the text spells them, so the parsed value
 * is what is checked, not the text.
 */
export function refuseUnsafeValue(value: unknown): void {
  walkObjects(value, true);
}

/** Throws `invalid_json` for a value nested deeper than {@link maxNestingDepth}, without recursing. */
export function refuseDeepNesting(value: unknown): void {
  walkObjects(value, false);
}

/**
 * One walk over the objects and arrays of a value, none other visited: for a flat payload (every
 * TeleCMI kind) that is a look at each field's type, cheaper than the searches through the text
 * it replaced, which cost more than the parse on Bun.
 */
function walkObjects(root: unknown, refuseKeys: boolean): void {
  if (root === null || typeof root !== 'object') return;
  let node: object = root;
  let level = 1;
  // Objects still to visit and their levels, in pairs; made only for a value that nests.
  let pending: (object | number)[] | undefined;
  for (;;) {
    if (level > maxNestingDepth) {
      const message = `Body nests objects or arrays more than ${maxNestingDepth} levels deep`;
      throw new HangupError('invalid_json', message, [{ path: '', message }]);
    }
    if (refuseKeys && reachesPrototype(node)) throw forbiddenKey();
    // Own values only (not a for-in, which is a little faster): a property someone made
    // enumerable on Object.prototype must not be taken for a level of every payload.
    for (const child of Object.values(node) as unknown[]) {
      if (child !== null && typeof child === 'object') (pending ??= []).push(child, level + 1);
    }
    if (pending === undefined || pending.length === 0) return;
    level = pending.pop() as number;
    node = pending.pop() as object;
  }
}

function reachesPrototype(node: object): boolean {
  if (Object.hasOwn(node, '__proto__')) return true;
  if (!Object.hasOwn(node, 'constructor')) return false;
  const { constructor } = node as { constructor: unknown };
  return constructor !== null && typeof constructor === 'object' && Object.hasOwn(constructor, 'prototype');
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
