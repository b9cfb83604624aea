import type { Line, SentenceInfo, Token } from '../document.js';
import { attributionTailVerbs, danglingWords, domainEndings } from '../lexicons/segmentation.js';
import { nameAbbreviations, speakerPronouns } from '../lexicons/speakers.js';
import { CAPITALISED_WORD, LOWERCASE_ENDED_WORD, LOWERCASE_LETTER, PARAGRAPH_NUMBER, UPPERCASE_LETTER, WHITESPACE_CHAR, WORD_START } from '../regex.js';

const DANGLING: ReadonlySet<string> = new Set(danglingWords);
const DOMAIN_ENDINGS: ReadonlySet<string> = new Set(domainEndings);
/** "Amb. Laura Whitcomb": a title's abbreviation is no sentence end. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(nameAbbreviations);

/**
 * Cuts the text into sentences: wink-nlp's boundaries, repaired where they are
 * wrong for news text. A line break always ends a sentence; a boundary inside a
 * word ("China-U." | "S.") is removed; a caption line stays one sentence.
 */
export function segment(tokens: Token[], lines: Line[], text: string): SentenceInfo[] {
  const sentences: SentenceInfo[] = [];
  let t = 0;
  for (const line of lines) {
    while (t < tokens.length && tokens[t]!.end <= line.start) t += 1;
    const first = t;
    while (t < tokens.length && tokens[t]!.start < line.end) t += 1;
    const from = sentences.length;
    splitLine(tokens, first, t, line, sentences);
    coverLine(sentences, from, line, text);
  }
  return sentences;
}

/**
 * Sentences cover every character of their line: one that wink left out of every token
 * (a character read as a space in a run too long for it) joins the sentence before it.
 */
function coverLine(sentences: SentenceInfo[], from: number, line: Line, text: string): void {
  if (from >= sentences.length) return;
  sentences[from]!.start = Math.min(sentences[from]!.start, line.start);
  for (let k = from; k < sentences.length; k += 1) {
    const sentence = sentences[k]!;
    let end = k + 1 < sentences.length ? sentences[k + 1]!.start : line.end;
    while (end > sentence.end && WHITESPACE_CHAR.test(text.charAt(end - 1))) end -= 1;
    if (end > sentence.end) sentence.end = end;
  }
}

function splitLine(tokens: Token[], first: number, last: number, line: Line, out: SentenceInfo[]): void {
  let start = first;
  if (line.kind === 'body' && startsWithParagraphNumber(tokens, first, last)) {
    out.push({ start: tokens[first]!.start, end: tokens[first]!.end, first, last: first + 1, paragraph: line.paragraph, kind: 'boilerplate' });
    start = first + 1;
  }
  const keepWhole = line.kind === 'caption';
  for (let i = first + 1; i < last; i += 1) {
    if (!keepWhole && (isBoundary(tokens, i, start) || isGluedBoundary(tokens, i))) {
      pushSentence(tokens, start, i, line, out);
      start = i;
    }
  }
  pushSentence(tokens, start, last, line, out);
}

/** Marks that continue a sentence and never open one: "Rep. Ann Hunt (D-Md.), chair of ...". */
const CONTINUING_MARKS = new Set([',', ';', ':', ')', ']', '%']);

function isBoundary(tokens: Token[], i: number, sentenceFirst: number): boolean {
  const token = tokens[i]!;
  if (!startsSentence(tokens, i)) return false;
  const previous = tokens[i - 1]!;
  // "... unlikely?” said Trump." / "“Why not?” Clinton said.": the attribution after a quoted question stays with it.
  if (LOWERCASE_LETTER.test(token.value.charAt(0)) || CONTINUING_MARKS.has(token.value) || isAttributionTail(tokens, i, sentenceFirst)) return false;
  if (DANGLING.has(lastWordBefore(tokens, i)) || isTitleBeforeName(previous, token) || (previous.value === '.' && isTitleBeforeName(tokens[i - 2], token))) return false;
  // wink splits "China-U.S." after "U.": no space between the pieces means one word.
  if (previous.end === token.start && startsWithWordCharacter(token.value)) return false;
  return true;
}

/** Words that follow a stop and start a sentence, not a name: "He met the Sens. They lost.", "Sen. The ...". */
const SENTENCE_OPENER_POS = new Set(['DET', 'PRON', 'ADV', 'CCONJ', 'SCONJ', 'ADP']);

/**
 * "Sens. Ruth Allen", "the Rev. Al Sharpton": a capitalised title's abbreviation (with its stop,
 * or before the stop wink split off) and a name after it, which ends no sentence; "50 reps. Then"
 * and "beat the Sens. The coach ..." do.
 */
