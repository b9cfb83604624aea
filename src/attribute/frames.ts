/** The frame search: the Frame and SentenceView types, findFrames and the main and further frames of a sentence, and the frame constructor. The rules it tries live in reports.ts, participles.ts and relatives.ts. */

import type { Token } from '../document.js';
import type { ClaimMode } from '../types.js';
import { ASPECTUAL_CUES, type CueMatch, type CueMatcher } from './cues.js';
import { isQuoteMark, type Quote } from './quotes.js';
import { isGerund, isPossessivePronoun, isRelativePronoun, isRestrictivePronoun, isVerbLike, OBJECT_POS, rangesOverlap, skipBackOverModifiers, skipForwardOverModifiers, type Range } from './phrases.js';
import { contentStartAfter, isConjunction, joinBeforeSubordinateClause, opensWithSubordinator, trimBreaks, verbGroupEnd, withoutCoordinatedPredicate, withoutTrailingApposition, withoutTrailingCircumstance } from './clauses.js';
import { frontedParticipleFrame, inscriptionFrame, nextParticipleInChain, opensWithHaving, participialFrame, participleBeforeCue, secondaryFrame, withParticipleFrame } from './participles.js';
import { contactRelativeFrame, inRelativeAside, mainVerbAfterCue, relativeClauseFrame, withAntecedents } from './relatives.js';
import { EVIDENTIAL_VERBS, evidentialFrame } from './evidentials.js';
import { pollOpeningFrame } from './polls.js';
import { passiveAgentFrame, passiveClauseStart, passiveReportFrame, withAddressee } from './passives.js';
import { withoutReportedStances } from './stances.js';
import { nominalFrames } from './nominals.js';
import { frontingPrepositions, subordinators } from '../lexicons/types.js';
import {
  accordingToFrame,
  anySubjectFrame,
  asClauseFrame,
  asReportedFrame,
  commaBeforeAsClause,
  coordinatedFrame,
  headlineFrame,
  invertedOpeningFrame,
  leadingFrame,
  parentheticalFrame,
  questionFrame,
  QUESTION_RULE,
  sharedSubjectFrame,
} from './reports.js';

export { hasQuoteMark } from './clauses.js';


/** Words that open a phrase fronted before a reported clause's subject: "despite ...", "if ...". */
const FRONTING_WORDS: ReadonlySet<string> = new Set([...subordinators, ...frontingPrepositions]);

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
  /**
   * The subject of a passive cue, spoken to or about ("Hunt | was asked ..."), when the frame has no
   * source: no speaker of this claim, but who a later "he", a floating quote or a participle refers to.
   */
  addressee?: Range;
}

/**
 * The frames' indexes in an order where each frame comes after the one it inherits: text
 * order, except that the sentences of a quote whose cue comes only at its end ("We checked.
 * It took a month," she said) wait for the frame of that cue.
 */
export function inheritanceOrder(frames: readonly Frame[]): number[] {
  const position = new Map<Frame, number>(frames.map((frame, index) => [frame, index]));
  const placed = new Uint8Array(frames.length);
  const waiting = new Map<number, number[]>();
  const order: number[] = [];
  const place = (index: number): void => {
    if (placed[index] === 1) return;
    placed[index] = 1;
    order.push(index);
    for (const next of waiting.get(index) ?? []) place(next);
    waiting.delete(index);
  };
  frames.forEach((frame, index) => {
    const parent = frame.inherits ? position.get(frame.inherits) : undefined;
    // A frame that inherits one not placed yet (a later sentence's) waits for it; all else keeps text order.
    if (parent !== undefined && parent !== index && placed[parent] === 0) waiting.set(parent, [...(waiting.get(parent) ?? []), index]);
    else place(index);
  });
  // A frame whose parent never came (a cycle) is placed at the end rather than lost.
  for (const indexes of waiting.values()) for (const index of indexes) place(index);
  return order;
}

/** What the frame rules need to know about one sentence. */
export interface SentenceView {
  index: number;
  first: number;
  last: number;
  headline: boolean;
  /** A title-cased headline: its cue search reads capitalised verbs that wink tags as proper nouns ("Allen Praises Crews"). */
  titleCase: boolean;
  tokens: Token[];
  quoteOf: Int32Array;
  quotes: Quote[];
  matchCue: CueMatcher;
  /** The token range of the next paragraph, for a cue that ends its line with a colon ("He said:"). */
  nextParagraph: () => Range | null;
}

