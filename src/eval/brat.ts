/**
 * Reading brat standoff folders (e.g. PolNeAR): DIR/text/NAME.txt with its
 * annotations in DIR/attributions/NAME_xxxx.ann (a 4-hex-digit suffix, one file per article).
 *
 * An .ann file holds one annotation per line:
 *   T12<TAB>Source 454 461<TAB>Caddell              a text span (label, offsets, its text)
 *   T9<TAB>Content 315 448;463 553<TAB>...         a discontinuous span: several fragments
 *   E3<TAB>Attribution:T12 Source:T11 Cue:T10 Content:T9    an event tying spans into one relation
 * Other brat lines (`#` notes, `A`/`M` attributes, `R` relations, `N` normalisations,
 * `*` equivalences) are accepted and ignored. brat writes a span's text raw, so a span
 * that crosses a line break continues on the following lines of the file (as many
 * characters as its offsets cover); blank lines elsewhere are skipped.
 *
 * brat counts offsets in Unicode code points (it is written in Python); they are
 * converted here to the half-open UTF-16 offsets used everywhere else in claimex.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { GoldFormatError } from './gold.js';
import { BRAT_ANN_NAME, BRAT_ANNOTATION_LINE, BRAT_OFFSET_PAIR, NEWLINE, SPACE_RUN, SURROGATE, TRAILING_DIGITS } from '../regex.js';

export const BRAT_TEXT_DIR = 'text';
export const BRAT_ANN_DIR = 'attributions';
export const ANN_SUFFIX = '.ann';

/** NAME_xxxx.ann: the article name, then `_` and a 4-hex-digit suffix. */
const ANN_NAME = BRAT_ANN_NAME;

/** The start of every annotation line brat writes; anything else continues a span's text. */
const ANNOTATION_LINE = BRAT_ANNOTATION_LINE;

/** Span labels with a role in an attribution. */
export const BRAT_SPAN_LABELS = ['Source', 'Cue', 'Content'] as const;
export type BratSpanLabel = (typeof BRAT_SPAN_LABELS)[number];

/**
 * A problem in a brat folder or .ann file, naming the file and (when it concerns one
 * line) the line. A GoldFormatError, so that callers handling malformed annotations
 * (the CLI's `eval`) treat both formats alike.
 */
export class BratFormatError extends GoldFormatError {
  constructor(file: string, line: number | undefined, reason: string) {
    super(file, line, reason);
    this.name = 'BratFormatError';
  }
}

