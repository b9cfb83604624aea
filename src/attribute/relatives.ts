/** Cues in relative clauses ("X, who said ..."): the relative frame, relative asides, and the antecedent links between frames. */

import { isInWordHyphen, startsUppercase, type Token } from '../document.js';
import { objectPronouns, questionVerbs } from '../lexicons/speakers.js';
import { contactReportCues, saidObjectHeads, speechNouns } from '../lexicons/cues.js';
import type { CueMatch } from './cues.js';
import { isQuoteMark } from './quotes.js';
import { isFiniteVerbLike, isNominal, OBJECT_POS, isRelativePronoun, isParticipleBeforeAdjunct, isVerbLike, phraseEndingAt, skipBackOverModifiers, type Range } from './phrases.js';
import { CLAUSE_BREAKS, contentEnd, contentStartAfter, isBareAdjunct, isConjunction, isPassive, nextClauseBreak, RELATIVE_OPENERS, trimBreaks, verbGroupStart } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { secondaryStart } from './participles.js';
import { opensLooseClause, SUBJECT_HEADS } from './subjects.js';


/**
 * "..., compared with four in 10 who said they preferred ...", "the senator, who argued
 * that ...": a cue in a relative clause; PolNeAR marks the relative pronoun as the source.
 * A clause set off by a comma ends at the next clause break, and reports a bare object too
 * ("Collins, who endorsed Bush, ..."); a restrictive one reports only a clause.
 */
export function relativeClauseFrame(view: SentenceView, cue: CueMatch): Frame | null {
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
  const antecedent = hiddenAntecedent(view, commaBefore ? pronoun - 1 : pronoun);
  if (!antecedent) return null;
  const from = contentStartAfter(view, cue.last);
  const quoted = !aside && quoteOpeningAt(view, from);
  if (!opensLooseClause(view, from) && !aside && !quoted) return null;
  const stop = quoted ? quoteEnd(view, from) : aside ? nextClauseBreak(view, from) : mainVerbAfter(view, from, contentEnd(view));
  const content = trimBreaks(tokens, [from, Math.min(stop, secondaryStart(view, from) ?? stop)]);
  if (content[1] <= content[0] || isBareAdjunct(view, content)) return null;
  const found = frame(view, [pronoun, sourceEnd], cue, [content], 'attribute/relative-clause');
  found.inherits = antecedent;
  return found;
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(objectPronouns);

/**
 * `bottles that said, "Welcome"`, `The sign that said "Danger" fell`: the relative clause's words are a quote that
 * opens at `from` and closes the clause, before a mark, a conjunction, the main verb or the end (not `which reported
 * "2,521 incidents" in the city`).
 */
function quoteOpeningAt(view: SentenceView, from: number): boolean {
  const mark = view.tokens[from];
  if (mark === undefined || !isQuoteMark(mark) || view.quoteOf[from + 1]! < 0 || view.quotes[view.quoteOf[from + 1]!]!.open !== from) return false;
  const after = view.tokens[quoteEnd(view, from)];
  return quoteEnd(view, from) >= view.last || after === undefined || after.pos === 'PUNCT' || isConjunction(after) || isFiniteVerbLike(after);
}

/** The index after the closing mark of the quote that opens at `from`. */
function quoteEnd(view: SentenceView, from: number): number {
  return Math.min(view.last, view.quotes[view.quoteOf[from + 1]!]!.close + 1);
}

/** Where the main clause's verb group starts after a relative clause's cue ("Groups that backed her | say ..."), or -1. */
export function mainVerbAfterCue(view: SentenceView, relative: Frame): number {
  if (!relative.cue) return -1;
  // Read from the cue, not the content: "who have seen her on the pier | say that ..." may start its content at "that".
  const end = contentEnd(view);
  // "Divers who spoke about | the collapse | said ...": a phrase ending on its preposition takes a noun phrase, no clause.
  const takesNounPhrase = view.tokens[relative.cue.last - 1]!.pos === 'ADP';
  const verb = mainVerbAfter(view, relative.cue.last, end, takesNounPhrase);
  return verb < end ? verb : -1;
}

/**
 * "People who think the pier is safe | say ...", "Groups that endorsed him | say ...": in a
 * restrictive relative clause, a cue's verb group after a complete clause or after an object
 * that opens with an object pronoun (or any object, after a cue that ends on its preposition) is the main
 * clause's, and ends the relative clause.
 * Returns where that verb group starts, or `end`.
 */
function mainVerbAfter(view: SentenceView, from: number, end: number, afterNounPhrase = false): number {
  const { tokens } = view;
  let hasVerb = false;
  // "who have seen her on the pier say": an object pronoun cannot open the clause of a later verb ("her" only before no noun).
  const first = tokens[from];
  const opensWithObjectPronoun = first !== undefined && OBJECT_PRONOUNS.has(first.lower) && !(first.lower === 'her' && OBJECT_POS.has(tokens[from + 1]?.pos ?? ''));
  // "spoke about what the mayor | promised": a question word's clause holds its own verb.
  let nounPhraseObject = afterNounPhrase;
  for (let k = from; k < end; k += 1) {
    const token = tokens[k]!;
    if (view.quoteOf[k]! >= 0 || isQuoteMark(token) || isInWordHyphen(tokens, k)) continue;
    // "who ruled that the town could not close the pier | said": the cue's own "that" opens the clause it reports, whose
    // verb comes first; a later "that" may open a clause of its own.
    if (k === from && token.lower === 'that') continue;
    if (CLAUSE_BREAKS.has(token.value) || isConjunction(token) || isRelativePronoun(token.lower) || token.pos === 'SCONJ') return end;
    if (WH_CLAUSE_OPENERS.has(token.lower)) nounPhraseObject = false;
    if (!isFiniteVerbLike(token) || token.lower.endsWith('ing')) continue;
    // "called for the pier | proposed last year | said": a participle on the object's noun, before the main verb.
    if (nounPhraseObject && !hasVerb && isParticipleOnNoun(view, k, end)) continue;
    const head = verbGroupHead(tokens, k, end);
    // "so-called", "to say": no verb group of a clause.
    const before = tokens[k - 1];
    if (before === undefined || before.pos === 'PUNCT' || before.lower === 'to') {
      k = head;
      continue;
    }
    if (k > from && (hasVerb || opensWithObjectPronoun || nounPhraseObject) && view.matchCue(tokens, head, end)?.first === head) return Math.max(from + 1, verbGroupStart(view, k));
    hasVerb = true;
    k = head;
  }
  return end;
}

const WH_CLAUSE_OPENERS = new Set(['what', 'how', 'why', 'where', 'when', 'whether']);

/** Whether the verb at `k` is a participle on the noun before it, with a finite cue verb of the same clause after it before `end`. */
function isParticipleOnNoun(view: SentenceView, k: number, end: number): boolean {
  const { tokens } = view;
  if (!isParticipleBeforeAdjunct(tokens, k)) return false;
  // No conjunction or subordinator stands before the cue ("cheered when the mayor said").
  for (let i = k + 1; i < end; i += 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAKS.has(token.value) || isConjunction(token) || token.pos === 'SCONJ' || WH_CLAUSE_OPENERS.has(token.lower)) return false;
    if (isFiniteVerbLike(token) && tokens[i - 1]?.lower !== 'to' && view.matchCue(tokens, i, end) !== null) return true;
  }
  return false;
}

