/** Finding a cue's subject: the noun phrase before it, with its modifiers, asides, appositions and fronted phrases, and the tests of where a subject may open. */

import { isInWordHyphen, startsUppercase, type Token } from '../document.js';
import { isReportMedium, type CueMatch } from './cues.js';
import { isDoubledMark, isQuoteMark } from './quotes.js';
import { approximators, boundingSuperlatives, comparativeQuantifiers, objectPronouns, peopleIndefinites, quantifierSubjects, quantityNouns, relationNouns, respondentParticiples, shareWords, stanceAdverbs, whDeterminers } from '../lexicons/speakers.js';
import { emptyHedgeVerbs } from '../lexicons/cues.js';
import { bareInfinitiveVerbs } from '../lexicons/types.js';
import {
  isMistaggedHead,
  isPossessiveMarker,
  isPossessivePronoun,
  isSpeakerLike,
  isDemonstrative,
  isFrontedTimePhrase,
  isNominativePronoun,
  isQuantifierSubject,
  isFiniteVerbLike,
  isRegularParticiple,
  isRelativePronoun,
  isRestrictivePronoun,
  isVerbLike,
  namePartiesAlike,
  opensClauseAfterThat,
  phraseEndingAt,
  phraseStartingAt,
  skipBackOverModifiers,
  type Range,
} from './phrases.js';
import { ASIDE_MARKS, CLAUSE_BREAKS, closesQuoteOnComma, followsQuotedWordOfNounPhrase, isConjunction, isInflectedCue, isNameWord, isShouted, opensReportedClause } from './clauses.js';
import type { SentenceView } from './frames.js';


/** The longest aside between a subject and its cue: "Kincaid, who trails in most state polls, said". */
const MAX_APPOSITION = 30;
/** Words after which a clause, and so a subject, begins: "shortly after Trump said", "in which he said", "what Wahl said". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'if', 'although', 'though', 'where', 'until', 'which', 'what', 'whom', 'whose', 'than', 'but', 'and', 'or', 'so']);

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

/**
 * Whether a reported clause opens at `from`: "that", a quote, a colon, or a subject with
 * a finite verb ("say they are ..."), as a bare object ("adds pressure") reports nothing.
 */
export function opensLooseClause(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  const next = tokens[from];
  if (!next || from >= view.last) return false;
  if (next.lower === 'that' || next.value === ':' || isQuoteMark(next) || view.quoteOf[from]! >= 0) return true;
  if (thatAfterObject(view, from) || standsForClause(view, from)) return true;
  // "say their campaign has ...": a possessive opens the subject's noun phrase.
  const opener = isPossessivePronoun(next.lower) ? from + 1 : from;
  let subjectEnd = next.pos === 'PRON' && opener === from ? from + 1 : nounPhraseWithModifiers(tokens, opener, view.last);
  if (subjectEnd <= from) return false;
  while (subjectEnd < view.last && (tokens[subjectEnd]!.pos === 'ADV' || tokens[subjectEnd]!.lower === 'not')) subjectEnd += 1;
  const verb = tokens[subjectEnd];
  return subjectEnd < view.last && isFiniteVerbLike(verb);
}

/** Words after "the same" that leave it standing for a clause: "say the same of Lee", "said the same thing". */
const AFTER_THE_SAME = new Set(['of', 'about', 'for', 'thing', ',', '.', ';']);

/** "64 percent who say the same of Lee", "half said so.": a phrase that stands for a reported clause. */
function standsForClause(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  const after = (k: number): string => (k < view.last ? tokens[k]!.lower : '.');
  if (tokens[from]!.lower === 'so') return CLAUSE_BREAKS.has(after(from + 1)) || after(from + 1) === '.';
  return tokens[from]!.lower === 'the' && after(from + 1) === 'same' && AFTER_THE_SAME.has(after(from + 2));
}

/** "the radical language in the platform", "most of the voters": a noun phrase with its prepositional post-modifiers. Returns its end. */
function nounPhraseWithModifiers(tokens: Token[], start: number, limit: number): number {
  return pastLinkedPhrases(tokens, start, phraseStartingAt(tokens, start, limit), limit, (word) => SUBJECT_LINKS.has(word) && word !== 'and');
}

