/** Writes the JSON Schema of the Extraction beside the build's outputs (tsup.config.ts runs it). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractionJsonSchemaText } from './json-schema.js';

/** The file the package exports as `claimex/schema.json`, inside the build folder. */
export const SCHEMA_FILE = 'schema.json';

/** Writes OUTDIR/schema.json; returns its path. */
export function writeExtractionJsonSchema(outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, SCHEMA_FILE);
  writeFileSync(path, extractionJsonSchemaText());
  return path;
}
