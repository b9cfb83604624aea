/**
 * The JSON Schema (draft 2020-12) of the Extraction, generated from the zod schemas: the
 * build writes it to dist/schema.json (`claimex/schema.json`), `claimex --schema` prints it.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from '../types.js';
import { ExtractionSchema } from './extraction.js';

/** The JSON Schema dialect the schema is written in (`$schema`): draft 2020-12. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Names this version of the shape; it changes exactly when `schemaVersion` does. */
export const EXTRACTION_SCHEMA_ID = `urn:claimex:extraction:${SCHEMA_VERSION}`;

/** The JSON Schema of an Extraction, with `$schema`, `$id` and `title` first. */
export function extractionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema: _dialect, ...rest } = generated;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: EXTRACTION_SCHEMA_ID,
    title: 'claimex Extraction',
    ...rest,
    description: `What claimex extracts from one article, as its JSON output and its API give it. Offsets are half-open UTF-16 code-unit indexes into the exact input string: text.slice(span.start, span.end) === span.text. Written for schemaVersion ${SCHEMA_VERSION}; it accepts any 1.x.y.`,
  };
}

/** The schema as the file dist/schema.json holds it, and as `claimex --schema` prints it. */
export function extractionJsonSchemaText(): string {
  return `${JSON.stringify(extractionJsonSchema(), null, 2)}\n`;
}