/** One piece of a span, half-open. */
export interface BratFragment {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A `T` line. */
export interface BratTextBound {
  /** Id of the `T` line, e.g. "T12". */
  id: string;
  /** 1-based line of the `T` line in the .ann file. */
  line: number;
  /** The span's label, e.g. "Source", "Cue", "Content". */
  label: string;
  /** One or more fragments, in file order (code points from `parseAnn`, UTF-16 once loaded). */
  fragments: BratFragment[];
  /** The span's text as written in the .ann (fragments joined by one space). */
  text: string;
}

/** One `Role:ID` argument of an event; `role` keeps brat's numbering ("Content2"). */
export interface BratArgument {
  role: string;
  ref: string;
}

/** An `E` line. */
export interface BratEvent {
  id: string;
  line: number;
  /** Event type, e.g. "Attribution" or "Attribution-no-source". */
  type: string;
  /** Id of the trigger span. */
  trigger: string;
  arguments: BratArgument[];
}

/** What `parseAnn` reads from one .ann file. */
export interface BratAnnotations {
  textBounds: BratTextBound[];
  events: BratEvent[];
}

/** One attribution: an event's Source, Cue and Content spans (any role may be missing). */
export interface BratRelation {
  /** Id of the `E` line. */
  id: string;
  /** 1-based line of the `E` line in the .ann file. */
  line: number;
  /** Event type, e.g. "Attribution" or "Attribution-no-source". */
  type: string;
  /** The Source span, or null when the event has none. */
  source: BratTextBound | null;
  /** The Cue span, or null when the event has none. */
  cue: BratTextBound | null;
  /** "Content", "Content2", ... in argument order. */
  content: BratTextBound[];
}

/** A `T` whose written text differs from the article text at its offsets. */
export interface BratTextMismatch {
  /** Id of the `T` line. */
  id: string;
  /** 1-based line of the `T` line in the .ann file. */
  line: number;
  /** The text as written in the .ann. */
  annotated: string;
  /** The article text at the offsets (fragments joined by one space). */
  actual: string;
}

/** One article of a brat standoff folder: its text with the attributions annotated in its .ann file. */
export interface BratArticle {
  /** Article name: the text file name without `.txt`. */
  name: string;
  /** Path of text/NAME.txt. */
  textPath: string;
  /** Path of attributions/NAME_xxxx.ann. */
  annPath: string;
  /** The article text, as read from NAME.txt. */
  text: string;
  /** Every `T`, offsets in UTF-16 code units. */
  textBounds: BratTextBound[];
  /** One per `E` line, in file order. */
  relations: BratRelation[];
  /** Spans whose annotated text does not equal the text slice (reported, not fatal). */
  textMismatches: BratTextMismatch[];
}

function fragmentsLength(fragments: readonly BratFragment[]): number {
  return fragments.reduce((sum, fragment) => sum + fragment.end - fragment.start, 0) + fragments.length - 1;
}

function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

type Fail = (reason: string) => never;

function parseFragments(source: string, fail: Fail): BratFragment[] {
  return source.split(';').map((piece) => {
    const match = BRAT_OFFSET_PAIR.exec(piece);
    if (match === null) fail(`bad offsets ${JSON.stringify(source)}: expected "START END" pieces separated by ";"`);
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (end < start) fail(`fragment ${start}-${end} ends before it starts`);
    return { start, end };
  });
}

interface PendingText {
  bound: BratTextBound;
  /** Code points the text should have, from the offsets. */
  expected: number;
  length: number;
}

/**
 * Parses one .ann file (offsets as written: code points). Checks the syntax of `T`
 * and `E` lines, duplicate ids, and that events point to existing annotations;
 * errors name `file` and the line.
 */
export function parseAnn(content: string, file: string): BratAnnotations {
  const textBounds: BratTextBound[] = [];
  const events: BratEvent[] = [];
  const ids = new Map<string, number>();
  let pending: PendingText | null = null;

  const lines = content.split(NEWLINE);
  lines.forEach((source, index) => {
    const line = index + 1;
    const fail: Fail = (reason) => {
      throw new BratFormatError(file, line, reason);
    };
    if (!ANNOTATION_LINE.test(source)) {
      // A span's text running over a line break, as long as its offsets say it goes on.
      if (pending !== null && pending.length < pending.expected) {
        pending.bound.text += `\n${source}`;
        pending.length += 1 + codePointLength(source);
        return;
      }
      if (source.trim() === '') return;
      fail(`expected an annotation line (T, E, R, A, M, N, # or *, then a tab), got ${JSON.stringify(source.slice(0, 40))}`);
    }
    pending = null;
    const tab = source.indexOf('\t');
    const id = source.slice(0, tab);
    if (id !== '*' && !id.startsWith('#')) {
      const seen = ids.get(id);
      if (seen !== undefined) fail(`duplicate id ${id} (first on line ${seen})`);
      ids.set(id, line);
    }
    const rest = source.slice(tab + 1);
    if (id.startsWith('T')) {
      const textTab = rest.indexOf('\t');
      if (textTab < 0) fail(`${id}: expected "LABEL START END<TAB>TEXT"`);
      const head = rest.slice(0, textTab);
      const space = head.indexOf(' ');
      if (space <= 0) fail(`${id}: expected "LABEL START END<TAB>TEXT", got ${JSON.stringify(head)}`);
      const bound: BratTextBound = {
        id,
        line,
        label: head.slice(0, space),
        fragments: parseFragments(head.slice(space + 1), (reason) => fail(`${id}: ${reason}`)),
        text: rest.slice(textTab + 1),
      };
      textBounds.push(bound);
      pending = { bound, expected: fragmentsLength(bound.fragments), length: codePointLength(bound.text) };
    } else if (id.startsWith('E')) {
      const args = rest
        .trim()
        .split(SPACE_RUN)
        .map((token) => {
          const colon = token.indexOf(':');
          if (colon <= 0 || colon === token.length - 1) fail(`${id}: expected "Role:ID" arguments, got ${JSON.stringify(token)}`);
          return { role: token.slice(0, colon), ref: token.slice(colon + 1) };
        });
      const [head, ...others] = args;
      if (head === undefined) fail(`${id}: no type:trigger`);
      events.push({ id, line, type: head.role, trigger: head.ref, arguments: others });
    }
  });

  const kinds = new Map<string, string>(textBounds.map((bound) => [bound.id, 'T']));
  for (const event of events) kinds.set(event.id, 'E');
  for (const event of events) {
    if (kinds.get(event.trigger) !== 'T') {
      throw new BratFormatError(file, event.line, `${event.id}: trigger ${event.trigger} is not a text span (T) of this file`);
    }
    for (const arg of event.arguments) {
      if (!kinds.has(arg.ref)) throw new BratFormatError(file, event.line, `${event.id}: ${arg.role} points to ${arg.ref}, which is not in this file`);
    }
  }
  return { textBounds, events };
}

/** Role name without brat's numbering: "Content2" is a "Content". */
export function baseRole(role: string): string {
  return role.replace(TRAILING_DIGITS, '');
}

/**
 * The relations of the parsed events: the first Source and first Cue argument and
 * every Content argument. A role pointing to something that is not a text span is an error.
 */
export function bratRelations(annotations: BratAnnotations, file: string): BratRelation[] {
  const bounds = new Map(annotations.textBounds.map((bound) => [bound.id, bound]));
  return annotations.events.map((event) => {
    const relation: BratRelation = { id: event.id, line: event.line, type: event.type, source: null, cue: null, content: [] };
    for (const arg of event.arguments) {
      const role = baseRole(arg.role);
      if (role !== 'Source' && role !== 'Cue' && role !== 'Content') continue;
      const bound = bounds.get(arg.ref);
      if (bound === undefined) throw new BratFormatError(file, event.line, `${event.id}: ${arg.role} must point to a text span (T), got ${arg.ref}`);
      if (role === 'Content') relation.content.push(bound);
      else if (role === 'Source') relation.source ??= bound;
      else relation.cue ??= bound;
    }
    return relation;
  });
}

/** Maps code-point offsets of `text` to UTF-16 offsets (the identity when there is no astral character). */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!SURROGATE.test(text)) return (offset) => offset;
  const table: number[] = [0];
  let utf16 = 0;
  for (const char of text) {
    utf16 += char.length;
    table.push(utf16);
  }
  return (offset) => table[offset] ?? utf16 + (offset - (table.length - 1));
}

