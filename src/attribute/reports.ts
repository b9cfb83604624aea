/** The frame rules for a cue with its source: headline, question, "according to", parenthetical, inverted, leading, coordinated and shared-subject frames. */

import { isInWordHyphen, startsUppercase, type Token } from '../document.js';
import { isReportMedium, type CueMatch } from './cues.js';
import { isQuoteMark } from './quotes.js';
import { asClauseCues, clauseOnlyCues, cuesNeedingClause, invertingCues, preferenceCues, researchNouns } from '../lexicons/cues.js';
import { headlineAddressWords, headlineGroupNouns, lineLabels } from '../lexicons/speakers.js';
import { PARTICIPLE_ENDING } from '../regex.js';
import {
  CONNECTIVE_ADVERBS,
  headlineVerbAt,
  isAddresseeCue,
  isShareOfPeople,
  isGerund,
  endsOnShareWord,
  isPossessiveMarker,
  isPossessivePronoun,
  isRelativePronoun,
  isSpeakerLike,
  isQuantifierSubject,
  isCountingWord,
  isTimeWord,
  namesTime,
  isFiniteVerbLike,
  isNegation,
  isParticipleBeforeAdjunct,
  isLinkedAdjective,
  isNominal,
  isReducedRelative,
  hasVerb,
  isVerbLike,
  OBJECT_POS,
  opensSpeechTopic,
  phraseStartingAt,
  skipForwardOverModifiers,
  type Range,
} from './phrases.js';
import {
  beforeTrailingMedium,
  CLAUSE_BREAKS,
  clauseBreakAfter,
  closeOfClause,
  closesQuoteBefore,
  closesQuoteOnComma,
  contentEnd,
  contentStartAfter,
  deniesSaying,
  followsSpeakersQuote,
  beforeWritersAddition,
  coordinatedCueAfterObject,
  COORDINATORS,
  hasQuoteMark,
  isBareAdjunct,
  isClauseWord,
  isConjunction,
  isSubordinator,
  isFiniteCue,
  isInflectedCue,
  isNameWord,
  isOnlyModifiers,
  isBePassive,
  isPassive,
  DASHES,
  isShouted,
  isTimeSpanAdjunct,
  nextClauseBreak,
  nextQuoteMark,
  onlyCircumstanceBetween,
  opensAnyClause,
  opensClause,
  opensReportedClause,
  reportedClauseEnd,
  startsWithQuote,
  thatClauseAfterCircumstance,
  endOfFrontedSubordinate,
  quoteEndsUtterance,
  titleQuoteEnd,
  isLoneParticipleClause,
  isLoneSubordinateClause,
  trimBreaks,
  afterLastClauseJoin,
  isFrontedSubordinateClause,
  openingSubordinator,
} from './clauses.js';
import { cutContentAt, frame, type Frame, type SentenceView } from './frames.js';
import { mainClauseSubject, secondaryStart } from './participles.js';
import { gapPronounBefore, hiddenAntecedent, inRelativeAside, isRelativeWord, relativeReportEnd, withoutRelativeDeterminer } from './relatives.js';
import {
  documentSubject,
  isNounPhrase,
  OBJECT_PRONOUNS,
  looseSubjectBefore,
  opensLooseClause,
  opensSubject,
  pastLinkedPhrases,
  skipBackOverBrackets,
  speakerPronounOrGroup,
  subjectBefore,
  WH_DETERMINERS,
  withApproximation,
} from './subjects.js';


const MAX_HEADLINE_SOURCE = 5;
/** The most words before a headline's colon when a quote follows it: "Allen Slams Harbour Board Chair: '...'". */
const MAX_QUOTED_HEADLINE_SOURCE = 8;

/** Words that open what someone was asked: "Asked whether ...", "when asked about ...", "Asked by X to ...". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'who', 'whom', 'how', 'why', 'when', 'where', 'which', 'about', 'to', 'by']);
/** Subordinators before a bare "asked": "When asked whether ...", "if asked about ...". */
const QUESTION_SUBORDINATORS = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'while']);

export const QUESTION_RULE = 'attribute/question';

/**
 * "Asked whether the pier is safe, the mayor said ...", "..., she said when asked about the
 * pier.": a participle "asked" with no subject of its own reports the question put to the
 * speaker, with no source (or the asker after "by"); the question runs to its clause's end.
 */
export function questionFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  const asked = tokens[cue.first]!;
  if (cue.lemma !== 'ask' || asked.lower !== 'asked') return null;
  const before = tokens[cue.first - 1];
  if (cue.first !== view.first && !(before && QUESTION_SUBORDINATORS.has(before.lower) && view.quoteOf[cue.first - 1]! < 0)) return null;
  const opener = questionOpenerAfter(view, cue.last);
  if (opener < 0) return null;
  const next = tokens[opener]!;
  let source: Range | null = null;
  let from = next.lower === 'about' ? opener + 1 : opener;
  if (next.lower === 'by') {
    const askerEnd = phraseStartingAt(tokens, opener + 1, view.last);
    if (askerEnd <= opener + 1) return null;
    source = [opener + 1, askerEnd];
    from = askerEnd;
  }
  // "Asked on Monday by Tom Hunt whether ...": the asker may stand among the time and place before the question.
  for (let i = cue.last; i < opener && !source; i += 1) {
    if (tokens[i]!.lower !== 'by') continue;
    const askerEnd = phraseStartingAt(tokens, i + 1, opener);
    if (askerEnd > i + 1) source = [i + 1, askerEnd];
  }
  const content = trimBreaks(tokens, [from, nextClauseBreak(view, from)]);
  // "she would serve if asked to.": an opener alone is no question.
  if (content[1] - content[0] < 2) return null;
  return frame(view, source, cue, [content], QUESTION_RULE);
}

/**
 * Where the question after a bare "asked" opens: right after it ("Asked whether ..."), or past a time
 * or a place ("Asked on Monday whether ...", "Asked at a briefing in Port Ellis about ..."); -1 if none.
 */
function questionOpenerAfter(view: SentenceView, from: number): number {
  const { tokens } = view;
  const first = tokens[from];
  if (!first || from >= view.last) return -1;
  if (QUESTION_OPENERS.has(first.lower)) return from;
  if (first.pos !== 'ADP' && first.pos !== 'ADV' && !isTimeWord(first.lower)) return -1;
  for (let i = from + 1; i < view.last && i <= from + MAX_QUESTION_CIRCUMSTANCE; i += 1) {
    const token = tokens[i]!;
    if (opensQuestionAfterCircumstance(tokens, i)) return i;
    if (isVerbLike(token) || token.pos === 'PUNCT' || view.quoteOf[i]! >= 0) return -1;
  }
  return -1;
}

/**
 * After a time or a place, only these open the question: "where", "when", "which" and "who" there open a
 * relative clause ("Asked in May when she was mayor"); "about" after a preposition or before a number is
 * "approximately" ("Asked at about noon").
 */
function opensQuestionAfterCircumstance(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  if (word === 'about') return tokens[i - 1]!.pos !== 'ADP' && tokens[i + 1]?.pos !== 'NUM';
  return QUESTIONS_AFTER_CIRCUMSTANCE.has(word);
}

const QUESTIONS_AFTER_CIRCUMSTANCE: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what']);

/** The most words of time and place between "asked" and its question: "on Monday in Port Ellis". */
const MAX_QUESTION_CIRCUMSTANCE = 8;

/**
 * "Clinton slammed the shift and accused Sanders of ...", "He said ... and said ...": a cue
 * after "and" or "but" shares the subject of the nearest earlier cue, whose content ends there.
 */
export function sharedSubjectFrame(view: SentenceView, cue: CueMatch, found: Frame[]): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || tokens[cue.first]!.lower.endsWith('ing') || isPassive(view, cue)) return null;
  // "human rights and shared democratic values": a participle before an adjective modifies a noun.
  if (tokens[cue.last]?.pos === 'ADJ') return null;
  let joiner = cue.first - 1;
  while (joiner > view.first && (tokens[joiner]!.pos === 'ADV' || tokens[joiner]!.pos === 'AUX' || tokens[joiner]!.lower === 'not')) joiner -= 1;
  if (joiner <= view.first || !COORDINATORS.has(tokens[joiner]!.lower) || view.quoteOf[joiner]! >= 0) return null;
  const earlier = found
    .filter((other) => other.source && other.cue && other.cue.kind !== 'source' && other.cue.last <= joiner && !other.hidden)
    .sort((a, b) => b.cue!.last - a.cue!.last)[0];
  // "said he was not ready, and suggested that ...", "says ... and says ...": a comma before the joiner, or the same cue again, goes back to the main verb.
  if (!earlier) return null;
  // "... expressed concern about X and said ...": the earlier content, a bare object, already ends at the joiner.
  const endsAtJoiner = earlier.content.some(([, end]) => end === joiner || (end === joiner - 1 && tokens[end]!.value === ','));
  const backToMain = tokens[joiner - 1]?.value === ',' || cue.lemma === earlier.cue!.lemma || endsAtJoiner;
  if (!backToMain && hasSubjectBetween(view, earlier.cue!.last, joiner)) return null;
  const from = contentStartAfter(view, cue.last);
  const content = trimBreaks(tokens, [from, secondaryStart(view, from) ?? reportedClauseEnd(view, from)]);
  if (content[1] <= content[0] || (cue.kind === 'speech' && isBareAdjunct(view, content))) return null;
  const comma = tokens[joiner - 1]?.value === ',' ? joiner - 1 : joiner;
  for (const other of found) cutContentAt(other, comma);
  const shared = frame(view, earlier.source, cue, [content], 'attribute/shared-subject');
  shared.inherits = earlier.inherits ?? earlier;
  return shared;
}

