/** Secondary frames of participles and gerunds (", adding that ...", "Having said ..."), and where a participle's clause starts. */

import { startsUppercase, type Token } from '../document.js';
import { isReportMedium, mediumCarrierBefore, timePhraseEnd, type CueMatch } from './cues.js';
import { isDoubledMark, isQuoteMark } from './quotes.js';
import { clauseInscriptionCues, cuesNeedingClause, inscriptionCues, inscriptionNouns, participlePrepositions, prepositionalParticiples, secondaryCues } from '../lexicons/cues.js';
import { hasVerb, isSpeakerLike, isFiniteVerbLike, isNounOf, isPossessiveMarker, isRegularParticiple, isRelativePronoun, isVerbLike, phraseEndingAt, phraseStartingAt, skipForwardOverModifiers, type Range } from './phrases.js';
import { beforeWritersAddition, CLAUSE_BREAKS, closesQuoteOnComma, contentStartAfter, COORDINATORS, DASHES, deniesSaying, endOfFrontedSubordinate, isBareAdjunct, isInVerbGroup, lastMainClauseComma, opensReportedClause, reportedClauseEnd, trimBreaks } from './clauses.js';
import { cutContentAt, frame, type Frame, type SentenceView } from './frames.js';
import { isApproximator, isNounPhrase, looseSubjectBefore } from './subjects.js';
import { raisedSubjectOf } from './passives.js';


const SECONDARY_CUES: ReadonlySet<string> = new Set(secondaryCues);
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set(prepositionalParticiples);
const CUES_NEEDING_CLAUSE: ReadonlySet<string> = new Set(cuesNeedingClause);

/** "..., adding that ...", "..., saying ..." after a main frame: a second claim by the same source. */
export function secondaryFrame(view: SentenceView, main: Frame): Frame | null {
  const after = main.content[main.content.length - 1]![1];
  const from = main.cue && main.cue.last > after ? main.cue.last : after;
  const start = secondaryStart(view, from);
  if (start === null) return null;
  const { tokens } = view;
  const cue = view.matchCue(tokens, participleAfter(view, start), view.last);
  if (!cue) return null;
  const contentStart = contentStartAfter(view, cue.last);
  // "Though she called it “outrageous” and called for ..., Allen ...": the main frame's fronted clause ends this one too.
  const reportedEnd = reportedClauseEnd(view, contentStart);
  const clauseEnd = main.source ? endOfFrontedSubordinate(view, main.source[0], contentStart, reportedEnd) : reportedEnd;
  const content = trimBreaks(tokens, [contentStart, beforeWritersAddition(view, contentStart, clauseEnd)]);
  if (content[1] <= content[0]) return null;
  // "Smith is expected to resign, saying ...": after a passive report, its raised subject speaks.
  const secondary = frame(view, main.source ?? raisedSubjectOf(main), cue, [content], 'attribute/participial');
  secondary.inherits = main;
  return secondary;
}

/**
 * "Clinton thanked her supporters, declaring it a super Tuesday, and said ...": a participial
 * cue between the subject and the main cue is a second claim by the same source.
 */
export function participleBeforeCue(view: SentenceView, main: Frame): Frame | null {
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
export function participialFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  const source = mainClauseSubject(view);
  if (!source) return null;
  const subjectEnd = source[1];
  const start = secondaryStart(view, subjectEnd) ?? mediumBeforeParticiple(view, subjectEnd);
  if (start === null) return null;
  // A ", with X saying" break has its own subject: no cue right after it.
  const cue = view.matchCue(tokens, participleAfter(view, start), view.last);
  if (!cue) return null;
  const from = contentStartAfter(view, cue.last);
  const content = trimBreaks(tokens, [from, endBeforeNextParticiple(view, cue, from) ?? reportedClauseEnd(view, from)]);
  if (content[1] <= content[0]) return null;
  return frame(view, joinedClauseSubject(view, subjectEnd, start) ?? source, cue, [content], 'attribute/participial-main');
}

