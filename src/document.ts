import type { Diagnostic, SentenceKind } from './types.js';
import { UPPERCASE_LETTER } from './regex.js';

/** One wink-nlp token with its place in the caller's string. */
export interface Token {
  start: number;
  end: number;
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  /** wink's token type: word, punctuation, tabCRLF, ... */
  type: string;
  /** wink-nlp begins a sentence here. */
  sentenceStart: boolean;
}

/** Whether a token opens with a capital letter: "Hunt", "Without" in "Reporters Without Borders". */
export function startsUppercase(token: Token | undefined): boolean {
  return token !== undefined && UPPERCASE_LETTER.test(token.value.charAt(0));
}

/** A hyphen written without spaces inside a word or name: "Show-Me Teachers Alliance", "so-called". */
export function isInWordHyphen(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return token.value === '-' && before !== undefined && after !== undefined && before.end === token.start && token.end === after.start;
}

/** A line of the input (between newlines), as marked by the clean stage. */
export interface Line {
  start: number;
  end: number;
  paragraph: number;
  kind: SentenceKind;
}

/** A sentence as the segment stage produces it: a token range plus its span. */
export interface SentenceInfo {
  start: number;
  end: number;
  /** Token indexes, half-open. */
  first: number;
  last: number;
  paragraph: number;
  kind: SentenceKind;
}

/**
 * The one document every stage reads and adds to. Stages never re-parse the text:
 * they work on `tokens` and on what earlier stages assigned.
 */
export interface Doc {
  text: string;
  tokens: Token[];
  lines: Line[];
  sentences: SentenceInfo[];
  messages: Diagnostic[];
}

export function report(doc: Doc, message: Omit<Diagnostic, 'source'>): void {
  doc.messages.push({ ...message, source: 'claimex' });
}