/** Whether a clause with a subject of its own opens between two tokens: "said the pier is safe and ...". */
function hasSubjectBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const token = view.tokens[i]!;
    if (token.lower === 'that' || token.lower === 'who' || token.lower === 'which' || view.quoteOf[i]! >= 0) continue;
    if (token.pos === 'PRON' && speakerPronounOrGroup(token.lower)) return true;
    if (isFiniteVerbLike(token) && view.tokens[i - 1]!.lower !== 'to' && !isParticipleInNounPhrase(view.tokens, i)) return true;
  }
  return false;
}

/** "her bruised forearm", "a revised plan": a participle between a determiner and its noun. */
function isParticipleInNounPhrase(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const opensPhrase = before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || isPossessivePronoun(before.lower));
  return PARTICIPLE_ENDING.test(tokens[i]!.lower) && opensPhrase && after !== undefined && isNominal(after);
}

/** "MOFA: China-U.S. authorities resume ..." — a short name before a colon in a headline. */
export function headlineFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  // A transcript's turn, "WALLACE: Let's start ...", may open any paragraph, after a quote mark.
  let first = view.first;
  while (first < view.last && isQuoteMark(tokens[first]!)) first += 1;
  for (let i = first + 1; i <= first + MAX_QUOTED_HEADLINE_SOURCE && i < view.last; i += 1) {
    const token = tokens[i]!;
    if (token.value !== ':') continue;
    const source: Range = view.headline ? headlineSpeaker(view, first, i) : [first, i];
    // "Allen Slams Harbour Board Chair: 'You Should Resign'": before a quote, the whole line up to the colon speaks.
    if (view.headline && opensHeadlineQuote(tokens[i + 1]) && startsUppercase(tokens[source[0]]!) && !isLineLabel(view, source) && !hasCueWithin(view, source)) {
      return frame(view, source, null, [[i + 1, contentEnd(view)]], 'attribute/headline-colon');
    }
    // "Rep. Ann Hunt (D-N.Y.): ...": a bracket after the name is part of the source, not of its name.
    const nameEnd = view.headline ? source[1] : skipBackOverBrackets(tokens, source[1], source[0]);
    // "Ann Hunt (who chairs the board): ...": a bracket with a clause in it is no label of the name.
    if (nameEnd < source[1] && (hasVerb(tokens, [nameEnd, source[1]]) || tokens.slice(nameEnd, source[1]).some((t) => isRelativePronoun(t.lower)))) return null;
    if (nameEnd > source[0] + MAX_HEADLINE_SOURCE) return null;
    const words = tokens.slice(source[0], nameEnd);
    // "Allen camp: ...", "Gazette editorial: ...": in a headline a group's or a paper's noun may follow the name ("Storm damage: ..." is a topic).
    const named = words.every((t, k) => (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || isNameWord(t)) && (startsUppercase(t) || (view.headline && k > 0 && HEADLINE_GROUP_NOUNS.has(t.lower))));
    // "WALLACE: ...", or a name at a paragraph's start: "Clinton: ...", "Q: ...".
    // A name and a colon before a quote speak anywhere a sentence opens: "... last week. Tom Hunt: "The pier ..."".
    const turn = words.every((t) => isShouted(t.value)) || ((opensParagraph(view, first) || (i + 1 < view.last && isQuoteMark(tokens[i + 1]!))) && words.every((t) => t.pos === 'PROPN' || isNameWord(t)) && opensTurn(tokens[i + 1]));
    if (!named || (!view.headline && !turn) || isLineLabel(view, source) || (!view.headline && !hasVerb(view.tokens, [i + 1, contentEnd(view)]))) return null;
    // "Said Ellis: ...": a cue before the colon makes an inverted report, not a speaker's label.
    if (view.matchCue(tokens, source[0], source[1])) return null;
    return frame(view, source, null, [[i + 1, contentEnd(view)]], view.headline ? 'attribute/headline-colon' : 'attribute/transcript-turn');
  }
  return null;
}

const HEADLINE_ADDRESS_WORDS: ReadonlySet<string> = new Set(headlineAddressWords);
const HEADLINE_GROUP_NOUNS: ReadonlySet<string> = new Set(headlineGroupNouns);

/**
 * Who speaks before a headline's colon: the words from `first` to the colon, past a label in
 * capitals and a dash ("EXCLUSIVE – Ruth Allen: ..."), and, before a quote, up to "to" or "on"
 * ("Allen On The Pier: '...'"; without the quote, "Focus on the Harbour: ..." is a topic).
 */
function headlineSpeaker(view: SentenceView, first: number, colon: number): Range {
  const { tokens } = view;
  let label = first;
  while (label < colon - 1 && isShouted(tokens[label]!.value)) label += 1;
  const start = label > first && label < colon - 1 && DASHES.has(tokens[label]!.value) ? label + 1 : first;
  if (!opensHeadlineQuote(tokens[colon + 1])) return [start, colon];
  for (let k = start + 1; k < colon - 1; k += 1) if (HEADLINE_ADDRESS_WORDS.has(tokens[k]!.lower) && tokens[k]!.pos === 'ADP') return [start, k];
  return [start, colon];
}

/** Whether a cue stands anywhere in the range: "Mayor Says Port Must Close: '...'" is an inverted report, not a label. */
function hasCueWithin(view: SentenceView, [start, end]: Range): boolean {
  for (let k = start; k < end; k += 1) if (view.matchCue(view.tokens, k, end)) return true;
  return false;
}

/** Headlines quote with single marks as often as double ones: "Ted Allen: ‘...’". */
const HEADLINE_SINGLE_QUOTES = new Set(['‘', "'"]);

function opensHeadlineQuote(token: Token | undefined): boolean {
  return token !== undefined && (isQuoteMark(token) || HEADLINE_SINGLE_QUOTES.has(token.value));
}

/** "CORRECTION:", "Video Transcript:": a label, not a speaker. */
function isLineLabel(view: SentenceView, [start, end]: Range): boolean {
  const words = view.tokens.slice(start, end).map((token) => token.lower);
  return LINE_LABELS.has(words.join(' ')) || LINE_LABELS.has(words.join(''));
}

/** A turn's words open like a sentence: "Allen: We will ...", "Q: “Did you ...". */
function opensTurn(token: Token | undefined): boolean {
  return token !== undefined && (isQuoteMark(token) || startsUppercase(token));
}

/** Whether `i` is the first word of its paragraph. */
function opensParagraph(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  return before === undefined || before.type === 'tabCRLF';
}

/** "According to the spokesperson, ..." and "..., according to officials." */
export function accordingToFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  let sourceEnd = isLonePronounAt(view, cue.last) ? cue.last + 1 : invertedSourceEnd(tokens, cue.last, view.last);
  // "according to" itself marks its object as the source: exit polls, show insiders, a complaint;
  // one wink tags oddly ("the Associated/VERB Press", "people/VERB in attendance") runs to its clause's end.
  // "according to her "clawback" plan": a quoted name inside the phrase stops the noun phrase, not the object.
  if (!isNounPhrase(tokens, [cue.last, sourceEnd]) || endsOnDeterminerBeforeQuote(tokens, sourceEnd)) sourceEnd = objectToClauseEnd(view, cue.last);
  if (sourceEnd < 0) return null;
  const source: Range = [cue.last, sourceEnd];
  // "According to exit polls conducted for the networks, ...": opening its clause, the source runs to the comma.
  const opensClause = cue.first === view.first || tokens[cue.first - 1]!.value === ',';
  const comma = opensClause ? commaWithin(view, sourceEnd, MAX_SOURCE_TAIL) : -1;
  if (comma > sourceEnd) source[1] = sourceEnd = comma;
  const end = contentEnd(view);
  const pieces: Range[] = [];
  const before = trimBreaks(tokens, [view.first, cue.first]);
  // "But HarperCollins declined ..., according to ...": the sentence's linking word is the writer's, not the source's.
  // "Meanwhile, her ratings fell, according to ...": so is a connective adverb and its comma.
  const linking = COORDINATORS.has(tokens[before[0]]?.lower ?? '') || (CONNECTIVE_ADVERBS.has(tokens[before[0]]?.lower ?? '') && tokens[before[0] + 1]?.value === ',');
  if (before[1] > before[0] && linking) before[0] = before[0] + 1 < before[1] ? trimBreaks(tokens, [before[0] + 1, before[1]])[0] : before[1];
  if (before[1] > before[0]) pieces.push(before);
  const after = trimBreaks(tokens, [sourceEnd, end]);
  // "..., according to Ann Lee, an analyst at ...": after a whole clause, an aside on the source is no content.
  const aside = pieces.length > 0 && hasVerb(tokens, before) && tokens[sourceEnd]?.value === ',' && after[1] > after[0] && isSourceAside(view, after[0]);
  // "..., according to a study by economists at Duke": after the content, the rest names the source.
  const continuesSource = after[0] === sourceEnd && !hasQuoteMark(view, after);
  if (after[1] > after[0] && pieces.length > 0 && continuesSource) source[1] = after[1];
  else if (after[1] > after[0] && !aside) pieces.push(after);
  if (pieces.length === 0) return null;
  return frame(view, source, cue, pieces, 'attribute/according-to');
}

