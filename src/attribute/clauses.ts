/** Clause and content boundaries the frame rules share: where content starts and ends, clause breaks, trailing media, reported-clause openers, and small token tests. */

import { isInWordHyphen, startsUppercase, type Token } from '../document.js';
import { isReportMedium, MAX_MEDIUM_MODIFIERS, type CueMatch } from './cues.js';
import { isQuoteMark, type Quote } from './quotes.js';
import { LETTER, PARTICIPLE_ENDING } from '../regex.js';
import {
  isPossessiveMarker,
  isPossessivePronoun,
  isFiniteVerbLike,
  isFirstPersonPronoun,
  isFrontedTimePhrase,
  isGerund,
  passesOverBeforeThat,
  isTimeWord,
  opensReducedCircumstance,
  isNominal,
  isNounReadAsVerb,
  isRelativePronoun,
  isVerbLike,
  hasVerb,
  opensClauseAfterThat,
  phraseStartingAt,
  skipForwardOverModifiers,
  timeSpanEnd,
  type Range,
} from './phrases.js';
import type { SentenceView } from './frames.js';
import { eventNouns, occasionNouns, pastAuxiliaries, presentAuxiliaries, subordinators, trailingCircumstanceOpeners } from '../lexicons/types.js';
import { consequenceVerbs, titleFunctionWords } from '../lexicons/cues.js';


export const CLAUSE_BREAKS = new Set([',', ';', '—', '–', '―', ':']);

/** How many tokens may stand after a parenthetical cue before the clause ends (", he said in a statement on Friday"). */
const MAX_CUE_TAIL = 12;

export const COORDINATORS = new Set(['and', 'but', 'or']);

/** Whether a quote mark stands in the range. */
export function hasQuoteMark(view: SentenceView, [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) if (isQuoteMark(view.tokens[i]!)) return true;
  return false;
}

/**
 * "He expressed concern about the primary and said he hoped ...": after a cue's bare object,
 * "and" before a finite cue opens a second report by the same subject (a shared-subject
 * frame), so the first content ends before it. After a clause ("said the mayor called and
 * said ...", "said Sunday that ...") the "and" may be the clause's own, so nothing is cut.
 */
export function coordinatedCueAfterObject(view: SentenceView, from: number): number | null {
  const { tokens } = view;
  if (from >= view.last || opensAnyClause(view, thatClauseAfterCircumstance(view, from, contentEnd(view)))) return null;
  for (let i = from + 1; i < view.last; i += 1) {
    if (view.quoteOf[i]! >= 0 || isQuoteMark(tokens[i]!)) return null;
    if (tokens[i]!.lower !== 'and') continue;
    let verb = i + 1;
    while (verb < view.last && (tokens[verb]!.pos === 'ADV' || tokens[verb]!.pos === 'AUX')) verb += 1;
    const cue = view.matchCue(tokens, verb, view.last);
    // "urged Trump to stop ... and apologize": a base form after "and" goes on the infinitive.
    if (cue && cue.first === verb && cue.kind !== 'source' && isFiniteCue(view, cue) && isInflectedCue(tokens[verb]!)) return tokens[i - 1]!.value === ',' ? i - 1 : i;
  }
  return null;
}

/** Words that open an embedded question or a clause without "that": "how", "whether", "why". */
const CLAUSE_WORDS = new Set(['that', 'how', 'why', 'whether', 'if', 'what', 'who', 'when', 'where', 'which', 'to']);

/** Whether a word opens an embedded question or a clause without "that": "how", "whether", "to". */
export function isClauseWord(word: string): boolean {
  return CLAUSE_WORDS.has(word);
}

/** A content that is a clause: "that ...", "how ...", "to ...", a quote, or a subject and its verb. */
export function opensAnyClause(view: SentenceView, start: number): boolean {
  const word = view.tokens[start];
  if (!word) return false;
  return CLAUSE_WORDS.has(word.lower) || view.quoteOf[start]! >= 0 || isQuoteMark(word) || opensReportedClause(view, start);
}

/** The most tokens of addressee and circumstance between a cue and its "that": "told a crowd in Windham, New Hampshire, on Monday that". */
const MAX_CIRCUMSTANCE = 20;

/**
 * "told The Associated Press on Monday that ...", "said at a town hall in Salem that ...":
 * the reported clause starts at "that" when only an addressee or circumstance (no verb,
 * no quote) stands before it. Given the cue's lemma, an object that is no addressee stays
 * ("rejected the notion that ...": passesOverBeforeThat). Returns `start` when there is no such "that".
 */
export function thatClauseAfterCircumstance(view: SentenceView, start: number, end: number, cueLemma?: string): number {
  const { tokens } = view;
  if (cueLemma !== undefined && !passesOverBeforeThat(cueLemma, tokens, start, end)) return start;
  // "said in a statement the pier is safe": a medium phrase before a clause without "that".
  const medium = mediumPhraseEnd(tokens, start, end);
  if (medium > start && opensReportedClause(view, medium)) return medium;
  const limit = Math.min(end - 1, start + MAX_CIRCUMSTANCE);
  for (let i = start; i < limit; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'that') return i > start && opensClauseAfterThat(tokens[i + 1]) ? i : start;
    // "told the Gazette on Thursday how ...": an embedded question after an addressee and a time.
    if (i > start + 1 && EMBEDDED_QUESTION_WORDS.has(token.lower) && isTimeWord(tokens[i - 1]!.lower)) return i;
    // "told MSNBC's "Morning Joe" on Friday that ...": a quoted title is part of the addressee.
    const title = isQuoteMark(token) ? titleQuoteEnd(view, i) : -1;
    if (title >= 0) {
      i = title - 1;
      continue;
    }
    if (isQuoteMark(token) || view.quoteOf[i]! >= 0 || (isVerbLike(token) && !startsUppercase(token) && !isNounReadAsVerb(tokens, i))) return start;
  }
  return start;
}

const EMBEDDED_QUESTION_WORDS = new Set(['how', 'why', 'whether', 'what', 'when', 'where', 'who', 'if']);

/** Where a phrase naming the medium ("in a statement", "on Twitter") that opens at `start` ends, or -1. */
function mediumPhraseEnd(tokens: Token[], start: number, end: number): number {
  if (!MEDIUM_PREPOSITIONS.has(tokens[start]?.lower ?? '')) return -1;
  const first = tokens[start + 1]?.pos === 'DET' || isPossessivePronoun(tokens[start + 1]?.lower ?? '') ? start + 2 : start + 1;
  for (let i = first; i < end && i <= first + MAX_MEDIUM_MODIFIERS; i += 1) if (isReportMedium(tokens[i])) return i + 1;
  return -1;
}

const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via']);
/** The longest phrase after the medium noun that still closes the content: "with the Gazette on Monday". */
const MAX_MEDIUM_TAIL = 8;

/**
 * "said the pier is safe in a statement on Friday": the content ends before a trailing
 * phrase that names the medium of the report. Returns `end` when there is none.
 */
export function beforeTrailingMedium(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let i = Math.max(start + 2, end - MAX_MEDIUM_TAIL - 5); i < end; i += 1) {
    if (!MEDIUM_PREPOSITIONS.has(tokens[i]!.lower) || view.quoteOf[i]! >= 0) continue;
    const medium = mediumNounAfter(tokens, i + 1, end);
    if (medium >= 0 && closesAfterMedium(view, medium + 1, end)) return tokens[i - 1]!.value === ',' ? i - 1 : i;
  }
  return end;
}

