import type { Token } from '../document.js';
import type { ClaimMode } from '../types.js';
import { isReportMedium, mediumCarrierBefore, type CueMatch, type CueMatcher } from './cues.js';
import { isDoubledMark, isQuoteMark, type Quote } from './quotes.js';
import { aspectualCues, clauseOnlyCues, cuesNeedingClause, secondaryCues } from '../lexicons/cues.js';
import { lineLabels, quantifierSubjects } from '../lexicons/speakers.js';
import { PARTICIPLE_ENDING } from '../regex.js';
import {
  headlineVerbAt,
  isAddresseeCue,
  isPossessiveMarker,
  isPossessivePronoun,
  isSpeakerLike,
  isFrontedTimePhrase,
  isQuantifierSubject,
  isTimeWord,
  isFiniteVerbLike,
  isNominal,
  isRelativePronoun,
  isVerbLike,
  opensClauseAfterThat,
  phraseEndingAt,
  phraseStartingAt,
  rangesOverlap,
  skipBackOverModifiers,
  skipForwardOverModifiers,
  type Range,
} from './phrases.js';

/** One attribution: who (source), by which words (cue), said what (content). */
export interface Frame {
  sentence: number;
  source: Range | null;
  cue: CueMatch | null;
  content: Range[];
  mode: ClaimMode;
  /** The rule that found it, reported as evidence. */
  rule: string;
  /** A frame whose speaker this one takes: the main frame of "..., adding that ...", or the frame that opened a quote. */
  inherits: Frame | null;
  /** The frame's sentence is the headline, whose grammar is clipped ("X to reopen Y"). */
  headline: boolean;
  /** Names a speaker for later sentences but is no claim of its own (a transcript's header). */
  hidden: boolean;
}

/** What the frame rules need to know about one sentence. */
export interface SentenceView {
  index: number;
  first: number;
  last: number;
  headline: boolean;
  tokens: Token[];
  quoteOf: Int32Array;
  quotes: Quote[];
  matchCue: CueMatcher;
  /** The token range of the next paragraph, for a cue that ends its line with a colon ("He said:"). */
  nextParagraph: () => Range | null;
}

const CLAUSE_BREAKS = new Set([',', ';', '—', '–', ':']);
const SECONDARY_CUES: ReadonlySet<string> = new Set(secondaryCues);
const MAX_HEADLINE_SOURCE = 5;
/** No real sentence reports more than a handful of attributions; a cap keeps the output linear in hostile text. */
const MAX_FRAMES_PER_SENTENCE = 8;
/** The longest aside between a subject and its cue: "Kincaid, who trails in most state polls, said". */
const MAX_APPOSITION = 30;
/** Words after which a clause, and so a subject, begins: "shortly after Trump said", "in which he said", "what Wahl said". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'if', 'although', 'though', 'where', 'until', 'which', 'what', 'whom', 'whose', 'than', 'but', 'and', 'or', 'so']);
/** How many tokens may stand after a parenthetical cue before the clause ends (", he said in a statement on Friday"). */
const MAX_CUE_TAIL = 12;

/** Finds the attribution frames of one sentence, main frame first. Returns [] when the sentence attributes nothing. */
export function findFrames(view: SentenceView): Frame[] {
  const main = headlineFrame(view) ?? findMainFrame(view) ?? firstQuestionFrame(view);
  if (!main) return [];
  const frames = [main];
  for (const second of [secondaryFrame(view, main), participleBeforeCue(view, main)]) if (second) frames.push(second);
  for (let k = 0; k < frames.length && frames.length < MAX_FRAMES_PER_SENTENCE; k += 1) {
    const next = nextParticipleInChain(view, frames[k]!);
    if (next) frames.splice(k + 1, 0, next);
  }
  frames.push(...furtherFrames(view, frames));
  return withAntecedents(frames);
}

/**
 * Every other cue of the sentence with a subject of its own: a nested report ("said that
 * the senator had told him ...") or one in a later clause (", though she acknowledged
 * it was unlikely"). A later clause ends the content of the frame it follows.
 */
function furtherFrames(view: SentenceView, found: Frame[]): Frame[] {
  const further: Frame[] = [];
  for (const cue of cuesOutsideQuotes(view)) {
    if (found.length + further.length >= MAX_FRAMES_PER_SENTENCE) break;
    // A relative aside inside a subject reports too: "Humphrey, who calls Trump a sociopath, said".
    const overlaps = inRelativeAside(view, cue) ? (frame: Frame) => overlapsCue(frame, cue) : (frame: Frame) => overlapsFrame(frame, cue);
    if (found.some(overlaps) || further.some(overlaps)) continue;
    const question = questionFrame(view, cue);
    if (question) {
      further.push(question);
      continue;
    }
    if (cue.kind === 'source') {
      const reported = accordingToFrame(view, cue);
      if (reported) further.push(reported);
      continue;
    }
    const frame = leadingFrame(view, cue) ?? relativeClauseFrame(view, cue) ?? anySubjectFrame(view, cue) ?? frontedParticipleFrame(view, cue);
    if (!frame) {
      const shared = sharedSubjectFrame(view, cue, [...found, ...further]);
      if (shared) further.push(shared);
      continue;
    }
    const sameSubjectFrame = found.find((other) => other.source && frame.source && rangesOverlap(other.source, frame.source));
    if (frame.rule === 'attribute/fronted-participle') {
      // "Citing a report, the mayor said ...": the participle and the main verb share their subject.
      if (sameSubjectFrame) frame.inherits = sameSubjectFrame;
      further.push(frame);
      continue;
    }
    if (sameSubjectFrame && frame.rule !== 'attribute/relative-clause') continue;
    const clauseBreak = laterClauseStart(view, frame.source![0]);
    if (clauseBreak >= 0) for (const other of found) cutContentAt(other, clauseBreak);
    further.push(frame);
  }
  return further;
}

/** Words that open what someone was asked: "Asked whether ...", "when asked about ...", "Asked by X to ...". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'who', 'whom', 'how', 'why', 'when', 'where', 'which', 'about', 'to', 'by']);
/** Subordinators before a bare "asked": "When asked whether ...", "if asked about ...". */
const QUESTION_SUBORDINATORS = new Set(['when', 'whenever', 'if', 'once', 'after', 'before', 'while']);

/**
 * "Asked whether the pier is safe, the mayor said ...", "..., she said when asked about the
 * pier.": a participle "asked" with no subject of its own reports the question put to the
 * speaker, with no source (or the asker after "by"); the question runs to its clause's end.
 */
function questionFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  const asked = tokens[cue.first]!;
  if (cue.lemma !== 'ask' || asked.lower !== 'asked') return null;
  const before = tokens[cue.first - 1];
  if (cue.first !== view.first && !(before && QUESTION_SUBORDINATORS.has(before.lower) && view.quoteOf[cue.first - 1]! < 0)) return null;
  const next = tokens[cue.last];
  if (!next || cue.last >= view.last || !QUESTION_OPENERS.has(next.lower)) return null;
  let source: Range | null = null;
  let from = next.lower === 'about' ? cue.last + 1 : cue.last;
  if (next.lower === 'by') {
    const askerEnd = phraseStartingAt(tokens, cue.last + 1, view.last);
    if (askerEnd <= cue.last + 1) return null;
    source = [cue.last + 1, askerEnd];
    from = askerEnd;
  }
  const content = trimBreaks(tokens, [from, nextClauseBreak(view, from)]);
  // "she would serve if asked to.": an opener alone is no question.
  if (content[1] - content[0] < 2) return null;
  return frame(view, source, cue, [content], 'attribute/question');
}

/** The question frame of a sentence that reports nothing else: "Asked about the pier, the mayor smiled." */
function firstQuestionFrame(view: SentenceView): Frame | null {
  for (const cue of cuesOutsideQuotes(view)) {
    const found = questionFrame(view, cue);
    if (found) return found;
  }
  return null;
}

const COORDINATORS = new Set(['and', 'but', 'or']);

/**
 * "Clinton slammed the shift and accused Sanders of ...", "He said ... and said ...": a cue
 * after "and" or "but" shares the subject of the nearest earlier cue, whose content ends there.
 */