/** No real sentence reports more than a handful of attributions; a cap keeps the output linear in hostile text. */
const MAX_FRAMES_PER_SENTENCE = 8;

/** Finds the attribution frames of one sentence, main frame first. Returns [] when the sentence attributes nothing. */
export function findFrames(view: SentenceView): Frame[] {
  // The cues are found once: the main frame, a lone question and the further frames all read them.
  const cues = cuesOutsideQuotes(view);
  const main = headlineFrame(view) ?? pollOpeningFrame(view) ?? findMainFrame(view, cues) ?? firstQuestionFrame(view, cues);
  if (!main) {
    const hedged = evidentialFrame(view);
    return withNominalFrames(view, hedged ? [hedged] : []);
  }
  const frames = [main];
  for (const second of [secondaryFrame(view, main), participleBeforeCue(view, main)]) if (second) frames.push(second);
  for (let k = 0; k < frames.length && frames.length < MAX_FRAMES_PER_SENTENCE; k += 1) {
    const next = nextParticipleInChain(view, frames[k]!);
    if (next) frames.splice(k + 1, 0, next);
  }
  frames.push(...furtherFrames(view, frames, cues));
  endInsideQuestions(frames);
  // A hedge beside other frames ("..., but the crews seemed unconvinced"), unless one of them takes it in.
  const hedged = evidentialFrame(view);
  if (hedged && frames.length < MAX_FRAMES_PER_SENTENCE && !frames.some((other) => coversCue(other, hedged.cue!))) frames.push(hedged);
  const kept = withoutReportedStances(view, withNominalFrames(view, frames));
  for (const found of kept) withAddressee(view, found);
  return withAntecedents(inReadingOrderPerSource(kept));
}

/** "Asked what the inspectors had told him, Lee said ...": a report inside a question's words ends where the question does. */
function endInsideQuestions(frames: Frame[]): void {
  for (const question of frames) {
    if (question.rule !== QUESTION_RULE) continue;
    for (const other of frames) {
      const piece = other !== question && other.cue ? questionPieceHolding(question, other.cue) : undefined;
      if (!piece) continue;
      const end = piece[1];
      cutContentAt(other, end);
      const inside = other.content.filter(([pieceStart]) => pieceStart < end);
      if (inside.length > 0) other.content = inside;
    }
  }
}

/** The piece of a question's words that holds `cue`: "Asked | what the mayor had said |, ...". */
function questionPieceHolding(question: Frame, cue: CueMatch): Range | undefined {
  return question.content.find(([start, end]) => start <= cue.first && cue.first < end);
}

/** The frames with those of speech nouns ("his warning that ...") whose words no frame takes as its cue or source. */
function withNominalFrames(view: SentenceView, frames: Frame[]): Frame[] {
  const nominal = nominalFrames(view).filter((found) => !frames.some((other) => overlapsCue(other, found.cue!) || (other.source !== null && rangesOverlap(other.source, found.source!))));
  return nominal.length === 0 ? frames : [...frames, ...nominal.slice(0, Math.max(0, MAX_FRAMES_PER_SENTENCE - frames.length))];
}

const PARTICIPLE_RULES: ReadonlySet<string> = new Set(['attribute/fronted-participle', 'attribute/participial', 'attribute/participial-main']);

/**
 * "X called on Y, who welcomed A, and underscored B": the main frame may be a later cue of a
 * source that an earlier cue of the sentence has too. The frames of one source mention (but
 * a participle's) keep the places they hold in the list, and among themselves follow their
 * cues' reading order.
 */
function inReadingOrderPerSource(frames: Frame[]): Frame[] {
  const slots = new Map<string, number[]>();
  frames.forEach((found, index) => {
    // A participle's frame ("Reading a statement, X said", "..., adding") stays behind the finite cue it goes with.
    if (!found.source || !found.cue || PARTICIPLE_RULES.has(found.rule)) return;
    const key = `${found.source[0]}:${found.source[1]}`;
    slots.set(key, [...(slots.get(key) ?? []), index]);
  });
  const ordered = [...frames];
  for (const indexes of slots.values()) {
    if (indexes.length < 2) continue;
    const group = indexes.map((index) => frames[index]!).sort((a, b) => a.cue!.first - b.cue!.first);
    indexes.forEach((index, k) => (ordered[index] = group[k]!));
  }
  return ordered;
}