/** The most tokens of a medium phrase up to its noun: "a series of early-morning tweets" (a hyphen is a token). */
const MAX_MEDIUM_LEAD = 8;

/** "a statement", "a lengthy Facebook post", "Twitter", "a series of early-morning tweets": the medium noun, or -1. */
function mediumNounAfter(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + MAX_MEDIUM_LEAD); k += 1) {
    const token = tokens[k]!;
    if (isReportMedium(token) && !isNominal(tokens[k + 1] ?? token)) return k;
    if (isInWordHyphen(tokens, k) || (token.lower === 'of' && k > from)) continue;
    if (!(token.pos === 'DET' || token.pos === 'ADJ' || isNominal(token) || token.pos === 'NUM' || isPossessivePronoun(token.lower))) return -1;
  }
  return -1;
}

/**
 * Whether only circumstance stands between `from` and `end`: a time ("on Tuesday", "last week"),
 * a medium with a short tail ("in a statement on Friday"), or an occasion ("at a meeting in Port Ellis").
 */
export function onlyCircumstanceBetween(view: SentenceView, from: number, end: number): boolean {
  if (from >= end || isFrontedTimePhrase(view.tokens, from, end)) return true;
  const medium = mediumPhraseEnd(view.tokens, from, end);
  if (medium > from) return closesAfterMedium(view, medium, end);
  return opensOccasion(view, from, end) && closesAfterMedium(view, from + 1, end);
}

/** Only a short phrase without a verb or quote may follow the medium: "with the Gazette", "on Friday". */
function closesAfterMedium(view: SentenceView, from: number, end: number): boolean {
  if (end - from > MAX_MEDIUM_TAIL) return false;
  for (let k = from; k < end; k += 1) {
    const token = view.tokens[k]!;
    if (isVerbLike(token) || isQuoteMark(token) || view.quoteOf[k]! >= 0 || token.value === ',') return false;
  }
  return true;
}

/** The first comma, semicolon or dash outside quotes at or after `from`, or the content's end. */
export function nextClauseBreak(view: SentenceView, from: number): number {
  const end = contentEnd(view);
  for (let i = from; i < end; i += 1) {
    if (view.quoteOf[i]! < 0 && !isQuoteMark(view.tokens[i]!) && CLAUSE_BREAKS.has(view.tokens[i]!.value)) return i;
    // `a "sociopath," said`: the comma that ends a quote ends the clause too.
    if (closesQuoteOnComma(view, i)) return i;
  }
  return end;
}

/** "was seen", "are expected", "a claim not recognized by ...": a passive participle reports nothing of its subject. */
export function isPassive(view: SentenceView, cue: CueMatch): boolean {
  return view.tokens[cue.last]?.lower === 'by' || isBePassive(view, cue);
}

/** "was seen", "has been renewed", "is not expected": a form of "be" in the cue's verb group, before a cue that is no gerund. */
export function isBePassive(view: SentenceView, cue: CueMatch): boolean {
  const { tokens } = view;
  if (tokens[cue.first]!.lower.endsWith('ing')) return false;
  for (let i = cue.first - 1; i >= view.first && isInVerbGroup(tokens[i]!); i -= 1) if (tokens[i]!.lemma === 'be') return true;
  return false;
}

/** The first token of the verb group ending before `at`: past auxiliaries, adverbs and negation ("has long been | said"). */
export function verbGroupStart(view: SentenceView, at: number): number {
  let i = at;
  while (i - 1 >= view.first && (isInVerbGroup(view.tokens[i - 1]!) || isAdjectiveBetweenAuxiliaries(view, i - 1))) i -= 1;
  return i;
}

/**
 * "has long/ADJ been": wink reads some adverbs as adjectives; one between an auxiliary and a "be" after it is an adverb
 * of the verb group. In "the fee was illegal | have said" the adjective is a predicate and the "have" opens another group.
 */
function isAdjectiveBetweenAuxiliaries(view: SentenceView, i: number): boolean {
  const after = view.tokens[i + 1];
  return i - 1 >= view.first && view.tokens[i]!.pos === 'ADJ' && view.tokens[i - 1]!.pos === 'AUX' && after?.pos === 'AUX' && after.lemma === 'be' && view.tokens[i - 1]!.lemma !== 'be';
}

/** Past the auxiliaries, adverbs and negation from `from`: "has | said", "never | said". */
export function verbGroupEnd(view: SentenceView, from: number): number {
  let i = from;
  while (i < view.last && isInVerbGroup(view.tokens[i]!)) i += 1;
  return i;
}

export function isInVerbGroup(token: Token): boolean {
  return token.pos === 'AUX' || token.pos === 'ADV' || token.lower === 'not';
}

/** A capitalised word wink tagged as a verb inside a name: "Josh/VERB Earnest". */
export function isNameWord(token: Token): boolean {
  // "Ted/VERB" is no past tense: its lemma is itself.
  return token.pos === 'VERB' && startsUppercase(token) && (!token.lower.endsWith('ed') || token.lemma === token.lower);
}

/** "said", "wrote", "claims": a cue verb in a past or third-person form, never a base form after a modal. */
export function isInflectedCue(verb: Token): boolean {
  return verb.lower !== verb.lemma || (verb.lower.endsWith('s') && !verb.lower.endsWith('ss'));
}

/** Whether what follows a cue is a reported clause: "that ...", a quote, a colon, or a subject with its verb. */
export function opensReportedClause(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  const next = tokens[from];
  if (!next || from >= view.last) return false;
  if (next.lower === 'that' || next.value === ':' || isQuoteMark(next)) return true;
  let subjectEnd = phraseStartingAt(tokens, from, view.last);
  if (subjectEnd === from) return false;
  // "the debate over coal is ...": a noun phrase's prepositional post-modifiers belong to the subject.
  for (let k = 0; k < 2 && tokens[subjectEnd]?.pos === 'ADP' && tokens[subjectEnd]!.lower !== 'that'; k += 1) {
    const next = phraseStartingAt(tokens, subjectEnd + 1, view.last);
    if (next === subjectEnd + 1) break;
    subjectEnd = next;
  }
  return isFiniteVerbLike(tokens[subjectEnd]);
}

/** A cue verb that carries its clause's tense: not a gerund or participle on its own, nor an infinitive. */
export function isFiniteCue(view: SentenceView, cue: CueMatch): boolean {
  const { tokens } = view;
  const verb = tokens[cue.first]!;
  const before = tokens[cue.first - 1];
  if (before && before.lower === 'to') return false;
  if (verb.lower.endsWith('ing')) return before !== undefined && before.pos === 'AUX';
  return true;
}

/** `the "king of debt," noting that ...`: a closing quote mark after the comma that ends the quote joins like the comma. */
export function closesQuoteOnComma(view: SentenceView, i: number): boolean {
  return isQuoteMark(view.tokens[i]!) && view.tokens[i - 1]?.value === ',' && view.quoteOf[i - 1]! >= 0;
}

/** "... and concluded Monday", "said last week": adverbs and time words are no content. */
export function isOnlyModifiers(view: SentenceView, [start, end]: Range): boolean {
  return skipForwardOverModifiers(view.tokens, start, end) >= end;
}

