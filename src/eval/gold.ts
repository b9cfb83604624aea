import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ClaimType } from '../types.js';
import { findFolded } from './locate.js';
import { NEWLINE } from '../regex.js';

export const GOLD_SUFFIX = '.gold.jsonl';
export const TEXT_SUFFIX = '.txt';

export const CLAIM_TYPES: readonly ClaimType[] = ['action', 'demand', 'hope', 'statement'];

/** A gold line for page furniture (`claim: false`). */
export interface GoldFurnitureLine {
  /** 1-based line number in the gold file. */
  line: number;
  /** The sentence as it stands in the text (whitespace runs may be folded to one space). */
  sentence: string;
  /** Marks page furniture: cookie banners, navigation, bylines, captions, ... */
  claim: false;
}

/** A gold line for a sentence that reports something (`claim: true`). */
export interface GoldClaimLine {
  /** 1-based line number in the gold file. */
  line: number;
  /** The sentence as it stands in the text (whitespace runs may be folded to one space). */
  sentence: string;
  /** Marks a sentence that is not page furniture. */
  claim: true;
  /** Canonical name of whoever the sentence reports as saying it; null for the outlet's own narration. */
  speaker: string | null;
  /** Other names that are equally right for the speaker. */
  aliases: string[];
  /** The speaker is several parties together ("both sides"); `speaker` is then the phrase as written. */
  group: boolean;
  /** The reporting expression as written ("stressed", "According to"); null when there is none. */
  cue: string | null;
  /** The claim's type; for a sentence of mixed types, the first of demand, hope, action, statement. */
  type: ClaimType;
}

/** One line of a NAME.gold.jsonl file: a furniture line or a claim line. */
export type GoldLine = GoldFurnitureLine | GoldClaimLine;

/** A gold line with where its sentence stands in the article text (half-open, trimmed). */
export type GoldSentence = GoldLine & {
  /** Offset of the sentence's first character in the article text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
};

/** One annotated article of a gold folder: NAME.txt with its NAME.gold.jsonl lines, located in the text. */
export interface GoldArticle {
  /** File name without `.txt` / `.gold.jsonl`. */
  name: string;
  /** Path of NAME.txt. */
  textPath: string;
  /** Path of NAME.gold.jsonl. */
  goldPath: string;
  /** The article text, as read from NAME.txt. */
  text: string;
  /** The gold lines in file order, each located in `text`. */
  sentences: GoldSentence[];
}

/** A problem in a gold file, naming the file and (when it concerns one line) the line. */
export class GoldFormatError extends Error {
  /** The file at fault, as given. */
  readonly file: string;
  /** Its 1-based line at fault, or undefined when the problem is the whole file. */
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, reason: string) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'GoldFormatError';
    this.file = file;
    this.line = line;
  }
}

const CLAIM_FIELDS = ['sentence', 'claim', 'speaker', 'aliases', 'group', 'cue', 'type'] as const;
const KNOWN_FIELDS: ReadonlySet<string> = new Set(CLAIM_FIELDS);

type Fail = (reason: string) => never;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

function requireField(record: Record<string, unknown>, field: string, fail: Fail): unknown {
  if (!Object.hasOwn(record, field)) fail(`missing field "${field}"`);
  return record[field];
}

function readString(record: Record<string, unknown>, field: string, fail: Fail): string {
  const value = requireField(record, field, fail);
  if (typeof value !== 'string') fail(`field "${field}" must be a string (got ${describe(value)})`);
  return value;
}

function readNullableString(record: Record<string, unknown>, field: string, fail: Fail): string | null {
  const value = requireField(record, field, fail);
  if (value !== null && typeof value !== 'string') fail(`field "${field}" must be a string or null (got ${describe(value)})`);
  return value;
}

function readBoolean(record: Record<string, unknown>, field: string, fail: Fail): boolean {
  const value = requireField(record, field, fail);
  if (typeof value !== 'boolean') fail(`field "${field}" must be true or false (got ${describe(value)})`);
  return value;
}

function readStringArray(record: Record<string, unknown>, field: string, fail: Fail): string[] {
  const value = requireField(record, field, fail);
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    fail(`field "${field}" must be an array of strings (got ${describe(value)})`);
  }
  return value;
}