function sharedSubjectFrame(view: SentenceView, cue: CueMatch, found: Frame[]): Frame | null {
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
  const content = trimBreaks(tokens, [from, secondaryStart(view, from) ?? contentEnd(view)]);
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

function overlapsFrame(frame: Frame, cue: CueMatch): boolean {
  return overlapsCue(frame, cue) || (frame.source !== null && rangesOverlap(frame.source, [cue.first, cue.last]));
}

function overlapsCue(frame: Frame, cue: CueMatch): boolean {
  return frame.cue !== null && rangesOverlap([frame.cue.first, frame.cue.last], [cue.first, cue.last]);
}

/** Where the clause holding a subject begins, when a comma sets it apart: ", though she ...", ", and he ...". -1 if none. */
function laterClauseStart(view: SentenceView, subjectStart: number): number {
  let i = subjectStart - 1;
  while (i > view.first && isConjunction(view.tokens[i]!)) i -= 1;
  if (i <= view.first || view.tokens[i]!.value !== ',') return -1;
  // "In fact, records show ...": a comma after a fronted adverbial opens no later clause.
  return isFrontedAdverbial(view, i) ? -1 : i;
}

/** Whether the words before the comma at `comma` are the sentence's fronted adverbial: no verb and no earlier comma. */
function isFrontedAdverbial(view: SentenceView, comma: number): boolean {
  for (let i = view.first; i < comma; i += 1) {
    const token = view.tokens[i]!;
    if (token.value === ',' || isVerbLike(token) || view.quoteOf[i]! >= 0) return false;
  }
  return true;
}

function cutContentAt(frame: Frame, at: number): void {
  frame.content = frame.content.map(([start, end]): Range => (start < at && at < end ? [start, at] : [start, end])).filter(([start, end]) => end > start);
}

function findMainFrame(view: SentenceView): Frame | null {
  // "Asked whether ..., the mayor said ...": the question is a frame beside the main one, never the main one.
  const cues = cuesOutsideQuotes(view).filter((cue) => !questionFrame(view, cue));
  for (const cue of cues) {
    // `"...," Smith said, according to CNN.`: the quote is Smith's; the outlet only reports it.
    if (cue.kind === 'source' && !cues.some((other) => other.first < cue.first && other.kind !== 'source' && parentheticalFrame(view, other))) {
      const frame = accordingToFrame(view, cue);
      if (frame) return frame;
    }
  }
  for (const cue of cues) {
    const frame = asReportedFrame(view, cue) ?? parentheticalFrame(view, cue) ?? invertedOpeningFrame(view, cue);
    if (frame) return frame;
  }
  for (const cue of cues) {
    // "Having announced that ..., the judge proceeded ...": no "Having" is a subject.
    const perfect = opensWithHaving(view, cue) ? frontedParticipleFrame(view, cue) : null;
    const frame = perfect ?? leadingFrame(view, cue) ?? coordinatedFrame(view, cue);
    if (frame) return frame;
  }
  const participial = participialFrame(view);
  if (participial) return participial;
  for (const cue of cues) {
    const frame = relativeClauseFrame(view, cue) ?? anySubjectFrame(view, cue);
    if (frame) return frame;
  }
  for (const cue of cues) {
    const frame = anySubjectFrame(view, cue, true) ?? frontedParticipleFrame(view, cue);
    if (frame) return frame;
  }
  return null;
}

function cuesOutsideQuotes(view: SentenceView): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = view.first; i < view.last; i += 1) {
    if (view.quoteOf[i]! >= 0 || isQuoteMark(view.tokens[i]!)) continue;
    const cue = view.matchCue(view.tokens, i, view.last);
    if (cue && !marksAspect(view, cue)) {
      found.push(cue);
      i = cue.last - 1;
    }
  }
  return found;
}

const ASPECTUAL_CUES: ReadonlySet<string> = new Set(aspectualCues);

/** "continues to trail", "continued gaining", "continued their search": an aspectual cue before a verb or object that reports nothing. */
function marksAspect(view: SentenceView, cue: CueMatch): boolean {
  if (!ASPECTUAL_CUES.has(cue.lemma)) return false;
  const { tokens } = view;
  const next = skipForwardOverModifiers(tokens, cue.last, view.last);
  const word = tokens[next];
  if (!word || next >= view.last) return false;
  const verb = word.lower === 'to' ? next + 1 : next;
  const isVerb = word.lower === 'to' || (word.pos === 'VERB' && word.lower.endsWith('ing'));
  if (isVerb) return verb < view.last && !view.matchCue(tokens, verb, view.last);
  return OBJECT_POS.has(word.pos) || isPossessivePronoun(word.lower);
}

/** "MOFA: China-U.S. authorities resume ..." — a short name before a colon in a headline. */
function headlineFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  // A transcript's turn, "WALLACE: Let's start ...", may open any paragraph, after a quote mark.
  let first = view.first;
  while (first < view.last && isQuoteMark(tokens[first]!)) first += 1;
  for (let i = first + 1; i <= first + MAX_HEADLINE_SOURCE && i < view.last; i += 1) {
    const token = tokens[i]!;
    if (token.value !== ':') continue;
    const source: Range = [first, i];
    const words = tokens.slice(first, i);
    const named = words.every((t) => (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || isNameWord(t)) && isCapitalised(t.value));
    // "WALLACE: ...", or a name at a paragraph's start: "Clinton: ...", "Q: ...".
    const turn = words.every((t) => isShouted(t.value)) || (opensParagraph(view, first) && words.every((t) => t.pos === 'PROPN' || isNameWord(t)) && opensTurn(tokens[i + 1]));
    if (!named || (!view.headline && !turn) || isLineLabel(view, [first, i]) || (!view.headline && !hasVerb(view, [i + 1, contentEnd(view)]))) return null;
    // "Said Ellis: ...": a cue before the colon makes an inverted report, not a speaker's label.
    if (view.matchCue(tokens, first, i)) return null;
    return frame(view, source, null, [[i + 1, contentEnd(view)]], view.headline ? 'attribute/headline-colon' : 'attribute/transcript-turn');
  }
  return null;
}

/** "CORRECTION:", "Video Transcript:": a label, not a speaker. */
function isLineLabel(view: SentenceView, [start, end]: Range): boolean {
  const words = view.tokens.slice(start, end).map((token) => token.lower);
  return LINE_LABELS.has(words.join(' ')) || LINE_LABELS.has(words.join(''));
}

/** Whether a verb stands in the range: "Clinton: 547." is a tally, not a claim. */
function hasVerb(view: SentenceView, [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) if (isVerbLike(view.tokens[i])) return true;
  return false;
}

/** A turn's words open like a sentence: "Allen: We will ...", "Q: “Did you ...". */
function opensTurn(token: Token | undefined): boolean {
  return token !== undefined && (isQuoteMark(token) || (isCapitalised(token.value) && token.value !== token.value.toLowerCase()));
}

/** Whether `i` is the first word of its paragraph. */
function opensParagraph(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  return before === undefined || before.type === 'tabCRLF';
}

/** "According to the spokesperson, ..." and "..., according to officials." */
function accordingToFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  let sourceEnd = invertedSourceEnd(tokens, cue.last, view.last);
  // "according to" itself marks its object as the source: exit polls, show insiders, a complaint;
  // one wink tags oddly ("the Associated/VERB Press", "people/VERB in attendance") runs to its clause's end.
  if (!isNounPhrase(tokens, [cue.last, sourceEnd])) sourceEnd = objectToClauseEnd(view, cue.last);
  if (sourceEnd < 0) return null;
  const source: Range = [cue.last, sourceEnd];
  // "According to exit polls conducted for the networks, ...": opening its clause, the source runs to the comma.
  const opensClause = cue.first === view.first || tokens[cue.first - 1]!.value === ',';
  const comma = opensClause ? commaWithin(view, sourceEnd, MAX_SOURCE_TAIL) : -1;
  if (comma > sourceEnd) source[1] = sourceEnd = comma;
  const end = contentEnd(view);
  const pieces: Range[] = [];
  const before = trimBreaks(tokens, [view.first, cue.first]);
  if (before[1] > before[0]) pieces.push(before);
  const after = trimBreaks(tokens, [sourceEnd, end]);
  // "..., according to a study by economists at Duke": after the content, the rest names the source.
  const continuesSource = after[0] === sourceEnd && !hasQuoteMark(view, after);
  if (after[1] > after[0] && pieces.length > 0 && continuesSource) source[1] = after[1];
  else if (after[1] > after[0]) pieces.push(after);
  if (pieces.length === 0) return null;
  return frame(view, source, cue, pieces, 'attribute/according-to');
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
    if (CLAUSE_BREAKS.has(token.value) || token.value === '.' || isQuoteMark(token) || view.quoteOf[i]! >= 0) break;
    nominal ||= isNominal(token) || (token.pos === 'VERB' && !token.lower.endsWith('ing'));
  }
  const atBreak = i >= view.last || CLAUSE_BREAKS.has(tokens[i]!.value) || tokens[i]!.value === '.';
  return nominal && atBreak && i > start ? i : -1;
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

/** Whether a quote mark stands in the range. */
export function hasQuoteMark(view: SentenceView, [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) if (isQuoteMark(view.tokens[i]!)) return true;
  return false;
}

/**
 * A cue in a clause of its own after (or between) the content:
 * "..., Wang stressed.", "..., said Smith.", "\"A,\" she said, \"B.\""
 */
function parentheticalFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  // "..., one slide says.": a clause that ends the sentence may have any noun phrase as its source.
  const subject = subjectBefore(view, cue) ?? (endsSentence(view, cue.last) ? documentSubject(view, cue) : splitsSubject(view, cue) ? looseSubjectBefore(view, cue.first) : null);
  let source: Range | null = null;
  let clauseStart = -1;
  let tailStart = cue.last;
  if (subject && opensClause(view, subject[0])) {
    source = subject;
    clauseStart = subject[0];
    // `"...," Mr. Obama said on Saturday at the gala in Washington, where ...`: after a quote, the rest is circumstance,
    // up to a second claim (", adding that ...").
    if (closesQuoteBefore(view, clauseStart)) {
      const quote = nextQuoteMark(view, cue.last);
      const secondary = secondaryStart(view, cue.last);
      tailStart = secondary !== null && secondary < quote ? cue.last : quote;
    }
  } else if (opensClause(view, cue.first) && !view.tokens[cue.first]!.lower.endsWith('ing')) {
    // Only a finite verb inverts ("..., said Smith."); ", citing a report" is a participle with an object.
    const afterCue = skipForwardOverModifiers(tokens, cue.last, view.last);
    let objectEnd = invertedSourceEnd(tokens, afterCue, view.last);
    // After a closing quote, any noun phrase may speak: "..., wrote a supporter who ...", "..., said one of two witnesses".
    const afterQuote = closesQuoteBefore(view, cue.first) && isNounPhrase(tokens, [afterCue, objectEnd]);
    // "..., says a source involved in the talks.": the participle's phrase is part of the speaker.
    if (afterQuote && objectEnd < view.last && isReducedRelative(tokens, objectEnd)) objectEnd = clauseBreakAfter(view, objectEnd);
    if (objectEnd > afterCue && (afterQuote || isSpeakerLike(tokens, [afterCue, objectEnd]))) {
      source = [afterCue, objectEnd];
      clauseStart = cue.first;
      tailStart = objectEnd;
    }
  }
  if (!source) return null;
  const clauseEnd = closeOfClause(view, tailStart);
  // "..., the poll shows a lead.": a bare object after the cue makes a leading report, not a parenthetical.
  if (clauseEnd < 0 || (clauseStart === source[0] && hasObjectAfter(view, cue, clauseEnd))) return null;
  const before = trimBreaks(tokens, [view.first, clauseStart]);
  // "In May, the poll shows a lead": a fronted adjunct is no content.
  if (before[1] - before[0] < 2 || isBareAdjunct(view, before)) return null;
  const pieces: Range[] = [before];
  const rest = trimBreaks(tokens, [clauseEnd, contentEnd(view)]);
  if (rest[1] > rest[0] && (startsWithQuote(view, rest[0]) || continuesPredicate(view, clauseEnd))) pieces.push(rest);
  return frame(view, source, cue, pieces, 'attribute/parenthetical');
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
  // "one Democrat familiar/ADJ with the talks": wink folds the adjective into the phrase; its head is the noun before it.
  if (end - 1 > start && tokens[end - 1]!.pos === 'ADJ' && ADJECTIVE_LINKS.has(tokens[end]?.lower ?? '') && isNominal(tokens[end - 2]!)) {
    const next = phraseStartingAt(tokens, end + 1, limit);
    if (next > end + 1) end = next;
  }
  return pastLinkedPhrases(tokens, start, end, limit, (word) => word === 'of');
}