/** The lexical verb of the verb group that starts at `start`: "have | been known"; "was missing" ends before a later "said". */
function verbGroupHead(tokens: Token[], start: number, end: number): number {
  if (tokens[start]!.pos !== 'AUX') return start;
  let head = start;
  for (let i = start + 1; i < end; i += 1) {
    const token = tokens[i]!;
    if (token.pos === 'VERB') return i;
    if (token.pos === 'AUX') head = i;
    else if (token.pos !== 'ADV') break;
  }
  return head;
}

/**
 * The pronoun is a relative frame's source as written; its speaker is the phrase the pronoun
 * stands for, ending at `antecedentEnd`: a hidden frame the relative frame inherits from.
 */
export function hiddenAntecedent(view: SentenceView, antecedentEnd: number): Frame | null {
  const { tokens } = view;
  const antecedentStart = phraseEndingAt(tokens, antecedentEnd, view.first);
  if (antecedentStart >= antecedentEnd || !SUBJECT_HEADS.has(tokens[antecedentEnd - 1]!.pos)) return null;
  const antecedent = frame(view, [antecedentStart, antecedentEnd], null, [], 'attribute/relative-antecedent');
  antecedent.hidden = true;
  return antecedent;
}

/** ", who calls ...": a cue right after a relative pronoun set off by a comma. */
export function inRelativeAside(view: SentenceView, cue: CueMatch): boolean {
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

/** Relative pronouns that, before a report's subject, can only open a relative clause: "which he said ...", "what analysts called ..." ("that" and "who" may also ask or complement). */
const GAP_PRONOUNS = new Set(['which', 'what', 'whom']);
const QUESTION_VERBS: ReadonlySet<string> = new Set(questionVerbs);

/**
 * "a pier, which she said the port should pay for", "reforms that she said improved the harbour":
 * the relative pronoun right before a report's subject belongs to what was said (PolNeAR marks
 * it as the content's first piece). Its index, or -1. A "that" or "who" counts only after a noun
 * and before a verb with no subject of its own, where the subject is the pronoun's gap: "the sense
 * that he rejects ..." and "asked who they thought was ..." do not.
 */
export function gapPronounBefore(view: SentenceView, subjectStart: number, contentStart: number, cue: CueMatch): number {
  const { tokens } = view;
  const pronoun = subjectStart - 1;
  const word = tokens[pronoun];
  if (pronoun <= view.first || !word || view.quoteOf[pronoun]! >= 0) return -1;
  if (GAP_PRONOUNS.has(word.lower)) return pronoun;
  if (word.lower !== 'that' && word.lower !== 'who') return -1;
  // "the rivals, who she said are ...": an aside's comma may stand between the noun and the pronoun.
  const before = tokens[pronoun - 1]!.value === ',' ? pronoun - 2 : pronoun - 1;
  return before >= view.first && isNominal(tokens[before]!) && (isFiniteVerbLike(tokens[contentStart]) || namesGap(view, cue, contentStart)) ? pronoun : -1;
}

/**
 * Where the content of a report inside a relative clause ends: at the clause break after an aside
 * ("The pier, which officials say is unsafe, closed"), or before the main clause's verb group after a
 * restrictive one ("The reforms that she said improved the harbour | were costly").
 */
export function relativeReportEnd(view: SentenceView, pronoun: number, contentStart: number, end: number): number {
  const { tokens } = view;
  if (tokens[pronoun - 1]?.value === ',') return Math.min(end, nextClauseBreak(view, contentStart));
  // The first verb group is the relative clause's own; a later one with no word that opens a clause before it is the main clause's.
  let verbs = 0;
  let opened = false;
  for (let i = contentStart; i < end; i += 1) {
    const token = tokens[i]!;
    if (view.quoteOf[i]! >= 0 || CLAUSE_BREAKS.has(token.value)) return end;
    if (opensInnerClause(token)) opened = true;
    // "could ultimately affect": an adverb after an auxiliary does not start another verb group.
    if (!isFiniteVerbLike(token) || (i > contentStart && (isVerbLike(tokens[i - 1]) || (tokens[i - 1]!.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX')))) continue;
    verbs += 1;
    if (verbs > 1 && !opened) return i;
    opened = false;
  }
  return end;
}

/** A word that opens a clause inside the content, whose verb is not the main clause's: "and", "that", "who", "when", a subject pronoun. */
function opensInnerClause(token: Token): boolean {
  return isConjunction(token) || isRelativePronoun(token.lower) || token.pos === 'SCONJ' || token.pos === 'PRON' || token.lower === 'to';
}

/**
 * "in what officials called an act of arson": wink reads "what" (or "which") before a noun as its
 * determiner; before a cue, the subject starts after it when it is the relative pronoun.
 */
export function withoutRelativeDeterminer(view: SentenceView, subject: Range, cue: CueMatch, contentStart: number): Range {
  const first = view.tokens[subject[0]]!.lower;
  if (subject[1] - subject[0] < 2 || (first !== 'what' && first !== 'which')) return subject;
  return isRelativeWord(view, subject[0], cue, contentStart) ? [subject[0] + 1, subject[1]] : subject;
}

/**
 * Whether the "what" or "which" at `at`, before a report's subject, is a relative pronoun: after a
 * preposition, a comma or a noun; or, after a verb, a "what" the report's content lacks the part
 * of ("faced what economists called a rant", "displaying what analysts said was a sign"). Otherwise
 * it asks ("knows which officials said ...", "knows what divers said about the pier").
 */
export function isRelativeWord(view: SentenceView, at: number, cue: CueMatch, contentStart: number): boolean {
  const before = view.tokens[at - 1];
  if (before === undefined || at - 1 < view.first) return false;
  if (before.pos === 'ADP' || before.value === ',' || isNominal(before)) return true;
  if (view.tokens[at]!.lower !== 'what' || QUESTION_VERBS.has(before.lemma)) return false;
  return isFiniteVerbLike(view.tokens[contentStart]) || namesGap(view, cue, contentStart);
}

/** "a clip that the judge called "distasteful"", "who Allen called a reckless man": "call" with no object before its complement. */
function namesGap(view: SentenceView, cue: CueMatch, contentStart: number): boolean {
  const next = view.tokens[contentStart];
  return cue.lemma === 'call' && next !== undefined && (isQuoteMark(next) || next.pos === 'DET');
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
export function withAntecedents(frames: Frame[]): Frame[] {
  return frames.flatMap((found) => (found.inherits?.hidden && !frames.includes(found.inherits) ? [found.inherits, found] : [found]));
}

const CONTACT_REPORT_CUES: ReadonlySet<string> = new Set(contactReportCues);
const SAID_OBJECTS: ReadonlySet<string> = new Set([...Object.keys(speechNouns), ...saidObjectHeads]);
/** The most words of a report's subject inside a relative clause without "that": "the California congressman". */
const MAX_CONTACT_SUBJECT = 4;

/**
 * "meddling | the congressman said | is designed to ...", "a decision | they say | allowed ...", "the risk |
 * Harbour officials say | is growing": a report in a relative clause without "that" or "which", its subject a
 * pronoun, a phrase with a determiner or a name right after the noun it modifies, and its clause's subject the
 * gap. The noun is the content's first piece, as PolNeAR marks it.
 */
export function contactRelativeFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (!CONTACT_REPORT_CUES.has(cue.lemma) || !isFiniteVerbLike(tokens[cue.first]) || isPassive(view, cue)) return null;
  const subjectEnd = skipBackOverModifiers(tokens, cue.first, view.first);
  let subjectStart = nameAfterNoun(tokens, phraseEndingAt(tokens, subjectEnd, view.first), subjectEnd);
  // "a strike | that executives said | could ...": a relative "that" read as a determiner is the content's first piece.
  const pronoun = RELATIVE_THAT.has(tokens[subjectStart]?.lower ?? '') ? subjectStart : -1;
  if (pronoun >= 0) subjectStart += 1;
  const head = (pronoun >= 0 ? pronoun : subjectStart) - 1;
  if (subjectStart >= subjectEnd || subjectEnd - subjectStart > MAX_CONTACT_SUBJECT || head < view.first || view.quoteOf[head]! >= 0) return null;
  // "The words he said were clear": what was said is the cue's object, not the subject of what follows.
  if (tokens[head]!.pos !== 'NOUN' || SAID_OBJECTS.has(tokens[head]!.lemma) || (pronoun < 0 && !opensContactSubject(tokens[subjectStart]!))) return null;
  // The clause's subject is the gap: a finite verb right after the cue ("they say | allowed ...").
  const start = cue.last;
  if (!isFiniteVerbLike(tokens[skipForwardOverAdverbs(tokens, start, view.last)])) return null;
  // "Of the divers they said were hurt, | two died": a relative clause in a fronted phrase ends at its comma.
  const fronted = tokens[view.first]!.pos === 'ADP';
  const end = relativeReportEnd(view, subjectStart, start, fronted ? nextClauseBreak(view, start) : contentEnd(view));
  const content = trimBreaks(tokens, [start, end]);
  if (content[1] <= content[0]) return null;
  const antecedent: Range = pronoun >= 0 ? [pronoun, pronoun + 1] : [phraseEndingAt(tokens, head + 1, view.first), head + 1];
  return frame(view, [subjectStart, subjectEnd], cue, [antecedent, content], 'attribute/contact-relative');
}

const RELATIVE_THAT: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/** "the boat | Harbour officials": a capitalised name right after a common noun starts a phrase of its own; else `start`. */
function nameAfterNoun(tokens: Token[], start: number, end: number): number {
  for (let k = end - 1; k > start; k -= 1) if (tokens[k]!.pos === 'PROPN' && startsUppercase(tokens[k]) && tokens[k - 1]!.pos === 'NOUN' && !startsUppercase(tokens[k - 1])) return k;
  return start;
}

/** A subject that cannot be part of the noun before it: a pronoun, a determiner's phrase, or a capitalised name. */
function opensContactSubject(token: Token): boolean {
  return token.pos === 'PRON' || token.pos === 'DET' || (token.pos === 'PROPN' && startsUppercase(token));
}

function skipForwardOverAdverbs(tokens: Token[], from: number, limit: number): number {
  let i = from;
  while (i < limit && tokens[i]!.pos === 'ADV') i += 1;
  return i;
}
