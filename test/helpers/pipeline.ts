/**
 * Builds a claimex Doc up to a given stage with the real tokenizer and the real
 * stage functions, so that unit tests feed each stage exactly what the pipeline would.
 */
import { attribute, type CueMatcher, type Frame } from '../../src/attribute/index.js';
import type { Range } from '../../src/attribute/phrases.js';
import { markLines } from '../../src/clean/index.js';
import type { Doc, Token } from '../../src/document.js';
import type { Tokenize } from '../../src/nlp.js';
import { resolveSpeakers, type Resolution } from '../../src/resolve/index.js';
import { segment } from '../../src/segment/index.js';
import type { SentenceKind } from '../../src/types.js';

/** How far to run the pipeline: tokens only, then line marking, then sentences. */
export type Stage = 'tokens' | 'lines' | 'sentences';

const ORDER: readonly Stage[] = ['tokens', 'lines', 'sentences'];

/** A Doc as `runPipeline` builds it, stopped after `stage`. */
export function buildDoc(tokenize: Tokenize, text: string, stage: Stage = 'sentences'): Doc {
  const doc: Doc = { text, tokens: tokenize(text), lines: [], sentences: [], messages: [] };
  const upTo = ORDER.indexOf(stage);
  if (upTo >= 1) doc.lines = markLines(text);
  if (upTo >= 2) doc.sentences = segment(doc.tokens, doc.lines, doc.text);
  return doc;
}

/** A Doc through the attribute stage: its frames, in sentence order. */
export function buildFrames(tokenize: Tokenize, matchCue: CueMatcher, text: string): { doc: Doc; frames: Frame[] } {
  const doc = buildDoc(tokenize, text);
  return { doc, frames: attribute(doc, matchCue) };
}

/** A Doc through the resolve stage. */
export function buildSpeakers(tokenize: Tokenize, matchCue: CueMatcher, text: string): { doc: Doc; frames: Frame[]; resolution: Resolution } {
  const { doc, frames } = buildFrames(tokenize, matchCue, text);
  return { doc, frames, resolution: resolveSpeakers(doc, frames) };
}

/** Each marked line as [its text, its kind]. */
export function lineKinds(text: string): Array<[string, SentenceKind]> {
  return markLines(text).map((line) => [text.slice(line.start, line.end), line.kind]);
}

/** The text of every sentence of a Doc built to the sentence stage. */
export function sentenceTexts(doc: Doc): string[] {
  return doc.sentences.map((sentence) => doc.text.slice(sentence.start, sentence.end));
}

/** The characters a token range covers, from its first token's start to its last token's end. */
export function rangeText(doc: Pick<Doc, 'text' | 'tokens'>, range: Range | null): string | null {
  if (!range || range[1] <= range[0]) return null;
  const first: Token = doc.tokens[range[0]]!;
  const last: Token = doc.tokens[range[1] - 1]!;
  return doc.text.slice(first.start, last.end);
}

/**
 * The token range that covers exactly the `occurrence`-th appearance of `phrase` in the
 * text. Throws when the phrase is missing or does not start and end on token boundaries,
 * so that a test never silently checks the wrong tokens.
 */
export function tokenRange(doc: Pick<Doc, 'text' | 'tokens'>, phrase: string, occurrence = 0): Range {
  let at = -1;
  for (let k = 0; k <= occurrence; k += 1) {
    at = doc.text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the text`);
  }
  const end = at + phrase.length;
  const first = doc.tokens.findIndex((token) => token.start === at);
  const last = doc.tokens.findIndex((token) => token.end === end);
  if (first < 0 || last < first) throw new Error(`"${phrase}" does not start and end on token boundaries`);
  return [first, last + 1];
}

/** Every cue the matcher finds, scanning left to right as the attribute stage does: "text|lemma|kind". */
export function cuesIn(tokens: Token[], text: string, matchCue: CueMatcher): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = matchCue(tokens, i, tokens.length);
    if (!cue) continue;
    found.push(`${text.slice(tokens[cue.first]!.start, tokens[cue.last - 1]!.end)}|${cue.lemma}|${cue.kind}`);
    i = cue.last - 1;
  }
  return found;
}

/** The entries of a lexicon that appear more than once (each reported once). */
export function duplicatesOf(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const entry of list) {
    if (seen.has(entry)) repeated.add(entry);
    seen.add(entry);
  }
  return [...repeated];
}