/**
 * "several months after her release", "a week later": a range that holds only a span of time placed against another
 * moment, up to its end or to a clause of the writer's own: after a semicolon or a dash, or after a comma and a
 * coordinator, a relative word or a subordinator ("..., and a big reason ...", "after the fire, which destroyed ...",
 * "a day later, though the claim ...").
 */
export function isTimeSpanAdjunct(view: SentenceView, [start, end]: Range): boolean {
  const { tokens } = view;
  const span = timeSpanEnd(tokens, start, end);
  if (span < 0) return false;
  const mark = tokens[span]?.value;
  const next = tokens[span + 1]?.lower ?? '';
  if (span < end && mark !== undefined && CLAUSE_BREAKS.has(mark) && (mark !== ',' || COORDINATORS.has(next) || isRelativePronoun(next) || SUBORDINATORS.has(next))) return true;
  for (let i = span; i < end; i += 1) if (tokens[i]!.pos !== 'PUNCT') return false;
  return true;
}

/**
 * "Members argued for hours": a prepositional phrase with no verb or quote after a speech
 * cue reports nothing (a belief or hope "in" or "for" something is a position, and stays).
 */
export function isBareAdjunct(view: SentenceView, [start, end]: Range): boolean {
  if (view.tokens[start]!.pos !== 'ADP') return false;
  for (let i = start; i < end; i += 1) {
    const token = view.tokens[i]!;
    if (isVerbLike(token) || view.quoteOf[i]! >= 0) return false;
  }
  return true;
}

/** Whether a clause may start at `i`: the sentence's start, after a comma or dash, or after a closing quote. */
export function opensClause(view: SentenceView, i: number): boolean {
  if (i <= view.first) return false;
  const previous = view.tokens[i - 1]!;
  if (CLAUSE_BREAKS.has(previous.value)) return true;
  return closesQuoteBefore(view, i);
}

/** The next quote mark at or after `from`, or the sentence's end. */
export function nextQuoteMark(view: SentenceView, from: number): number {
  for (let i = from; i < view.last; i += 1) if (isQuoteMark(view.tokens[i]!)) return i;
  return view.last;
}

/** Whether the marks just before `i` close a quote: `"...,"` or `''...,''`, or a quoted title followed by a comma. */
export function closesQuoteBefore(view: SentenceView, i: number): boolean {
  const quote = quoteClosingBefore(view, i);
  return quote !== null && closesWords(view, quote, i);
}

/** Whether a quote closing right before `i` closes someone's words: not a quoted title, nor a quoted word of a noun phrase. */
function closesWords(view: SentenceView, quote: Quote, i: number): boolean {
  // "On an episode of "The Morning Show," the senator said": a quoted title closes no speaker's words.
  return titleQuoteEnd(view, quote.open) < 0 && !isQuotedWordOfNounPhrase(view, quote, i);
}

/**
 * Whether the quote closing right before `i` holds the words of the speaker at `i`: `"...," she said`, `The pier is
 * "closed for good," Hunt said`; not a question or a title in a scene set before her (`Asked "When?" she said`,
 * `In a letter headed "Our Harbour," Allen wrote`), unless the quote opens the sentence.
 */
export function followsSpeakersQuote(view: SentenceView, i: number): boolean {
  const quote = quoteClosingBefore(view, i);
  if (quote === null || !closesWords(view, quote, i)) return false;
  return quote.open <= view.first || !opensWithScene(view);
}

/** Whether the sentence opens with a scene: a subordinator, a preposition or a participle ("When", "In a letter", "Asked"). */
function opensWithScene(view: SentenceView): boolean {
  const first = view.tokens[view.first]!;
  return first.pos === 'ADP' || first.pos === 'SCONJ' || SUBORDINATORS.has(first.lower) || (first.pos === 'VERB' && PARTICIPLE_ENDING.test(first.lower));
}

/** The quote whose closing mark (or marks) stands right before `i`, or null. */
function quoteClosingBefore(view: SentenceView, i: number): Quote | null {
  let k = i - 1;
  if (k <= view.first || !isQuoteMark(view.tokens[k]!)) return null;
  while (k - 1 > view.first && isQuoteMark(view.tokens[k - 1]!)) k -= 1;
  if (k - 1 < view.first || view.quoteOf[k - 1]! < 0) return null;
  return view.quotes[view.quoteOf[k - 1]!]!;
}

/**
 * Whether the quote right before `i` is a word of a noun phrase that a pronoun or a name after it begins a relative
 * clause on: `the "loopholes" | he cited`. A noun after it goes on with the phrase (`the "Save the Bay" | crowd`).
 */
export function followsQuotedWordOfNounPhrase(view: SentenceView, i: number): boolean {
  const quote = quoteClosingBefore(view, i);
  const next = view.tokens[i];
  return quote !== null && (next?.pos === 'PRON' || next?.pos === 'PROPN') && isQuotedWordOfNounPhrase(view, quote, i);
}

/** The words a noun phrase may open with before a quoted word: `the "loopholes"`, `four "loopholes"`, `his "plan"`. */
const NOUN_PHRASE_OPENING_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);
/** The marks that end an utterance inside a closing quote mark: `"We won,"`, `"Why?"`. */
const UTTERANCE_ENDS: ReadonlySet<string> = new Set([',', '?', '!']);

/** Whether the quote that closes right before `start` ends on a comma, question or exclamation mark: `"...,"`, `"...?"`. */
export function quoteEndsUtterance(view: SentenceView, start: number): boolean {
  let mark = start - 1;
  while (mark - 1 > view.first && isQuoteMark(view.tokens[mark - 1]!)) mark -= 1;
  return UTTERANCE_ENDS.has(view.tokens[mark - 1]?.value ?? '');
}

/**
 * `The four "loopholes" he cited are ...`: a quote (closing right before `after`) after a determiner, number or adjective
 * that ends no utterance, in a clause's subject (no verb before it), is a word of a noun phrase, and what follows it is no
 * speaker's clause (`"We won" he said` and `It was a "mistake" he said` still are).
 */
function isQuotedWordOfNounPhrase(view: SentenceView, quote: Quote, after: number): boolean {
  const before = view.tokens[quote.open - 1];
  if (quote.open <= view.first || before === undefined || !NOUN_PHRASE_OPENING_POS.has(before.pos) || quoteEndsUtterance(view, after)) return false;
  for (let k = quote.open - 1; k >= view.first && !CLAUSE_BREAKS.has(view.tokens[k]!.value); k -= 1) if (isFiniteVerbLike(view.tokens[k])) return false;
  return true;
}