/**
 * "The crowd was quiet, and Lee stood up, saying ...": the participle goes with the last clause joined by
 * ", and" / ", but" before it, whose subject is then its source; null when no such clause stands between.
 */
function joinedClauseSubject(view: SentenceView, from: number, to: number): Range | null {
  const { tokens } = view;
  let found: Range | null = null;
  for (let i = from; i + 2 < to; i += 1) {
    if (tokens[i]!.value !== ',' || !COORDINATORS.has(tokens[i + 1]!.lower)) continue;
    const subject: Range = [i + 2, phraseStartingAt(tokens, i + 2, to)];
    const verb = tokens[skipForwardOverModifiers(tokens, subject[1], to)];
    // Only a party that can speak ("and the motion passed, saying nothing" keeps the first subject), and a
    // lowercase verb: a capitalised one is a name's word ("Mr. | Hurt's book").
    if (isSpeakerLike(tokens, subject) && tokens[subject[0]]!.lower !== 'it' && isFiniteVerbLike(verb) && !startsUppercase(verb)) found = subject;
  }
  return found;
}

/**
 * "began by talking about the crisis, saying that ...": a second participle ends the first one's
 * content, unless it stands in a clause still waiting for its verb ("saying that divers, citing
 * cracks, had refused"); null when there is none.
 */
function endBeforeNextParticiple(view: SentenceView, cue: CueMatch, from: number): number | null {
  const next = secondaryStart(view, from);
  if (next === null) return null;
  const needsVerb = view.tokens[from]?.lower === 'that' || CUES_NEEDING_CLAUSE.has(cue.lemma);
  return needsVerb && !hasVerb(view.tokens, [from, next]) ? null : next;
}

/**
 * The subject of the sentence's first clause: the noun phrase that opens the sentence when
 * a verb follows it ("Both parents stiffened ..."), else the loose subject of the first
 * finite verb, past a fronted phrase or clause ("In response to the plan, the mayor rallied ...").
 */
export function mainClauseSubject(view: SentenceView): Range | null {
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
  // "Asked whether ..., Lee shook her head and said": a fronted participle's clause ends at its comma too, and so
  // does a subordinate clause inside it ("Founded in 1990, when Lee was mayor, the group ...").
  if (SUBORDINATORS.has(tokens[from]!.lower) || opensWithParticiple(tokens, from, view.last)) {
    do from = nextComma(view, from + 1);
    while (from + 1 < view.last && (SUBORDINATORS.has(tokens[from + 1]!.lower) || isRelativePronoun(tokens[from + 1]!.lower) || tokens[from + 1]!.lower === 'where'));
  }
  for (let i = from; i < view.last; i += 1) {
    if (view.quoteOf[i]! >= 0 || isQuoteMark(tokens[i]!)) return -1;
    if (isFiniteVerbLike(tokens[i]) && (i === view.first || tokens[i - 1]!.lower !== 'to')) return i;
  }
  return -1;
}

/** "Reached by phone, ...", "Asked whether ..., ": a participle opening a clause with a comma after it, not one before its noun ("Leading economists met ..."). */
function opensWithParticiple(tokens: Token[], first: number, last: number): boolean {
  const token = tokens[first]!;
  const next = tokens[first + 1];
  if (!isRegularParticiple(token) || next === undefined || NOUN_HEADS.has(next.pos)) return false;
  for (let i = first + 1; i < last; i += 1) if (tokens[i]!.value === ',') return true;
  return false;
}

const NOUN_HEADS = new Set(['NOUN', 'PROPN', 'ADJ']);

function nextComma(view: SentenceView, from: number): number {
  let i = from;
  while (i < view.last && view.tokens[i]!.value !== ',') i += 1;
  return i;
}

