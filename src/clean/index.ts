import type { Line } from '../document.js';
import type { SentenceKind } from '../types.js';
import { danglingWords } from '../lexicons/segmentation.js';
import { speakerPronouns } from '../lexicons/speakers.js';
import {
  captionOpeners,
  furnitureLines,
  furnitureOpeners,
  furnitureWords,
  headingEventWords,
  linkListLabels,
  partyLetterPositions,
  partyOfficeAbbreviations,
  photoPositions,
  readerAddressWords,
} from '../lexicons/furniture.js';
import {
  BYLINE,
  WIRE_CREDIT,
  CAPTION_BRACKET,
  CAPTION_OPENER_END,
  DATELINE,
  LAST_WORD,
  LETTER,
  LOWERCASE_LETTER,
  NO_WORDS,
  PLACE_DATELINE,
  TERMINAL_PUNCTUATION,
  HEADLINE_LABEL,
  DOUBLE_QUOTE_MARK,
  NON_WORD_RUN,
  OTHER_PARTY_MARK,
  TIMESTAMP,
  CREDIT,
  TRAILING_STOPS,
  WHITESPACE_RUN,
} from '../regex.js';

const DANGLING: ReadonlySet<string> = new Set(danglingWords);
const HEADING_EVENT_WORDS: ReadonlySet<string> = new Set(headingEventWords);

/** The longest line, in words, that can still be a headline. */
const MAX_HEADLINE_WORDS = 30;
/** The longest line, in words, taken as the caption of a photo whose credit follows it. */
const MAX_CAPTION_WORDS = 45;
/** The longest line, in words, read as an outlet name or section label when it has no verb-like shape. */
const MAX_LABEL_WORDS = 3;

/**
 * Splits the text into lines and marks each as headline, body, boilerplate or caption.
 * Every non-blank line is a paragraph of its own. Nothing is removed: lines keep
 * their offsets into the caller's string.
 */
export function markLines(text: string): Line[] {
  const lines = joinRunOnLines(text, splitLines(text));
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const content = text.slice(line.start, line.end);
    const next = lines[i + 1];
    const nextContent = next ? text.slice(next.start, next.end) : '';
    line.kind = furnitureKind(content, nextContent) ?? 'body';
  }
  markListsAfterLabels(text, lines);
  markHeadline(text, lines);
  return lines;
}

/**
 * Lines under a "Related stories" or "Read more" label are links to other articles:
 * furniture until the first line that reads as a sentence of text.
 */
function markListsAfterLabels(text: string, lines: Line[]): void {
  let inList = false;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (line.kind === 'boilerplate') {
      inList = opensLinkList(content);
      continue;
    }
    if (inList && line.kind === 'body' && !TERMINAL_PUNCTUATION.test(content)) {
      line.kind = 'boilerplate';
      continue;
    }
    inList = false;
  }
}

function opensLinkList(line: string): boolean {
  const lower = bareLine(line);
  return linkListLabels.includes(lower);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    const [from, to] = trimmed(text, start, end);
    if (to > from) lines.push({ start: from, end: to, paragraph: paragraph++, kind: 'body' });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      push(i);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      start = i + 1;
    }
  }
  push(text.length);
  return lines;
}

/** A line that ends on a word no sentence ends with ("REMARKS BY") continues on the next. */
function joinRunOnLines(text: string, lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    if (previous && endsDangling(previousText) && !isNavigation(previousText)) {
      previous.end = line.end;
      continue;
    }
    joined.push({ ...line, paragraph: joined.length });
  }
  return joined;
}

/** "Sign in", "More from": a button or link line ends on a preposition but runs into nothing. */
function isNavigation(line: string): boolean {
  const lower = bareLine(line);
  return furnitureLines.includes(lower) || linkListLabels.includes(lower) || furnitureOpeners.some((opener) => lower.startsWith(opener));
}

/** A line lower-cased and without its final stops, as the furniture lists write it. */
function bareLine(line: string): string {
  return line.toLowerCase().replace(TRAILING_STOPS, '').trim();
}