/** The end of a noun phrase [start, end) extended over the phrases each `isLink` word joins to it ("one of two witnesses"). */
export function pastLinkedPhrases(tokens: Token[], start: number, end: number, limit: number, isLink: (word: string) => boolean): number {
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
const SUBJECT_LINKS = new Set(['of', 'out', 'in', 'for', 'from', 'at', 'with', 'on', 'and', 'by', 'to', "'s", '’s', '%', 'inside', 'within', 'outside', 'among', 'across', 'around', 'throughout', 'like']);
const LOOSE_SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'X']);
export const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'NUM', 'SYM']);
/** Pronouns that stand for a whole subject: "some say", "many believe", "others argued". */
const PRONOUN_SUBJECTS = new Set([...quantifierSubjects, ...peopleIndefinites, 'none', 'one', 'another', 'you', 'this', 'that', 'those']);
const APPROXIMATORS: ReadonlySet<string> = new Set(approximators);

/** "about", "nearly", "some": a word that bounds the number after it. */
export function isApproximator(word: string): boolean {
  return APPROXIMATORS.has(word);
}
const COMPARATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(comparativeQuantifiers);
const BOUNDING_SUPERLATIVES: ReadonlySet<string> = new Set(boundingSuperlatives);
const SHARE_WORDS: ReadonlySet<string> = new Set(shareWords);
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(quantityNouns);
export const WH_DETERMINERS: ReadonlySet<string> = new Set(whDeterminers);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/**
 * The subject of a verb at `verbAt` read loosely: the run of noun-phrase words back to
 * where its clause opens, past adverbs, auxiliaries, time phrases, a reflexive ("Cruz
 * himself said") and an aside between commas or dashes. Null when no clause opens there.
 */
