/**
 * Validates Extractions against the JSON Schema of the output contract (claimex/schema.json),
 * with ajv in strict mode. The schema is generated in-process from src/schema, so no build is
 * needed; test/schema/ checks that dist/schema.json is the same document.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { extractionJsonSchema } from '../../src/schema/json-schema.js';

/** A new ajv for draft 2020-12 in strict mode: an unknown keyword or a loose schema is an error. */
export function strictAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, allErrors: true });
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  return (compiled ??= strictAjv().compile(extractionJsonSchema()));
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(the extraction)' : error.instancePath;
  return `${where} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}

/**
 * Why `value` is not a valid Extraction, one line per problem: [] when it is. The value is
 * checked as JSON, the way consumers read it (NaN becomes null, undefined fields vanish).
 */
export function schemaErrors(value: unknown): string[] {
  const validate = validator();
  const json: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  if (validate(json)) return [];
  return (validate.errors ?? []).map(describeError);
}

/** Throws an Error listing every schema violation of `value` (for fast-check properties and plain helpers). */
export function assertValidExtraction(value: unknown, label = 'extraction'): void {
  const errors = schemaErrors(value);
  if (errors.length > 0) throw new Error(`${label} does not match claimex/schema.json:\n  ${errors.join('\n  ')}`);
}

/** Expects `value` to match claimex/schema.json; a failure lists each violation. */
export function expectValidExtraction(value: unknown, label = 'extraction'): void {
  expect(schemaErrors(value), `${label} matches claimex/schema.json`).toEqual([]);
}