/**
 * Every other cue of the sentence with a subject of its own: a nested report ("said that
 * the senator had told him ...") or one in a later clause (", though she acknowledged
 * it was unlikely"). A later clause ends the content of the frame it follows.
 */
function furtherFrames(view: SentenceView, found: Frame[], cues: readonly CueMatch[]): Frame[] {
  const further: Frame[] = [];
  for (const cue of cues) {
    if (found.length + further.length >= MAX_FRAMES_PER_SENTENCE) break;
    // A relative clause inside a subject reports too: "Humphrey, who calls Trump a sociopath, said", "Groups that backed her say".
    const modifier = subjectModifierFrame(view, cue);
    const overlaps = inRelativeAside(view, cue) || modifier ? (frame: Frame) => overlapsCue(frame, cue) : (frame: Frame) => overlapsFrame(frame, cue);
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
    const frame =
      modifier ??
      asClauseFrame(view, cue) ??
      passiveReportFrame(view, cue) ??
      passiveAgentFrame(view, cue) ??
      leadingFrame(view, cue) ??
      relativeClauseFrame(view, cue) ??
      anySubjectFrame(view, cue) ??
      frontedParticipleFrame(view, cue) ??
      withParticipleFrame(view, cue) ??
      inscriptionFrame(view, cue) ??
      contactRelativeFrame(view, cue);
    if (!frame) {
      const shared = sharedSubjectFrame(view, cue, [...found, ...further]);
      if (shared) further.push(shared);
      continue;
    }
    const sameSubjectFrame = found.find((other) => other.source && frame.source && rangesOverlap(other.source, frame.source) && !isRelativeClauseOf(other, frame.source));
    if (frame.rule === 'attribute/fronted-participle') {
      // "Citing a report, the mayor said ...": the participle and the main verb share their subject.
      if (sameSubjectFrame) frame.inherits = sameSubjectFrame;
      further.push(frame);
      continue;
    }
    if (sameSubjectFrame && frame.rule !== 'attribute/relative-clause' && frame.rule !== 'attribute/contact-relative' && frame !== modifier) continue;
    // "Divers say the pier is unsafe, as the Gazette reported": the "as" clause ends what the main frame reports.
    const asComma = commaBeforeAsClause(view, frame);
    if (asComma >= 0) for (const other of found) if (other.cue && other.cue.last <= asComma) cutContentAt(other, asComma);
    const clauseBreak = clauseBreakBefore(view, frame);
    if (clauseBreak >= 0) {
      const joined = joinBeforeSubordinateClause(view, clauseBreak);
      for (const other of found) if (!opensWithFrontedClause(view, other, clauseBreak)) cutContentAt(other, breakAfterFrame(other, clauseBreak, joined));
    }
    // "Six in 10 said ..., and three-quarters said ...", "Though X say ..., they also say ...": the frame of a
    // later coordinated or main clause, found first, ends this one's content too.
    for (const other of found) {
      const otherBreak = frame.cue && other.cue && other.cue.first > frame.cue.last ? clauseBreakBefore(view, other) : -1;
      if (otherBreak >= 0 && (isConjunction(view.tokens[otherBreak + 1]!) || opensWithSubordinator(view, view.first, otherBreak))) cutContentAt(frame, otherBreak);
    }
    further.push(frame);
  }
  return further;
}

/** "Groups that backed her | said ...": a relative clause's frame whose cue stands inside `subject`, which it modifies. */
function isRelativeClauseOf(frame: Frame, subject: Range): boolean {
  return frame.rule === 'attribute/relative-clause' && frame.cue !== null && subject[0] <= frame.cue.first && frame.cue.last <= subject[1];
}

/** Where the clause of a frame's own subject begins after a comma (", and she said ..."), or -1. */
function clauseBreakBefore(view: SentenceView, frame: Frame): number {
  // A passive report has no source; its clause opens with its raised subject or its verb group.
  const clauseStart = frame.source ? frame.source[0] : passiveClauseStart(view, frame);
  if (clauseStart === null) return -1;
  // "... to pass the bill and the Senate is expected to ...": a passive report's clause may follow a bare "and".
  const bareAnd = !frame.source && view.tokens[clauseStart - 1]?.lower === 'and' ? clauseStart - 1 : -1;
  return Math.max(laterClauseStart(view, clauseStart), bareAnd);
}