export function looseSubjectBefore(view: SentenceView, verbAt: number): Range | null {
  const { tokens } = view;
  let end = pastMediumPhrase(view, skipBackOverModifiers(tokens, verbAt, view.first));
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

/**
 * The subject a passive report or a hedge raises from its clause ("The House | is expected to",
 * "the fund, which | has long been said to", "Officials said the bill | is expected to"), ending
 * where the verb group starts: a relative pronoun, a loose subject, or else the noun phrase
 * there. Null for an empty "it" ("It is expected to rain"), which PolNeAR leaves out.
 */
export function raisedSubjectBefore(view: SentenceView, groupStart: number): Range | null {
  const { tokens } = view;
  const before = tokens[groupStart - 1];
  if (groupStart - 1 < view.first || before === undefined) return null;
  if (isRelativePronoun(before.lower)) return [groupStart - 1, groupStart];
  const found = looseSubjectBefore(view, groupStart) ?? nounPhraseEndingAt(view, groupStart);
  // "pass the bill and the Senate | is expected to": a phrase right after a verb that reports nothing holds its object and,
  // after "and", the subject ("said the House and the Senate | are expected to" keeps both).
  const subject = found && followsObjectVerb(view, found[0]) ? afterLastAnd(view, found) ?? found : found;
  if (!subject || (subject[1] - subject[0] === 1 && tokens[subject[0]]!.lower === 'it')) return null;
  return subject;
}

/** Whether the word before `start` is a verb that takes the phrase at `start` as its object, not a cue. */
function followsObjectVerb(view: SentenceView, start: number): boolean {
  const before = view.tokens[start - 1];
  return start - 1 >= view.first && before !== undefined && before.pos === 'VERB' && view.matchCue(view.tokens, start - 1, view.last) === null;
}

/** The part of a phrase after its last "and", or null when it has none. */
function afterLastAnd(view: SentenceView, [start, end]: Range): Range | null {
  for (let i = end - 2; i > start; i -= 1) if (view.tokens[i]!.lower === 'and') return [i + 1, end];
  return null;
}

/** The noun phrase ending at `end`, headed by a noun, a name or a pronoun; null if none. */
function nounPhraseEndingAt(view: SentenceView, end: number): Range | null {
  const head = view.tokens[end - 1]!;
  if (!SUBJECT_HEADS.has(head.pos) && head.pos !== 'PRON') return null;
  const start = phraseEndingAt(view.tokens, end, view.first);
  return start < end ? [start, end] : null;
}

/** Prepositions after a passive participle on a subject: "reported by", "quoted in", "sent to". */
const PASSIVE_PREPOSITIONS = new Set(['by', 'in', 'to']);

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
  // "Every time he speaks | he says": a pronoun in the subject case right before the verb is its whole subject.
  if (isNominativePronoun(tokens[end - 1]!.lower)) return null;
  // The modifier may end on a noun, a pronoun, an adjective, its own verb ("who reported the boat was missing | said")
  // or the verb's stranded preposition ("people I have spoken with | said").
  const ending = tokens[last - 1]!;
  const stranded = ending.pos === 'ADP' && tokens[last - 2]?.pos === 'VERB';
  if (!SUBJECT_HEADS.has(ending.pos) && ending.pos !== 'PRON' && ending.pos !== 'ADJ' && ending.pos !== 'VERB' && !stranded) return null;
  const floor = Math.max(view.first + 1, end - MAX_SUBJECT_MODIFIER);
  // "A move to ban the boats Lee says | are unsafe": a verb right after the cue shows a relative clause without "that"
  // inside the infinitive's object, whose subject is the noun before the cue, not the whole phrase.
  const gapAfterVerb = isVerbLike(tokens[verbAt + 1]);
  // "The diver who wrote the speech | delivered by the mother says": a participle's phrase that opens no clause
  // may stand inside a relative clause before it, which then opens the modifier.
  let insideRelative = false;
  for (let i = end - 1; i >= floor; i -= 1) {
    const token = tokens[i]!;
    // "A 2014 study that appeared in the journal found": "that" before a verb opens a relative clause.
    const relativeThat = token.lower === 'that' && !opensClauseAfterThat(tokens[i + 1]);
    const relativeWhose = token.lower === 'whose' && SUBJECT_HEADS.has(tokens[i - 1]!.pos);
    if ((token.lower === 'that' && !relativeThat && opensRelativeReport(tokens, i, floor)) || isJoiningMark(tokens, i)) continue;
    if (token.pos === 'PUNCT' || view.quoteOf[i]! >= 0 || (CLAUSE_OPENERS.has(token.lower) && !relativeWhose) || (token.lower === 'that' && !relativeThat)) return null;
    // "Tom Hunt insisted Thursday ...": after a name, a verb of saying in -ed is its finite verb, not a participle on it,
    // unless a passive's preposition follows it ("Comments by Ann Lee reported by the Gazette", "reported in the Gazette").
    const participle = isParticipleForm(token) && !(tokens[i - 1]!.pos === 'PROPN' && !PASSIVE_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') && view.matchCue(tokens, i, view.last)?.kind === 'speech');
    const opensModifier = token.lower === 'who' || relativeWhose || relativeThat || participle || (i + 1 < end && opensContactClause(tokens, i)) || (i + 2 < last && !gapAfterVerb && opensInfinitiveOnNoun(tokens, i));
    const headBefore = SUBJECT_HEADS.has(tokens[i - 1]!.pos) || (PRONOUN_SUBJECTS.has(tokens[i - 1]!.lower) && tokens[i - 1]!.lower !== 'that');
    // "Officials who met said that leaked documents show": a "that" with no noun before it opens no relative clause.
    if (relativeThat && !headBefore) return null;
    if (!opensModifier || !headBefore) continue;
    const relative = token.lower === 'who' || relativeWhose || relativeThat;
    if (insideRelative && !relative) continue;
    const start = looseNounPhraseEndingAt(view, i);
    if (start >= 0) return [start, last];
    if (relative || !isParticipleForm(token)) return null;
    insideRelative = true;
  }
  return null;
}

/**
 * "People who think | that the pier is safe say": the "that" of a verb that a relative pronoun opens ("Officials
 * who met said | that ..." has a second verb, the main one, before it).
 */
function opensRelativeReport(tokens: Token[], that: number, floor: number): boolean {
  const verb = tokens[that - 1];
  if (verb === undefined || verb.pos !== 'VERB') return false;
  const pronoun = skipBackOverModifiers(tokens, that - 1, floor) - 1;
  return pronoun >= floor && isRestrictivePronoun(tokens[pronoun]!.lower) && SUBJECT_HEADS.has(tokens[pronoun - 1]?.pos ?? '');
}

/**
 * "Several people | I have spoken with said": a personal pronoun and its verb right after a common noun
 * open a relative clause without "who" (the verb must be the clause's own: in "The things he | wants"
 * the pronoun is the cue's subject).
 */
function opensContactClause(tokens: Token[], i: number): boolean {
  return isNominativePronoun(tokens[i]!.lower) && tokens[i - 1]!.pos === 'NOUN' && isVerbLike(tokens[i + 1]);
}

/**
 * "Organizers of the push | to boycott the speech said", "The last man | to mount a race says": an infinitive right
 * after a common noun modifies it; not one whose object takes a verb of its own ("a commitment to help Saudi Arabia defend").
 * The caller asks for an object after the verb: "His ability to do so | seemed" is a hedge on a clause, not a subject.
 */
function opensInfinitiveOnNoun(tokens: Token[], i: number): boolean {
  const verb = tokens[i + 1]!;
  return tokens[i]!.lower === 'to' && tokens[i - 1]!.pos === 'NOUN' && verb.pos === 'VERB' && verb.lower === verb.lemma && !BARE_INFINITIVE_VERBS.has(verb.lemma);
}

const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set(bareInfinitiveVerbs);

const RELATION_NOUNS: ReadonlySet<string> = new Set(relationNouns);

/**
 * "released", "saying", and the irregular participles in -n ("Exit polls taken in Ohio found",
 * "a memo seen by Reuters said"); other irregular forms ("told", "said") are as often a
 * finite verb of their own ("The heads told AP they concluded").
 */
function isParticipleForm(token: Token): boolean {
  if (token.pos !== 'VERB') return false;
  const { lower } = token;
  return lower.endsWith('ed') || lower.endsWith('ing') || (lower !== token.lemma && lower.endsWith('n'));
}


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

const RESPONDENT_PARTICIPLES: ReadonlySet<string> = new Set(respondentParticiples);

/** Pronouns in the object case, and "it", which end a phrase only after a preposition: "those close to him". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...objectPronouns, 'it']);

/** The start of a loose subject noun phrase ending at `end` that opens its clause, or -1. */
function looseNounPhraseEndingAt(view: SentenceView, end: number): number {
  const { tokens } = view;
  const last = tokens[end - 1]!;
  // "those close to him say", "most of them said": an object pronoun after a preposition ends a longer phrase.
  const objectOfPreposition = OBJECT_PRONOUNS.has(last.lower) && end - 2 >= view.first && tokens[end - 2]!.pos === 'ADP';
  // "Many/ADJ believe", "Few/PROPN think": a quantifier standing alone is a pronoun whatever wink's tag.
  if (!objectOfPreposition && (last.pos === 'PRON' || last.pos === 'DET' || last.pos === 'ADV' || isQuantifierSubject(last.lower))) {
    const ok = speakerPronounOrGroup(last.lower) && opensSubject(view, end - 1);
    return ok ? end - 1 : -1;
  }
  // "Mr. Burke/VERB said": wink reads some surnames after a title or first name as verbs.
  const surname = isNameWord(last) && end - 2 >= view.first && tokens[end - 2]!.pos === 'PROPN';
  // "those surveyed say", "half of those polled said", "56 percent of Cuban-Americans polled said": a participle after
  // "those", or a participle of polling after a noun, names the people it stands for.
  const respondents = last.pos === 'VERB' && last.lower.endsWith('ed') && end - 2 >= view.first && (tokens[end - 2]!.lower === 'those' || (RESPONDENT_PARTICIPLES.has(last.lower) && SUBJECT_HEADS.has(tokens[end - 2]!.pos)));
  const verbHead = isVerbReadNoun(tokens, end - 1, view.first);
  if (!surname && !respondents && !verbHead && !objectOfPreposition && !isAdjectiveReadNoun(tokens, end - 1, view.first) && (!SUBJECT_HEADS.has(last.pos) || (last.pos === 'SYM' && last.value !== '%'))) return -1;
  let start = respondents || verbHead || objectOfPreposition ? end - 1 : end;
  while (start > view.first && end - start < MAX_LOOSE_SUBJECT) {
    const token = tokens[start - 1]!;
    // "what divers called", "which divers say": the relative or question word is no part of the subject.
    if (WH_DETERMINERS.has(token.lower)) break;
    if (LOOSE_SUBJECT_POS.has(token.pos) || SUBJECT_LINKS.has(token.lower) || isNameWord(token) || isJoiningMark(tokens, start - 1) || isPluralPossessive(tokens, start - 1) || isAttributiveParticiple(tokens, start - 1) || isPossessivePronoun(token.lower) || isAdverbInNounPhrase(tokens, start - 1) || isVerbAfterDeterminer(tokens, start - 1) || (token.pos === 'ADV' && isVerbAfterDeterminer(tokens, start))) start -= 1;
    else break;
  }
  while (start < end && (tokens[start]!.pos === 'ADP' || tokens[start]!.pos === 'CCONJ' || tokens[start]!.pos === 'PUNCT')) start += 1;
  return start < end ? approximatedStart(view, start) : -1;
}

/** "three senators", "half of voters", "a third of", "most divers": a subject an approximation may bound ("Only Ann Lee said" has none). */
function opensWithQuantity(tokens: Token[], start: number): boolean {
  const token = tokens[start]!;
  if (token.lower === 'a' || token.lower === 'an') return opensWithQuantity(tokens, start + 1);
  return token.pos === 'NUM' || SHARE_WORDS.has(token.lower) || isQuantifierSubject(token.lower) || QUANTITY_NOUNS.has(token.lower);
}

/**
 * "About 42% say", "only about half said", "More than 4 in 10 said", "At least two officials said": the approximation before a
 * subject belongs to it, as far back as the subject still opens its clause ("did more than | about
 * half said"). Returns where the subject starts, or -1 when it opens no clause.
 */
function approximatedStart(view: SentenceView, start: number): number {
  const { tokens } = view;
  let found = opensSubject(view, start) ? start : -1;
  if (!opensWithQuantity(tokens, start)) return found;
  for (;;) {
    const before = tokens[start - 1];
    if (start > view.first && APPROXIMATORS.has(before!.lower)) start -= 1;
    else if (start - 1 > view.first && before!.lower === 'than' && COMPARATIVE_QUANTIFIERS.has(tokens[start - 2]!.lower)) start -= 2;
    else if (start - 2 >= view.first && BOUNDING_SUPERLATIVES.has(before!.lower) && tokens[start - 2]!.lower === 'at') start -= 2;
    else return found;
    if (opensSubject(view, start)) found = start;
  }
}

/**
 * "More than | half of voters say", "Only | three senators said": a subject that opens with a number or a
 * share, with the approximation before it that still opens its clause ("Only Ann Lee said" keeps no "Only").
 */
export function withApproximation(view: SentenceView, [start, end]: Range): Range {
  const approximated = approximatedStart(view, start);
  return approximated >= 0 && approximated < start ? [approximated, end] : [start, end];
}

/** "Ivana Trump's brief/ADJ said", "the poll's average/ADJ shows": a noun wink read as an adjective, after a possessive or a proper noun. */
function isAdjectiveReadNoun(tokens: Token[], i: number, floor: number): boolean {
  const before = tokens[i - 1];
  if (tokens[i]!.pos !== 'ADJ' || i - 1 < floor || before === undefined) return false;
  if (before.pos === 'PROPN' || isPossessiveMarker(before)) return true;
  // "The democratic socialist/ADJ said": a determiner's phrase needs a head, so its last word is one.
  // "The self-described socialist/ADJ said": a hyphenated compound among the adjectives is one of them.
  let k = i - 1;
  for (;;) {
    if (k > floor && tokens[k]!.pos === 'ADJ') k -= 1;
    else if (k - 1 > floor && isInWordHyphen(tokens, k)) k -= 2;
    else break;
  }
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

/** "An earlier report/VERB in a paper said": a word wink reads as a verb right after a determiner (and an adverb or adjective) is a noun. */
function isVerbAfterDeterminer(tokens: Token[], i: number): boolean {
  if (tokens[i]!.pos !== 'VERB') return false;
  let k = i - 1;
  if (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'ADJ')) k -= 1;
  return k >= 0 && tokens[k]!.pos === 'DET' && !isDemonstrative(tokens[k]!.lower);
}

/** "Sanders’ aides": an apostrophe right after a word in -s, before a noun. */
function isPluralPossessive(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (token.value === '’' || token.value === "'") && before !== undefined && before.end === token.start && before.lower.endsWith('s') && after !== undefined && SUBJECT_HEADS.has(after.pos);
}

/** "a new/ADV national poll", "newly filed reports": an adverb inside a noun phrase (wink reads some adjectives after a determiner as adverbs). */
function isAdverbInNounPhrase(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (token.pos !== 'ADV') return false;
  // "newly filed reports", "a recently released poll": an adverb in -ly before an attributive participle.
  if (token.lower.endsWith('ly') && isAttributiveParticiple(tokens, i + 1)) return true;
  return before?.pos === 'DET' && (after?.pos === 'ADJ' || after?.pos === 'NOUN');
}

/** "registered voters", "leading Republican candidates": a participle wink reads as a verb, before a noun. */
function isAttributiveParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const after = tokens[i + 1];
  return isRegularParticiple(token) && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN');
}

