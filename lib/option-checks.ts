// Checks shared by the factory's options and the `dedupe` option's fields: one wording for both.

/** A boolean option's value, or its default; a TypeError naming the option otherwise. */
export function booleanOption(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new TypeError(`telecmiHangup: option "${name}" must be true or false, got ${show(value)}`);
}

/** An integer option's value within [min, max], or its default; a TypeError naming the option otherwise. */
export function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new TypeError(`telecmiHangup: option "${name}" must be an integer from ${min} to ${max}, got ${show(value)}`);
}

/** A value as an option's error message quotes it. */
export function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