/** Where the parenthetical clause that continues from `from` ends: at a comma, a quote or the sentence end. -1 when it goes on into more words. */
export function closeOfClause(view: SentenceView, from: number): number {
  const { tokens } = view;
  let i = from;
  const limit = Math.min(view.last, from + MAX_CUE_TAIL);
  while (i < limit) {
    const token = tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || isTerminal(token)) return i;
    const title = isQuoteMark(token) ? titleQuoteEnd(view, i) : -1;
    if (title >= 0) {
      // "said on "Face the Nation," adding ...": a comma inside the closing mark ends the clause.
      if (tokens[title - 2]?.value === ',') return title;
      i = title;
      continue;
    }
    if (isQuoteMark(token) || RELATIVE_OPENERS.has(token.lower)) return i;
    // "Ann Lee said after touring it, | is safe", "said when asked, | will reopen": the circumstance is the cue's, up to
    // its comma, unless its -ing participle reports in turn ("said before adding: ...").
    if (opensReducedCircumstance(tokens, i)) return tokens[i + 1]!.lower.endsWith('ing') && view.matchCue(tokens, i + 1, view.last) ? i : circumstanceEnd(view, i);
    // "..., Lee said Thursday during a tour of the port", "..., Lee said in making the announcement": right after the cue and
    // its time, the rest of the clause is the cue's circumstance, verbs and all, unless a clause of its own follows ("said
    // during a news conference that ...").
    if (opensTrailingCircumstance(tokens, i) && (i === from || isFrontedTimePhrase(tokens, from, i))) return trailingCircumstanceEnd(view, i);
    // "said Sen. Chris Murphy (D-Conn.)": a bracket after the name is part of it.
    if (token.value === '(') {
      i = closingBracket(view, i, limit);
      continue;
    }
    // "said one owner of a shop | that sells boats": a relative clause on the source ends its clause.
    if (token.lower === 'that' && isNominal(tokens[i - 1]!) && isFiniteVerbLike(tokens[i + 1])) return circumstanceEnd(view, i);
    // `"...," Hunt said and added that ...`: a second verb of the same subject after "and" ends the cue's clause.
    if (COORDINATORS.has(token.lower) && isFiniteVerbLike(tokens[i + 1])) return i;
    if ((isVerbLike(token) && !isNameWord(token)) || token.lower === 'that') return -1;
    i += 1;
  }
  return i === view.last ? i : -1;
}

const TRAILING_CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(trailingCircumstanceOpeners);

/** A subordinator or "during" that opens a circumstance, or "in" before a gerund ("in making the announcement"). */
function opensTrailingCircumstance(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || next.pos === 'PUNCT') return false;
  return TRAILING_CIRCUMSTANCE_OPENERS.has(token.lower) || (token.lower === 'in' && isGerund(next));
}

/** Words before the subject of a reported clause: "said that ...", "asked if ...", "wondered whether ...". */
export const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'if', 'whether']);

/** Where a trailing circumstance ends: the next break, quote mark or sentence end; -1 when "that", "if" or "whether" opens a clause inside it. */
function trailingCircumstanceEnd(view: SentenceView, from: number): number {
  const end = circumstanceEnd(view, from);
  for (let i = from + 1; i < end; i += 1) if (REPORTED_CLAUSE_OPENERS.has(view.tokens[i]!.lower)) return -1;
  return end;
}

/** The next comma, quote mark or sentence end after a circumstance that opens at `from`. */
function circumstanceEnd(view: SentenceView, from: number): number {
  let i = from + 1;
  while (i < view.last && !CLAUSE_BREAKS.has(view.tokens[i]!.value) && !isTerminal(view.tokens[i]!) && !isQuoteMark(view.tokens[i]!)) i += 1;
  return i;
}

/** The first comma, quote mark or sentence end after `from` (at most MAX_CUE_TAIL tokens on), or `from` when none is that near. */
export function clauseBreakAfter(view: SentenceView, from: number): number {
  const limit = Math.min(view.last, from + MAX_CUE_TAIL);
  for (let i = from; i < limit; i += 1) {
    const token = view.tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || isTerminal(token) || isQuoteMark(token)) return i;
  }
  return limit === view.last ? limit : from;
}

/** "said a former official who oversaw ...": a relative clause after the speaker ends the cue's clause. */
export const RELATIVE_OPENERS = new Set(['who', 'whose']);

/** The token after the ")" that closes the bracket opened at `open`, or `limit` when none does. */
function closingBracket(view: SentenceView, open: number, limit: number): number {
  for (let i = open + 1; i < limit; i += 1) if (view.tokens[i]!.value === ')') return i + 1;
  return limit;
}

export function startsWithQuote(view: SentenceView, i: number): boolean {
  return isQuoteMark(view.tokens[i]!) || view.quoteOf[i]! >= 0;
}

/**
 * Where a reported clause that starts at `from` ends: at a semicolon outside quotes and
 * brackets ("said the pier was safe; Hunt disagreed"), else at the sentence's end. A
 * semicolon after a colon, before "and" or "or", or before a "that" when the clause opened
 * with one separates the items of a list ("three things: a pier; a school", "that ...; that
 * ...", "repair it; close it; or sell it").
 */
export function reportedClauseEnd(view: SentenceView, from: number): number {
  const { tokens } = view;
  const end = contentEnd(view);
  let brackets = 0;
  for (let i = from; i < end; i += 1) {
    const token = tokens[i]!;
    if (token.value === ':') return end;
    if (token.value === '(') brackets += 1;
    else if (token.value === ')') brackets -= 1;
    else if (token.value === ';' && brackets <= 0 && view.quoteOf[i]! < 0 && !continuesList(tokens, from, i + 1)) return i;
  }
  return end;
}

const LIST_JOINERS = new Set(['and', 'or']);

function continuesList(tokens: Token[], from: number, next: number): boolean {
  const word = tokens[next]?.lower ?? '';
  return LIST_JOINERS.has(word) || (word === 'that' && tokens[from]!.lower === 'that');
}

/**
 * Where a content ends before what the writer adds to it: a clause joined by ", and" or ", but" after a bare
 * object or an infinitive ("urged voters to back Lee, but turnout was low"), or a relative clause at its end.
 */
export function beforeWritersAddition(view: SentenceView, start: number, end: number): number {
  return beforeClosingRelative(view, start, beforeJoinedClause(view, start, end));
}

/**
 * "praised the plan | , but turnout was low", "| , even though the board ...": after a bare object or an infinitive,
 * a clause with its own subject joined by ", and" or ", but" (the comma may close a quote: `"jobs, jobs," but he ...`),
 * or a concession, when it runs to the content's end; or a participle of consequence after a comma ("declared war on
 * the town, | leading to ..."), not one that is a verb's subject or follows another gerund as an item of a list. Not
 * inside a quote or a clause of the content's own ("to accept that although ..."), not a promise going on ("to cut
 * taxes, and prices would fall", "and we will win"), nor "though" with no clause ("praised the plan, though not its cost").
 */
function beforeJoinedClause(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  if (opensAnyClause(view, start) && tokens[start]!.lower !== 'to') return end;
  for (let i = start + 1; i < end - 2; i += 1) {
    const token = tokens[i]!;
    // A clause of the content's own ("to accept that although ..."): a joined clause or concession in it is that clause's.
    const opensOwnClause = (isClauseWord(token.lower) && token.lower !== 'to') || isRelativePronoun(token.lower);
    if (opensOwnClause) return end;
    if (view.quoteOf[i]! >= 0 || isOpeningSingleQuote(tokens, i)) continue;
    if (isFiniteVerbOfClause(tokens, i) && tokens[i - 1]!.lower !== 'to') return end;
    if (!followsComma(view, i)) continue;
    // "declared war on the town, | leading to a long conflict": a participle of consequence, the writer's account of what followed.
    if (isConsequenceParticiple(token) && !hasMarkBetween(tokens, i, end) && !isGerundSubject(view, i, end) && !hasGerundBetween(tokens, start, i)) return cutBefore(view, i);
    // ", even though ...": the concession after its adverb.
    const clause = token.lower === 'even' && CONCESSIONS.has(tokens[i + 1]!.lower) ? i + 2 : i + 1;
    if (isQuoteMark(tokens[clause]!) || !opensReportedClause(view, clause) || hasMarkBetween(tokens, clause, end)) continue;
    if (CONCESSIONS.has(token.lower) || clause === i + 2) return cutBefore(view, i);
    if (CLAUSE_COORDINATORS.has(token.lower) && tokens[i + 1]!.lower !== 'that' && !goesOnPromising(tokens, i + 1, end)) return cutBefore(view, i);
  }
  return end;
}