function endsDangling(line: string): boolean {
  const last = LAST_WORD.exec(line);
  return last !== null && last.index + last[0].length === line.length && DANGLING.has(last[1]!.toLowerCase());
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from += 1;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to -= 1;
  return [from, to];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/** The furniture kind of a line, or undefined when it is article text. */
export function furnitureKind(line: string, nextLine = ''): SentenceKind | undefined {
  if (isCaption(line) || hasPhotoMarks(line)) return 'caption';
  if (isCaption(nextLine) && startsWithCredit(nextLine) && wordCount(line) <= MAX_CAPTION_WORDS) return 'caption';
  if (isBoilerplate(line)) return 'boilerplate';
  return undefined;
}

/** "Wang Yi (left) ...", or a photo credit written into the line itself. */
function hasPhotoMarks(line: string): boolean {
  const lower = line.toLowerCase();
  if (lower.includes('photo credit:')) return true;
  const mark = photoPositions.find((position) => lower.includes(position));
  return mark !== undefined && !(partyLetterPositions.includes(mark) && marksParty(line, lower.indexOf(mark)));
}

/** Words before a party letter in which an office abbreviation names its politician: "Florida Sen. Marco Rubio (R)". */
const OFFICE_WINDOW_WORDS = 4;

/**
 * "(R)" marks a party, not a photo position, in a line that quotes someone ("Gov. Pat
 * McCrory (R) said it would be "improper""), marks another party ("(D)", "(I-Vt.)") or has
 * an office abbreviation just before the name.
 */
function marksParty(line: string, at: number): boolean {
  if (DOUBLE_QUOTE_MARK.test(line) || OTHER_PARTY_MARK.test(line)) return true;
  const before = line.slice(0, at).toLowerCase().split(WHITESPACE_RUN).slice(-OFFICE_WINDOW_WORDS);
  return before.some((word) => partyOfficeAbbreviations.includes(word));
}

function wordCount(line: string): number {
  return line.split(WHITESPACE_RUN).length;
}

function startsWithCredit(line: string): boolean {
  return CREDIT.test(line.slice(0, 20));
}

export function isCaption(line: string): boolean {
  const bracketed = CAPTION_BRACKET.test(line);
  const body = line.replace(CAPTION_BRACKET, '').toLowerCase();
  for (const opener of captionOpeners) {
    if (!body.startsWith(opener)) continue;
    const rest = body.slice(opener.length);
    if (CAPTION_OPENER_END.test(rest)) return true;
    if (bracketed && (rest.startsWith(' ') || rest === '')) return true;
  }
  return false;
}

export function isBoilerplate(line: string): boolean {
  const lower = bareLine(line);
  if (furnitureLines.includes(lower) || NO_WORDS.test(line)) return true;
  if (!TERMINAL_PUNCTUATION.test(line) && furnitureOpeners.some((opener) => lower.startsWith(`${opener} `))) return true;
  if (furnitureWords.some((word) => lower.includes(word)) && !readsAsReport(lower)) return true;
  if (BYLINE.test(line) || WIRE_CREDIT.test(line) || DATELINE.test(line) || PLACE_DATELINE.test(line) || TIMESTAMP.test(line)) return true;
  return isLabel(line);
}

/** The fewest words of an article sentence that mentions a policy ("... against its terms of service"). */
const MIN_REPORT_WORDS = 10;

/** A sentence about a site's policy rather than the site's own banner: long, and not addressed to the reader. */
function readsAsReport(lower: string): boolean {
  const words = lower.split(NON_WORD_RUN).filter(Boolean);
  return words.length >= MIN_REPORT_WORDS && !words.some((word) => readerAddressWords.includes(word));
}

/** An outlet name, a place or a section heading alone on its line: "CGTN", "SINGAPORE", "MINISTRY OF FOREIGN AFFAIRS". */
function isLabel(line: string): boolean {
  if (!LETTER.test(line) || TERMINAL_PUNCTUATION.test(line) || line.includes(':')) return false;
  const words = line.split(WHITESPACE_RUN);
  const shouting = !LOWERCASE_LETTER.test(line);
  if (shouting && words.length <= 12) return !isSectionHeading(words);
  return words.length <= MAX_LABEL_WORDS && words.every((word) => !LOWERCASE_LETTER.test(word.charAt(0)));
}

/** "MEETING BETWEEN FOREIGN MINISTERS OF MALAYSIA AND SINGAPORE": a heading that reports an event. */
function isSectionHeading(words: string[]): boolean {
  return words.length >= 4 && words.some((word) => HEADING_EVENT_WORDS.has(word.toLowerCase()));
}

/** The first line of article text is the headline when it reads like one: one short line. */
function markHeadline(text: string, lines: Line[]): void {
  const first = lines.find((line) => line.kind === 'body');
  if (!first) return;
  const content = text.slice(first.start, first.end);
  const words = content.split(WHITESPACE_RUN).length;
  if (words > MAX_HEADLINE_WORDS) return;
  const hasBodyAfter = lines.some((line) => line.kind === 'body' && line.start > first.start);
  if (!hasBodyAfter) return;
  // News sites print headlines as "Clinton camp: Trump's plan ...", and some texts close them with a full stop.
  if (!TERMINAL_PUNCTUATION.test(content) || isTitleCase(content) || isLabelledHeadline(content)) first.kind = 'headline';
}

/** "Clinton camp: Trump's plan ...": a short label and a colon; not "He said: ...", which a pronoun opens. */
function isLabelledHeadline(line: string): boolean {
  return HEADLINE_LABEL.test(line) && speakerPronouns[line.split(WHITESPACE_RUN)[0]!.toLowerCase()] === undefined;
}

function isTitleCase(line: string): boolean {
  const words = line.split(WHITESPACE_RUN).filter((word) => word.length > 3 && LETTER.test(word.charAt(0)));
  if (words.length < 3) return false;
  const capitalised = words.filter((word) => !LOWERCASE_LETTER.test(word.charAt(0))).length;
  return capitalised / words.length >= 0.8;
}