/** A hyphen or slash inside a word ("American-Islamic", "a CNN/ORC poll") or a dollar sign ("Fight for $15") within a name. */
function isJoiningMark(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.value === '$') return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "\n-Nate Cohn explains": a dash after a line break is a list's bullet, joining nothing.
  return (token.value === '-' || token.value === '/') && before !== undefined && after !== undefined && before.type !== 'tabCRLF' && before.end === token.start && token.end === after.start;
}

export function speakerPronounOrGroup(word: string): boolean {
  return PRONOUN_SUBJECTS.has(word) || word === 'he' || word === 'she' || word === 'they' || word === 'we' || word === 'i' || word === 'it';
}

/** The most words of a medium's phrase between a subject and its verb: "in a long televised interview". */
const MAX_MEDIUM_PHRASE = 6;
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'during', 'via']);

/**
 * "Allen in a televised interview said", "Allen on Twitter wrote": a phrase naming the medium
 * between a name and its verb is left out of the subject; returns where it starts, or `end`.
 */
function pastMediumPhrase(view: SentenceView, end: number): number {
  const { tokens } = view;
  if (end - 1 <= view.first || !isReportMedium(tokens[end - 1])) return end;
  for (let k = end - 2; k > view.first && end - k <= MAX_MEDIUM_PHRASE; k -= 1) {
    const token = tokens[k]!;
    // After a name only: "a narrator in the ad asks" is one noun phrase.
    if (MEDIUM_PREPOSITIONS.has(token.lower)) return tokens[k - 1]?.pos === 'PROPN' ? k : end;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'VERB') return end;
  }
  return end;
}