/**
 * Whether what follows an "according to" source after its comma is an aside on it, no clause of its
 * own: an apposition ("Ann Lee, an analyst at ...") or a relative clause ("..., who ran the poll");
 * the attribute stage's withSourceAside then takes it into the source, as PolNeAR marks it. Not a
 * conjunction or subordinator ("..., although the ferry did well"), nor a verb.
 */
function isSourceAside(view: SentenceView, start: number): boolean {
  const first = view.tokens[start]!;
  if (isConjunction(first) || isSubordinator(first.lower) || first.pos === 'VERB' || first.pos === 'AUX') return false;
  return isRelativePronoun(first.lower) || !opensLooseClause(view, start);
}

/** How far past its noun phrase the source of an opening "According to ..." may run to its comma. */
const MAX_SOURCE_TAIL = 20;

/**
 * The end of a preposition's object that runs to a clause break or the sentence's end, with
 * a noun in it or a word wink reads as a verb ("people/VERB"); -1 if it does not.
 */
function objectToClauseEnd(view: SentenceView, start: number): number {
  const { tokens } = view;
  let nominal = false;
  let i = start;
  for (; i < view.last && i - start < MAX_SOURCE_TAIL; i += 1) {
    const token = tokens[i]!;
    // "according to her "clawback" plan": a short quoted name inside the object is part of it.
    if (isQuoteMark(token) || view.quoteOf[i]! >= 0) {
      if (isQuotedNameAt(view, i)) continue;
      break;
    }
    if (isBreakOrStop(token)) break;
    // "recent polling": a gerund after a modifier is a noun.
    nominal ||= isNominal(token) || (token.pos === 'VERB' && (!token.lower.endsWith('ing') || tokens[i - 1]!.pos === 'ADJ'));
  }
  const atBreak = i >= view.last || isBreakOrStop(tokens[i]!);
  return nominal && atBreak && i > start ? i : -1;
}

/** A clause break or a full stop: where a preposition's object may end. */
function isBreakOrStop(token: Token): boolean {
  return CLAUSE_BREAKS.has(token.value) || token.value === '.';
}

/** "her | "clawback" plan": a phrase cut at a quote mark right after its determiner or possessive. */
function endsOnDeterminerBeforeQuote(tokens: Token[], end: number): boolean {
  const last = tokens[end - 1];
  return last !== undefined && tokens[end] !== undefined && isQuoteMark(tokens[end]!) && (last.pos === 'DET' || isPossessivePronoun(last.lower));
}

/** "according to him,", "according to them.": a pronoun that is the whole object (not "according to her plan"). */
function isLonePronounAt(view: SentenceView, at: number): boolean {
  const after = view.tokens[at + 1];
  return OBJECT_PRONOUNS.has(view.tokens[at]?.lower ?? '') && (at + 1 >= view.last || after === undefined || isBreakOrStop(after));
}

/** The most words of a quoted name inside a phrase: "the "Medicare for all" document". */
const MAX_QUOTED_NAME = 6;

/**
 * Whether the token at `i` is a quote mark or a word of a quote of at most MAX_QUOTED_NAME tokens that a noun
 * follows, a name inside the phrase ("her "clawback" plan"), not words at its end ("people in attendance "for sure."").
 */
function isQuotedNameAt(view: SentenceView, i: number): boolean {
  const quote = view.quotes[view.quoteOf[i]!] ?? view.quotes.find((found) => found.open === i || found.close === i);
  if (quote === undefined || quote.close - quote.open - 1 > MAX_QUOTED_NAME) return false;
  const after = view.tokens[quote.close + 1];
  return quote.close + 1 < view.last && after !== undefined && isNominal(after);
}

/** The first comma outside quotes in [from, from + reach) before any quote mark, or -1. */
function commaWithin(view: SentenceView, from: number, reach: number): number {
  for (let i = from; i < Math.min(view.last, from + reach); i += 1) {
    const token = view.tokens[i]!;
    if (isQuoteMark(token) || view.quoteOf[i]! >= 0) return -1;
    if (token.value === ',') return i;
  }
  return -1;
}

/**
 * `"...," his colleague wrote on Facebook`: right after a quote closed on a comma, question or
 * exclamation mark, any noun phrase may speak through an inflected cue, as at the sentence's
 * end (not `the ''Stronger Together'' slogan shared by`).
 */
function subjectAfterQuote(view: SentenceView, cue: CueMatch): Range | null {
  if (!isInflectedCue(view.tokens[cue.first]!)) return null;
  const subject = documentSubject(view, cue);
  return subject && closesQuoteBefore(view, subject[0]) && quoteEndsUtterance(view, subject[0]) ? subject : null;
}

/** The most tokens before a cue's clause that splits a sentence, taken into its content: "In any case, she said, ...". */
const MAX_SPLIT_OPENING = 3;

/**
 * A cue in a clause of its own after (or between) the content:
 * "..., Wang stressed.", "..., said Smith.", "\"A,\" she said, \"B.\""
 */
export function parentheticalFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  // "Hunt, a diver who described herself as cautious, said ...": a relative clause in an aside reports no parenthetical.
  if (inRelativeAside(view, cue)) return null;
  const subject = parentheticalSubject(view, cue);
  let source: Range | null = null;
  let clauseStart = -1;
  let tailStart = cue.last;
  // "praised the plan, which voters rejected.": a relative clause's verb after a comma closes no report.
  const relativeAfterComma = subject !== null && isRelativePronoun(tokens[subject[0]]!.lower) && tokens[subject[0] - 1]?.value === ',';
  if (subject && opensClause(view, subject[0]) && !relativeAfterComma) {
    source = subject;
    clauseStart = subject[0];
    // `"...," Mr. Obama said on Saturday at the gala in Washington, where ...`: after a quote, the rest is circumstance,
    // up to a second claim (", adding that ...").
    if (closesQuoteBefore(view, clauseStart)) {
      const quote = nextContinuingQuote(view, cue.last);
      const secondary = secondaryStart(view, cue.last);
      tailStart = secondary !== null && secondary < quote ? cue.last : quote;
    }
  } else if (opensClause(view, cue.first) && !view.tokens[cue.first]!.lower.endsWith('ing') && INVERTING_CUES.has(cue.lemma)) {
    // Only a finite verb inverts ("..., said Smith."); ", citing a report" is a participle with an object.
    const afterCue = skipForwardOverModifiers(tokens, cue.last, view.last);
    let objectEnd = invertedSourceEnd(tokens, afterCue, view.last);
    // After a closing quote, any noun phrase may speak: "..., wrote a supporter who ...", "..., said one of two witnesses".
    const afterQuote = closesQuoteBefore(view, cue.first) && isNounPhrase(tokens, [afterCue, objectEnd]);
    // "..., says a source involved in the talks.": the participle's phrase is part of the speaker.
    if (afterQuote && objectEnd < view.last && isReducedRelative(tokens, objectEnd)) objectEnd = clauseBreakAfter(view, objectEnd);
    if (objectEnd > afterCue && (afterQuote || isSpeakerLike(tokens, [afterCue, objectEnd]) || isPeopleCount(tokens, [afterCue, objectEnd]))) {
      source = [afterCue, objectEnd];
      clauseStart = cue.first;
      tailStart = objectEnd;
    }
  }
  if (!source) return null;
  const clauseEnd = closeOfClause(view, tailStart);
  // "..., the poll shows a lead.": a bare object after the cue makes a leading report, not a parenthetical.
  if (clauseEnd < 0 || (clauseStart === source[0] && hasObjectAfter(view, cue, clauseEnd, followsSpeakersQuote(view, clauseStart)))) return null;
  const before = trimBreaks(tokens, [view.first, clauseStart]);
  const rest = trimBreaks(tokens, [clauseEnd, contentEnd(view)]);
  const continues = holdsWord(tokens, rest) && (startsWithQuote(view, rest[0]) || continuesPredicate(view, clauseEnd) || (clauseStart === source[0] && ((tokens[clauseEnd]?.value === ',' && opensReportedClause(view, rest[0])) || continuesSentence(view, clauseEnd, rest))));
  // "While Lee admitted that ..., he claimed they had never met", "After Hunt refused to ..., he was criticized by ...": a fronted
  // subordinate clause, with its own report and quotes, only sets the scene for a cue that has words of its own after it.
  // So does one after a clause and its ", and": "He said ..., and when asked ..., he said, “...”".
  if (clauseStart === source[0]) {
    const fronted = afterLastClauseJoin(view, before);
    const setsScene = rest[1] <= rest[0] ? reportsAfterCue(view, cue) : opensQuotedSentence(view, rest[0]) && isNarratedScene(view, fronted);
    if (isFrontedSubordinateClause(view, fronted) && setsScene) return null;
  }
  // "As Allen spoke, the crowd cheered", "When asked, she said, "..."": a fronted subordinate clause only sets the scene,
  // unless the cue splits the reported sentence ("Unless ..., the experts say, the old one could ...").
  const scene = isLoneSubordinateClause(view, before) || (rest[1] > rest[0] && isLoneParticipleClause(view, before));
  if (scene && !(continues && !startsWithQuote(view, rest[0]))) return null;
  // "In May, the poll shows a lead": a fronted adjunct is no content, unless the cue's clause splits the
  // sentence and a clause goes on after it ("But, he added, ...", "In any case, she said, the ...").
  if (before[1] - before[0] < 2 || isBareAdjunct(view, before) || (!continues && isConnectiveAndAdjuncts(view, before))) {
    const splits =
      before[1] > before[0] && before[1] - before[0] <= MAX_SPLIT_OPENING && rest[1] > rest[0] && tokens[clauseEnd]?.value === ',' && !isPassive(view, cue) && !isRelativePronoun(tokens[rest[0]]!.lower) && (continues || opensAnyClause(view, rest[0]));
    return splits ? frame(view, source, cue, [before, rest], 'attribute/parenthetical') : null;
  }
  return frame(view, source, cue, continues ? [before, rest] : [before], 'attribute/parenthetical');
}