/** Prepositions that tie an adjective after a noun to its object: "familiar with", "close to", "involved in". */
const ADJECTIVE_LINKS = new Set(['with', 'to', 'of', 'in']);

/** "exit/VERB polls": a word wink read as a verb (not a participle) right before a noun, inside `limit`. */
function isMisreadModifier(tokens: Token[], i: number, limit: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return i + 1 < limit && token.pos === 'VERB' && !token.lower.endsWith('ing') && !token.lower.endsWith('ed') && next !== undefined && isNominal(next);
}

/**
 * "As the Gazette reported on Friday, the pier is closed.": a clause opened by "as" names
 * the source and cue; what follows its comma is the content.
 */
function asReportedFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (tokens[view.first]!.lower !== 'as' || cue.kind === 'source') return null;
  const source = subjectBefore(view, cue) ?? documentSubject(view, cue);
  if (!source || source[0] !== view.first + 1) return null;
  const comma = closeOfClause(view, cue.last);
  if (comma < 0 || comma >= view.last || tokens[comma]!.value !== ',') return null;
  const content = trimBreaks(tokens, [comma + 1, contentEnd(view)]);
  if (content[1] - content[0] < 2) return null;
  return frame(view, source, cue, [content], 'attribute/as-reported');
}

/** "Said Ellis: "...."", "Says the mayor, "...."": a sentence that opens with its cue, then its source and a colon or comma. */
function invertedOpeningFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.first !== view.first || cue.kind === 'source' || !isInflectedCue(tokens[cue.first]!) || tokens[cue.first]!.lower.endsWith('ing')) return null;
  const sourceEnd = invertedSourceEnd(tokens, cue.last, view.last);
  const mark = tokens[sourceEnd];
  if (sourceEnd <= cue.last || !mark || (mark.value !== ':' && mark.value !== ',') || !isSpeakerLike(tokens, [cue.last, sourceEnd])) return null;
  const content = trimBreaks(tokens, [sourceEnd + 1, contentEnd(view)]);
  if (content[1] <= content[0]) return null;
  return frame(view, [cue.last, sourceEnd], cue, [content], 'attribute/inverted-opening');
}

const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/**
 * Whether a noun phrase follows the cue inside its clause, other than an addressee ("told
 * reporters") or the object of a time preposition ("said in a Friday interview").
 */
function hasObjectAfter(view: SentenceView, cue: CueMatch, clauseEnd: number): boolean {
  const at = skipForwardOverModifiers(view.tokens, cue.last, clauseEnd);
  const word = view.tokens[at];
  if (at >= clauseEnd || word === undefined || isAddresseeCue(cue.lemma)) return false;
  if (view.tokens[at - 1]!.pos === 'ADP' && at > cue.last) return false;
  return OBJECT_POS.has(word.pos) || isPossessivePronoun(word.lower);
}

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

/** "Foreign Ministry spokesperson Wang Wenbin pointed out that ...", "He voiced the hope that ...". */
function leadingFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  // "Humphrey, who calls Trump a sociopath, said ...": the aside's cue is a relative clause's, not the sentence's.
  if (inRelativeAside(view, cue)) return null;
  const source = subjectBefore(view, cue) ?? (opensReportedClause(view, cue.last) ? documentSubject(view, cue) : null);
  if (!source || !opensSubject(view, source[0])) return null;
  const after = contentStartAfter(view, cue.last);
  const end = secondaryStart(view, after) ?? coordinatedCueAfterObject(view, after) ?? contentEnd(view);
  const start = thatClauseAfterCircumstance(view, after, end);
  const content = trimBreaks(tokens, [start, beforeTrailingMedium(view, start, end)]);
  if (content[1] <= content[0]) return introducesNextParagraph(view, cue, source);
  // "Smith said, according to CNN": what follows names who reports the cue, not what was said.
  if (view.matchCue(tokens, content[0], view.last)?.kind === 'source') return null;
  if ((cue.kind === 'speech' && isBareAdjunct(view, content)) || isOnlyModifiers(view, content)) return null;
  // "Clinton maintains a commanding lead": these cues report only a clause.
  if (CLAUSE_ONLY_CUES.has(cue.lemma) && !opensAnyClause(view, content[0])) return null;
  return frame(view, source, cue, [content], 'attribute/leading');
}

const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set(clauseOnlyCues);

/**
 * "He expressed concern about the primary and said he hoped ...": after a cue's bare object,
 * "and" before a finite cue opens a second report by the same subject (a shared-subject
 * frame), so the first content ends before it. After a clause ("said the mayor called and
 * said ...", "said Sunday that ...") the "and" may be the clause's own, so nothing is cut.
 */
function coordinatedCueAfterObject(view: SentenceView, from: number): number | null {
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

/**
 * "They met on Monday and Ms. Reyes stressed ...": a phrase coordinated by "and" that
 * opens no subject or names no speaker ("views on the situation in Gaza and Mr. Sullivan")
 * is two phrases; the one after "and" opens a clause of its own, and is its subject when
 * it can be a speaker.
 */
function lastConjunct(view: SentenceView, [start, end]: Range): Range | null {
  for (let i = end - 1; i > start; i -= 1) {
    if (view.tokens[i]!.lower !== 'and') continue;
    const conjunct: Range = [i + 1, end];
    return conjunct[0] < end && isSpeakerLike(view.tokens, conjunct) ? conjunct : null;
  }
  return null;
}

/** Words that open an embedded question or a clause without "that": "how", "whether", "why". */
const CLAUSE_WORDS = new Set(['that', 'how', 'why', 'whether', 'if', 'what', 'who', 'when', 'where', 'which', 'to']);

/** A content that is a clause: "that ...", "how ...", "to ...", a quote, or a subject and its verb. */
function opensAnyClause(view: SentenceView, start: number): boolean {
  const word = view.tokens[start];
  if (!word) return false;
  return CLAUSE_WORDS.has(word.lower) || view.quoteOf[start]! >= 0 || isQuoteMark(word) || opensReportedClause(view, start);
}

/**
 * "Several party operatives said ...", "Nine in 10 say ...", "The board argued that ...":
 * a finite reporting verb whose subject is any noun phrase, not only a name or a role;
 * PolNeAR marks groups, polls and documents as sources like people.
 */
function anySubjectFrame(view: SentenceView, cue: CueMatch, main = false): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || !isFiniteCue(view, cue) || isPassive(view, cue)) return null;
  const source = looseSubjectBefore(view, cue.first);
  if (!source) return null;
  const from = contentStartAfter(view, cue.last);
  // "Other polls show a 56% approval rating": in a sentence's main frame, PolNeAR marks a bare object as the content too.
  const bare = !opensLooseClause(view, from);
  if (bare && (!main || CUES_NEEDING_CLAUSE.has(cue.lemma) || CLAUSE_ONLY_CUES.has(cue.lemma) || !isFiniteVerbGroup(view, cue) || NEGATIVE_OBJECTS.has(tokens[from]?.lower ?? ''))) return null;
  const content = trimBreaks(tokens, [from, secondaryStart(view, from) ?? contentEnd(view)]);
  if (content[1] <= content[0] || isBareAdjunct(view, content)) return null;
  return frame(view, source, cue, [content], bare ? 'attribute/any-subject-bare' : 'attribute/any-subject');
}

/**
 * "..., compared with four in 10 who said they preferred ...", "the senator, who argued
 * that ...": a cue in a relative clause; PolNeAR marks the relative pronoun as the source.
 * A clause set off by a comma ends at the next clause break, and reports a bare object too
 * ("Collins, who endorsed Bush, ..."); a restrictive one reports only a clause.
 */
function relativeClauseFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || isPassive(view, cue) || tokens[cue.first - 1]?.lower === 'to') return null;
  const end = skipBackOverModifiers(tokens, cue.first, view.first);
  let pronoun = end - 1;
  const partitive = partitiveRelativeStart(view, pronoun);
  // The source ends after the relative pronoun; with "many of whom" it starts at "many".
  const sourceEnd = pronoun + 1;
  if (partitive >= 0) pronoun = partitive;
  else if (pronoun <= view.first || !isRelativePronoun(tokens[pronoun]!.lower) || view.quoteOf[pronoun]! >= 0) return null;
  const commaBefore = tokens[pronoun - 1]!.value === ',';
  if (commaBefore && tokens[pronoun]!.lower === 'that') return null;
  const aside = commaBefore || (partitive < 0 && endsApposition(view, pronoun));
  const antecedentEnd = commaBefore ? pronoun - 1 : pronoun;
  const antecedentStart = phraseEndingAt(tokens, antecedentEnd, view.first);
  if (antecedentStart >= antecedentEnd || !SUBJECT_HEADS.has(tokens[antecedentEnd - 1]!.pos)) return null;
  const from = contentStartAfter(view, cue.last);
  if (!opensLooseClause(view, from) && !aside) return null;
  const stop = aside ? nextClauseBreak(view, from) : contentEnd(view);
  const content = trimBreaks(tokens, [from, Math.min(stop, secondaryStart(view, from) ?? stop)]);
  if (content[1] <= content[0] || isBareAdjunct(view, content)) return null;
  const found = frame(view, [pronoun, sourceEnd], cue, [content], 'attribute/relative-clause');
  // The pronoun is the source as written; the speaker is the phrase it stands for.
  const antecedent = frame(view, [antecedentStart, antecedentEnd], null, [], 'attribute/relative-antecedent');
  antecedent.hidden = true;
  found.inherits = antecedent;
  return found;
}

/** The most tokens of addressee and circumstance between a cue and its "that": "told a crowd in Windham, New Hampshire, on Monday that". */
const MAX_CIRCUMSTANCE = 20;

/**
 * "told The Associated Press on Monday that ...", "said at a town hall in Salem that ...":
 * the reported clause starts at "that" when only an addressee or circumstance (no verb,
 * no quote) stands before it. Returns `start` when there is no such "that".
 */
function thatClauseAfterCircumstance(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  const limit = Math.min(end - 1, start + MAX_CIRCUMSTANCE);
  for (let i = start; i < limit; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'that') return i > start && opensClauseAfterThat(tokens[i + 1]) ? i : start;
    if (isQuoteMark(token) || view.quoteOf[i]! >= 0 || (isVerbLike(token) && !isCapitalised(token.value))) return start;
  }
  return start;
}

const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via']);
/** The longest phrase after the medium noun that still closes the content: "with the Gazette on Monday". */
const MAX_MEDIUM_TAIL = 8;

/**
 * "said the pier is safe in a statement on Friday": the content ends before a trailing
 * phrase that names the medium of the report. Returns `end` when there is none.
 */
function beforeTrailingMedium(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let i = Math.max(start + 2, end - MAX_MEDIUM_TAIL - 5); i < end; i += 1) {
    if (!MEDIUM_PREPOSITIONS.has(tokens[i]!.lower) || view.quoteOf[i]! >= 0) continue;
    const medium = mediumNounAfter(tokens, i + 1, end);
    if (medium >= 0 && closesAfterMedium(view, medium + 1, end)) return tokens[i - 1]!.value === ',' ? i - 1 : i;
  }
  return end;
}

/** "a statement", "a lengthy Facebook post", "Twitter": the medium noun within three words, or -1. */
function mediumNounAfter(tokens: Token[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + 4); k += 1) {
    const token = tokens[k]!;
    if (isReportMedium(token) && !isNominal(tokens[k + 1] ?? token)) return k;
    if (!(token.pos === 'DET' || token.pos === 'ADJ' || isNominal(token) || token.pos === 'NUM' || isPossessivePronoun(token.lower))) return -1;
  }
  return -1;
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

/** ", who calls ...": a cue right after a relative pronoun set off by a comma. */
function inRelativeAside(view: SentenceView, cue: CueMatch): boolean {
  const { tokens } = view;
  const pronoun = skipBackOverModifiers(tokens, cue.first, view.first) - 1;
  if (pronoun - 1 <= view.first || !RELATIVE_OPENERS.has(tokens[pronoun]!.lower)) return false;
  return tokens[pronoun - 1]!.value === ',' || endsApposition(view, pronoun);
}

/** "Gov. Kasich, a Republican who has refused to endorse Trump, said": a relative clause that ends an apposition. */
function endsApposition(view: SentenceView, pronoun: number): boolean {
  const { tokens } = view;
  const nounStart = phraseEndingAt(tokens, pronoun, view.first);
  return nounStart < pronoun && nounStart - 1 > view.first && tokens[nounStart - 1]!.value === ',' && tokens[pronoun]!.lower !== 'that';
}

/** Words that take a share of a relative pronoun's antecedent: "many of whom", "some of which". */
const PARTITIVES = new Set(['many', 'some', 'most', 'all', 'both', 'none', 'few', 'several', 'each', 'one', 'two', 'three', 'half']);

/** "..., many of whom say ...": the start of a partitive relative before `pronoun` ("many"), or -1. */
function partitiveRelativeStart(view: SentenceView, pronoun: number): number {
  const { tokens } = view;
  const word = tokens[pronoun];
  if (!word || (word.lower !== 'whom' && word.lower !== 'which') || pronoun - 2 <= view.first) return -1;
  const share = pronoun - 2;
  if (tokens[pronoun - 1]!.lower !== 'of' || !PARTITIVES.has(tokens[share]!.lower) || view.quoteOf[share]! >= 0) return -1;
  return tokens[share - 1]!.value === ',' ? share : -1;
}

/** Puts the hidden antecedent a relative-clause frame takes its speaker from right before that frame. */
function withAntecedents(frames: Frame[]): Frame[] {
  return frames.flatMap((found) => (found.inherits?.hidden && !frames.includes(found.inherits) ? [found.inherits, found] : [found]));
}

/** The first comma, semicolon or dash outside quotes at or after `from`, or the content's end. */
function nextClauseBreak(view: SentenceView, from: number): number {
  const end = contentEnd(view);
  for (let i = from; i < end; i += 1) {
    if (view.quoteOf[i]! < 0 && !isQuoteMark(view.tokens[i]!) && CLAUSE_BREAKS.has(view.tokens[i]!.value)) return i;
    // `a "sociopath," said`: the comma that ends a quote ends the clause too.
    if (closesQuoteOnComma(view, i)) return i;
  }
  return end;
}

/** "was seen", "are expected", "a claim not recognized by ...": a passive participle reports nothing of its subject. */
function isPassive(view: SentenceView, cue: CueMatch): boolean {
  const { tokens } = view;
  if (tokens[cue.last]?.lower === 'by') return true;
  for (let i = cue.first - 1; i >= view.first && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV' || tokens[i]!.lower === 'not'); i -= 1) {
    if (tokens[i]!.lemma === 'be' && !tokens[cue.first]!.lower.endsWith('ing')) return true;
  }
  return false;
}

/**
 * Whether a reported clause opens at `from`: "that", a quote, a colon, or a subject with
 * a finite verb ("say they are ..."), as a bare object ("adds pressure") reports nothing.
 */
function opensLooseClause(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  const next = tokens[from];
  if (!next || from >= view.last) return false;
  if (next.lower === 'that' || next.value === ':' || isQuoteMark(next) || view.quoteOf[from]! >= 0) return true;
  if (thatAfterObject(view, from)) return true;
  // "say their campaign has ...": a possessive opens the subject's noun phrase.
  const opener = isPossessivePronoun(next.lower) ? from + 1 : from;
  let subjectEnd = next.pos === 'PRON' && opener === from ? from + 1 : nounPhraseWithModifiers(tokens, opener, view.last);
  if (subjectEnd <= from) return false;
  while (subjectEnd < view.last && (tokens[subjectEnd]!.pos === 'ADV' || tokens[subjectEnd]!.lower === 'not')) subjectEnd += 1;
  const verb = tokens[subjectEnd];
  return subjectEnd < view.last && isFiniteVerbLike(verb);
}

/** "the radical language in the platform", "most of the voters": a noun phrase with its prepositional post-modifiers. Returns its end. */
function nounPhraseWithModifiers(tokens: Token[], start: number, limit: number): number {
  return pastLinkedPhrases(tokens, start, phraseStartingAt(tokens, start, limit), limit, (word) => SUBJECT_LINKS.has(word) && word !== 'and');
}

/** The end of a noun phrase [start, end) extended over the phrases each `isLink` word joins to it ("one of two witnesses"). */
function pastLinkedPhrases(tokens: Token[], start: number, end: number, limit: number, isLink: (word: string) => boolean): number {
  let last = end;
  while (last > start && last + 1 < limit && isLink(tokens[last]!.lower)) {
    const next = phraseStartingAt(tokens, last + 1, limit);
    if (next <= last + 1) break;
    last = next;
  }
  return last;
}

/** How far a reported clause's "that" may stand after the cue: "said on Friday that", "told reporters that". */
const MAX_BEFORE_THAT = 6;

/** Whether "that" follows a short object or time phrase with no verb or break before it. */
function thatAfterObject(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  for (let i = from + 1; i < Math.min(view.last, from + MAX_BEFORE_THAT); i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'that') return true;
    if (isVerbLike(token) || token.pos === 'PUNCT') return false;
  }
  return false;
}

/** The longest subject a loose reading accepts, in tokens. */
const MAX_LOOSE_SUBJECT = 16;
/** Words that may stand inside a subject's noun phrase besides nouns and adjectives: "27 percent of those polled", "advocates for research". */
const SUBJECT_LINKS = new Set(['of', 'in', 'for', 'from', 'at', 'with', 'on', 'and', 'by', 'to', "'s", '’s', '%', 'inside', 'within', 'outside', 'among', 'across', 'like']);
const LOOSE_SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'X']);
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'NUM', 'SYM']);
/** Pronouns that stand for a whole subject: "some say", "many believe", "others argued". */
const PRONOUN_SUBJECTS = new Set([...quantifierSubjects, 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'none', 'one', 'you', 'this', 'that', 'those', 'anyone']);
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'just', 'only', 'fully', 'barely']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/**
 * The subject of a verb at `verbAt` read loosely: the run of noun-phrase words back to
 * where its clause opens, past adverbs, auxiliaries, time phrases, a reflexive ("Cruz
 * himself said") and an aside between commas or dashes. Null when no clause opens there.
 */