/**
 * The subject of a cue verb: the speaker-like phrase just before it, past adverbs and
 * time phrases, or the phrase before a comma-enclosed aside ("Tate, a Democrat, said").
 */
export function subjectBefore(view: SentenceView, cue: CueMatch): Range | null {
  const { tokens } = view;
  let end = pastMediumPhrase(view, skipBackOverModifiers(tokens, cue.first, view.first));
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
  return [listStart(view, [start, end]), end];
}

/**
 * "Ruth Allen, Tom Hunt and Ann Lee said", "The crews, divers and harbour officials said": a
 * subject whose last items are joined by "and" takes the items before them, set off by
 * commas, back to where its clause opens. Returns where the list starts, or `start`.
 */
function listStart(view: SentenceView, [start, end]: Range): number {
  const { tokens } = view;
  let coordinated = false;
  for (let i = start; i < end && !coordinated; i += 1) coordinated = tokens[i]!.lower === 'and';
  // "Ruth Allen, Tom Hunt, and Ann Lee said": a comma before the last item's "and".
  const serialAnd = !coordinated && tokens[start - 1]?.lower === 'and' && tokens[start - 2]?.value === ',';
  if (!coordinated && !serialAnd) return start;
  let first = start;
  for (let comma = serialAnd ? start - 2 : start - 1; comma > view.first && tokens[comma]!.value === ','; ) {
    const item = phraseEndingAt(tokens, comma, view.first);
    // "Today, Tom Hunt and Ann Lee said": every item names a party of the last one's kind.
    if (item >= comma || !namePartiesAlike(tokens[comma - 1]!, tokens[end - 1]!) || !(isSpeakerLike(tokens, [item, comma]) || isNounPhrase(tokens, [item, comma]))) break;
    first = item;
    comma = item - 1;
  }
  return first < start && opensSubject(view, first) ? first : start;
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
  while (name > start && tokens[name - 1]!.pos === 'PROPN' && startsUppercase(tokens[name - 1]!)) name -= 1;
  return name < end && closesFrontedPhrase(view, name) ? name : start;
}