const CONSEQUENCE_VERBS: ReadonlySet<string> = new Set(consequenceVerbs);

/** "leading", "reversing": the participle of a verb of consequence. */
function isConsequenceParticiple(token: Token): boolean {
  return isGerund(token) && CONSEQUENCE_VERBS.has(token.lemma);
}

/** "of wasting money, | raising taxes": a gerund before the participle's comma makes the participle the next item of a list. */
function hasGerundBetween(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k += 1) if (isGerund(tokens[k]!) || isGerundAfterPreposition(tokens, k)) return true;
  return false;
}

/** "of wasting/NOUN money": wink reads a gerund after a preposition as a noun. */
function isGerundAfterPreposition(tokens: Token[], k: number): boolean {
  return tokens[k]!.pos === 'NOUN' && tokens[k]!.lower.endsWith('ing') && tokens[k - 1]?.pos === 'ADP';
}

/** "doing interviews | gives her an edge": a finite verb after the gerund's words, before any relative word, makes them its subject. */
function isGerundSubject(view: SentenceView, gerund: number, end: number): boolean {
  for (let k = gerund + 1; k < end; k += 1) {
    const token = view.tokens[k]!;
    if (isRelativePronoun(token.lower) || isClauseWord(token.lower)) return false;
    if (isFiniteVerbLike(token) && view.tokens[k - 1]!.lower !== 'to') return true;
  }
  return false;
}

/** Where a content ends before the joined words at `i`: before its comma, or after a quote's closing mark, which the comma is inside. */
function cutBefore(view: SentenceView, i: number): number {
  return view.tokens[i - 1]!.value === ',' ? i - 1 : i;
}

/** A comma before `i`, or one inside the closing mark of a quote there: `"jobs, jobs," | but`. */
function followsComma(view: SentenceView, i: number): boolean {
  return view.tokens[i - 1]!.value === ',' || closesQuoteOnComma(view, i - 1);
}

const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
const CONCESSIONS: ReadonlySet<string> = new Set(['although', 'though']);
/** Modals of a clause that goes on with what was promised or foreseen: "and prices would fall". */
const PROMISING_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'must', 'should', 'may', 'might', 'cannot', "won't", "can't", 'wo', 'ca']);

/** "and prices would fall", "but we will win": a joined clause with a modal or a first-person subject goes on reporting. */
function goesOnPromising(tokens: Token[], from: number, end: number): boolean {
  if (isFirstPersonPronoun(tokens[from]!.lower)) return true;
  for (let k = from; k < end; k += 1) if (PROMISING_MODALS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether a comma, dash or bracket stands between `from` and `end`: an interruption, not a clause that ends the content. */
function hasMarkBetween(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k += 1) if (closesAside(tokens[k]!)) return true;
  return false;
}

/** A mark after which an aside is closed and the content goes on: a comma, a dash or an opening bracket. */
function closesAside(token: Token): boolean {
  return token.value === '(' || ASIDE_MARKS.has(token.value);
}

/**
 * Where a content ends before a relative clause set off by a comma that runs to its end: "praised Lee | , who
 * ...", "that the rule was struck down | , which the court ...". PolNeAR leaves such a clause, the writer's
 * aside, out of the content. It stays where it may be the speaker's: closed by a later mark ("that Lee, who was
 * elected in May, would resign"), in a quote, with a verb of its own after it ("the plan, which the board backs
 * is sound"), or a question ("asked the board, which plan it preferred"; "it was Hunt, not Allen, who").
 */
function beforeClosingRelative(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let i = start + 2; i < end; i += 1) {
    if (tokens[i - 1]!.value !== ',' || !RELATIVE_ASIDE_OPENERS.has(tokens[i]!.lower) || view.quoteOf[i]! >= 0) continue;
    return isWritersRelativeAside(view, start, i, end) ? i - 1 : end;
  }
  return end;
}

const RELATIVE_ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'who']);

/** Whether the relative clause at `pronoun`, running to `end`, is the writer's aside rather than part of what was said. */
function isWritersRelativeAside(view: SentenceView, start: number, pronoun: number, end: number): boolean {
  const { tokens } = view;
  const antecedent = tokens[pronoun - 2]!;
  // "who" follows the person it is about; "which" may take up a whole clause ("could fail, which ..."), but not
  // after a copula ("the question was, which side ...") or before a noun ("asked the board, which plan ...").
  const anchored = tokens[pronoun]!.lower === 'who' ? NOMINAL_TAGS.has(antecedent.pos) : antecedent.pos !== 'AUX';
  // "which plan it preferred" asks; "which voters rejected" is a relative clause with its subject.
  const asks = tokens[pronoun + 1]?.pos === 'NOUN' && !isVerbLike(tokens[pronoun + 2]);
  if (!anchored || asks || isQuestionAt(tokens, end)) return false;
  for (let k = start; k < pronoun - 1; k += 1) if (isOpeningSingleQuote(tokens, k) || (tokens[k]!.lower === 'it' && tokens[k + 1]?.lemma === 'be')) return false;
  // "the plan, which the board backs is sound": a second verb with no word to join it is the content's own.
  let verbs = 0;
  let joined = false;
  for (let k = pronoun + 1; k < end; k += 1) {
    const token = tokens[k]!;
    if (closesAside(token)) return false;
    if (CLAUSE_JOINERS.has(token.lower) || isRelativePronoun(token.lower)) joined = true;
    else if (!joined && isFiniteVerbOfClause(tokens, k)) verbs += 1;
    if (verbs > 1) return false;
  }
  return true;
}

/** Words that join a second clause inside a relative one: "which the court put on hold while the case is heard". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'when', 'while', 'because', 'if', 'as', 'since', 'after', 'before', 'until', 'although', 'though', 'so', 'whether', 'than', 'why', 'what', 'how', 'where']);

const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/** A verb or auxiliary that opens a verb group right after its subject or another verb: "the board | backs", "backs | is". */
function isFiniteVerbOfClause(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  if ((token.pos !== 'VERB' && token.pos !== 'AUX') || token.lower.endsWith('ing')) return false;
  return SUBJECT_OR_VERB_TAGS.has(tokens[k - 1]?.pos ?? '');
}

const SUBJECT_OR_VERB_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'VERB']);

/** Whether the sentence ends with a question mark at or after `end`. */
function isQuestionAt(tokens: Token[], end: number): boolean {
  return tokens[end]?.value === '?' || tokens[end + 1]?.value === '?';
}

/** "‘a victory, which ...’", "'a scandal, which ...'": a single quote mark opening a word (wink may keep it on the word: "'a"). */
function isOpeningSingleQuote(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  const spaced = k === 0 || tokens[k - 1]!.end < token.start;
  if (token.value === '‘' || token.value === "'") return spaced && tokens[k + 1] !== undefined && token.end === tokens[k + 1]!.start;
  return spaced && (token.value.startsWith("'") || token.value.startsWith('‘')) && token.value.length > 1 && LETTER.test(token.value.charAt(1));
}

