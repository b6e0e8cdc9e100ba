/** Every file `npm run generate` writes, as `{ relativePath: content }`. */
export function generatedFiles(): Record<string, string>;
/** The schema file, parsed. */
export function readSchema(): Record<string, unknown>;
/** The ajv settings the validators are built with. */
export const ajvOptions: Record<string, unknown>;