function isTitleBeforeName(title: Token | undefined, next: Token): boolean {
  return title !== undefined && isAbbreviatedTitle(title) && !SENTENCE_OPENER_POS.has(next.pos);
}

const CLOSING_QUOTES = new Set(['”', '"', '’', '»']);
const SENTENCE_STOPS = new Set(['.', '?', '!']);

/**
 * "... Strategic Partnership.Minister Balakrishnan discussed ...", "... “new normal”.The two
 * delegations ...": scraped text loses the space after a stop, and wink then starts no sentence.
 * A stop glued between a word of three or more letters (or a closing quote after one) and a
 * capitalised word (or a title's abbreviation, "Mrs.") starts one, unless the word is a title's
 * abbreviation or the capitalised word
 * runs on into a name with dots ("www.Example.com") or ends one ("Kestria.Net").
 */
function isGluedBoundary(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const stop = tokens[i - 1];
  if (stop === undefined || !SENTENCE_STOPS.has(stop.value) || stop.end !== token.start || !(CAPITALISED_WORD.test(token.value) || isAbbreviatedTitle(token))) return false;
  if (DOMAIN_ENDINGS.has(token.lower)) return false;
  const next = tokens[i + 1];
  // "www.Harbour.com": a word glued between two stops is part of an address, unless it is an abbreviation ("spoke.Mrs. Allen").
  if (next !== undefined && next.value === '.' && next.start === token.end && !isAbbreviatedTitle(token)) return false;
  let word = tokens[i - 2];
  if (word === undefined || word.end !== stop.start) return false;
  if (CLOSING_QUOTES.has(word.value)) word = tokens[i - 3];
  return word !== undefined && LOWERCASE_ENDED_WORD.test(word.value) && !isAbbreviatedTitle(word);
}

/** "Rev", "Mrs.", "Sens": a capitalised title or honorific that the lexicons write with a stop. */
function isAbbreviatedTitle(token: Token): boolean {
  return UPPERCASE_LETTER.test(token.value.charAt(0)) && ABBREVIATIONS.has(token.lower.endsWith('.') ? token.lower : `${token.lower}.`);
}

/**
 * Whether wink starts a sentence at token i. wink may start one between the two apostrophes
 * of a doubled closing mark (''Why?'' he asked.): the start belongs after the mark.
 */
function startsSentence(tokens: Token[], i: number): boolean {
  if (isSecondHalfOfDoubledMark(tokens, i) || closesOuterQuote(tokens, i)) return false;
  const movedStart = isSecondHalfOfDoubledMark(tokens, i - 1) || closesOuterQuote(tokens, i - 1);
  return tokens[i]!.sentenceStart || (movedStart && tokens[i - 1]!.sentenceStart);
}

/**
 * "... ‘Wait.’” Divers waited.", "... need?’” Lee asked.": wink may start a sentence at the
 * outer quote's closing mark after the inner one's; the start belongs after the mark.
 */
function closesOuterQuote(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const inner = tokens[i - 1];
  const stop = tokens[i - 2];
  if (token === undefined || inner === undefined || stop === undefined || inner.end !== token.start) return false;
  return (token.value === '”' || token.value === '"') && SINGLE_CLOSING_QUOTES.has(inner.value) && SENTENCE_STOPS.has(stop.value);
}

function isSecondHalfOfDoubledMark(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  return token !== undefined && before !== undefined && token.value === "'" && before.value === "'" && before.end === token.start;
}

/** How long a sentence after a quoted question or exclamation may be and still be its attribution: "Clinton said." */
const MAX_ATTRIBUTION_TAIL = 8;
/** A longer one is a speaker and a verb with only circumstance after it: "Lee said to a crowd of about 500 in Port Ellis." */
const MAX_LONG_ATTRIBUTION_TAIL = 20;
const MAX_WORDS_BEFORE_TAIL_VERB = 4;
/** Tags of the circumstance after a long tail's verb: prepositional phrases, times, places. */
const CIRCUMSTANCE_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PUNCT', 'CCONJ']);