/** The question frame of a sentence that reports nothing else: "Asked about the pier, the mayor smiled." */
function firstQuestionFrame(view: SentenceView, cues: readonly CueMatch[]): Frame | null {
  for (const cue of cues) {
    const found = questionFrame(view, cue);
    if (found) return found;
  }
  return null;
}

/** Whether a frame's cue, source or content already takes in the words of `cue`. */
function coversCue(frame: Frame, cue: CueMatch): boolean {
  const words: Range = [cue.first, cue.last];
  return overlapsFrame(frame, cue) || frame.content.some((range) => rangesOverlap(range, words));
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

/**
 * Where a later clause that opens at the comma `clauseBreak` ends a frame's content: "He said ... | , and when asked
 * about it, he said": a subordinate clause after ", and" (whose comma is `joined`, or -1) belongs to the later clause,
 * unless the frame's cue is in it.
 */
function breakAfterFrame(frame: Frame, clauseBreak: number, joined: number): number {
  return joined >= 0 && frame.cue !== null && frame.cue.last <= joined ? joined : clauseBreak;
}

/** Whether the words before the comma at `comma` are the sentence's fronted adverbial: no verb and no earlier comma. */
function isFrontedAdverbial(view: SentenceView, comma: number): boolean {
  for (let i = view.first; i < comma; i += 1) {
    const token = view.tokens[i]!;
    if (token.value === ',' || isVerbLike(token) || view.quoteOf[i]! >= 0) return false;
  }
  return true;
}

/**
 * "Fiorina says despite being an alumna, she plans to ...": the comma closes the reported
 * clause's own fronted phrase, so the clause after it is still the content, not a later one.
 */
function opensWithFrontedClause(view: SentenceView, frame: Frame, comma: number): boolean {
  const piece = frame.content.find(([start, end]) => start < comma && comma < end);
  if (!piece) return false;
  let first = piece[0];
  if (view.tokens[first]!.lower === 'that') first += 1;
  if (!FRONTING_WORDS.has(view.tokens[first]!.lower)) return false;
  for (let i = first + 1; i < comma; i += 1) if (view.tokens[i]!.value === ',' || view.quoteOf[i]! >= 0) return false;
  return true;
}

export function cutContentAt(frame: Frame, at: number): void {
  frame.content = frame.content.map(([start, end]): Range => (start < at && at < end ? [start, at] : [start, end])).filter(([start, end]) => end > start);
}

/**
 * "A statement posted on the website said ..., and that the company reserved the right to reject ...": a subject that
 * opens the sentence, however long its modifiers, makes its cue the main verb, before any later cue has its turn.
 */
function openingSubjectFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const found = anySubjectFrame(view, cue);
  // "A woman who | accused X of rape said ...": a cue in a relative clause on that subject is not the main verb.
  return found && found.source && found.source[0] === view.first && !isRelativePronoun(view.tokens[found.source[1] - 1]!.lower) ? found : null;
}

