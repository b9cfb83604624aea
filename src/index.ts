/**
 * `claimex`: the core. `extractClaims` and `createExtractor` read an article and return its
 * claims as an `Extraction`; `renderHtml`, `renderHtmlPage` and `toCsv` present one. It runs
 * in Node and in browsers; `claimex/browser` is this same module bundled with wink-nlp and
 * its English model into one ES module.
 *
 * @module claimex
 */
export { createExtractor, extractClaims } from './extractor.js';
export type { Extractor } from './extractor.js';
export { renderHtml, renderHtmlPage, CLAIM_TYPE_COLOURS } from './render/html.js';
export type { RenderHtmlOptions, RenderHtmlPageOptions, TypeColours } from './render/html.js';
export { toCsv, CSV_COLUMNS } from './render/csv.js';
export type { CsvOptions } from './render/csv.js';
export * from './types.js';