function isAttributionTail(tokens: Token[], i: number, sentenceFirst: number): boolean {
  const closing = tokens[i - 1]!;
  // ''Can we win?'' Mr. Manafort asked.: a doubled apostrophe is one closing mark.
  const doubled = isSecondHalfOfDoubledMark(tokens, i - 1);
  // "‘What help do you need?’” Lee asked.": a quote inside the quote closes with it.
  const nested = !doubled && SINGLE_CLOSING_QUOTES.has(tokens[i - 2]?.value ?? '');
  const mark = tokens[doubled || nested ? i - 3 : i - 2];
  if (!mark || (closing.value !== '”' && closing.value !== '"' && !doubled)) return false;
  // A stop before the mark closes a quoted sentence only when the quote is the whole sentence: "He called it “a disaster.” Hunt said." is two.
  if (mark.value === '.') return OPENING_QUOTES.has(tokens[sentenceFirst]!.value) && isBareSpeechTail(tokens, i);
  if (mark.value !== '?' && mark.value !== '!') return false;
  for (let k = i; k < tokens.length && k < i + MAX_LONG_ATTRIBUTION_TAIL; k += 1) {
    const token = tokens[k]!;
    if (token.type === 'tabCRLF') return false;
    if (token.value !== '.') continue;
    const words = tokens.slice(i, k);
    if (k - i <= MAX_ATTRIBUTION_TAIL) return k - i >= 2 && words.some((word) => word.pos === 'VERB');
    return isVerbWithCircumstance(words);
  }
  return false;
}

const SINGLE_CLOSING_QUOTES = new Set(['’', "'"]);
const OPENING_QUOTES = new Set(['“', '"', "'", '‘', '«']);
const ATTRIBUTION_TAIL_VERBS: ReadonlySet<string> = new Set(attributionTailVerbs);
/** The most words of a name before or after the verb of a bare speech tail: "Ruth Ann Allen said." */
const MAX_TAIL_NAME = 3;

/**
 * "“We will reopen.” Hunt said.", "“We will reopen.” He said.", "... reopen.” Says Hunt.": a name or
 * pronoun and a speech verb, and nothing else, after a quote that closes on a stop attribute it, as a comma would.
 */
function isBareSpeechTail(tokens: Token[], i: number): boolean {
  let stop = i;
  while (stop < tokens.length && stop - i <= MAX_TAIL_NAME + 1 && tokens[stop]!.value !== '.') stop += 1;
  if (tokens[stop]?.value !== '.') return false;
  const words = tokens.slice(i, stop);
  const verb = words.findIndex((word) => ATTRIBUTION_TAIL_VERBS.has(word.lower));
  if (verb < 0 || words.length < 2) return false;
  return words.every((word, k) => k === verb || (word.pos === 'PROPN' && UPPERCASE_LETTER.test(word.value.charAt(0))) || (k < verb && words.length === 2 && speakerPronouns[word.lower] !== undefined));
}

/**
 * "Lee said to a crowd of about 500 in Port Ellis", "Lee told a crowd ...": a verb among the
 * first words, then a preposition, an adverb, an addressee or a comma and a participle, and no
 * other verb, no pronoun and no "that" ("Divers say it cannot,
 * because ...", "Hunt told the council that ..." are sentences of their own).
 */
function isVerbWithCircumstance(words: Token[]): boolean {
  const verb = words.findIndex((word) => word.pos === 'VERB');
  if (verb < 0 || verb >= MAX_WORDS_BEFORE_TAIL_VERB) return false;
  const after = words.slice(verb + 1);
  if (after[0]?.pos !== 'ADP' && after[0]?.pos !== 'ADV' && after[0]?.pos !== 'DET' && after[0]?.value !== ',') return false;
  // "Trump said, looking out on the crowd": a participle after a comma is circumstance too.
  return after.every((word, k) => (CIRCUMSTANCE_POS.has(word.pos) || (word.pos === 'VERB' && word.lower.endsWith('ing') && after[k - 1]?.value === ',')) && word.lower !== 'that');
}

/** "1 Thank you ...": a number that numbers the paragraph is furniture of its own. */
function startsWithParagraphNumber(tokens: Token[], first: number, last: number): boolean {
  const number = tokens[first];
  const next = tokens[first + 1];
  return first + 1 < last && number !== undefined && next !== undefined && PARAGRAPH_NUMBER.test(number.value) && UPPERCASE_LETTER.test(next.value.charAt(0));
}

function lastWordBefore(tokens: Token[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 3; k -= 1) {
    const token = tokens[k]!;
    if (token.type === 'tabCRLF' || token.value.trim() === '') continue;
    return token.lower;
  }
  return '';
}

function pushSentence(tokens: Token[], first: number, last: number, line: Line, out: SentenceInfo[]): void {
  let from = first;
  let to = last;
  while (from < to && isBlankToken(tokens[from]!)) from += 1;
  while (to > from && isBlankToken(tokens[to - 1]!)) to -= 1;
  if (to <= from) return;
  out.push({
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    first: from,
    last: to,
    paragraph: line.paragraph,
    kind: line.kind,
  });
}

function isBlankToken(token: Token): boolean {
  return token.type === 'tabCRLF' || token.value.trim() === '';
}

function startsWithWordCharacter(value: string): boolean {
  return WORD_START.test(value);
}