/**
 * Before a quote of the speaker's own: a clause that states no condition ("If residents think the fee is too high, Lee
 * said, “I will lower it.”" is what she said) and quotes no words but those of a report of its own ("If the council
 * “keeps dragging its feet,” Lee said, “...”" may be the speaker's; "After Hunt said the pier was “unsafe,” ..." are Hunt's).
 */
function isNarratedScene(view: SentenceView, clause: Range): boolean {
  return !CONDITIONAL_SUBORDINATORS.has(openingSubordinator(view, clause) ?? '') && (!hasQuoteMark(view, clause) || hasCueWithin(view, clause));
}

const CONDITIONAL_SUBORDINATORS = new Set(['if', 'unless', 'once', 'until']);

/** `, she said, “I will ...”`: a quote that opens a sentence of its own, not one that goes on with the words before the cue (`, “the assumption ...”`). */
function opensQuotedSentence(view: SentenceView, start: number): boolean {
  if (!startsWithQuote(view, start)) return false;
  let word = start;
  while (word < view.last && isQuoteMark(view.tokens[word]!)) word += 1;
  return word < view.last && startsUppercase(view.tokens[word]!);
}

/** "he claimed they had ...", "would not speculate about ...": what follows the cue is a reported clause or a topic, not an adjunct or addressee. */
function reportsAfterCue(view: SentenceView, cue: CueMatch): boolean {
  // "said on Tuesday that ...": past the cue's circumstance or addressee to its clause.
  const clause = thatClauseAfterCircumstance(view, cue.last, view.last, cue.lemma);
  return opensReportedClause(view, clause) || view.tokens[cue.last]?.lower === 'about';
}

/** The subject before a parenthetical cue: after a content that the cue's clause closes, splits or follows as a quote. */
function parentheticalSubject(view: SentenceView, cue: CueMatch): Range | null {
  if (closesSentence(view, cue)) return closingClauseSubject(view, cue);
  return subjectBefore(view, cue) ?? (splitsSubject(view, cue) ? looseSubjectBefore(view, cue.first) : subjectAfterQuote(view, cue));
}

/**
 * The subject of a cue whose clause ends the sentence ("..., officials said."): the plain noun
 * phrase before it, else any noun phrase ("..., one slide says."), else a phrase with its
 * modifiers ("..., people close to the mayor say.", "..., divers who work there say."); the
 * first that opens the clause, or null.
 */
function closingClauseSubject(view: SentenceView, cue: CueMatch): Range | null {
  for (const find of [subjectBefore, documentSubject, looseSubjectAt]) {
    const subject = find(view, cue);
    if (subject && opensClause(view, subject[0])) return subject;
  }
  return null;
}

/**
 * Whether nothing but circumstance, or an addressee, follows the cue to the sentence's end:
 * "..., the board said in a statement on Tuesday.", "..., several divers told the Gazette."
 */
function closesSentence(view: SentenceView, cue: CueMatch): boolean {
  const end = contentEnd(view);
  if (onlyCircumstanceBetween(view, cue.last, end)) return true;
  const addressee = isAddresseeCue(cue.lemma) ? phraseStartingAt(view.tokens, cue.last, end) : cue.last;
  return addressee > cue.last && onlyCircumstanceBetween(view, addressee, end);
}

/**
 * The loose subject before the cue, unless it runs two noun phrases together: in ", a claim |
 * the board disputed." the second opens a relative clause without "that", which reports
 * nothing about the clause before the comma.
 */
function looseSubjectAt(view: SentenceView, cue: CueMatch): Range | null {
  const subject = looseSubjectBefore(view, cue.first);
  return subject && !joinsTwoNounPhrases(view.tokens, subject) ? subject : null;
}

/** Whether a lowercase determiner or possessive right after a noun opens a second noun phrase ("a claim | the board"). */
function joinsTwoNounPhrases(tokens: Token[], [start, end]: Range): boolean {
  for (let k = start + 1; k < end; k += 1) {
    const token = tokens[k]!;
    if ((token.pos === 'DET' || isPossessivePronoun(token.lower)) && !startsUppercase(token) && isNominal(tokens[k - 1]!)) return true;
  }
  return false;
}

/**
 * The end of a source named after its cue: a noun phrase with its "of" post-modifiers
 * ("one of two witnesses"), where wink may read a capitalised word as a verb ("said
 * Concord/VERB resident Whit Symms").
 */
function invertedSourceEnd(tokens: Token[], start: number, limit: number): number {
  let end = start;
  if (end < limit && tokens[end]!.pos === 'DET') end += 1;
  // "exit/VERB polls", "Concord/VERB resident": a word before a noun that wink read as a verb.
  while (end < limit && isMisreadModifier(tokens, end, limit)) end += 1;
  end = phraseStartingAt(tokens, end, limit);
  // "said one unaligned/VERB strategist", "said one well-connected diver": a participle or a hyphenated modifier after a
  // number or adjective, before its noun, is inside the phrase.
  if (end > start && end + 1 < limit && isAttributiveParticipleAfter(tokens, end)) end = phraseStartingAt(tokens, end + 1, limit);
  else if (end > start && end + 3 < limit && isInWordHyphen(tokens, end + 1) && ATTRIBUTIVE_BEFORE.has(tokens[end - 1]!.pos) && isNominal(tokens[end + 3]!)) end = phraseStartingAt(tokens, end + 3, limit);
  // "one Democrat familiar/ADJ with the talks": wink folds the adjective into the phrase; its head is the noun before it.
  if (end - 1 > start && isLinkedAdjective(tokens, end - 1)) {
    const next = phraseStartingAt(tokens, end + 1, limit);
    if (next > end + 1) end = next;
  }
  const withOf = pastLinkedPhrases(tokens, start, end, limit, (word) => word === 'of');
  // "said one source on the panel", "said a Democrat in the room": a place after a common noun is part of the speaker,
  // a time or a medium is not ("said Allen on Monday", "said the mayor in a statement").
  if (tokens[withOf - 1]?.pos !== 'NOUN') return withOf;
  const withPlace = pastLinkedPhrases(tokens, start, withOf, limit, (word) => PLACE_PREPOSITIONS.has(word));
  for (let k = withOf; k < withPlace; k += 1) if (isTimeWord(tokens[k]!.lower) || isReportMedium(tokens[k])) return withOf;
  return withPlace;
}

const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'inside', 'within']);