/** Index of the ", adding" break (or of the ", with X saying" one) at or after `from`, or null. */
export function secondaryStart(view: SentenceView, from: number): number | null {
  const { tokens } = view;
  for (let i = from; i + 1 < view.last; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'with' && view.quoteOf[i]! < 0 && withParticipleCue(view, i)) return tokens[i - 1]?.value === ',' && i > from ? i - 1 : i;
    if (!opensParticipleBreak(view, i) && token.lower !== 'and' && !GERUND_LINKS.has(token.lower) && !closesQuoteOnComma(view, i)) continue;
    if (view.quoteOf[i]! >= 0) continue;
    const at = participleAfter(view, i);
    if (at >= view.last) continue;
    const next = tokens[at]!;
    const participle = next.lower.endsWith('ing') || (token.lower === 'and' && (next.lower.endsWith('ed') || isPresentThirdPerson(next)) && !joinsPassive(view, i));
    const cue = participle ? view.matchCue(tokens, at, view.last) : null;
    // wink may tag the participle as a noun ("warning"): the cue's own first word is checked instead of wink's lemma.
    if (cue && isSecondaryCue(cue, token, tokens[cue.last])) return i;
  }
  return null;
}

/** "urges", "warns": a verb's present form in -s, which wink reads as a verb. */
function isPresentThirdPerson(token: Token): boolean {
  return token.pos === 'VERB' && token.lower.endsWith('s') && token.lower !== token.lemma;
}

/**
 * "his brother was arrested and accused of theft", "the mayor was warned and asked to resign": a
 * participle after the "and" of a passive shares its "be", and no one speaks.
 */
function joinsPassive(view: SentenceView, and: number): boolean {
  const { tokens } = view;
  const participle = tokens[and - 1];
  if (participle === undefined || participle.pos !== 'VERB' || participle.lower === participle.lemma || participle.lower.endsWith('ing')) return false;
  for (let i = and - 2; i >= view.first && isInVerbGroup(tokens[i]!); i -= 1) if (tokens[i]!.lemma === 'be' || tokens[i]!.lemma === 'get') return true;
  return false;
}

/** A comma, or a lone dash of its sentence: "flipped her choice – saying ...", not one of a pair around an aside ("– saying ... –"). */
function opensParticipleBreak(view: SentenceView, at: number): boolean {
  const mark = view.tokens[at]!.value;
  if (mark === ',') return true;
  if (!DASHES.has(mark)) return false;
  for (let i = view.first; i < view.last; i += 1) if (i !== at && DASHES.has(view.tokens[i]!.value)) return false;
  return true;
}

/** The most tokens of the subject between "with" and its participle: "with former Maryland Gov. Martin O'Malley". */
const MAX_WITH_SUBJECT = 8;

/**
 * ", with Sen. Allen calling it a menu", "with 50 percent of voters saying ...": the participle
 * cue right after "with" (at `withAt`) and a noun phrase, its subject; or null.
 */
function withParticipleCue(view: SentenceView, withAt: number): CueMatch | null {
  const { tokens } = view;
  let subjectEnd = sharePhraseEnd(tokens, withAt + 1, Math.min(view.last, withAt + 1 + MAX_WITH_SUBJECT));
  // "with three in 10 saying/NOUN": after a number wink may read the participle as the phrase's noun ("with one ruling
  // saying" has its noun in -ing and the participle after it).
  if (subjectEnd - 1 > withAt + 1 && tokens[subjectEnd - 2]!.pos === 'NUM' && isIngNounBeforeParticiple(tokens, subjectEnd - 1)) subjectEnd -= 1;
  const participle = tokens[subjectEnd];
  if (subjectEnd === withAt + 1 || subjectEnd >= view.last || !participle!.lower.endsWith('ing') || PREPOSITIONAL_PARTICIPLES.has(participle!.lower)) return null;
  const cue = view.matchCue(tokens, subjectEnd, view.last);
  return cue && cue.first === subjectEnd && cue.kind !== 'source' ? cue : null;
}

