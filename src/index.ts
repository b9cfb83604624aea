export { createExtractor, extractClaims } from './extractor.js';
export type { Extractor } from './extractor.js';
export { renderHtml, renderHtmlPage, CLAIM_TYPE_COLOURS } from './render/html.js';
export type { RenderHtmlOptions, RenderHtmlPageOptions, TypeColours } from './render/html.js';
export { toCsv, CSV_COLUMNS } from './render/csv.js';
export type { CsvOptions } from './render/csv.js';
export * from './types.js';