/** "several observers", "a handful of Democrats", "six-million people": a counted group of people, as inverted sources speak. */
function isPeopleCount(tokens: Token[], range: Range): boolean {
  const head = tokens[range[1] - 1]!;
  const first = tokens[range[0]]!;
  const plural = (head.pos === 'NOUN' && head.lower !== head.lemma && !namesTime(head)) || (head.pos === 'PROPN' && head.lower.endsWith('s'));
  // "several observers", "a handful of Democrats": the counting word first, or after an article.
  return plural && (isShareOfPeople(tokens, range) || first.pos === 'NUM' || isCountingWord(first.lower) || isCountingWord(tokens[range[0] + 1]?.lower ?? ''));
}

const ATTRIBUTIVE_BEFORE = new Set(['NUM', 'ADJ', 'DET']);

/** "one unaligned/VERB strategist", "a retired/VERB general": a participle in -ed between a number, adjective or determiner and a noun. */
function isAttributiveParticipleAfter(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return token.pos === 'VERB' && token.lower.endsWith('ed') && ATTRIBUTIVE_BEFORE.has(tokens[i - 1]!.pos) && next !== undefined && isNominal(next);
}

/** "exit/VERB polls", "Will/AUX Hunt": a word wink read as a verb (not a participle) or a capitalised auxiliary right before a noun, inside `limit`. */
function isMisreadModifier(tokens: Token[], i: number, limit: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (i + 1 >= limit || next === undefined) return false;
  // "said Will/AUX Hunt": a capitalised auxiliary before a name is a first name.
  if (token.pos === 'AUX') return startsUppercase(token) && next.pos === 'PROPN';
  return token.pos === 'VERB' && !token.lower.endsWith('ing') && !token.lower.endsWith('ed') && isNominal(next);
}

/**
 * "As the Gazette reported on Friday, the pier is closed.": a clause opened by "as" names
 * the source and cue; what follows its comma is the content.
 */
export function asReportedFrame(view: SentenceView, cue: CueMatch): Frame | null {
  return asFrame(view, cue, true);
}

/**
 * "The pier is unsafe, as the Gazette reported.", "The pier, as Lee has noted, is unsafe.": an "as" clause
 * after a comma reports the clause around it. Another cue of the sentence may hold its main frame ("Divers
 * say the pier is unsafe, as the Gazette reported"), so this is tried after the main frame is found.
 */
export function asClauseFrame(view: SentenceView, cue: CueMatch): Frame | null {
  return asFrame(view, cue, false);
}

/** Where the comma before an "as" clause's frame stands (the closing quote after it, when there is one), or -1. */
export function commaBeforeAsClause(view: SentenceView, found: Frame): number {
  return found.rule === 'attribute/as-reported' && found.source !== null && found.source[0] - 2 > view.first ? found.source[0] - 2 : -1;
}

function asFrame(view: SentenceView, cue: CueMatch, opening: boolean): Frame | null {
  const { tokens } = view;
  // "as it is called", "as he is known": a passive names, it does not report.
  if (cue.kind === 'source' || !hasAsBefore(view, cue) || isPassive(view, cue)) return null;
  const source = subjectBefore(view, cue) ?? documentSubject(view, cue);
  const as = source ? source[0] - 1 : -1;
  if (!source || tokens[as]?.lower !== 'as' || (as === view.first) !== opening) return null;
  // The comma may close a quote before "as": "... is a "lawful source," as a memo put it."
  if (!opening && tokens[as - 1]!.value !== ',' && !closesQuoteOnComma(view, as - 1)) return null;
  // "Stocks fell, as investors worried", "The mayor spoke, as the crowd cheered", "..., Lee said, as she left": a
  // scene beside the clause, not its report; "as they say" is an idiom.
  if (!opening && (!AS_CLAUSE_CUES.has(cue.lemma) || endsOnReport(view, as - 1) || isGenericSaying(view, source, cue))) return null;
  const close = closeOfClause(view, cue.last);
  // "As Allen laid out his plan, the crowd cheered": a cue with its own object reports that object, not the main clause;
  // "(or, as the Gazette called them, ...)" names what was said of them; "as analysts warned of weak demand" its topic.
  if (close < 0 || hasObjectAfter(view, cue, close, true) || takesObjectPronoun(view, cue) || (!opening && hasTopicAfter(view, cue, close))) return null;
  const content = opening ? openingAsContent(view, close) : embeddedAsContent(view, as - 1, close);
  return content ? frame(view, source, cue, content, 'attribute/as-reported') : null;
}

const AS_CLAUSE_CUES: ReadonlySet<string> = new Set(asClauseCues);

/** Whether the words before the comma at `comma` end on a parenthetical report: "..., Lee said, | as ...", "..., Lee told reporters on Monday, | as ...". */
function endsOnReport(view: SentenceView, comma: number): boolean {
  for (let i = Math.max(view.first, comma - MAX_REPORT_TAIL); i < comma; i += 1) {
    const cue = view.matchCue(view.tokens, i, view.last);
    if (cue && cue.last <= comma && parentheticalFrame(view, cue)) return true;
  }
  return false;
}

const MAX_REPORT_TAIL = 8;

/** "..., as they say": a generic "they" or "you" with "say" in the present. */
function isGenericSaying(view: SentenceView, [start, end]: Range, cue: CueMatch): boolean {
  return end - start === 1 && GENERIC_PRONOUNS.has(view.tokens[start]!.lower) && view.tokens[cue.first]!.lower === 'say';
}

const GENERIC_PRONOUNS: ReadonlySet<string> = new Set(['they', 'you', 'people']);

/** Where the predicate after an "as" clause ends: at a parenthetical report (", Lee said."), a coordinated clause (", and ...") or the content's end. */
function asPredicateEnd(view: SentenceView, from: number): number {
  for (let i = from; i < view.last; i += 1) {
    if (view.tokens[i]!.value === ',' && view.quoteOf[i]! < 0 && isConjunction(view.tokens[i + 1]!) && opensReportedClause(view, i + 2)) return i;
    const cue = view.matchCue(view.tokens, i, view.last);
    const tail = cue ? parentheticalFrame(view, cue) : null;
    if (tail?.source) return Math.min(tail.source[0], cue!.first);
  }
  return contentEnd(view);
}

/** "as analysts warned of ...", "as Lee told reporters about ...": a preposition of topic right after the cue (or its addressee). */
function hasTopicAfter(view: SentenceView, cue: CueMatch, close: number): boolean {
  const { tokens } = view;
  let at = skipForwardOverModifiers(tokens, cue.last, close);
  if (isAddresseeCue(cue.lemma) && at < close && tokens[at]!.pos !== 'ADP') at = phraseStartingAt(tokens, at, close);
  return at < close && AS_CLAUSE_TOPICS.has(tokens[at]!.lower);
}

const AS_CLAUSE_TOPICS: ReadonlySet<string> = new Set(['about', 'of', 'over', 'against', 'into', 'upon']);

/** Whether an "as" that may open a report's clause stands before the cue: at the sentence's start or after a comma. */
function hasAsBefore(view: SentenceView, cue: CueMatch): boolean {
  const { tokens } = view;
  for (let i = view.first; i < cue.first; i += 1) {
    if (tokens[i]!.lower === 'as' && (i === view.first || tokens[i - 1]!.value === ',' || closesQuoteOnComma(view, i - 1))) return true;
  }
  return false;
}

/** "As the Gazette reported, | the pier is closed": what follows the clause's comma. */
function openingAsContent(view: SentenceView, close: number): Range[] | null {
  if (close >= view.last || view.tokens[close]!.value !== ',') return null;
  const content = trimBreaks(view.tokens, [close + 1, contentEnd(view)]);
  return content[1] - content[0] < 2 ? null : [content];
}

/**
 * The content of an "as" clause after a comma. At the sentence's end it is the clause before ("The pier
 * is unsafe, as the Gazette reported."); inside the sentence it is the subject before and the predicate
 * after ("The pier, as Lee has noted, | is unsafe"), or only what follows a clause, a fronted phrase or
 * a conjunction before it ("After all, as Lee said, the pier is unsafe"). A clause after it that opens
 * with a conjunction is not part of it ("The pier is unsafe, as Lee said, and the ferry is late").
 */
function embeddedAsContent(view: SentenceView, comma: number, close: number): Range[] | null {
  const { tokens } = view;
  // The clause before the comma starts after the last break that opens one: "..., while most must apply, | the main need is ..."
  let start = view.first;
  for (let i = comma - 1; i > view.first; i -= 1) {
    if (tokens[i]!.value === ',' && view.quoteOf[i]! < 0 && opensReportedClause(view, i + 1)) {
      start = i + 1;
      break;
    }
  }
  while (start < comma && (isConjunction(tokens[start]!) || CONNECTIVE_ADVERBS.has(tokens[start]!.lower) || tokens[start]!.value === ',')) start += 1;
  const before = trimBreaks(tokens, [start, comma]);
  const after = trimBreaks(tokens, [close + 1, asPredicateEnd(view, close + 1)]);
  const hasBefore = before[1] - before[0] >= 2;
  const endsSentence = tokens[close]?.value !== ',' || after[1] <= after[0] || isConjunction(tokens[after[0]]!);
  if (endsSentence) return hasBefore ? [before] : null;
  if (!hasBefore || hasVerb(tokens, before) || tokens[before[0]]!.pos === 'ADP') return after[1] - after[0] >= 2 ? [after] : null;
  return [before, after];
}