/** The most tokens of a fronted prepositional phrase with no comma after it: "In a Bloomberg interview". */
const MAX_FRONTED_PHRASE = 6;

/**
 * "In the letter he wrote to the council, | Lee said ...", "Of the people they said were hurt, | two died": the pronoun's
 * clause holds no clause of its own (one verb, or a verb right after the first: a gap) and a clause follows its comma.
 */
function clauseAfterLaterComma(view: SentenceView, pronoun: number): boolean {
  const { tokens } = view;
  let verbs = 0;
  for (let i = pronoun + 1; i < view.last - 1; i += 1) {
    const token = tokens[i]!;
    if (token.value === ',' && view.quoteOf[i]! < 0) return opensReportedClause(view, i + 1);
    if (token.lower === 'that' || view.quoteOf[i]! >= 0) return false;
    if (!isFiniteVerbLike(token) || tokens[i - 1]!.pos === 'AUX') continue;
    verbs += 1;
    if (verbs > 1 && !isVerbLike(tokens[i - 1])) return false;
  }
  return false;
}

/** "In a Bloomberg interview | Trump declared": a fronted prepositional phrase, ending on a common noun, ends right before the name at `name`. */
function closesFrontedPhrase(view: SentenceView, name: number): boolean {
  const { tokens } = view;
  const before = tokens[name - 1];
  // "In the letter he said", "In 2009 we saw": a pronoun in the subject case opens its clause after any phrase.
  const pronoun = isNominativePronoun(tokens[name]!.lower);
  if (tokens[view.first]!.pos !== 'ADP' || name - view.first > MAX_FRONTED_PHRASE || !before) return false;
  // "In the letter he wrote to the council, Lee said ...": a clause after a later comma is the main one, and the
  // pronoun's clause modifies the fronted phrase.
  if (pronoun && clauseAfterLaterComma(view, name)) return false;
  if (pronoun ? !SUBJECT_HEADS.has(before.pos) : before.pos !== 'NOUN' || startsUppercase(before)) return false;
  if (!pronoun && (tokens[name]?.pos !== 'PROPN' || !startsUppercase(tokens[name]!))) return false;
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
  while (beforeCue - 1 > view.first && tokens[beforeCue - 1]!.pos === 'ADV' && !startsUppercase(tokens[beforeCue - 1]!)) beforeCue -= 1;
  const end = skipBackOverBrackets(tokens, beforeCue, view.first);
  const word = end > view.first ? tokens[end - 1] : undefined;
  if (!word || word.pos === 'PROPN' || word.pos === 'PRON' || word.pos === 'PUNCT' || !startsUppercase(word) || isShouted(word.value)) return null;
  // "Mr. Hedge/VERB said": the first name or title before it belongs to the name.
  let start = end - 1;
  while (start > view.first && tokens[start - 1]!.pos === 'PROPN' && startsUppercase(tokens[start - 1]!)) start -= 1;
  if ((start === view.first && start === end - 1 && !MISREAD_NAME_POS.has(word.pos)) || !opensSubject(view, start) || !isInflectedCue(tokens[cue.first]!)) return null;
  return [start, end];
}