function looseSubjectBefore(view: SentenceView, verbAt: number): Range | null {
  const { tokens } = view;
  let end = skipBackOverModifiers(tokens, verbAt, view.first);
  // "Most/ADV said": a quantifier wink reads as an adverb, skipped as one, is the subject.
  if (end < verbAt && isQuantifierSubject(tokens[end]!.lower) && opensSubject(view, end)) return [end, end + 1];
  // The reflexive stays in the source, as PolNeAR marks it.
  const reflexive = end > view.first && REFLEXIVES.has(tokens[end - 1]!.lower) ? end : -1;
  if (reflexive > 0) end = skipBackOverModifiers(tokens, end - 1, view.first);
  if (end <= view.first) return null;
  const last = tokens[end - 1]!;
  if (ASIDE_MARKS.has(last.value)) return subjectWithAside(view, end - 1);
  const start = looseNounPhraseEndingAt(view, end);
  if (start < 0) return reflexive > 0 ? null : modifiedSubjectEndingAt(view, end, verbAt);
  return [start, reflexive > 0 ? reflexive : end];
}

/** The longest modifier between a subject's head and its verb: "Supporters who have heard directly from the campaign say". */
const MAX_SUBJECT_MODIFIER = 14;

/**
 * "Supporters who have heard from the campaign say", "New polls released Sunday show",
 * "Crowds waving flags chanted": a
 * subject whose head a relative clause or a participle follows, with no break before the
 * verb. The whole phrase is the source, as PolNeAR marks it.
 */
function modifiedSubjectEndingAt(view: SentenceView, end: number, verbAt: number): Range | null {
  const { tokens } = view;
  // "released Friday said": the time word belongs to the modifier, not the verb group.
  let last = end;
  while (last < verbAt && tokens[last]!.pos !== 'ADV' && tokens[last]!.pos !== 'AUX') last += 1;
  if (!SUBJECT_HEADS.has(tokens[last - 1]!.pos) && tokens[last - 1]!.pos !== 'PRON') return null;
  const floor = Math.max(view.first + 1, end - MAX_SUBJECT_MODIFIER);
  for (let i = end - 1; i >= floor; i -= 1) {
    const token = tokens[i]!;
    // "A 2014 study that appeared in the journal found": "that" before a verb opens a relative clause.
    const relativeThat = token.lower === 'that' && !opensClauseAfterThat(tokens[i + 1]);
    if (token.pos === 'PUNCT' || view.quoteOf[i]! >= 0 || CLAUSE_OPENERS.has(token.lower) || (token.lower === 'that' && !relativeThat)) return null;
    const opensModifier = token.lower === 'who' || relativeThat || (token.pos === 'VERB' && (token.lower.endsWith('ed') || token.lower.endsWith('ing')));
    const headBefore = SUBJECT_HEADS.has(tokens[i - 1]!.pos) || (PRONOUN_SUBJECTS.has(tokens[i - 1]!.lower) && tokens[i - 1]!.lower !== 'that');
    // "Officials who met said that leaked documents show": a "that" with no noun before it opens no relative clause.
    if (relativeThat && !headBefore) return null;
    if (!opensModifier || !headBefore) continue;
    const start = looseNounPhraseEndingAt(view, i);
    return start >= 0 ? [start, last] : null;
  }
  return null;
}

const ASIDE_MARKS = new Set([',', '—', '–', '--']);

/** "Rendell, a stalwart supporter, said", "Many speakers — including ... — said": the subject before the aside, with the aside. */
function subjectWithAside(view: SentenceView, closing: number): Range | null {
  const { tokens } = view;
  const mark = tokens[closing]!.value;
  const floor = Math.max(view.first + 1, closing - MAX_APPOSITION);
  for (let i = closing - 1; i >= floor; i -= 1) {
    const token = tokens[i]!;
    if (view.quoteOf[i]! >= 0 || isQuoteMark(token)) continue;
    if (token.value !== mark && !(mark === ',' && token.value === ',')) continue;
    const start = looseNounPhraseEndingAt(view, i);
    return start >= 0 ? [start, closing] : null;
  }
  return null;
}

/** The start of a loose subject noun phrase ending at `end` that opens its clause, or -1. */
function looseNounPhraseEndingAt(view: SentenceView, end: number): number {
  const { tokens } = view;
  const last = tokens[end - 1]!;
  // "Many/ADJ believe", "Few/PROPN think": a quantifier standing alone is a pronoun whatever wink's tag.
  if (last.pos === 'PRON' || last.pos === 'DET' || last.pos === 'ADV' || isQuantifierSubject(last.lower)) {
    const ok = speakerPronounOrGroup(last.lower) && opensSubject(view, end - 1);
    return ok ? end - 1 : -1;
  }
  // "Mr. Burke/VERB said": wink reads some surnames after a title or first name as verbs.
  const surname = isNameWord(last) && end - 2 >= view.first && tokens[end - 2]!.pos === 'PROPN';
  // "those surveyed say", "half of those polled said": a participle after "those" names the people it stands for.
  const respondents = last.pos === 'VERB' && last.lower.endsWith('ed') && end - 2 >= view.first && tokens[end - 2]!.lower === 'those';
  const verbHead = isVerbReadNoun(tokens, end - 1, view.first);
  if (!surname && !respondents && !verbHead && !isAdjectiveReadNoun(tokens, end - 1, view.first) && (!SUBJECT_HEADS.has(last.pos) || (last.pos === 'SYM' && last.value !== '%'))) return -1;
  let start = respondents || verbHead ? end - 1 : end;
  while (start > view.first && end - start < MAX_LOOSE_SUBJECT) {
    const token = tokens[start - 1]!;
    if (LOOSE_SUBJECT_POS.has(token.pos) || SUBJECT_LINKS.has(token.lower) || isNameWord(token) || isJoiningMark(tokens, start - 1) || isPluralPossessive(tokens, start - 1) || isAttributiveParticiple(tokens, start - 1) || isPossessivePronoun(token.lower) || isAdverbInNounPhrase(tokens, start - 1)) start -= 1;
    else break;
  }
  while (start < end && (tokens[start]!.pos === 'ADP' || tokens[start]!.pos === 'CCONJ' || tokens[start]!.pos === 'PUNCT')) start += 1;
  // "About 42% say", "nearly half said": the approximation belongs to the subject.
  if (start > view.first && start < end && APPROXIMATORS.has(tokens[start - 1]!.lower)) start -= 1;
  return start < end && opensSubject(view, start) ? start : -1;
}

/** "Ivana Trump's brief/ADJ said", "the poll's average/ADJ shows": a noun wink read as an adjective, after a possessive or a proper noun. */
function isAdjectiveReadNoun(tokens: Token[], i: number, floor: number): boolean {
  const before = tokens[i - 1];
  if (tokens[i]!.pos !== 'ADJ' || i - 1 < floor || before === undefined) return false;
  if (before.pos === 'PROPN' || isPossessiveMarker(before)) return true;
  // "The democratic socialist/ADJ said": a determiner's phrase needs a head, so its last word is one.
  let k = i - 1;
  while (k > floor && tokens[k]!.pos === 'ADJ') k -= 1;
  return tokens[k]!.pos === 'DET' && tokens[k]!.lower !== 'that';
}

/**
 * "Exit/PROPN polling/VERB shows", "Fox News's reporting/VERB tells", "some analyses/VERB suggest":
 * a gerund or a word in -s that wink reads as a verb heads the subject after a modifier.
 */
function isVerbReadNoun(tokens: Token[], i: number, floor: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (token.pos !== 'VERB' || i - 1 < floor || before === undefined) return false;
  if (token.lower.endsWith('ing')) return before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'PROPN' || isPossessiveMarker(before);
  return token.lower.endsWith('s') && before.pos === 'DET' && before.lower !== 'that' && before.lower !== 'this';
}

/** "Sanders’ aides": an apostrophe right after a word in -s, before a noun. */
function isPluralPossessive(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (token.value === '’' || token.value === "'") && before !== undefined && before.end === token.start && before.lower.endsWith('s') && after !== undefined && SUBJECT_HEADS.has(after.pos);
}

/** "a new/ADV national poll": wink reads some adjectives after a determiner as adverbs. */
function isAdverbInNounPhrase(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return token.pos === 'ADV' && before?.pos === 'DET' && (after?.pos === 'ADJ' || after?.pos === 'NOUN');
}

/** "registered voters", "leading Republican candidates": a participle wink reads as a verb, before a noun. */
function isAttributiveParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const after = tokens[i + 1];
  return token.pos === 'VERB' && (token.lower.endsWith('ed') || token.lower.endsWith('ing')) && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN');
}

/** A hyphen inside a word ("American-Islamic") or a dollar sign ("Fight for $15") within a name. */
function isJoiningMark(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.value === '$') return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return token.value === '-' && before !== undefined && after !== undefined && before.end === token.start && token.end === after.start;
}

function speakerPronounOrGroup(word: string): boolean {
  return PRONOUN_SUBJECTS.has(word) || word === 'he' || word === 'she' || word === 'they' || word === 'we' || word === 'i' || word === 'it';
}

