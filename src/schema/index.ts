/**
 * `claimex/schema`: the Extraction's zod schemas, to validate an Extraction read back from
 * JSON at run time (`ExtractionSchema.parse(value)`), and its JSON Schema as an object.
 *
 * @module claimex/schema
 */
export * from './extraction.js';
export { EXTRACTION_SCHEMA_ID, extractionJsonSchema, extractionJsonSchemaText, JSON_SCHEMA_DIALECT } from './json-schema.js';
export { SCHEMA_VERSION } from '../types.js';