/** The end of the sentence's words: without the final full stop. */
export function contentEnd(view: SentenceView): number {
  let end = view.last;
  while (end > view.first && isTerminal(view.tokens[end - 1]!)) end -= 1;
  return end;
}

export function trimBreaks(tokens: Token[], [start, end]: Range): Range {
  let from = start;
  let to = end;
  for (;;) {
    while (from < to && (CLAUSE_BREAKS.has(tokens[from]!.value) || tokens[from]!.type === 'tabCRLF')) from += 1;
    while (to > from && (CLAUSE_BREAKS.has(tokens[to - 1]!.value) || isTerminal(tokens[to - 1]!))) to -= 1;
    const narrowed = withoutUnpairedBracket(tokens, from, to);
    if (!narrowed) return [from, to];
    [from, to] = narrowed;
  }
}

const PAIRED_MARKS: ReadonlyMap<string, string> = new Map([['(', ')'], [')', '('], ['[', ']'], [']', '[']]);

/** "... as well.)": the range without a bracket at its edge that it did not open or close; null when there is none. */
export function withoutUnpairedBracket(tokens: Token[], from: number, to: number): Range | null {
  if (to <= from) return null;
  if (isUnpaired(tokens, to - 1, from, to - 1)) return [from, to - 1];
  if (isUnpaired(tokens, from, from + 1, to)) return [from + 1, to];
  return null;
}

/** "[The pier reopened on Monday.]": one pair of brackets around the whole of [open, close] ("(a) and (b)" is two). */
export function enclosesAll(tokens: Token[], open: number, close: number): boolean {
  const opener = tokens[open]!.value;
  const closer = opener === '(' || opener === '[' ? PAIRED_MARKS.get(opener) : undefined;
  if (closer === undefined || tokens[close]!.value !== closer) return false;
  for (let i = open + 1; i < close; i += 1) if (tokens[i]!.value === opener || tokens[i]!.value === closer) return false;
  return true;
}

/** Whether the bracket at `at` has no partner in [from, to). */
function isUnpaired(tokens: Token[], at: number, from: number, to: number): boolean {
  const partner = PAIRED_MARKS.get(tokens[at]!.value);
  if (partner === undefined) return false;
  for (let i = from; i < to; i += 1) if (tokens[i]!.value === partner) return false;
  return true;
}

function isTerminal(token: Token): boolean {
  return token.value === '.' || token.value === '!' || token.value === '?' || token.value === '...' || token.value === '…';
}

/** What may stand between a cue and its content. "that" is kept: it belongs to the reported clause, as PolNeAR marks it. */
function isContentOpener(token: Token): boolean {
  return token.value === ':' || token.value === ',';
}

/** Where a cue's content may begin: at `from`, past any colon or comma right after the cue. */
export function contentStartAfter(view: SentenceView, from: number): number {
  let i = from;
  while (i < view.last && isContentOpener(view.tokens[i]!)) i += 1;
  return i;
}

export function isConjunction(token: Token): boolean {
  return token.pos === 'CCONJ' || token.pos === 'SCONJ';
}

export function isShouted(value: string): boolean {
  return value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase();
}

/** "said nothing about ...": an object that denies anything was said. */
const NEGATIVE_OBJECTS = new Set(['nothing', 'none', 'no']);

export function deniesSaying(token: Token | undefined): boolean {
  return token !== undefined && NEGATIVE_OBJECTS.has(token.lower);
}

const SUBORDINATORS: ReadonlySet<string> = new Set(subordinators);

/** "although", "because", "as": a word that opens a subordinate clause. */
export function isSubordinator(word: string): boolean {
  return SUBORDINATORS.has(word);
}

/**
 * "While Allen said the pier was safe, the board voted to close it": a report inside the
 * sentence's fronted subordinate clause ends where that clause does, at the first comma
 * (outside quotes) followed by a subject and its finite verb. Returns `end` otherwise.
 */
export function endOfFrontedSubordinate(view: SentenceView, sourceStart: number, from: number, end: number): number {
  // "After the vote Allen said ...": the subordinator must open the source's own clause, not a phrase before it.
  const subordinator = subordinatorAt(view, view.first, sourceStart);
  return subordinator >= 0 && subordinator === sourceStart - 1 ? lastMainClauseComma(view, from, end) : end;
}

/**
 * "As Allen spoke, the crowd cheered": words before a trailing cue that are only a fronted
 * subordinate clause, with no main clause of their own, report nothing.
 */
export function isLoneSubordinateClause(view: SentenceView, [start, end]: Range): boolean {
  if (view.quoteOf[start]! >= 0 || hasQuoteMark(view, [start, end])) return false;
  // "If it rains the town will close the pier, ...": a second verb group is the main clause, written without a comma.
  return opensWithSubordinator(view, start, end) && verbGroupsIn(view, start, end) === 1;
}

/**
 * "While Lee admitted that the pier had “been unsafe,”": words that open with a subordinator, outside quotes, with no
 * comma before their end. Unlike a lone subordinate clause, it may hold quotes and a report of its own.
 */
export function isFrontedSubordinateClause(view: SentenceView, [start, end]: Range): boolean {
  // "After all, he says, ...": a subordinator with no verb after it opens no clause.
  if (view.quoteOf[start]! >= 0 || isQuoteMark(view.tokens[start]!) || subordinatorAt(view, start, end) < 0 || verbGroupsIn(view, start, end) === 0) return false;
  // "If the plan is "too costly," it will be dropped": a comma, in a quote or not, with words after it ends the subordinate clause before the main one.
  for (let i = start; i < end; i += 1) if (view.tokens[i]!.value === ',' && !onlyQuoteMarksBetween(view, i + 1, end)) return false;
  return true;
}

const COMMA_JOINERS = new Set(['and', 'but']);

/** The words after the last ", and" or ", but" outside quotes in `range`, or all of it. */
export function afterLastClauseJoin(view: SentenceView, [start, end]: Range): Range {
  for (let i = end - 2; i > start; i -= 1) {
    if (COMMA_JOINERS.has(view.tokens[i]!.lower) && view.tokens[i - 1]!.value === ',' && view.quoteOf[i]! < 0) return [i + 1, end];
  }
  return [start, end];
}

/**
 * "He said ..., and when asked about it, he said ...": the comma before the ", and" whose subordinate clause ends at the
 * comma `comma`, where the later clause then opens; -1 when no such clause stands before it.
 */
export function joinBeforeSubordinateClause(view: SentenceView, comma: number): number {
  const [start] = afterLastClauseJoin(view, [view.first, comma]);
  return start - 2 > view.first && isFrontedSubordinateClause(view, [start, comma]) ? start - 2 : -1;
}

function onlyQuoteMarksBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isQuoteMark(view.tokens[i]!)) return false;
  return true;
}

/** How many separate runs of verbs and auxiliaries stand in [start, end): one per clause, roughly. */
function verbGroupsIn(view: SentenceView, start: number, end: number): number {
  let groups = 0;
  for (let i = start; i < end; i += 1) if (isVerbLike(view.tokens[i]) && !isVerbLike(view.tokens[i - 1])) groups += 1;
  return groups;
}

/**
 * "Asked about the pier", "Heading into the debate": a fronted participle's phrase with no
 * finite verb of its own. (A gerund that is a subject, "Seeing the pier led her to ...",
 * looks the same to wink when its verb is in -ed; callers ask only when words follow the cue.)
 */