/** A capitalised word wink tagged as a verb inside a name: "Josh/VERB Earnest". */
function isNameWord(token: Token): boolean {
  return token.pos === 'VERB' && isCapitalised(token.value) && !token.lower.endsWith('ed');
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
 * The subject of a cue verb: the speaker-like phrase just before it, past adverbs and
 * time phrases, or the phrase before a comma-enclosed aside ("Tate, a Democrat, said").
 */
function subjectBefore(view: SentenceView, cue: CueMatch): Range | null {
  const { tokens } = view;
  let end = skipBackOverModifiers(tokens, cue.first, view.first);
  end = skipBackOverBrackets(tokens, end, view.first);
  // "Prime Minister Pham Minh Chinh, who welcomed ...", "an architect who said ...": the relative pronoun stands for the phrase before it.
  if (end - 1 > view.first && tokens[end - 1]!.lower === 'who') {
    const nounEnd = tokens[end - 2]!.value === ',' ? end - 2 : end - 1;
    const start = phraseEndingAt(tokens, nounEnd, view.first);
    return start < nounEnd && isSpeakerLike(tokens, [start, nounEnd]) ? [start, nounEnd] : null;
  }
  // "The program works, Jolly/ADV said.": the skipped "adverb" may be a surname.
  if (end > view.first && tokens[end - 1]!.value === ',') return appositiveSubject(view, end - 1) ?? mistaggedNameBefore(view, cue);
  // `Humphrey, who calls Trump a "sociopath," said`: an aside that ends on a quote (its mark may be doubled: ,'').
  const mark = end - 2 > view.first && isDoubledMark(tokens, end - 2, end) ? end - 2 : end - 1;
  const asideOnQuote = mark > view.first && closesQuoteOnComma(view, mark) ? appositiveSubject(view, mark - 1, true) : null;
  if (asideOnQuote) return asideOnQuote;
  const start = pastFrontedPhrase(view, phraseEndingAt(tokens, end, view.first), end);
  const conjunct = start < end && (!opensSubject(view, start) || !isSpeakerLike(tokens, [start, end])) ? lastConjunct(view, [start, end]) : null;
  if (conjunct) return conjunct;
  if (start >= end || !isSpeakerLike(tokens, [start, end])) return mistaggedNameBefore(view, cue);
  return [start, end];
}

/**
 * "On Tuesday night Trump said", "In a Bloomberg interview Trump declared": a phrase read
 * back from the cue may take in a fronted time phrase, or the object of a fronted
 * preposition before a name, which are left out.
 */
function pastFrontedPhrase(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  // The phrase starts the sentence, or follows its opening preposition ("On | Tuesday night Trump").
  if (start !== view.first + 1 && start !== view.first) return start;
  for (let k = end - 1; k > start; k -= 1) {
    if (isFrontedTimePhrase(tokens, view.first, k)) return k;
  }
  if (start !== view.first + 1) return start;
  let name = end;
  while (name > start && tokens[name - 1]!.pos === 'PROPN' && isCapitalised(tokens[name - 1]!.value)) name -= 1;
  return name < end && closesFrontedPhrase(view, name) ? name : start;
}

/** The most tokens of a fronted prepositional phrase with no comma after it: "In a Bloomberg interview". */
const MAX_FRONTED_PHRASE = 6;

/** "In a Bloomberg interview | Trump declared": a fronted prepositional phrase, ending on a common noun, ends right before the name at `name`. */
function closesFrontedPhrase(view: SentenceView, name: number): boolean {
  const { tokens } = view;
  const before = tokens[name - 1];
  if (tokens[view.first]!.pos !== 'ADP' || name - view.first > MAX_FRONTED_PHRASE || !before || before.pos !== 'NOUN' || isCapitalised(before.value)) return false;
  if (tokens[name]?.pos !== 'PROPN' || !isCapitalised(tokens[name]!.value)) return false;
  for (let i = view.first + 1; i < name; i += 1) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'PUNCT') return false;
  return true;
}

/** Tags of a surname wink misreads that may stand first in a sentence: "Lynch/VERB said", "Will/AUX wrote", "Cook/NOUN declined". */
const MISREAD_NAME_POS = new Set(['VERB', 'AUX', 'NOUN']);

/**
 * "Lynch said", "..., Jolly said.", "Mr. Hedge said": a capitalised word wink did not read as a name, right
 * before a cue that is past or third person (so no modal or imperative comes first), where
 * a subject may begin. Mid-sentence its capital shows it is a name; first in a sentence, only
 * a verb, auxiliary or noun tag is taken, as adverbs and prepositions open sentences too.
 */
function mistaggedNameBefore(view: SentenceView, cue: CueMatch): Range | null {
  const { tokens } = view;
  // "Cook/VERB also declined": lowercase adverbs between name and cue; "Rep. Stephen Lynch/VERB (D-Mass.) said":
  // the bracket after the name is left out, as for any subject.
  let beforeCue = cue.first;
  while (beforeCue - 1 > view.first && tokens[beforeCue - 1]!.pos === 'ADV' && !isCapitalised(tokens[beforeCue - 1]!.value)) beforeCue -= 1;
  const end = skipBackOverBrackets(tokens, beforeCue, view.first);
  const word = end > view.first ? tokens[end - 1] : undefined;
  if (!word || word.pos === 'PROPN' || word.pos === 'PRON' || word.pos === 'PUNCT' || !isCapitalised(word.value) || isShouted(word.value)) return null;
  // "Mr. Hedge/VERB said": the first name or title before it belongs to the name.
  let start = end - 1;
  while (start > view.first && tokens[start - 1]!.pos === 'PROPN' && isCapitalised(tokens[start - 1]!.value)) start -= 1;
  if ((start === view.first && start === end - 1 && !MISREAD_NAME_POS.has(word.pos)) || !opensSubject(view, start) || !isInflectedCue(tokens[cue.first]!)) return null;
  return [start, end];
}

/** "said", "wrote", "claims": a cue verb in a past or third-person form, never a base form after a modal. */
function isInflectedCue(verb: Token): boolean {
  return verb.lower !== verb.lemma || (verb.lower.endsWith('s') && !verb.lower.endsWith('ss'));
}

/** "NEC Director Brian Deese (Council Chair) emphasized": steps back over a bracketed aside. */
function skipBackOverBrackets(tokens: Token[], end: number, floor: number): number {
  if (end <= floor || tokens[end - 1]!.value !== ')') return end;
  for (let i = end - 2; i > floor && i >= end - MAX_APPOSITION; i -= 1) {
    if (tokens[i]!.value === '(') return i;
  }
  return end;
}

/**
 * "The clip says Kaine ...", "Another slide shows that ...": when a clause or quote follows the
 * cue, any noun phrase can be its source — documents, polls and ads report too.
 */
function documentSubject(view: SentenceView, cue: CueMatch): Range | null {
  const { tokens } = view;
  const end = skipBackOverModifiers(tokens, cue.first, view.first);
  const start = phraseEndingAt(tokens, end, view.first);
  const head = tokens[end - 1];
  if (start >= end || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  return [start, end];
}

/** Whether what follows a cue is a reported clause: "that ...", a quote, a colon, or a subject with its verb. */
function opensReportedClause(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  const next = tokens[from];
  if (!next || from >= view.last) return false;
  if (next.lower === 'that' || next.value === ':' || isQuoteMark(next)) return true;
  const subjectEnd = phraseStartingAt(tokens, from, view.last);
  const verb = tokens[subjectEnd];
  return subjectEnd > from && isFiniteVerbLike(verb);
}

/** The phrase before an aside that closes at `closingComma`, together with the aside: "Calvera's trade representative, Miguel Santos". */
function appositiveSubject(view: SentenceView, closingComma: number, endsOnQuote = false): Range | null {
  const { tokens } = view;
  const floor = Math.max(view.first + 1, closingComma - MAX_APPOSITION);
  // Asides may follow one another ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"):
  // the subject is the first speaker-like phrase, before them all, that opens a clause.
  let found: Range | null = null;
  for (let i = closingComma - 1; i >= floor; i -= 1) {
    const token = tokens[i]!;
    if (view.quoteOf[i]! >= 0 || isQuoteMark(token)) {
      if (endsOnQuote) continue;
      break;
    }
    if (token.value !== ',') continue;
    // "Rep. Ann Hunt (D-N.Y.), chairman of ..., said": a bracket may close the name.
    const nameEnd = skipBackOverBrackets(tokens, i, view.first);
    const start = phraseEndingAt(tokens, nameEnd, view.first);
    if (start < nameEnd && isSpeakerLike(tokens, [start, nameEnd]) && opensSubject(view, start)) found = [start, closingComma];
  }
  return found;
}

/** Adverbs that may stand before a subject: "Even Rendell said", "Only Trump says". */
const FOCUS_ADVERBS = new Set(['even', 'only', 'also', 'still', 'now', 'then', 'yet', 'instead', 'meanwhile', 'indeed', 'rather']);

/** Whether a subject may begin at `start`: the sentence's start, or after a clause break, a conjunction, a quote or a relative word. */
function opensSubject(view: SentenceView, start: number): boolean {
  if (start === view.first) return true;
  const previous = view.tokens[start - 1]!;
  // "Even Rendell said", "LONDON (Reuters) - Donald Trump said": a focusing adverb or a spaced dash before the subject.
  if (FOCUS_ADVERBS.has(previous.lower) && opensSubject(view, start - 1)) return true;
  if ((previous.value === '-' || previous.value === '--') && !isJoiningMark(view.tokens, start - 1)) return true;
  if (isFrontedTimePhrase(view.tokens, view.first, start) || closesFrontedPhrase(view, start)) return true;
  return CLAUSE_BREAKS.has(previous.value) || isConjunction(previous) || isQuoteMark(previous) || CLAUSE_OPENERS.has(previous.lower) || previous.value === '(';
}

/**
 * A cue in the second of two coordinated verbs, or in an infinitive of purpose, shares
 * the sentence's subject: "The two Ministers reviewed cooperation and looked forward to
 * ...", "The President met today with X to reaffirm ...".
 */
function coordinatedFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  let before = cue.first - 1;
  // "... and has pledged his support": auxiliaries and adverbs before the second verb.
  while (before > view.first && (tokens[before]!.pos === 'ADV' || tokens[before]!.pos === 'AUX')) before -= 1;
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
    source = joiner === 'to' || view.headline || !isFiniteCue(view, cue) ? null : mainClauseSubject(view);
    if (!source || source[1] >= before) return null;
  }
  const start = contentStartAfter(view, cue.last);
  const content = trimBreaks(tokens, [start, secondaryStart(view, start) ?? contentEnd(view)]);
  if (content[1] <= content[0] || isOnlyModifiers(view, content)) return null;
  return frame(view, source, cue, [content], joiner === 'to' ? 'attribute/purpose' : 'attribute/coordinated');
}