/** The text at the fragments, joined by one space as brat writes it. */
export function fragmentsText(text: string, fragments: readonly BratFragment[]): string {
  return fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' ');
}

/**
 * Builds an article from its text and .ann content: offsets converted to UTF-16 and
 * checked against the text length (an error), texts compared with the slices (a count).
 */
export function bratArticle(name: string, text: string, annContent: string, annFile: string, paths: { textPath: string; annPath: string }): BratArticle {
  const annotations = parseAnn(annContent, annFile);
  const limit = codePointLength(text);
  const toUtf16 = codePointOffsets(text);
  const textMismatches: BratTextMismatch[] = [];
  for (const bound of annotations.textBounds) {
    for (const fragment of bound.fragments) {
      if (fragment.end > limit) {
        throw new BratFormatError(annFile, bound.line, `${bound.id}: offset ${fragment.end} is past the end of ${basename(paths.textPath)} (${limit} characters)`);
      }
      fragment.start = toUtf16(fragment.start);
      fragment.end = toUtf16(fragment.end);
    }
    const actual = fragmentsText(text, bound.fragments);
    if (actual !== bound.text) textMismatches.push({ id: bound.id, line: bound.line, annotated: bound.text, actual });
  }
  return {
    name,
    ...paths,
    text,
    textBounds: annotations.textBounds,
    relations: bratRelations(annotations, annFile),
    textMismatches,
  };
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** A brat folder has `text/` and `attributions/` subfolders. */
export function isBratFolder(dir: string): boolean {
  return isDirectory(join(dir, BRAT_TEXT_DIR)) && isDirectory(join(dir, BRAT_ANN_DIR));
}

/** The article name an .ann file annotates: NAME for NAME_xxxx.ann; null for other names. */
export function bratArticleName(annFile: string): string | null {
  return ANN_NAME.exec(annFile)?.[1] ?? null;
}

/**
 * Reads every .ann in DIR/attributions with its text DIR/text/NAME.txt, sorted by name.
 * A text without annotations is skipped; an .ann without its text, two .ann files for
 * one text, or no .ann at all is an error.
 */
export function loadBratFolder(dir: string): BratArticle[] {
  if (!isBratFolder(dir)) throw new Error(`not a brat folder (no ${BRAT_TEXT_DIR}/ and ${BRAT_ANN_DIR}/ inside): ${dir}`);
  const textDir = join(dir, BRAT_TEXT_DIR);
  const annDir = join(dir, BRAT_ANN_DIR);
  const annFiles = readdirSync(annDir)
    .filter((file) => file.endsWith(ANN_SUFFIX))
    .sort();
  if (annFiles.length === 0) throw new BratFormatError(annDir, undefined, `no ${ANN_SUFFIX} files`);
  const owners = new Map<string, string>();
  return annFiles.map((annFile) => {
    const name = bratArticleName(annFile);
    if (name === null) throw new BratFormatError(annFile, undefined, `name must be NAME_xxxx${ANN_SUFFIX} (xxxx: 4 hex digits) to match ${BRAT_TEXT_DIR}/NAME.txt`);
    const textFile = `${name}.txt`;
    const textPath = join(textDir, textFile);
    if (!existsSync(textPath)) throw new BratFormatError(annFile, undefined, `no matching text file ${BRAT_TEXT_DIR}/${textFile} in ${dir}`);
    const owner = owners.get(name);
    if (owner !== undefined) throw new BratFormatError(annFile, undefined, `${owner} already annotates ${BRAT_TEXT_DIR}/${textFile}`);
    owners.set(name, annFile);
    const annPath = join(annDir, annFile);
    return bratArticle(name, readFileSync(textPath, 'utf8'), readFileSync(annPath, 'utf8'), annFile, { textPath, annPath });
  });
}