export function isLoneParticipleClause(view: SentenceView, [start, end]: Range): boolean {
  if (view.quoteOf[start]! >= 0 || hasQuoteMark(view, [start, end])) return false;
  const first = view.tokens[start]!;
  if (first.pos !== 'VERB' || !PARTICIPLE_ENDING.test(first.lower)) return false;
  // "Wounded divers reached the shore": a participle before a noun modifies it; the sentence has its own subject.
  // A time after it is its adjunct ("Asked Tuesday about ..."), unless a noun follows ("Scheduled weekend closures").
  let after = start + 1;
  while (after < end && isTimeWord(view.tokens[after]!.lower)) after += 1;
  const next = view.tokens[after] ?? first;
  if (isNominal(next) && (after < end || after === start + 1)) return false;
  for (let i = start + 1; i < end; i += 1) {
    const token = view.tokens[i]!;
    // "Asked whether it had been a bomb": a verb inside the participle's own clause is no main verb.
    if (CLAUSE_WORDS.has(token.lower)) return true;
    if (CLAUSE_BREAKS.has(token.value) || token.pos === 'AUX' || (token.pos === 'VERB' && !PARTICIPLE_ENDING.test(token.lower))) return false;
  }
  return true;
}

/** Whether the words from `start` open (past a conjunction or quote mark) with a subordinator, and no clause break stands between it and `limit`. */
export function opensWithSubordinator(view: SentenceView, start: number, limit: number): boolean {
  const k = subordinatorAt(view, start, limit);
  if (k < 0) return false;
  for (let i = k + 1; i < limit; i += 1) if (CLAUSE_BREAKS.has(view.tokens[i]!.value) || isQuoteMark(view.tokens[i]!)) return false;
  return true;
}

/** The subordinator that opens [start, end) ("if", "when"; past "But even"), or null. */
export function openingSubordinator(view: SentenceView, [start, end]: Range): string | null {
  const at = subordinatorAt(view, start, end);
  return at < 0 ? null : view.tokens[at]!.lower;
}

/** The index of the subordinator that opens the words from `start` past conjunctions and quote marks, or -1. */
function subordinatorAt(view: SentenceView, start: number, limit: number): number {
  let k = start;
  // "But even though ...": conjunctions, quote marks and a focus "even" before it.
  while (k < limit && (COORDINATORS.has(view.tokens[k]!.lower) || isQuoteMark(view.tokens[k]!) || (view.tokens[k]!.lower === 'even' && SUBORDINATORS.has(view.tokens[k + 1]?.lower ?? '')))) k += 1;
  return k < limit && SUBORDINATORS.has(view.tokens[k]!.lower) ? k : -1;
}

/**
 * The last comma in [from, end), outside quotes, that a main clause follows; `end` when none does.
 * The last, because the fronted clause may hold a list of clauses of its own ("When she said the
 * pier was safe, the dock was old and ..., nobody believed her").
 */
export function lastMainClauseComma(view: SentenceView, from: number, end: number): number {
  for (let i = end - 1; i >= from; i -= 1) {
    if (view.tokens[i]!.value !== ',') continue;
    if (view.quoteOf[i]! < 0 && opensMainClause(view, i + 1)) return i;
    // `While Allen admitted the pier had "been unsafe for years," she said ...`: the comma a quote closes on.
    if (i + 2 < end && closesQuoteOnComma(view, i + 1) && opensMainClause(view, i + 2)) return i + 2;
  }
  return end;
}

/** A subject and its finite verb at `from`, not a quote or "that": the main clause after a fronted one. */
function opensMainClause(view: SentenceView, from: number): boolean {
  const next = view.tokens[from];
  if (!next || next.lower === 'that' || isQuoteMark(next) || view.quoteOf[from]! >= 0) return false;
  return opensReportedClause(view, from);
}

const APPOSITION_OPENERS = new Set(['the', 'a', 'an']);
/** The dashes a writer sets words off with: "– saying ...", "— Commissioner X". */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '--']);
/** The marks that set off an aside or apposition: a comma or a dash. */
export const ASIDE_MARKS: ReadonlySet<string> = new Set([',', ...DASHES]);
/** The words a gloss may follow: a noun, or the adjective or number that ends a clause ("the pier is safe, a claim ..."). */
const GLOSSED_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "... criticised the speech of Ann Hunt, the mother of a fallen diver": a noun phrase set
 * off at the end of an indirect content describes what the content names; it is the
 * writer's gloss, not what was said, so the content stops before it.
 */
export function withoutTrailingApposition(view: SentenceView, [start, end]: Range): Range {
  for (let c = end - 1; c > start; c -= 1) {
    const token = view.tokens[c]!;
    if (isQuoteMark(token) || view.quoteOf[c]! >= 0) return [start, end];
    if (ASIDE_MARKS.has(token.value)) return GLOSSED_POS.has(view.tokens[c - 1]!.pos) && isApposition(view, c + 1, end) ? [start, c] : [start, end];
  }
  return [start, end];
}

/** A noun phrase opened by an article, with no finite verb: participles and infinitives may modify it. */
function isApposition(view: SentenceView, from: number, end: number): boolean {
  if (end - from < 2 || !APPOSITION_OPENERS.has(view.tokens[from]!.lower)) return false;
  for (let i = from + 1; i < end; i += 1) {
    const token = view.tokens[i]!;
    // "a charge that the board denied": a relative clause may hold any verb.
    if (isRelativePronoun(token.lower)) return true;
    // "the Iranian deal and the court": a list's last items, not a gloss.
    if (token.pos === 'AUX' || COORDINATORS.has(token.lower)) return false;
    if (token.pos === 'VERB' && !isModifyingVerb(view, i)) return false;
  }
  return true;
}

/** Words after which a participle in -ed modifies the noun before it ("a project funded by ..."), rather than being its verb. */
const AFTER_PARTICIPLE = new Set(['ADP', 'ADV', 'CCONJ', 'PUNCT']);

/**
 * "a project funded by the port", "the first state to vote", "a claim not recognized", "the
 * presumed favorite": a verb that modifies a noun, not a finite one.
 */
function isModifyingVerb(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const before = tokens[i - 1]!;
  if (before.lower === 'to' || before.pos === 'ADV' || before.pos === 'PART') return true;
  if (!PARTICIPLE_ENDING.test(tokens[i]!.lower)) return false;
  const after = tokens[i + 1];
  if (before.pos === 'DET' && after !== undefined && NOUN_PHRASE_HEADS.has(after.pos)) return true;
  return tokens[i]!.lower.endsWith('ing') || after === undefined || AFTER_PARTICIPLE.has(after.pos);
}

