import type { ExtractOptions, Extraction } from './types.js';
import { SCHEMA_VERSION } from './types.js';

/** Loads the NLP models once; reuse it across documents. */
export interface Extractor {
  extract(text: string): Extraction;
}

// TEMPORARY STUB: the real pipeline is being written in parallel.
export function createExtractor(options: ExtractOptions = {}): Extractor {
  void options;
  return {
    extract(text: string): Extraction {
      if (typeof text !== 'string') throw new TypeError(`extractClaims: argument "text" must be a string, got ${typeof text}`);
      return { schemaVersion: SCHEMA_VERSION, sentences: [], speakers: [], claims: [], messages: [] };
    },
  };
}

let shared: Extractor | undefined;

export function extractClaims(text: string, options?: ExtractOptions): Extraction {
  if (options) return createExtractor(options).extract(text);
  shared ??= createExtractor();
  return shared.extract(text);
}