function findMainFrame(view: SentenceView, allCues: readonly CueMatch[]): Frame | null {
  // "Asked whether ..., the mayor said ...": the question is a frame beside the main one, never the main one.
  // "The pier is unsafe, as Lee said, and ...": a cue in an "as" clause reports only the clause around it.
  const asClauses = allCues.map((cue) => asClauseFrame(view, cue)).filter((found) => found !== null);
  // "Asked whom she supported, Lee smiled and said": nor is a cue inside the question's words.
  const questions = allCues.map((cue) => questionFrame(view, cue)).filter((found) => found !== null);
  const inQuestion = (cue: CueMatch): boolean => questions.some((found) => found.cue === cue || questionPieceHolding(found, cue) !== undefined);
  const cues = allCues.filter((cue) => !inQuestion(cue) && !asClauses.some((found) => found.cue!.first === cue.first));
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
  // "The pier, as the Gazette reported, is unsafe": an "as" clause inside the sentence reports what goes on after it
  // (after a parenthetical report had its chance: "The pier, as Hunt noted, is unsafe, Lee said").
  const inside = asClauses.find((found) => found.content.some(([start]) => start > found.cue!.last));
  if (inside) return inside;
  // "Groups that backed her say ...": a restrictive relative clause that ends at a later cue modifies that cue's subject,
  // and leaves it the main frame; it is the main frame only when no other is found. A cue inside it is no main cue
  // ("The man who said he saw the pier fall | told ...").
  let modifier: Frame | null = null;
  let mainVerb = -1;
  const unlessModifier = (found: Frame | null): Frame | null => {
    const modifying = found && asSubjectModifier(view, found);
    if (!modifying) return found;
    if (!modifier) {
      modifier = modifying;
      mainVerb = mainVerbAfterCue(view, modifying);
    }
    return null;
  };
  // Once a modifier is held back, only the main verb's own cue may take the main frame: "The woman who reported the boat
  // was missing said she | feared ..." must not make "said she" part of a subject.
  const insideModifier = (cue: CueMatch): boolean =>
    modifier !== null && cue.first >= modifier.cue!.first && (cue.first < mainVerb || cue.first > verbGroupEnd(view, mainVerb));
  for (const cue of cues) {
    if (insideModifier(cue)) continue;
    // "Having announced that ..., the judge proceeded ...": no "Having" is a subject.
    const perfect = opensWithHaving(view, cue) ? frontedParticipleFrame(view, cue) : null;
    const frame = perfect ?? passiveReportFrame(view, cue) ?? passiveAgentFrame(view, cue) ?? unlessModifier(leadingFrame(view, cue)) ?? openingSubjectFrame(view, cue) ?? coordinatedFrame(view, cue);
    // "The family called on police to ... and called on people to ...": the first verb, whatever its subject, is the main one
    // (the join may also be a purpose's "to" or a headline's comma, as coordinatedFrame reads them).
    if (frame?.rule === 'attribute/coordinated') return firstCoordinatedFrame(view, cues, cue) ?? frame;
    // "Officials seized on the memo, arguing that it showed intent": a report inside the participle's clause is nested in it.
    if (frame) return participialFrameBefore(view, cue) ?? frame;
  }
  const participial = participialFrame(view);
  if (participial) return participial;
  for (const cue of cues) {
    if (insideModifier(cue)) continue;
    const relative = relativeClauseFrame(view, cue);
    const frame = relative ? unlessModifier(relative) : anySubjectFrame(view, cue);
    if (frame) return frame;
  }
  for (const cue of cues) {
    if (insideModifier(cue)) continue;
    const frame = anySubjectFrame(view, cue, true) ?? frontedParticipleFrame(view, cue) ?? withParticipleFrame(view, cue) ?? inscriptionFrame(view, cue);
    if (frame) return frame;
  }
  for (const cue of cues) {
    const frame = contactRelativeFrame(view, cue);
    if (frame) return frame;
  }
  return modifier ?? asClauses[0] ?? null;
}

/** The frame of `cue` when it stands in a restrictive relative clause inside a later cue's subject, its content ended there. */
function subjectModifierFrame(view: SentenceView, cue: CueMatch): Frame | null {
  if (!opensRestrictiveRelative(view, cue)) return null;
  const relative = relativeClauseFrame(view, cue);
  return (relative && asSubjectModifier(view, relative)) ?? asSubjectModifier(view, leadingFrame(view, cue));
}

/** "People who | think ...": a cue right after a relative pronoun with no comma before it. */
function opensRestrictiveRelative(view: SentenceView, cue: CueMatch): boolean {
  const pronoun = skipBackOverModifiers(view.tokens, cue.first, view.first) - 1;
  return pronoun > view.first && isRestrictivePronoun(view.tokens[pronoun]!.lower) && view.tokens[pronoun - 1]!.value !== ',';
}

/**
 * "People who think the pier is safe | said ...": a frame whose cue opens a restrictive relative
 * clause that runs into the main clause's cue, with its content ended there; null for any other frame.
 */