/** "said nothing about ...": an object that denies anything was said. */
const NEGATIVE_OBJECTS = new Set(['nothing', 'none', 'no']);

/** "registered voters", "the renewed agreement": a participle right after a determiner or before a noun modifies it. */
function isFiniteVerbGroup(view: SentenceView, cue: CueMatch): boolean {
  const before = view.tokens[cue.first - 1];
  const after = view.tokens[cue.last];
  const participle = view.tokens[cue.first]!.lower.endsWith('ed') || view.tokens[cue.first]!.lower.endsWith('ing');
  // "Some/DET say", "All/DET agreed": a quantifier is the subject of a verb not in -s; "some reports" is a noun phrase.
  const quantifierSubject = before !== undefined && isQuantifierSubject(before.lower) && !view.tokens[cue.first]!.lower.endsWith('s');
  return !((before?.pos === 'DET' && !quantifierSubject) || (participle && after?.pos === 'NOUN' && before?.pos !== 'AUX'));
}

/** A cue verb that carries its clause's tense: not a gerund or participle on its own, nor an infinitive. */
function isFiniteCue(view: SentenceView, cue: CueMatch): boolean {
  const { tokens } = view;
  const verb = tokens[cue.first]!;
  const before = tokens[cue.first - 1];
  if (before && before.lower === 'to') return false;
  if (verb.lower.endsWith('ing')) return before !== undefined && before.pos === 'AUX';
  return true;
}

function isNounPhrase(tokens: Token[], [start, end]: Range): boolean {
  const head = tokens[end - 1];
  return end > start && head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'PRON');
}

/** "..., adding that ...", "..., saying ..." after a main frame: a second claim by the same source. */
function secondaryFrame(view: SentenceView, main: Frame): Frame | null {
  const after = main.content[main.content.length - 1]![1];
  const from = main.cue && main.cue.last > after ? main.cue.last : after;
  const start = secondaryStart(view, from);
  if (start === null) return null;
  const { tokens } = view;
  const cue = view.matchCue(tokens, participleAfter(view, start), view.last);
  if (!cue) return null;
  const content = trimBreaks(tokens, [contentStartAfter(view, cue.last), contentEnd(view)]);
  if (content[1] <= content[0]) return null;
  const secondary = frame(view, main.source, cue, [content], 'attribute/participial');
  secondary.inherits = main;
  return secondary;
}

/**
 * "Clinton thanked her supporters, declaring it a super Tuesday, and said ...": a participial
 * cue between the subject and the main cue is a second claim by the same source.
 */
function participleBeforeCue(view: SentenceView, main: Frame): Frame | null {
  const { cue, source } = main;
  if (!cue || !source || (main.rule !== 'attribute/coordinated' && main.rule !== 'attribute/purpose')) return null;
  const start = secondaryStart(view, source[1]);
  if (start === null || start >= cue.first) return null;
  const { tokens } = view;
  const participle = view.matchCue(tokens, participleAfter(view, start), view.last);
  if (!participle || participle.last >= cue.first) return null;
  let end = cue.first;
  while (end > participle.last && (COORDINATORS.has(tokens[end - 1]!.lower) || tokens[end - 1]!.pos === 'ADV' || tokens[end - 1]!.value === ',')) end -= 1;
  const content = trimBreaks(tokens, [participle.last, end]);
  if (content[1] <= content[0]) return null;
  const second = frame(view, source, participle, [content], 'attribute/participial');
  second.inherits = main;
  return second;
}

/**
 * "Hillary Clinton spoke out Tuesday about ..., arguing that ...": a participial cue after
 * the sentence's first clause takes that clause's subject as its source (tried after the
 * leading and coordinated rules, so a cue as the clause's own verb has had its chance).
 */
function participialFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  const source = mainClauseSubject(view);
  if (!source) return null;
  const subjectEnd = source[1];
  const start = secondaryStart(view, subjectEnd) ?? mediumBeforeParticiple(view, subjectEnd);
  if (start === null) return null;
  const cue = view.matchCue(tokens, participleAfter(view, start), view.last)!;
  const from = contentStartAfter(view, cue.last);
  const content = trimBreaks(tokens, [from, contentEnd(view)]);
  if (content[1] <= content[0]) return null;
  return frame(view, source, cue, [content], 'attribute/participial-main');
}

/**
 * The subject of the sentence's first clause: the noun phrase that opens the sentence when
 * a verb follows it ("Both parents stiffened ..."), else the loose subject of the first
 * finite verb, past a fronted phrase or clause ("In response to the plan, the mayor rallied ...").
 */
function mainClauseSubject(view: SentenceView): Range | null {
  const { tokens } = view;
  const subjectEnd = phraseStartingAt(tokens, view.first, view.last);
  const source: Range = [view.first, subjectEnd];
  // A cue as the main verb had its chance as a leading frame; with a bare adjunct ("complained about X, suggesting ...") the participle speaks.
  const opening = subjectEnd > view.first && (isSpeakerLike(tokens, source) || isNounPhrase(tokens, source));
  if (opening && isVerbLike(tokens[skipForwardOverModifiers(tokens, subjectEnd, view.last)])) return source;
  const verb = firstFiniteVerb(view);
  return verb < 0 ? null : looseSubjectBefore(view, verb);
}

/** Words that open a fronted subordinate clause: "When Smith arrived, ...". */
const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'since', 'if', 'although', 'though', 'as', 'until', 'once', 'whereas', 'unless']);

/** The first finite verb before any quote, past a fronted subordinate clause ("When Smith arrived, the mayor ..."), or -1. */
function firstFiniteVerb(view: SentenceView): number {
  const { tokens } = view;
  let from = view.first;
  if (SUBORDINATORS.has(tokens[from]!.lower)) {
    while (from < view.last && tokens[from]!.value !== ',') from += 1;
  }
  for (let i = from; i < view.last; i += 1) {
    if (view.quoteOf[i]! >= 0 || isQuoteMark(tokens[i]!)) return -1;
    if (isFiniteVerbLike(tokens[i]) && (i === view.first || tokens[i - 1]!.lower !== 'to')) return i;
  }
  return -1;
}

/** Index of the ", adding" break at or after `from`, or null. */
function secondaryStart(view: SentenceView, from: number): number | null {
  const { tokens } = view;
  for (let i = from; i + 1 < view.last; i += 1) {
    const token = tokens[i]!;
    if (token.value !== ',' && token.lower !== 'and' && !GERUND_LINKS.has(token.lower) && !closesQuoteOnComma(view, i)) continue;
    if (view.quoteOf[i]! >= 0) continue;
    const at = participleAfter(view, i);
    if (at >= view.last) continue;
    const next = tokens[at]!;
    const participle = next.lower.endsWith('ing') || (token.lower === 'and' && next.lower.endsWith('ed'));
    const cue = participle ? view.matchCue(tokens, at, view.last) : null;
    // wink may tag the participle as a noun ("warning"): the cue's own first word is checked instead of wink's lemma.
    if (cue && isSecondaryCue(cue, token, tokens[cue.last])) return i;
  }
  return null;
}

/**
 * "The senator issued a statement saying ...": the medium of the clause's verb, right before
 * a participle cue that reports (as after a comma), with no clause break between; or null.
 */
function mediumBeforeParticiple(view: SentenceView, from: number): number | null {
  const { tokens } = view;
  for (let i = from; i + 1 < view.last; i += 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || view.quoteOf[i]! >= 0 || isQuoteMark(token)) return null;
    if (!isReportMedium(token) || mediumCarrierBefore(tokens, i + 1, from) > i) continue;
    const cue = view.matchCue(tokens, i + 1, view.last);
    return cue && cue.first === i + 1 && isSecondaryCue(cue, token, tokens[cue.last]) ? i : null;
  }
  return null;
}

/** `the "king of debt," noting that ...`: a closing quote mark after the comma that ends the quote joins like the comma. */
function closesQuoteOnComma(view: SentenceView, i: number): boolean {
  return isQuoteMark(view.tokens[i]!) && view.tokens[i - 1]?.value === ',' && view.quoteOf[i - 1]! >= 0;
}

/** "Having announced ...": a perfect participle cue right after the sentence's first word. */
function opensWithHaving(view: SentenceView, cue: CueMatch): boolean {
  return cue.first === view.first + 1 && view.tokens[view.first]!.lower === 'having';
}

/** The longest fronted participial clause, in tokens: "Citing an unfounded theory, Trump accused ...". */
const MAX_FRONTED_CLAUSE = 25;

/**
 * "Citing a new report, the mayor closed the pier", "Lamenting their luck, residents often say
 * ...": a participle that opens the sentence speaks for the subject of the clause after its comma.
 */
function frontedParticipleFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  const participle = (cue.first === view.first && tokens[cue.first]!.lower.endsWith('ing')) || opensWithHaving(view, cue);
  if (!participle || cue.kind === 'source') return null;
  let comma = cue.last;
  while (comma < view.last && comma - cue.first < MAX_FRONTED_CLAUSE && (tokens[comma]!.value !== ',' || view.quoteOf[comma]! >= 0)) comma += 1;
  if (comma >= view.last || tokens[comma]!.value !== ',') return null;
  const subjectEnd = phraseStartingAt(tokens, comma + 1, view.last);
  const source: Range = [comma + 1, subjectEnd];
  if (subjectEnd <= comma + 1 || !(isSpeakerLike(tokens, source) || isNounPhrase(tokens, source))) return null;
  if (!isFiniteVerbLike(tokens[skipForwardOverModifiers(tokens, subjectEnd, view.last)])) return null;
  const content = trimBreaks(tokens, [cue.last, comma]);
  // "Writing in the Post, Smith argued ...": a bare adjunct reports nothing.
  if (content[1] <= content[0] || isBareAdjunct(view, content)) return null;
  return frame(view, source, cue, [content], 'attribute/fronted-participle');
}

