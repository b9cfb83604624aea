export { createExtractor, extractClaims } from './extractor.js';
export type { Extractor } from './extractor.js';
export * from './types.js';