function asSubjectModifier(view: SentenceView, found: Frame | null): Frame | null {
  if (!found?.cue || !opensRestrictiveRelative(view, found.cue)) return null;
  const mainVerb = mainVerbAfterCue(view, found);
  if (mainVerb < 0) return null;
  cutContentAt(found, mainVerb);
  // "who have seen her on the pier | say that ...": a content that began past the main verb is the words up to it.
  found.content = found.content.filter(([start]) => start < mainVerb);
  if (found.content.length === 0) found.content = [trimBreaks(view.tokens, [contentStartAfter(view, found.cue.last), mainVerb])];
  return found.content[0]![1] > found.content[0]![0] ? found : null;
}

/**
 * The sentence's participial frame when `cue` stands inside its content ("..., arguing that it
 * showed ..."), with no semicolon between them ("..., citing the storm; Ann Lee said ..."); null otherwise.
 */
function participialFrameBefore(view: SentenceView, cue: CueMatch): Frame | null {
  const participial = participialFrame(view);
  if (!participial?.cue || !participial.content.some(([start, end]) => start <= cue.first && cue.first < end)) return null;
  for (let i = participial.cue.last; i < cue.first; i += 1) if (view.tokens[i]!.value === ';') return null;
  return participial;
}

/**
 * The frame of a cue before `second` whose subject is any noun phrase (as PolNeAR marks them, its
 * content may be a bare object: "revealed a yawning gulf"); not a cue inside a relative clause
 * ("The divers who have called on the council ... and urged ..."). Null if none.
 */
function firstCoordinatedFrame(view: SentenceView, cues: readonly CueMatch[], second: CueMatch): Frame | null {
  for (const cue of cues) {
    if (cue.first >= second.first) break;
    const frame = anySubjectFrame(view, cue, true);
    if (frame?.source && !isRelativePronoun(view.tokens[frame.source[1] - 1]!.lower)) return frame;
  }
  return null;
}

function cuesOutsideQuotes(view: SentenceView): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = view.first; i < view.last; i += 1) {
    if (view.quoteOf[i]! >= 0 || isQuoteMark(view.tokens[i]!)) continue;
    const cue = view.matchCue(view.tokens, i, view.last, view.titleCase);
    if (cue && !marksAspect(view, cue)) {
      found.push(cue);
      i = cue.last - 1;
    }
  }
  return found;
}

/** "continues to trail", "continued gaining", "continued their search": an aspectual cue before a verb or object that reports nothing. */
function marksAspect(view: SentenceView, cue: CueMatch): boolean {
  if (!ASPECTUAL_CUES.has(cue.lemma)) return false;
  const { tokens } = view;
  const next = skipForwardOverModifiers(tokens, cue.last, view.last);
  const word = tokens[next];
  if (!word || next >= view.last) return EVIDENTIAL_VERBS.has(cue.lemma);
  const verb = word.lower === 'to' ? next + 1 : next;
  const isVerb = word.lower === 'to' || isGerund(word);
  if (isVerb) return verb < view.last && !view.matchCue(tokens, verb, view.last);
  // "appeared on television", "seemed unconvinced": an evidential verb reports only through an infinitive.
  if (EVIDENTIAL_VERBS.has(cue.lemma)) return true;
  return OBJECT_POS.has(word.pos) || isPossessivePronoun(word.lower);
}

export function frame(view: SentenceView, source: Range | null, cue: CueMatch | null, content: Range[], rule: string): Frame {
  const pieces = withoutWritersTail(view, cue, content);
  return { sentence: view.index, source, cue, content: pieces, mode: modeOf(view, pieces, cue), rule, inherits: null, headline: view.headline, hidden: false };
}

/**
 * The content without what the writer adds after what was said: a second act of the speaker's
 * ("... and urged ..."), a gloss ("..., the mother of a diver") or when it happened ("... on
 * Tuesday"). Only a last piece after its cue is read so: before a cue ("X, the oldest pier in
 * the county, Allen said") every word is the speaker's.
 */
function withoutWritersTail(view: SentenceView, cue: CueMatch | null, content: Range[]): Range[] {
  const last = content[content.length - 1];
  if (!cue || !last || last[0] < cue.last) return content;
  const trimmed = withoutTrailingCircumstance(view, withoutTrailingApposition(view, withoutCoordinatedPredicate(view, cue, last)));
  return [...content.slice(0, -1), trimmed];
}

/** direct: all content inside quotes; mixed: partly; indirect: none; narrated: no cue or source at all. */
export function modeOf(view: SentenceView, content: Range[], cue: CueMatch | null): ClaimMode {
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