/** Words a participle right after a determiner may modify: "the presumed favorite", "an embattled Port Ellis". */
const NOUN_PHRASE_HEADS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "Allen called the plan "reckless" and urged the board to vote": a verb after "and" or "but"
 * with no subject of its own, in the cue's tense, goes on the cue's subject; the content ends
 * before it. When the content's own verb has that tense too, the "and" may be the content's,
 * so nothing is cut. After an object with no verb of its own ("declined the post and has since
 * left"), any finite verb goes on the cue's subject, reporting or not.
 */
export function withoutCoordinatedPredicate(view: SentenceView, cue: CueMatch, [start, end]: Range): Range {
  const tense = verbGroupTense(view.tokens, cue.first, view.first);
  if (tense === null) return [start, end];
  const isObject = !opensAnyClause(view, start);
  const endBefore = (i: number): Range => [start, view.tokens[i - 1]!.value === ',' ? i - 1 : i];
  let contentTense: Tense | null = null;
  let contentHasVerb = false;
  for (let i = start; i < end; i += 1) {
    const token = view.tokens[i]!;
    if (view.quoteOf[i]! >= 0 || isQuoteMark(token)) continue;
    if (isFiniteVerbLike(token)) {
      contentTense ??= verbTense(token);
      contentHasVerb ||= view.tokens[i - 1]?.lower !== 'to';
    }
    if (!COORDINATORS.has(token.lower) || i === start) continue;
    let verb = i + 1;
    while (verb < end && view.tokens[verb]!.pos === 'ADV') verb += 1;
    if (verb >= end || !isVerbLike(view.tokens[verb])) continue;
    const secondTense = verbGroupTense(view.tokens, verb, i + 1);
    const second = view.matchCue(view.tokens, verb, end);
    if (second?.first !== verb) {
      // A base form after "and" may go on an infinitive ("urged them to unite and focus"): only a marked tense counts.
      // Nor a passive participle after an adjective, which it joins ("called the charges unsubstantiated and fabricated by ...").
      const marked = verbTense(view.tokens[verb]!);
      const afterAdjective = view.tokens[i - 1]!.pos === 'ADJ' && marked === 'past' && view.tokens[verb + 1]?.lower === 'by';
      if (isObject && !contentHasVerb && marked !== null && !afterAdjective) return endBefore(i);
      continue;
    }
    const reports = second.kind === 'speech' && (opensReportedClause(view, second.last) || quoteAfterMark(view, second.last));
    // "... and said that ...": a second report with its own clause goes on the cue's subject whatever the content's
    // tense; in another tense than the cue's, when it is not the content's own tense either ("agrees X is ... and said "...").
    const cuts = secondTense === tense ? contentTense !== tense || reports : reports && secondTense !== null && contentTense !== null && secondTense !== contentTense;
    if (cuts) return endBefore(i);
  }
  return [start, end];
}

/** "and said, "..."": a comma or colon, then an opening quote mark. */
function quoteAfterMark(view: SentenceView, at: number): boolean {
  const mark = view.tokens[at]?.value;
  return (mark === ',' || mark === ':') && at + 2 < view.last && isQuoteMark(view.tokens[at + 1]!);
}

type Tense = 'past' | 'present';

/**
 * The tense of the verb group whose verb stands at `verb`: its own form, or its auxiliary's
 * ("is telling", "has said"); a base form right after its subject is present ("they say"). Null
 * for a base form after "to", a modal or "and".
 */
function verbGroupTense(tokens: Token[], verb: number, floor: number): Tense | null {
  const token = tokens[verb]!;
  const own = verbTense(token);
  if (own !== null) return own;
  let before = verb - 1;
  while (before >= floor && (tokens[before]!.pos === 'ADV' || tokens[before]!.lower === 'not')) before -= 1;
  const previous = before >= floor ? tokens[before] : undefined;
  if (previous?.pos === 'AUX') return verbTense(previous);
  if (!isVerbLike(token) || token.lower.endsWith('ing') || token.lower !== token.lemma) return null;
  return previous !== undefined && SUBJECT_ENDS.has(previous.pos) ? 'present' : null;
}

/** Tags a subject may end with right before its verb. */
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The tense a finite verb's form shows: "said", "has" -> present / past, or null for a base form or participle in -ing. */
function verbTense(token: Token): Tense | null {
  if (!isVerbLike(token) || token.lower.endsWith('ing')) return null;
  if (PAST_AUXILIARIES.has(token.lower)) return 'past';
  if (PRESENT_AUXILIARIES.has(token.lower)) return 'present';
  if (token.lower === token.lemma) return null;
  return token.lower.endsWith('s') ? 'present' : 'past';
}

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(pastAuxiliaries);
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(presentAuxiliaries);

/** Words after which an opening quote mark starts a title, not a speaker's words: "in an interview with "Fox News Sunday"". */
const TITLE_LEADS = new Set(['ADP', 'DET']);

/** When the quote mark at `mark` opens a quoted title, the index just after its closing mark; -1 otherwise. */
export function titleQuoteEnd(view: SentenceView, mark: number): number {
  const before = view.tokens[mark - 1];
  if (mark <= view.first || before === undefined || !(TITLE_LEADS.has(before.pos) || isPossessiveMarker(before))) return -1;
  const inside = view.quoteOf[mark + 1] ?? -1;
  if (inside < 0) return -1;
  const close = view.quotes[inside]!.close;
  return isTitleCased(view.tokens, mark + 1, close) ? close + 1 : -1;
}

/** "The Harbour Hour", "Meet the Press": every word capitalised but short function words (numbers and marks aside). */
export function isTitleCased(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i += 1) {
    const token = tokens[i]!;
    if (!LETTER.test(token.value)) continue;
    words += 1;
    if (!startsUppercase(token) && !(i > from && TITLE_FUNCTION_WORDS.has(token.lower))) return false;
  }
  return words > 0;
}

const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(titleFunctionWords);

const OCCASION_NOUNS: ReadonlySet<string> = new Set(occasionNouns);
const OCCASION_PREPOSITIONS = new Set(['at', 'during']);
/** The words an object's noun phrase may end with before a time or occasion phrase. */
const ENDS_PHRASE = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** How far an occasion's noun may stand from its preposition: "at a packed victory rally". */
const MAX_OCCASION_LEAD = 5;

/**
 * "thanked his supporters at a rally in Vermont", "praised the plan last week": when a cue's
 * content is its object (no clause), a time or occasion at its end tells when the cue's act
 * happened, not what was said, so the content stops before it.
 */
export function withoutTrailingCircumstance(view: SentenceView, [start, end]: Range): Range {
  if (opensAnyClause(view, start) || hasVerb(view.tokens, [start, end])) return [start, end];
  for (let k = start + 1; k < end; k += 1) {
    if (view.quoteOf[k]! >= 0 || isQuoteMark(view.tokens[k]!)) return [start, end];
    // "a fun weekend": a time word inside the noun phrase is part of it.
    if (!ENDS_PHRASE.has(view.tokens[k - 1]!.pos)) continue;
    if (isFrontedTimePhrase(view.tokens, k, end) || (opensOccasion(view, k, end) && !namesAnEvent(view.tokens[k - 1]!))) return [start, k];
  }
  return [start, end];
}

const EVENT_NOUNS: ReadonlySet<string> = new Set(eventNouns);

/** "the shooting at a rally", "the meeting at the summit": an event's noun, which an occasion may place. */
function namesAnEvent(token: Token): boolean {
  return token.lower.endsWith('ing') || EVENT_NOUNS.has(token.lower);
}

/** "at a victory rally in his home state", "during the debate": an occasion phrase running to `end`. */
function opensOccasion(view: SentenceView, k: number, end: number): boolean {
  if (!OCCASION_PREPOSITIONS.has(view.tokens[k]!.lower)) return false;
  for (let i = k + 1; i < Math.min(end, k + 1 + MAX_OCCASION_LEAD); i += 1) if (OCCASION_NOUNS.has(view.tokens[i]!.lower)) return true;
  return false;
}
