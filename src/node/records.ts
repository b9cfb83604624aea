/**
 * One JSON Lines record in, one JSON line out: the unit of work of the records mode
 * (`claimex extract --jsonl`, `extractJsonl`), run in-process (one job) or in a worker
 * thread (worker.ts), with the same result either way.
 */
import type { Extractor } from '../extractor.js';
import type { Diagnostic, Extraction } from '../types.js';
import { HIGH_SURROGATE, LINE_SEPARATORS, LONE_SURROGATE, WHITESPACE_RUNS } from '../regex.js';

/** What the reader hands to a worker: one decoded input line. */
export interface RecordTask {
  /** The line as decoded, without its line end (and without a BOM on line 1). */
  text: string;
  /** 1-based line number. */
  line: number;
  /** The line's bytes were not valid UTF-8 and were decoded with U+FFFD. */
  invalidUtf8: boolean;
  /** Set when several files are read, so records say which one they come from. */
  file?: string;
}

/** One output line (without its "\n") and whether it is a success. */
export interface RecordResult {
  /** The output record as one line of JSON: `{id, line, extraction}` or `{id, line, error}` (with `file` after `id` when known). */
  json: string;
  /** True for an `extraction` record, false for an `error` record. */
  ok: boolean;
}

/** The diagnostic added to `messages` of a record whose line was not valid UTF-8. */
export const INVALID_UTF8_RULE = 'input/invalid-utf8';

const MAX_ERROR_LENGTH = 300;

/** Runs one record through the extractor; never throws. */
export function processRecord(extractor: Extractor, task: RecordTask): RecordResult {
  const { text, line, invalidUtf8, file } = task;
  const note = invalidUtf8 ? ' (the line also holds bytes that are not valid UTF-8)' : '';
  if (text.trim() === '') return errorRecord(null, line, file, `empty line: expected a JSON record {"id", "text"}${note}`);
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (err) {
    return errorRecord(null, line, file, `invalid JSON: ${messageOf(err)}${note}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const got = record === null ? 'null' : Array.isArray(record) ? 'an array' : `a ${typeof record}`;
    return errorRecord(null, line, file, `the record must be a JSON object {"id", "text"}, got ${got}${note}`);
  }
  const fields = record as Record<string, unknown>;
  const id = fields.id ?? null;
  const value = fields.text;
  if (value === undefined) return errorRecord(id, line, file, `the record has no "text"${note}`);
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return errorRecord(id, line, file, `"text" must be a string, got ${got}${note}`);
  }
  let extraction: Extraction;
  try {
    extraction = extractor.extract(value);
  } catch (err) {
    return errorRecord(id, line, file, `extraction failed: ${messageOf(err)}${note}`);
  }
  if (invalidUtf8) extraction.messages.push(invalidUtf8Diagnostic(line));
  return { json: toJsonLine(file === undefined ? { id, line, extraction } : { id, file, line, extraction }), ok: true };
}

/** The error record of a line longer than the reader keeps. */
export function tooLongRecord(line: number, bytes: number, maxLineBytes: number, file?: string): RecordResult {
  return errorRecord(null, line, file, `line of ${bytes} bytes is longer than the limit of ${maxLineBytes} bytes (--max-line-bytes); skipped`);
}

export function errorRecord(id: unknown, line: number, file: string | undefined, message: string): RecordResult {
  const error = oneLine(message);
  return { json: toJsonLine(file === undefined ? { id, line, error } : { id, file, line, error }), ok: false };
}

function invalidUtf8Diagnostic(line: number): Diagnostic {
  return {
    severity: 'warning',
    ruleId: INVALID_UTF8_RULE,
    reason: `Input line ${line} held bytes that are not valid UTF-8; each invalid sequence was read as U+FFFD (the replacement character).`,
    source: 'claimex',
  };
}

/**
 * Compact JSON on one line. JSON.stringify escapes "\n" and "\r" but not U+2028 and U+2029,
 * which some line readers (Python's str.splitlines, JavaScript before ES2019) also break on.
 */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(LINE_SEPARATORS, (ch) => (ch === '\u2028' ? '\\u2028' : '\\u2029'));
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A lone half of a surrogate pair (V8's JSON.parse messages can quote one). */

function oneLine(message: string): string {
  const line = message.replace(WHITESPACE_RUNS, ' ').trim().replace(LONE_SURROGATE, '\uFFFD');
  if (line.length <= MAX_ERROR_LENGTH) return line;
  // Never cut between the halves of a surrogate pair.
  const cut = HIGH_SURROGATE.test(line.charAt(MAX_ERROR_LENGTH - 2)) ? MAX_ERROR_LENGTH - 2 : MAX_ERROR_LENGTH - 1;
  return `${line.slice(0, cut)}…`;
}
