/** An error as ajv reports it. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A validator of ajv's standalone code, as `npm run generate` builds them from schema/. */
export interface Validator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