/** "as the Gazette called them": an object pronoun right after a cue that takes no addressee. */
function takesObjectPronoun(view: SentenceView, cue: CueMatch): boolean {
  const next = view.tokens[cue.last];
  return next !== undefined && cue.last < view.last && OBJECT_PRONOUNS.has(next.lower) && !isAddresseeCue(cue.lemma);
}

/** "Said Ellis: "...."", "Says the mayor, "...."": a sentence that opens with its cue, then its source and a colon or comma. */
export function invertedOpeningFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.first !== view.first || cue.kind === 'source' || !isInflectedCue(tokens[cue.first]!) || tokens[cue.first]!.lower.endsWith('ing')) return null;
  const sourceEnd = invertedSourceEnd(tokens, cue.last, view.last);
  const mark = tokens[sourceEnd];
  if (sourceEnd <= cue.last || !mark || (mark.value !== ':' && mark.value !== ',') || !isSpeakerLike(tokens, [cue.last, sourceEnd])) return null;
  const content = trimBreaks(tokens, [sourceEnd + 1, contentEnd(view)]);
  if (content[1] <= content[0]) return null;
  return frame(view, [cue.last, sourceEnd], cue, [content], 'attribute/inverted-opening');
}

/**
 * The next quote mark at or after `from` that may go on with the speaker's words: a quoted
 * title inside the cue's clause ("said in an interview with "Fox News Sunday."") is passed.
 */
function nextContinuingQuote(view: SentenceView, from: number): number {
  let quote = nextQuoteMark(view, from);
  while (quote < view.last && quote > from) {
    const end = titleQuoteEnd(view, quote);
    if (end < 0) break;
    quote = nextQuoteMark(view, end);
  }
  return quote;
}

/**
 * `"...," she said three days after the vote`: after a quote, a span of time that is all that follows the cue says when
 * the quoted words came (a parenthetical's); after "Asked when ...," it may be the answer itself.
 */
function isTimeOfQuotedWords(view: SentenceView, cue: CueMatch, source: Range, content: Range): boolean {
  return cue.kind === 'speech' && followsSpeakersQuote(view, source[0]) && isTimeSpanAdjunct(view, content);
}

/** Tags of the words of a fronted connective and its adjuncts: "However, on Monday,", "Still, in a letter to the council,". */
const ADJUNCT_POS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT']);

/**
 * "However, on Monday, the council promised a veto": a connective set off by its comma and a string of adjuncts, with
 * no verb or quote, are no one's words unless the words go on after the cue's clause (in "Still, in May, the council
 * said, the pier closed" the adjuncts open the words the cue splits); "Probably next week, Hunt said" is an answer.
 */
function isConnectiveAndAdjuncts(view: SentenceView, [start, end]: Range): boolean {
  if (!CONNECTIVE_ADVERBS.has(view.tokens[start]!.lower) || view.tokens[start + 1]?.value !== ',') return false;
  for (let i = start; i < end; i += 1) if (!ADJUNCT_POS.has(view.tokens[i]!.pos) || view.quoteOf[i]! >= 0 || isQuoteMark(view.tokens[i]!)) return false;
  return true;
}

/** Whether a range holds a word: a lone closing mark left after the cue's clause ("... a pillow."") is no second piece. */
function holdsWord(tokens: Token[], [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) if (tokens[i]!.pos !== 'PUNCT') return true;
  return false;
}

/**
 * Whether a noun phrase follows the cue inside its clause, other than an addressee ("told
 * reporters") or the object of a time preposition ("said in a Friday interview").
 */
function hasObjectAfter(view: SentenceView, cue: CueMatch, clauseEnd: number, spanOfTimeIsWhen: boolean): boolean {
  const at = skipForwardOverModifiers(view.tokens, cue.last, clauseEnd);
  const word = view.tokens[at];
  if (at >= clauseEnd || word === undefined || isAddresseeCue(cue.lemma)) return false;
  if (view.tokens[at - 1]!.pos === 'ADP' && at > cue.last) return false;
  // "“...,” she said three days after the vote", "as Hunt said a week ago": a span of time is when, not what.
  // (In "Hunt agreed, he also stated a day earlier, “...”" the cue leads its quote.)
  if (spanOfTimeIsWhen && isTimeSpanAdjunct(view, [at, clauseEnd])) return false;
  return OBJECT_POS.has(word.pos) || isPossessivePronoun(word.lower);
}

/**
 * "..., he said, because ...", "..., they say, but he is ...", "..., she said, to make sure ...": after
 * the cue's clause the sentence goes on with a conjunction, an adverb or an infinitive, the rest of
 * what was said. A participle (", he said, adding ..."), a bare adjunct or a source ("according to")
 * is not.
 */
function continuesSentence(view: SentenceView, clauseEnd: number, rest: Range): boolean {
  const { tokens } = view;
  const first = tokens[rest[0]]!;
  if (tokens[clauseEnd]?.value !== ',' && tokens[clauseEnd]?.value !== ';') return false;
  // ", he said, adding ...", ", she said, while arguing ...": a participle is a claim of its own.
  let word = rest[0];
  while (word < rest[1] - 1 && CONTINUING_POS.has(tokens[word]!.pos)) word += 1;
  // ", she said, then left the room", ", he said, visibly angry": the speaker's own act or manner, not what was said.
  const next = tokens[word]!;
  if (word > rest[0] && (isVerbLike(next) || next.pos === 'ADJ')) return false;
  if (isGerund(next)) return false;
  if (isBareAdjunct(view, rest) || view.matchCue(tokens, rest[0], view.last)?.kind === 'source') return false;
  return CONTINUING_POS.has(first.pos) || first.lower === 'to';
}

const CONTINUING_POS = new Set(['CCONJ', 'SCONJ', 'ADV']);

/** Whether a comma at `at` is followed by a verb that goes on the clause before the cue: "The plan, a source said, is to ...". */
function continuesPredicate(view: SentenceView, at: number): boolean {
  const next = view.tokens[at + 1];
  return at + 1 < view.last && view.tokens[at]!.value === ',' && isFiniteVerbLike(next) && view.quoteOf[at + 1]! < 0;
}

/** "The plan, an inside source said, is to ...": a cue between commas that splits its content's subject from its verb. */
function splitsSubject(view: SentenceView, cue: CueMatch): boolean {
  if (cue.kind === 'source' || !isFiniteCue(view, cue)) return false;
  let i = cue.last;
  while (i < view.last && (view.tokens[i]!.pos === 'ADV' || isTimeWord(view.tokens[i]!.lower))) i += 1;
  return continuesPredicate(view, i);
}

const LINE_LABELS: ReadonlySet<string> = new Set(lineLabels);
const CUES_NEEDING_CLAUSE: ReadonlySet<string> = new Set(cuesNeedingClause);
const PREFERENCE_CUES: ReadonlySet<string> = new Set(preferenceCues);
const INVERTING_CUES: ReadonlySet<string> = new Set(invertingCues);

/** "Foreign Ministry spokesperson Wang Wenbin pointed out that ...", "He voiced the hope that ...". */
export function leadingFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  // "Humphrey, who calls Trump a sociopath, said ...": the aside's cue is a relative clause's, not the sentence's.
  if (inRelativeAside(view, cue)) return null;
  // "A statement posted on the website said ...": a participle on the subject's noun, before the clause's own verb.
  if (isParticipleBeforeAdjunct(tokens, cue.first) && reportsAfterAdjunct(view, cue)) return null;
  // "The MOU has been renewed twice": a passive act's subject undergoes it, and no claim is made. (Other
  // passive reports are claims, "Sanders was asked", "Trump has been criticized ...", whose subject findFrames
  // then takes out of the source; before an infinitive, "is expected to", see passives.ts.) "announced by email" is no passive.
  if ((cue.kind === 'commit' || cue.objectType === 'action') && isBePassive(view, cue)) return null;
  const subject = subjectBefore(view, cue) ?? (opensReportedClause(view, cue.last) ? documentSubject(view, cue) : null);
  const after = contentStartAfter(view, cue.last);
  const source = subject && withApproximation(view, withoutRelativeDeterminer(view, subject, cue, after));
  const gap = source ? gapPronounBefore(view, source[0], after, cue) : -1;
  if (!source || (gap < 0 && !opensSubject(view, source[0]))) return null;
  const end = endOfFrontedSubordinate(view, source[0], after, secondaryStart(view, after) ?? coordinatedCueAfterObject(view, after) ?? reportedClauseEnd(view, after));
  const start = thatClauseAfterCircumstance(view, after, end, cue.lemma);
  const content = trimBreaks(tokens, [start, gap >= 0 ? relativeReportEnd(view, gap, start, end) : beforeWritersAddition(view, start, beforeTrailingMedium(view, start, end))]);
  if (content[1] <= content[0]) return introducesNextParagraph(view, cue, source);
  // "Smith said, according to CNN": what follows names who reports the cue, not what was said.
  if (view.matchCue(tokens, content[0], view.last)?.kind === 'source') return null;
  if ((cue.kind === 'speech' && isBareAdjunct(view, content) && !(content[0] === cue.last && opensSpeechTopic(tokens, content[0], content[1]))) || isOnlyModifiers(view, content)) return null;
  if (isTimeOfQuotedWords(view, cue, source, content)) return null;
  // "Clinton maintains a commanding lead": these cues report only a clause.
  // "learned to swim": an infinitive is no clause here.
  if (CLAUSE_ONLY_CUES.has(cue.lemma) && ((!opensAnyClause(view, content[0]) && !opensParticipleClause(view, content[0])) || tokens[content[0]]!.lower === 'to')) return null;
  return frame(view, source, cue, gap >= 0 ? [[gap, gap + 1], content] : [content], 'attribute/leading');
}