/** "NEC Director Brian Deese (Council Chair) emphasized": steps back over a bracketed aside. */
export function skipBackOverBrackets(tokens: Token[], end: number, floor: number): number {
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
export function documentSubject(view: SentenceView, cue: CueMatch): Range | null {
  const { tokens } = view;
  const end = skipBackOverModifiers(tokens, cue.first, view.first);
  const start = phraseEndingAt(tokens, end, view.first);
  const head = tokens[end - 1];
  if (start >= end || !head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  return [start, end];
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
  return found ? beforeWhichAside(view, found) : phraseBeforeNamedAside(view, closingComma);
}

/**
 * "The running mate, Tom Hunt, plans to ...": a noun of a relation to someone ("mate", "wife", "rival"), which names
 * no speaker by itself, made one by the name set off after it; the name must fill the aside, and the phrase must
 * open the clause ("The boat, Sea Queen, was reported missing" names a thing).
 */
function phraseBeforeNamedAside(view: SentenceView, closingComma: number): Range | null {
  const { tokens } = view;
  // "Hunt's niece, Ann Price (D-Port Ellis), said": a bracket may close the name.
  const nameEnd = skipBackOverBrackets(tokens, closingComma, view.first);
  const nameStart = phraseEndingAt(tokens, nameEnd, view.first);
  const comma = nameStart - 1;
  if (nameStart >= nameEnd || tokens[comma]?.value !== ',' || tokens[nameEnd - 1]!.pos !== 'PROPN' || !isSpeakerLike(tokens, [nameStart, nameEnd])) return null;
  const start = looseNounPhraseEndingAt(view, comma);
  const head = tokens[comma - 1];
  if (start < 0 || head === undefined || !RELATION_NOUNS.has(head.lower) || !opensSubject(view, start)) return null;
  return [start, closingComma];
}

/** "Ann Hunt, president of the Harbour Union, which represents divers, said": a "which" aside describes the aside's noun, not the speaker. */
function beforeWhichAside(view: SentenceView, [start, end]: Range): Range {
  for (let i = start + 2; i < end; i += 1) if (view.tokens[i]!.lower === 'which' && view.tokens[i - 1]!.value === ',') return [start, i - 1];
  return [start, end];
}

/** Adverbs that may stand before a subject: "Even Rendell said", "Only Trump says". */
const FOCUS_ADVERBS = new Set(['even', 'only', 'also', 'still', 'now', 'then', 'yet', 'instead', 'meanwhile', 'indeed', 'rather']);
const STANCE_ADVERBS: ReadonlySet<string> = new Set(stanceAdverbs);

/** Whether a subject may begin at `start`: the sentence's start, or after a clause break, a conjunction, a quote or a relative word. */
export function opensSubject(view: SentenceView, start: number): boolean {
  if (start === view.first) return true;
  const previous = view.tokens[start - 1]!;
  // "Even Rendell said", "LONDON (Reuters) - Donald Trump said": a focusing adverb or a spaced dash before the subject.
  if (FOCUS_ADVERBS.has(previous.lower) && opensSubject(view, start - 1)) return true;
  // "Perhaps the divers will demand a vote": a stance adverb opening the sentence.
  if (STANCE_ADVERBS.has(previous.lower) && start - 1 === view.first) return true;
  if ((previous.value === '-' || previous.value === '--') && !isJoiningMark(view.tokens, start - 1)) return true;
  if (isFrontedTimePhrase(view.tokens, view.first, start) || closesFrontedPhrase(view, start) || followsTimePhraseAfterComma(view, start) || followsEmptyHedge(view, start)) return true;
  if (isQuoteMark(previous)) return !followsQuotedWordOfNounPhrase(view, start);
  return CLAUSE_BREAKS.has(previous.value) || isConjunction(previous) || CLAUSE_OPENERS.has(previous.lower) || previous.value === '(';
}

const EMPTY_HEDGE_VERBS: ReadonlySet<string> = new Set(emptyHedgeVerbs);

/**
 * "It seems Lee said ...", "It looks like Lee said ...": a clause right after an empty "it" and its hedge opens
 * with its subject. The "it" must open its own clause: in "Lee made it look like Ann said ..." it is an object.
 */
function followsEmptyHedge(view: SentenceView, start: number): boolean {
  const { tokens } = view;
  const verbAt = tokens[start - 1]!.lower === 'like' ? start - 2 : start - 1;
  const verb = tokens[verbAt];
  const it = verbAt - 1;
  if (it < view.first || verb === undefined || verb.pos !== 'VERB' || !EMPTY_HEDGE_VERBS.has(verb.lemma) || tokens[it]!.lower !== 'it') return false;
  // "It looks like ..." needs its "like": "It looks the part" is no hedge.
  if (verb.lemma === 'look' && verbAt === start - 1) return false;
  const before = tokens[it - 1];
  return it === view.first || before === undefined || CLAUSE_BREAKS.has(before.value) || isConjunction(before) || CLAUSE_OPENERS.has(before.lower);
}

/** The most words of a time phrase between a comma and a subject: ", on Tuesday night he said". */
const MAX_TIME_AFTER_COMMA = 4;

/** "Where he used to boast, on Tuesday night he said", "..., but on Tuesday the mayor said": a time phrase opening a clause, before the subject. */
function followsTimePhraseAfterComma(view: SentenceView, start: number): boolean {
  for (let opener = start - 2; opener > view.first && opener >= start - 1 - MAX_TIME_AFTER_COMMA; opener -= 1) {
    const token = view.tokens[opener]!;
    if (token.value !== ',' && !isConjunction(token)) continue;
    return isFrontedTimePhrase(view.tokens, opener + 1, start);
  }
  return false;
}

export function isNounPhrase(tokens: Token[], [start, end]: Range): boolean {
  const head = tokens[end - 1];
  return end > start && head !== undefined && (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'PRON' || isMistaggedHead(tokens, end - 1, start));
}
