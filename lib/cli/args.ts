import { usageError } from './errors.js';

/**
 * Runs a `node:util` `parseArgs` call and turns its errors, which are long and written for
 * programmers, into one line for the person at the prompt.
 */
export function parseCommandLine<T>(command: string | undefined, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    throw usageError(command, explain((error as Error).message));
  }
}

function explain(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const positional = /^Unexpected argument '([^']*)'/.exec(message);
  if (positional) return `unexpected argument "${positional[1]}"`;
  // "Option '-n, --count <value>' argument missing" names the option by its long name when it has one.
  const option = /^Option '(?:-\w, )?(-[^' ]+)/.exec(message);
  if (option) {
    const name = option[1] ?? '';
    if (message.includes('does not take an argument')) return `${name} takes no value`;
    if (message.includes('ambiguous')) return `${name} needs a value before the next option`;
    return `${name} needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

/** Reads a whole-number option within bounds, or says what is allowed. */
export function integerOption(
  command: string,
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (value >= min && value <= max) return value;
  throw usageError(command, `--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
}

/** Throws a usage error when more than one of the given flags is set. */
export function oneOf(command: string, flags: Record<string, boolean | string | undefined>): void {
  const set = Object.keys(flags).filter((name) => flags[name] !== undefined && flags[name] !== false);
  if (set.length > 1) {
    throw usageError(command, `${set.map((name) => `--${name}`).join(' and ')} cannot be used together`);
  }
}