const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set(clauseOnlyCues);
const RESEARCH_NOUNS: ReadonlySet<string> = new Set(researchNouns);

/**
 * Whether a noun of research heads the subject: "A 2014 study by Ann Lee", "The new Gazette poll"; not one
 * that modifies or owns the head ("The research team", "The report's author").
 */
export function namesResearch(tokens: Token[], [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    if (RESEARCH_NOUNS.has(token.lower) && token.pos === 'NOUN') return !(i + 1 < end && modifiesNext(tokens[i + 1]!));
    if (token.pos === 'ADP' || token.pos === 'VERB') return false;
  }
  return false;
}

/** A noun, a name or a possessive "'s" after a word makes that word a modifier or an owner: "research | team", "report | 's". */
function modifiesNext(next: Token): boolean {
  return next.pos === 'NOUN' || next.pos === 'PROPN' || isPossessiveMarker(next);
}

/** "found Allen leading Hunt": a noun phrase and a present participle, a clause without a finite verb. */
function opensParticipleClause(view: SentenceView, start: number): boolean {
  const subjectEnd = phraseStartingAt(view.tokens, start, view.last);
  const verb = view.tokens[subjectEnd];
  return subjectEnd > start && verb !== undefined && isGerund(verb);
}

/**
 * "Several party operatives said ...", "Nine in 10 say ...", "The board argued that ...":
 * a finite reporting verb whose subject is any noun phrase, not only a name or a role;
 * PolNeAR marks groups, polls and documents as sources like people.
 */
export function anySubjectFrame(view: SentenceView, cue: CueMatch, main = false): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || !isFiniteCue(view, cue) || isPassive(view, cue)) return null;
  const source = looseSubjectBefore(view, cue.first);
  if (!source) return null;
  const from = contentStartAfter(view, cue.last);
  if (WH_DETERMINERS.has(tokens[source[0] - 1]?.lower ?? '') && !isRelativeWord(view, source[0] - 1, cue, from)) return null;
  const gap = gapPronounBefore(view, source[0], from, cue);
  // "Other polls show a 56% approval rating": in a sentence's main frame, PolNeAR marks a bare object as the content too.
  const bare = !opensLooseClause(view, from);
  const needsClause = CUES_NEEDING_CLAUSE.has(cue.lemma) && !(PREFERENCE_CUES.has(cue.lemma) && (isShareOfPeople(tokens, source) || endsOnShareWord(tokens, source)));
  if (bare && (!main || needsClause || (CLAUSE_ONLY_CUES.has(cue.lemma) && !namesResearch(tokens, source)) || !isFiniteVerbGroup(view, cue) || deniesSaying(tokens[from]))) return null;
  const end = endOfFrontedSubordinate(view, source[0], from, secondaryStart(view, from) ?? reportedClauseEnd(view, from));
  const content = trimBreaks(tokens, [from, gap >= 0 ? relativeReportEnd(view, gap, from, end) : beforeWritersAddition(view, from, Math.min(end, mainVerbAfterObject(view, source, cue, from)))]);
  if (content[1] <= content[0] || isBareAdjunct(view, content) || isTimeOfQuotedWords(view, cue, source, content)) return null;
  return frame(view, source, cue, gap >= 0 ? [[gap, gap + 1], content] : [content], bare ? 'attribute/any-subject-bare' : 'attribute/any-subject');
}

/**
 * "Those who spoke about | the pier | were fined": in a relative clause on the main subject, a cue that ends on its
 * preposition takes a noun phrase, ended by the main clause's finite verb (past a participle on its noun), a
 * conjunction before a verb, or a clause break; where that stands, or the view's end.
 */
function mainVerbAfterObject(view: SentenceView, source: Range, cue: CueMatch, from: number): number {
  const { tokens } = view;
  if (source[1] - source[0] < 2 || !isRelativePronoun(tokens[source[1] - 1]!.lower) || tokens[cue.last - 1]!.pos !== 'ADP') return view.last;
  for (let i = from + 1; i < view.last; i += 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || (isConjunction(token) && isFiniteVerbLike(tokens[i + 1]))) return i;
    if (!isFiniteVerbLike(token) || tokens[i - 1]!.lower === 'to') continue;
    // "the report | published by the board | were fined": a participle on the object's noun, before the main verb.
    if (isParticipleBeforeAdjunct(tokens, i) && finiteVerbFrom(tokens, i + 1, view.last)) continue;
    return i;
  }
  return view.last;
}

/** "an iPhone | used by": a participle in -ed between a name and a preposition. */
function isParticipleOnName(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.pos === 'PROPN' && tokens[i]!.lower.endsWith('ed') && tokens[i + 1]?.pos === 'ADP';
}

/** Whether a finite verb (not an infinitive's) stands in [from, limit), before any conjunction, subordinator or clause break. */
function finiteVerbFrom(tokens: Token[], from: number, limit: number): boolean {
  return finiteVerbAt(tokens, from, limit) >= 0;
}

/** The first finite verb (not an infinitive's) in [from, limit), before any conjunction, subordinator or clause break; -1 if none. */
function finiteVerbAt(tokens: Token[], from: number, limit: number): number {
  for (let i = from; i < limit; i += 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || isConjunction(token) || isSubordinator(token.lower) || token.pos === 'SCONJ') return -1;
    // "a report published by ...", "an iPhone used by ...": a participle on a noun or a name is no finite verb.
    if (isFiniteVerbLike(token) && tokens[i - 1]?.lower !== 'to' && !token.lower.endsWith('ing') && !isParticipleBeforeAdjunct(tokens, i) && !isParticipleOnName(tokens, i)) return i;
  }
  return -1;
}

/**
 * "A statement posted on the website | said ...": the clause's own verb after the participle's phrase is a cue. In
 * "The lawyer argued in court the search | was illegal" the later verb is the reported clause's, and the participle the cue.
 */
function reportsAfterAdjunct(view: SentenceView, cue: CueMatch): boolean {
  const verb = finiteVerbAt(view.tokens, cue.last, view.last);
  return verb >= 0 && view.matchCue(view.tokens, verb, view.last) !== null;
}

/** "Caddell continued:" / "The New York Times reports:" closing a line: the next paragraph is what was said. */
function introducesNextParagraph(view: SentenceView, cue: CueMatch, source: Range): Frame | null {
  const colon = view.tokens[cue.last];
  const next = colon?.value === ':' ? view.nextParagraph() : null;
  if (!next) return null;
  const found = frame(view, source, cue, [next], 'attribute/colon-paragraph');
  found.mode = 'direct';
  return found;
}

/**
 * A cue in the second of two coordinated verbs, or in an infinitive of purpose, shares
 * the sentence's subject: "The two Ministers reviewed cooperation and looked forward to
 * ...", "The President met today with X to reaffirm ...".
 */