/** "10 saying/NOUN": a word in -ing that no other word in -ing follows. */
function isIngNounBeforeParticiple(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower.endsWith('ing') && !tokens[i + 1]?.lower.endsWith('ing');
}

/**
 * The end of the noun phrase from `start`, read as a poll's share when it is one: "about three in 10 (voters)", an
 * approximation and a ratio of numbers, which `phraseStartingAt` would end at "in".
 */
function sharePhraseEnd(tokens: Token[], start: number, limit: number): number {
  const from = start + 1 < limit && isApproximator(tokens[start]!.lower) && tokens[start + 1]!.pos === 'NUM' ? start + 1 : start;
  const end = phraseStartingAt(tokens, from, limit);
  const ratio = end > from && tokens[end - 1]!.pos === 'NUM' && tokens[end]?.lower === 'in' && end + 1 < limit && tokens[end + 1]!.pos === 'NUM';
  if (ratio) return phraseStartingAt(tokens, end + 1, limit);
  return end;
}

/** ", with Sen. Allen calling it a "menu"": the phrase after "with" speaks through the participle. */
export function withParticipleFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  for (let withAt = cue.first - 2; withAt >= Math.max(view.first, cue.first - 1 - MAX_WITH_SUBJECT); withAt -= 1) {
    if (tokens[withAt]!.lower !== 'with' || withParticipleCue(view, withAt)?.first !== cue.first) continue;
    // "with all precincts reporting, the race ...": a participle its clause ends right after reports nothing.
    if (CLAUSE_BREAKS.has(tokens[cue.last]?.value ?? '')) return null;
    const from = contentStartAfter(view, cue.last);
    const content = trimBreaks(tokens, [from, secondaryStart(view, from) ?? beforeWritersAddition(view, from, reportedClauseEnd(view, from))]);
    // "with all crews reporting for work", "with her aides saying nothing": an adjunct or a denial reports nothing.
    if (content[1] <= content[0] || isBareAdjunct(view, content) || deniesSaying(tokens[content[0]])) return null;
    return frame(view, [withAt + 1, cue.first], cue, [content], 'attribute/with-participle');
  }
  return null;
}

const INSCRIPTION_NOUNS: ReadonlySet<string> = new Set(inscriptionNouns);
const INSCRIPTION_CUES: ReadonlySet<string> = new Set(inscriptionCues);
const CLAUSE_INSCRIPTION_CUES: ReadonlySet<string> = new Set(clauseInscriptionCues);

/** "held up a sign saying “...”", "A petition calling on him to resign has ...": the noun that carries the words is their source. */
export function inscriptionFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  const noun = tokens[cue.first - 1];
  if (!tokens[cue.first]!.lower.endsWith('ing') || !INSCRIPTION_CUES.has(cue.lemma) || noun === undefined || noun.pos !== 'NOUN' || !isNounOf(INSCRIPTION_NOUNS, noun.lower)) return null;
  const source: Range = [ownerStart(tokens, phraseEndingAt(tokens, cue.first, view.first), view.first), cue.first];
  const from = contentStartAfter(view, cue.last);
  // "Holding signs calling him “a loser,” the protesters chanted": a main clause after a comma is no part of the words.
  const clauseEnd = lastMainClauseComma(view, from, reportedClauseEnd(view, from));
  // A subject that carries the words, or holds them, leaves the sentence's own verb after them: "A petition calling on him
  // to resign | has ...", "Protesters carrying signs demanding justice | marched ...".
  const end = Math.min(quoteEndFrom(view, from), inSubject(view, source[0]) ? mainVerbWithin(view, from, clauseEnd, CLAUSE_INSCRIPTION_CUES.has(cue.lemma)) : clauseEnd);
  const content = trimBreaks(tokens, [from, end]);
  if (content[1] <= content[0] || isBareAdjunct(view, content)) return null;
  return frame(view, source, cue, [content], 'attribute/inscription');
}

