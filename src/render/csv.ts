/**
 * An Extraction as CSV (RFC 4180): a header row, then one row per claim. Browser-safe.
 */
import type { Claim, Extraction, Span } from '../types.js';
import { CONTENT_PIECE_SEPARATOR } from './content.js';

/** The columns, in order; offsets are half-open UTF-16 code-unit indexes into the input. */
export const CSV_COLUMNS = [
  'id',
  'sentence',
  'speaker_id',
  'speaker',
  'source',
  'cue',
  'type',
  'act',
  'cameo',
  'mode',
  'content',
  'source_start',
  'source_end',
  'cue_start',
  'cue_end',
  'content_start',
  'content_end',
] as const;

/** Options of `toCsv`. */
export interface CsvOptions {
  /**
   * Text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are read as
   * formulas by spreadsheets (CSV injection: an article can contain "=HYPERLINK(...)").
   * By default such a cell gets a leading apostrophe, as OWASP advises, which spreadsheets
   * show as text; the offset columns still locate the exact text in the input. `false`
   * writes every cell exactly as it is.
   */
  escapeFormulas?: boolean;
}

/** Values of one claim, by column; null for an empty cell. */
export type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/**
 * The claims of `extraction` as CSV: the header row CSV_COLUMNS, then one row per claim.
 * Rows end in CRLF; a cell holding a comma, a quote or a line break is quoted (quotes
 * doubled). Texts are kept whole, line breaks included. A claim with several content
 * pieces has them joined by " … " in `content`, and `content_start`/`content_end` span
 * from the first piece to the last. Empty cells stand for null (narration has no speaker,
 * source or cue).
 */
export function toCsv(extraction: Extraction, options: CsvOptions = {}): string {
  return formatCsv([[...CSV_COLUMNS], ...csvRecords(extraction).map((record) => CSV_COLUMNS.map((column) => record[column]))], options);
}

/** One record per claim, in claim order. */
export function csvRecords(extraction: Extraction): CsvRecord[] {
  if (typeof extraction !== 'object' || extraction === null || !Array.isArray(extraction.claims)) {
    throw new TypeError('claimex: toCsv needs an Extraction (an object with a "claims" array)');
  }
  return extraction.claims.map(claimRecord);
}

function claimRecord(claim: Claim): CsvRecord {
  const content = claim.content ?? [];
  const first = content[0];
  const last = content[content.length - 1];
  return {
    id: claim.id,
    sentence: claim.sentence,
    speaker_id: claim.speaker?.id ?? null,
    speaker: claim.speaker?.name ?? null,
    source: claim.source?.text ?? null,
    cue: claim.cue?.text ?? null,
    type: claim.type,
    act: claim.act?.name ?? null,
    cameo: claim.act?.cameo ?? null,
    mode: claim.mode,
    content: content.map((piece) => piece.text).join(CONTENT_PIECE_SEPARATOR),
    ...offsets('source', claim.source),
    ...offsets('cue', claim.cue),
    content_start: first?.start ?? null,
    content_end: last?.end ?? null,
  };
}

function offsets<K extends string>(name: K, span: Span | null | undefined) {
  return { [`${name}_start`]: span?.start ?? null, [`${name}_end`]: span?.end ?? null } as Record<`${K}_start` | `${K}_end`, number | null>;
}

/** Rows of cells as RFC 4180 CSV, each row ending in CRLF. */
export function formatCsv(rows: readonly (readonly (string | number | null | undefined)[])[], options: CsvOptions = {}): string {
  const escapeFormulas = options.escapeFormulas ?? true;
  return rows.map((row) => `${row.map((cell) => csvCell(cell, escapeFormulas)).join(',')}\r\n`).join('');
}

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
const NEEDS_QUOTES = [',', '"', '\n', '\r'];

function csvCell(value: string | number | null | undefined, escapeFormulas: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = escapeFormulas && FORMULA_STARTS.some((start) => value.startsWith(start)) ? `'${value}` : value;
  return NEEDS_QUOTES.some((ch) => text.includes(ch)) ? `"${text.replaceAll('"', '""')}"` : text;
}