function readClaimType(record: Record<string, unknown>, fail: Fail): ClaimType {
  const value = requireField(record, 'type', fail);
  const type = CLAIM_TYPES.find((candidate) => candidate === value);
  if (type === undefined) fail(`field "type" must be one of ${CLAIM_TYPES.join(', ')} (got ${describe(value)})`);
  return type;
}

/**
 * Parses one gold line. Furniture lines need `sentence` and `claim: false` (other known
 * fields are ignored); claim lines need all seven fields. Unknown fields are errors.
 */
export function parseGoldLine(source: string, file: string, line: number): GoldLine {
  const fail: Fail = (reason) => {
    throw new GoldFormatError(file, line, reason);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail(`expected a JSON object (got ${describe(parsed)})`);
  }
  const record = parsed as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0) fail(`unknown field ${unknown.map((key) => `"${key}"`).join(', ')}`);

  const sentence = readString(record, 'sentence', fail);
  if (sentence.trim() === '') fail('field "sentence" is empty');
  const claim = readBoolean(record, 'claim', fail);
  if (!claim) return { line, sentence, claim: false };

  const speaker = readNullableString(record, 'speaker', fail);
  const aliases = readStringArray(record, 'aliases', fail);
  const group = readBoolean(record, 'group', fail);
  const cue = readNullableString(record, 'cue', fail);
  const type = readClaimType(record, fail);
  if (group && speaker === null) fail('field "group" is true but "speaker" is null');
  return { line, sentence, claim: true, speaker, aliases, group, cue, type };
}

/** Parses a whole gold file; blank lines are skipped (line numbers still count them). */
export function parseGoldJsonl(content: string, file: string): GoldLine[] {
  const lines: GoldLine[] = [];
  content.split(NEWLINE).forEach((source, index) => {
    if (source.trim() !== '') lines.push(parseGoldLine(source, file, index + 1));
  });
  if (lines.length === 0) throw new GoldFormatError(file, undefined, 'no gold lines');
  return lines;
}

/**
 * Finds each gold sentence in the text in order (whitespace runs folded). A sentence
 * that is not there is an error naming the gold file and line.
 */
export function locateGoldLines(text: string, lines: readonly GoldLine[], file: string, textFile = 'the text'): GoldSentence[] {
  let from = 0;
  return lines.map((line) => {
    const span = findFolded(text, line.sentence, from);
    if (span === null) {
      throw new GoldFormatError(file, line.line, `sentence not found in ${textFile} after offset ${from}: ${JSON.stringify(line.sentence)}`);
    }
    from = span.end;
    return { ...line, start: span.start, end: span.end };
  });
}

/** Reads one NAME.txt + NAME.gold.jsonl pair. */
export function loadGoldArticle(textPath: string, goldPath: string): GoldArticle {
  const goldFile = basename(goldPath);
  const name = goldFile.slice(0, -GOLD_SUFFIX.length);
  const text = readFileSync(textPath, 'utf8');
  const lines = parseGoldJsonl(readFileSync(goldPath, 'utf8'), goldFile);
  const sentences = locateGoldLines(text, lines, goldFile, basename(textPath));
  return { name, textPath, goldPath, text, sentences };
}

/**
 * Reads every NAME.gold.jsonl in `dir` with its NAME.txt, sorted by name.
 * A .txt without a gold file is skipped; a gold file without its .txt is an error.
 */
export function loadGoldFolder(dir: string): GoldArticle[] {
  if (!existsSync(dir)) throw new Error(`gold folder not found: ${dir}`);
  const goldFiles = readdirSync(dir)
    .filter((file) => file.endsWith(GOLD_SUFFIX))
    .sort();
  return goldFiles.map((goldFile) => {
    const textFile = goldFile.slice(0, -GOLD_SUFFIX.length) + TEXT_SUFFIX;
    const textPath = join(dir, textFile);
    if (!existsSync(textPath)) throw new GoldFormatError(goldFile, undefined, `no matching text file ${textFile} in ${dir}`);
    return loadGoldArticle(textPath, join(dir, goldFile));
  });
}
