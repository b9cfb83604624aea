/**
 * How `claimex extract` prints the Extractions of article files (`--format`). Each format
 * turns every result into the whole of standard output. To add one (csv and html are
 * planned): add its name to FILE_FORMATS in args.ts and its formatter here; the option
 * parsing, the help's list and the dispatch follow from those two places.
 */
import type { Extraction } from '../types.js';
import type { FileFormat } from './args.js';
import { formatExtractionTable, terminalWidth } from './format.js';
import { toJsonLine } from '../node/records.js';

export interface FileResult {
  /** The path as given, "-" for standard input, or the sample's path inside the package. */
  file: string;
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
    const blocks = results.map(({ file, extraction }) => formatExtractionTable(file === '-' ? '<stdin>' : file, extraction, width));
    return `${blocks.join('\n\n')}\n`;
  },
  /** One Extraction for one file; an array of {file, extraction} for several (what --json always printed). */
  json(results) {
    const doc = results.length === 1 && results[0] ? results[0].extraction : results;
    return `${JSON.stringify(doc, null, 2)}\n`;
  },
  /** One compact {"file", "extraction"} line per file. */
  jsonl(results) {
    return results.map((result) => `${toJsonLine({ file: result.file, extraction: result.extraction })}\n`).join('');
  },
};