/**
 * "..., calling him a "stiff" and accusing him of ...": a participial cue after "and" in the
 * content of a participial cue is a claim of its own by the same source; the first content ends there.
 */
function nextParticipleInChain(view: SentenceView, first: Frame): Frame | null {
  const { tokens } = view;
  const { cue, source } = first;
  const last = first.content[first.content.length - 1];
  if (!cue || !source || !last || !tokens[cue.first]!.lower.endsWith('ing') || last[0] < cue.last) return null;
  for (let i = last[0] + 1; i + 1 < last[1]; i += 1) {
    if (tokens[i]!.lower !== 'and' || view.quoteOf[i]! >= 0 || !tokens[i + 1]!.lower.endsWith('ing')) continue;
    const next = view.matchCue(tokens, i + 1, view.last);
    if (!next || next.kind === 'source' || next.kind === 'thought') continue;
    const content = trimBreaks(tokens, [next.last, last[1]]);
    if (content[1] <= content[0]) return null;
    cutContentAt(first, i);
    const chained = frame(view, source, next, [content], 'attribute/participial');
    chained.inherits = first.inherits ?? first;
    return chained;
  }
  return null;
}

/** Where the participle after the joiner at `joiner` stands: next to it, or past an adverb (", even suggesting", ", later adding"). */
function participleAfter(view: SentenceView, joiner: number): number {
  // ,'' adding: the second half of a doubled closing mark.
  if (isDoubledMark(view.tokens, joiner, view.last)) joiner += 1;
  const next = view.tokens[joiner + 1];
  return next?.pos === 'ADV' && joiner + 2 < view.last && view.tokens[joiner + 2]!.lower.endsWith('ing') ? joiner + 2 : joiner + 1;
}

/** Words that join a gerund cue to the clause whose subject speaks: "by saying", "while insisting". */
const GERUND_LINKS = new Set(['by', 'while', 'before', 'after']);

/**
 * Whether a participle cue opens a second claim. `joiner` is the word before it (a comma,
 * "and", "by", or the medium of "issued a statement saying"): after "and" only the cues of
 * secondaryCues; otherwise any cue that reports speech, a demand or a commitment
 * (", arguing that ...", "by suggesting ..."), or a thought with an object or clause after it.
 */
function isSecondaryCue(cue: CueMatch, joiner: Token, after: Token | undefined): boolean {
  if (SECONDARY_CUES.has(cue.lemma.split(' ')[0]!)) return true;
  if (joiner.lower === 'and' || cue.kind === 'source') return false;
  // "..., seeing it as showmanship", "..., fearing the exposure"; not "..., thinking of the ferry".
  return cue.kind !== 'thought' || (after !== undefined && after.pos !== 'ADP' && after.pos !== 'PUNCT');
}

function frame(view: SentenceView, source: Range | null, cue: CueMatch | null, content: Range[], rule: string): Frame {
  return { sentence: view.index, source, cue, content, mode: modeOf(view, content, cue), rule, inherits: null, headline: view.headline, hidden: false };
}

/** direct: all content inside quotes; mixed: partly; indirect: none; narrated: no cue or source at all. */
function modeOf(view: SentenceView, content: Range[], cue: CueMatch | null): ClaimMode {
  let quoted = 0;
  let words = 0;
  for (const [start, end] of content) {
    for (let i = start; i < end; i += 1) {
      const token = view.tokens[i]!;
      if (token.pos === 'PUNCT') continue;
      words += 1;
      if (view.quoteOf[i]! >= 0) quoted += 1;
    }
  }
  if (words > 0 && quoted === words) return 'direct';
  if (quoted > 0) return 'mixed';
  return cue || content.length > 0 ? 'indirect' : 'narrated';
}

/** "... and concluded Monday", "said last week": adverbs and time words are no content. */
function isOnlyModifiers(view: SentenceView, [start, end]: Range): boolean {
  return skipForwardOverModifiers(view.tokens, start, end) >= end;
}

/**
 * "Members argued for hours": a prepositional phrase with no verb or quote after a speech
 * cue reports nothing (a belief or hope "in" or "for" something is a position, and stays).
 */
function isBareAdjunct(view: SentenceView, [start, end]: Range): boolean {
  if (view.tokens[start]!.pos !== 'ADP') return false;
  for (let i = start; i < end; i += 1) {
    const token = view.tokens[i]!;
    if (isVerbLike(token) || view.quoteOf[i]! >= 0) return false;
  }
  return true;
}

/** Whether a clause may start at `i`: the sentence's start, after a comma or dash, or after a closing quote. */
function opensClause(view: SentenceView, i: number): boolean {
  if (i <= view.first) return false;
  const previous = view.tokens[i - 1]!;
  if (CLAUSE_BREAKS.has(previous.value)) return true;
  return closesQuoteBefore(view, i);
}

function endsSentence(view: SentenceView, from: number): boolean {
  return from >= contentEnd(view);
}

/** The next quote mark at or after `from`, or the sentence's end. */
function nextQuoteMark(view: SentenceView, from: number): number {
  for (let i = from; i < view.last; i += 1) if (isQuoteMark(view.tokens[i]!)) return i;
  return view.last;
}

/** Whether the marks just before `i` close a quote: `"...,"` or `''...,''`, or a quoted title followed by a comma. */
function closesQuoteBefore(view: SentenceView, i: number): boolean {
  let k = i - 1;
  if (k <= view.first || !isQuoteMark(view.tokens[k]!)) return false;
  while (k - 1 > view.first && isQuoteMark(view.tokens[k - 1]!)) k -= 1;
  return k - 1 >= view.first && view.quoteOf[k - 1]! >= 0;
}

/** Where the parenthetical clause that continues from `from` ends: at a comma, a quote or the sentence end. -1 when it goes on into more words. */
function closeOfClause(view: SentenceView, from: number): number {
  const { tokens } = view;
  let i = from;
  const limit = Math.min(view.last, from + MAX_CUE_TAIL);
  while (i < limit) {
    const token = tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || isTerminal(token)) return i;
    if (isQuoteMark(token) || RELATIVE_OPENERS.has(token.lower)) return i;
    // "said Sen. Chris Murphy (D-Conn.)": a bracket after the name is part of it.
    if (token.value === '(') {
      i = closingBracket(view, i, limit);
      continue;
    }
    if ((isVerbLike(token) && !isNameWord(token)) || token.lower === 'that') return -1;
    i += 1;
  }
  return i === view.last ? i : -1;
}

/** The first comma, quote mark or sentence end after `from` (at most MAX_CUE_TAIL tokens on), or `from` when none is that near. */
function clauseBreakAfter(view: SentenceView, from: number): number {
  const limit = Math.min(view.last, from + MAX_CUE_TAIL);
  for (let i = from; i < limit; i += 1) {
    const token = view.tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || isTerminal(token) || isQuoteMark(token)) return i;
  }
  return limit === view.last ? limit : from;
}

/** "a source involved in ...", "the base chief known as Bob": a participle right after a noun modifies it. */
function isReducedRelative(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  return token !== undefined && before !== undefined && token.pos === 'VERB' && PARTICIPLE_ENDING.test(token.lower) && isNominal(before);
}

/** "said a former official who oversaw ...": a relative clause after the speaker ends the cue's clause. */
const RELATIVE_OPENERS = new Set(['who', 'whose']);

/** The token after the ")" that closes the bracket opened at `open`, or `limit` when none does. */
function closingBracket(view: SentenceView, open: number, limit: number): number {
  for (let i = open + 1; i < limit; i += 1) if (view.tokens[i]!.value === ')') return i + 1;
  return limit;
}

function startsWithQuote(view: SentenceView, i: number): boolean {
  return isQuoteMark(view.tokens[i]!) || view.quoteOf[i]! >= 0;
}

/** The end of the sentence's words: without the final full stop. */
function contentEnd(view: SentenceView): number {
  let end = view.last;
  while (end > view.first && isTerminal(view.tokens[end - 1]!)) end -= 1;
  return end;
}

function trimBreaks(tokens: Token[], [start, end]: Range): Range {
  let from = start;
  let to = end;
  while (from < to && (CLAUSE_BREAKS.has(tokens[from]!.value) || tokens[from]!.type === 'tabCRLF')) from += 1;
  while (to > from && (CLAUSE_BREAKS.has(tokens[to - 1]!.value) || isTerminal(tokens[to - 1]!))) to -= 1;
  return [from, to];
}

function isTerminal(token: Token): boolean {
  return token.value === '.' || token.value === '!' || token.value === '?' || token.value === '...' || token.value === '…';
}

/** What may stand between a cue and its content. "that" is kept: it belongs to the reported clause, as PolNeAR marks it. */
function isContentOpener(token: Token): boolean {
  return token.value === ':' || token.value === ',';
}

/** Where a cue's content may begin: at `from`, past any colon or comma right after the cue. */
function contentStartAfter(view: SentenceView, from: number): number {
  let i = from;
  while (i < view.last && isContentOpener(view.tokens[i]!)) i += 1;
  return i;
}

function isConjunction(token: Token): boolean {
  return token.pos === 'CCONJ' || token.pos === 'SCONJ';
}

function isShouted(value: string): boolean {
  return value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase();
}

function isCapitalised(value: string): boolean {
  const first = value.charAt(0);
  return first !== first.toLowerCase();
}
