/**
 * How `claimex extract` prints the Extractions of article files (`--format`). Each format
 * turns every result into the whole of standard output. To add one: add its name to
 * FILE_FORMATS in args.ts and its formatter here; the option parsing and the dispatch
 * follow from those two places (the help describes each format in words).
 */
import { CSV_COLUMNS, csvRecords, formatCsv, toCsv } from '../render/csv.js';
import { escapeHtml, htmlPage, renderHtml, renderHtmlPage } from '../render/html.js';
import type { Extraction } from '../types.js';
import type { FileFormat } from './args.js';
import { formatExtractionTable, terminalWidth } from './format.js';
import { toJsonLine } from '../node/records.js';

export interface FileResult {
  /** The path as given, "-" for standard input, or the sample's path inside the package. */
  file: string;
  /** The text as read: the HTML shows it exactly. */
  text: string;
  extraction: Extraction;
}

export interface FormatContext {
  /** Columns of stdout when it is a terminal. */
  columns: number | undefined;
  env: Record<string, string | undefined>;
}

export type FileFormatter = (results: readonly FileResult[], context: FormatContext) => string;

export const FILE_FORMATTERS: Record<FileFormat, FileFormatter> = {
  /** A table of claims per file, fitted to the terminal. */
  table(results, { columns, env }) {
    const width = terminalWidth(columns, env.COLUMNS);
    const blocks = results.map(({ file, extraction }) => formatExtractionTable(displayName(file), extraction, width));
    return `${blocks.join('\n\n')}\n`;
  },
  /** One Extraction for one file; an array of {file, extraction} for several (what --json always printed). */
  json(results) {
    const doc = results.length === 1 && results[0] ? results[0].extraction : results;
    return `${JSON.stringify(doc, null, 2)}\n`;
  },
  /**
   * A header row and one row per claim (RFC 4180, CRLF line ends). With several files, a
   * first column "file" says whose claim each row is; one file gives what toCsv gives.
   */
  csv(results) {
    const only = results.length === 1 ? results[0] : undefined;
    if (only) return toCsv(only.extraction);
    const rows = results.flatMap(({ file, extraction }) =>
      csvRecords(extraction).map((record) => [displayName(file), ...CSV_COLUMNS.map((c) => record[c])]),
    );
    return formatCsv([['file', ...CSV_COLUMNS], ...rows]);
  },
  /** One HTML page: renderHtmlPage for one file; a section per file, each under its name, for several. */
  html(results) {
    const only = results.length === 1 ? results[0] : undefined;
    if (only) return renderHtmlPage(only.extraction, { text: only.text, title: displayName(only.file) });
    const sections = results.map(
      ({ file, text, extraction }) => `<section>\n<h2>${escapeHtml(displayName(file))}</h2>\n${renderHtml(extraction, { text })}\n</section>`,
    );
    return htmlPage(`claimex: ${results.length} files`, sections.join('\n'));
  },
  /** One compact {"file", "extraction"} line per file. */
  jsonl(results) {
    return results.map((result) => `${toJsonLine({ file: result.file, extraction: result.extraction })}\n`).join('');
  },
};

/** How an input is named in a table or a page: standard input as "<stdin>". */
function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}