export function coordinatedFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  let before = cue.first - 1;
  // "... and has pledged his support", "... and did not say": auxiliaries, adverbs and an auxiliary's negation before
  // the second verb ("and not find fault" is an infinitive's).
  let negated = false;
  while (before > view.first && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'AUX' || (isNegation(tokens[before]!) && tokens[before - 1]!.pos === 'AUX'))) {
    negated ||= isNegation(tokens[before]!);
    before -= 1;
  }
  if (before <= view.first) return null;
  // Headlines coordinate with a bare comma: "Governor vetoes plan, calls on lawmakers to ...".
  const joiner = tokens[before]!.lower;
  if (joiner !== 'and' && joiner !== 'but' && joiner !== 'to' && !(view.headline && joiner === ',')) return null;
  // "refusing to attack his rivals", "declined to criticize": the cue before "to" is the report, this its content.
  if (joiner === 'to' && view.matchCue(tokens, before - 1, view.last)?.last === before) return null;
  const headlineVerb = view.headline ? headlineVerbAt(tokens, view.first, cue.first) : -1;
  const subjectEnd = phraseStartingAt(tokens, view.first, headlineVerb > 0 ? headlineVerb : cue.first);
  let source: Range | null = [view.first, subjectEnd];
  const verb = skipForwardOverModifiers(tokens, subjectEnd, cue.first);
  if (subjectEnd <= view.first || !isSpeakerLike(tokens, source) || (!isVerbLike(tokens[verb]) && !view.headline)) {
    // "Both crews stopped work and said ...", "In May, the mayor closed the pier but said ...", "A reporter for
    // the Gazette spotted her and reported ...": any subject of a finite cue.
    source = (joiner === 'to' && !goesOnBefore(tokens, before)) || view.headline || (!isFiniteCue(view, cue) && joiner !== 'to') ? null : mainClauseSubject(view);
    if (!source || source[1] >= before) return null;
  }
  const start = contentStartAfter(view, cue.last);
  const content = trimBreaks(tokens, [start, secondaryStart(view, start) ?? beforeWritersAddition(view, start, reportedClauseEnd(view, start))]);
  if (content[1] <= content[0] || isOnlyModifiers(view, content)) return null;
  // "X, a diver who has met the mayor and been named a choice, said", "a diver who was arrested and accused of
  // fraud": a passive (or a participle sharing the passive before "and") in a relative clause on the subject leaves
  // the sentence's verb to come.
  if ((isPassiveVerb(view, cue) || sharesPassive(tokens, before, cue)) && isRelativePronoun(tokens[source[1] - 1]!.lower)) return null;
  // "did not say how ...", but "was not found by divers" and "did not find the diver": a negated second verb is no
  // passive, and one of the clause cues takes a clause, a question or an infinitive (its opening word or a clause).
  if (negated && (isPassiveVerb(view, cue) || (takesClauseOnly(cue) && !opensLooseClause(view, content[0]) && !isClauseWord(tokens[content[0]]!.lower)))) return null;
  // "travel to see loved ones": an infinitive of purpose of these cues reports nothing with a bare object.
  if (joiner === 'to' && CUES_NEEDING_CLAUSE.has(cue.lemma) && !opensLooseClause(view, content[0])) return null;
  // "X called on Y, who welcomed A, and underscored B": the second verb is the relative clause's.
  const pronoun = joiner === 'to' ? -1 : reportingRelativeBefore(view, source[1], before);
  const antecedent = pronoun < 0 ? null : hiddenAntecedent(view, pronoun - 1);
  const found = frame(view, antecedent ? [pronoun, pronoun + 1] : source, cue, [content], joiner === 'to' ? 'attribute/purpose' : 'attribute/coordinated');
  found.inherits = antecedent;
  return found;
}

/**
 * "was arrested and accused of": a participle after "and" that shares the passive "be" of the verb before it. One
 * with a clause or an object after it is active: "was interviewed and stated that ...".
 */
function sharesPassive(tokens: Token[], joiner: number, cue: CueMatch): boolean {
  const participle = tokens[joiner - 1];
  const after = tokens[cue.last];
  const passiveTail = after === undefined || (after.pos === 'ADP' && after.lower !== 'that') || tokens[cue.last - 1]!.pos === 'ADP';
  return passiveTail && tokens[cue.first]!.lower.endsWith('ed') && participle !== undefined && participle.lower.endsWith('ed') && tokens[joiner - 2]?.lemma === 'be';
}

/** "was not found by divers": a passive whose verb wink tags as a verb. */
function isPassiveVerb(view: SentenceView, cue: CueMatch): boolean {
  return isPassive(view, cue) && view.tokens[cue.first]!.pos === 'VERB';
}

/** Cues that report only a clause, or need one to report. */
function takesClauseOnly(cue: CueMatch): boolean {
  return CLAUSE_ONLY_CUES.has(cue.lemma) || CUES_NEEDING_CLAUSE.has(cue.lemma);
}

/** "The email goes on to say": "go on" before the infinitive's "to" at `to`, whose subject is any noun phrase's. */
function goesOnBefore(tokens: Token[], to: number): boolean {
  return tokens[to - 1]?.lower === 'on' && tokens[to - 2]?.lemma === 'go';
}

/**
 * A relative pronoun set off by a comma between a subject and the "and" of its second verb,
 * with no clause break but commas in between, when that verb is the relative clause's; -1
 * if none. Without a comma before "and" the verbs coordinate inside the clause ("Weaver,
 * who came out and endorsed Clinton"); after one, only a relative clause that itself reports
 * keeps the verb ("Y, who welcomed A, and underscored B"; but "X met Y, who arrived on
 * Monday, and stressed ..." is X's).
 */
function reportingRelativeBefore(view: SentenceView, from: number, joiner: number): number {
  const { tokens } = view;
  for (let k = joiner - 1; k > from; k -= 1) {
    const token = tokens[k]!;
    if ((CLAUSE_BREAKS.has(token.value) && token.value !== ',') || isQuoteMark(token)) return -1;
    if (!isRelativePronoun(token.lower) || token.lower === 'that' || tokens[k - 1]!.value !== ',') continue;
    if (tokens[joiner - 1]!.value !== ',') return k;
    const verb = skipForwardOverModifiers(tokens, k + 1, joiner);
    return view.matchCue(tokens, verb, joiner) ? k : -1;
  }
  return -1;
}

/**
 * An infinitive of purpose reports through the whole predicate of its subject, as PolNeAR
 * marks such cues: "X will come on the show to talk about", "X went on to name". With no
 * subject before it, its cue starts at "to": "to explain".
 */
export function purposePredicateStart(tokens: Token[], first: number, source: Range | null): number {
  if (tokens[first - 1]?.lower !== 'to') return first;
  if (!source || source[1] >= first - 1) return first - 1;
  if (isPlainPredicate(tokens, source[1], first - 1) || isControlAdjective(tokens, source, first - 1)) return source[1];
  return first - 1;
}

/** Subjects that stand for no party: "It is important to note". */
const EXPLETIVE_SUBJECTS = new Set(['it', 'this', 'that']);

/**
 * "Trump was quick to add", "The House is likely to consider", "have been reluctant to
 * reveal": a party's copula and adjective right before the infinitive belong to its cue, as
 * PolNeAR marks them (8 of 8 such cues on train); after "It is ..." the infinitive stands alone.
 */
function isControlAdjective(tokens: Token[], source: Range, to: number): boolean {
  if (source[1] - source[0] === 1 && EXPLETIVE_SUBJECTS.has(tokens[source[0]]!.lower)) return false;
  let adjective = to - 1;
  if (tokens[adjective]?.lower === 'not') adjective -= 1;
  if (tokens[adjective]?.pos !== 'ADJ') return false;
  // Only the verb group stands between the subject and the adjective: "'s often been careful".
  let copula = false;
  for (let i = source[1]; i < adjective; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'AUX' && token.pos !== 'ADV') return false;
    copula ||= token.lemma === 'be';
  }
  return copula;
}

/** The most words of a predicate a purpose cue takes in: "will come on the program to". */
const MAX_PURPOSE_PREDICATE = 8;

/**
 * A verb's predicate with no punctuation in it: "went on", "used his speech". Not a
 * copula's ("is right to note", "was the first Democrat to endorse"): PolNeAR's cue is
 * then the infinitive alone.
 */
function isPlainPredicate(tokens: Token[], start: number, end: number): boolean {
  if (end - start > MAX_PURPOSE_PREDICATE) return false;
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    if (token.pos === 'PUNCT' || isQuoteMark(token)) return false;
    if (token.lemma === 'be' && tokens[i + 1]?.pos !== 'VERB' && tokens[i + 1]?.pos !== 'ADV') return false;
  }
  return true;
}


/** "registered voters", "the renewed agreement": a participle right after a determiner or before a noun modifies it. */
function isFiniteVerbGroup(view: SentenceView, cue: CueMatch): boolean {
  const before = view.tokens[cue.first - 1];
  const after = view.tokens[cue.last];
  // "The family called on police to ...": a cue of several words (a verb and its particle) is the finite verb, not a modifier.
  const severalWords = cue.last - cue.first > 1;
  const participle = !severalWords && (view.tokens[cue.first]!.lower.endsWith('ed') || view.tokens[cue.first]!.lower.endsWith('ing'));
  // "Some/DET say", "All/DET agreed": a quantifier is the subject of a verb not in -s; "some reports" is a noun phrase.
  const quantifierSubject = before !== undefined && isQuantifierSubject(before.lower) && !view.tokens[cue.first]!.lower.endsWith('s');
  return !((before?.pos === 'DET' && !quantifierSubject) || (participle && after?.pos === 'NOUN' && before?.pos !== 'AUX'));
}