/** `a hat reading, “Make the Harbour Great” on Tuesday`: words quoted right at `from` end with their quote; else the view's end. */
function quoteEndFrom(view: SentenceView, from: number): number {
  let i = from;
  while (i < view.last && isQuoteMark(view.tokens[i]!) && view.quoteOf[i]! < 0) i += 1;
  const quote = i < view.last && i - from <= 2 ? view.quotes[view.quoteOf[i]!] : undefined;
  return quote ? Math.min(view.last, quote.close + 1) : view.last;
}

/** "The Harbour Gazette | 's headline": a phrase that starts on a possessive takes in its owner, or leaves the mark out when wink misread the owner. */
function ownerStart(tokens: Token[], start: number, floor: number): number {
  if (start <= floor || !isPossessiveMarker(tokens[start]!)) return start;
  const owner = phraseEndingAt(tokens, start, floor);
  return owner < start ? owner : start + 1;
}

/** Whether no finite verb stands before `at` in the sentence: the words there are in its subject. */
function inSubject(view: SentenceView, at: number): boolean {
  for (let i = view.first; i < at; i += 1) if (isFiniteWord(view.tokens, i)) return false;
  return true;
}

/** A finite verb, not a participle in -ing nor an infinitive's or an auxiliary's verb. */
function isFiniteWord(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return isFiniteVerbLike(tokens[i]) && !tokens[i]!.lower.endsWith('ing') && (before === undefined || (before.lower !== 'to' && !isInVerbGroup(before)));
}

/**
 * The sentence's own verb in [from, end), outside quotes: the first finite verb, or the second when a cue that takes a
 * clause opens one with its own verb ("A sign saying the pier was closed | stood ..."); `end` when there is none.
 */
function mainVerbWithin(view: SentenceView, from: number, end: number, takesClause: boolean): number {
  let skip = takesClause && opensReportedClause(view, from) ? 1 : 0;
  for (let i = from + 1; i < end; i += 1) {
    if (view.quoteOf[i]! >= 0 || !isFiniteWord(view.tokens, i)) continue;
    if (skip === 0) return i;
    skip -= 1;
  }
  return end;
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
    if (!isReportMedium(token)) continue;
    // The participle's joiner is the medium, or the time phrase after it ("a statement Tuesday saying").
    const joiner = timePhraseEnd(tokens, i + 1, view.last - 1) - 1;
    if (mediumCarrierBefore(tokens, joiner + 1, from) > i) continue;
    const cue = view.matchCue(tokens, joiner + 1, view.last);
    return cue && cue.first === joiner + 1 && isSecondaryCue(cue, token, tokens[cue.last]) ? joiner : null;
  }
  return null;
}

/** "Having announced ...": a perfect participle cue right after the sentence's first word. */
export function opensWithHaving(view: SentenceView, cue: CueMatch): boolean {
  return cue.first === view.first + 1 && view.tokens[view.first]!.lower === 'having';
}

const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(participlePrepositions);

/** "After saying ...", "By insisting ...": the cue second in its sentence, after a preposition. */
function opensWithPreposition(view: SentenceView, cue: CueMatch): boolean {
  return cue.first === view.first + 1 && PARTICIPLE_PREPOSITIONS.has(view.tokens[view.first]!.lower);
}

/** The longest fronted participial clause, in tokens: "Citing an unfounded theory, Trump accused ...". */
const MAX_FRONTED_CLAUSE = 25;

/**
 * "Citing a new report, the mayor closed the pier", "Lamenting their luck, residents often say
 * ...": a participle that opens the sentence speaks for the subject of the clause after its comma.
 */
export function frontedParticipleFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  const participle = ((cue.first === view.first || opensWithPreposition(view, cue)) && tokens[cue.first]!.lower.endsWith('ing')) || opensWithHaving(view, cue);
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
export function nextParticipleInChain(view: SentenceView, first: Frame): Frame | null {
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
