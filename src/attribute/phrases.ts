import { isInWordHyphen, startsUppercase, type Token } from '../document.js';
import { connectiveAdverbs, countingWords, monthNames, nameParticles, nameSuffixes, nominativePronouns, objectPronouns, peopleIndefinites, possessiveDeterminers, postSubjectModifiers, quantifierSubjects, roleNouns, sentenceAdverbs, shareWords, speakerPronouns, timeDeterminers, timeSpanCounters, timeSpanMomentRelations, timeSpanRelations, timeUnits, timeWords } from '../lexicons/speakers.js';
import { propositionNouns, timeObjectCues } from '../lexicons/cues.js';
import { actionVerbs, circumstanceOpeners, stateVerbs } from '../lexicons/types.js';
import { PARTICIPLE_ENDING, PARTY_LABEL, YEAR } from '../regex.js';

/** A half-open range of token indexes. */
export type Range = [number, number];

/** Whether two ranges share a token. */
export function rangesOverlap([a, b]: Range, [c, d]: Range): boolean {
  return a < d && c < b;
}

const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const POSSESSIVES: ReadonlySet<string> = new Set(possessiveDeterminers);
/** Quantifiers that open a noun phrase like a determiner: "both sides", "all parties". */
const QUANTIFIERS = new Set(['both', 'all', 'each', 'several', 'many', 'some', 'most', 'two', 'three']);
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** "both", "all", "each": quantifiers that may float after their subject ("They both said", "have all argued"). */
export function isFloatingQuantifier(word: string): boolean {
  return FLOATING_QUANTIFIERS.has(word);
}
/** Prepositions that may join a head noun to its post-modifier inside a subject: "groups in both countries". */
const POST_MODIFIER_PREPOSITIONS = new Set(['of', 'in', 'for', 'from', 'at', 'to']);
/** Prepositions that tie an adjective after a noun to its object: "close to", "familiar with". */
const ADJECTIVE_LINKS = new Set(['to', 'with', 'in', 'of', 'about', 'on']);

const TIME_WORDS: ReadonlySet<string> = new Set(timeWords);
const SUFFIXES: ReadonlySet<string> = new Set(nameSuffixes);
const KNOWN_VERBS: ReadonlySet<string> = new Set([...actionVerbs, ...stateVerbs]);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'this', 'last', 'earlier', 'later', 'late', 'early']);
const MONTHS: ReadonlySet<string> = new Set(monthNames);
const NAME_PARTICLES: ReadonlySet<string> = new Set(nameParticles);
/** Prepositions besides TIME_PREPOSITIONS that open a fronted time phrase: "Since 2010 he has said". */
const FRONTING_PREPOSITIONS = new Set(['since', 'after', 'before', 'until', 'by']);
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(sentenceAdverbs);
/** The longest time phrase that may open a sentence without a comma: "On Tuesday night", "In June 2015". */
const MAX_FRONTED_TIME = 4;

/** After "that", a clause's subject rather than a relative clause's verb ("a bill that would end", "states that vote"). */
export function opensClauseAfterThat(token: Token | undefined): boolean {
  return token !== undefined && token.pos !== 'AUX' && !(token.pos === 'VERB' && !token.lower.endsWith('ing'));
}

/** ", Jr." with its comma at `comma`: a name suffix, which belongs to the name before the comma. */
export function isNameSuffixAt(tokens: Token[], comma: number, limit: number): boolean {
  const next = tokens[comma + 1];
  return comma + 1 < limit && next !== undefined && tokens[comma]?.value === ',' && SUFFIXES.has(next.lower);
}

/** "his", "their", "our": a possessive pronoun, which opens a noun phrase like a determiner. */
export function isPossessivePronoun(word: string): boolean {
  return POSSESSIVES.has(word);
}

const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(quantifierSubjects);

/** "some", "many", "most": a quantifier that can stand for a plural subject on its own, whatever wink's tag. */
export function isQuantifierSubject(word: string): boolean {
  return QUANTIFIER_SUBJECTS.has(word);
}

const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(nominativePronouns);

/** "he", "they", "I": a pronoun that can only be a subject. */
export function isNominativePronoun(word: string): boolean {
  return NOMINATIVE_PRONOUNS.has(word);
}

const COUNTING_WORDS: ReadonlySet<string> = new Set([...quantifierSubjects, ...countingWords]);

/** "several", "dozens", "more": a word that counts the parties of the phrase it opens. */
export function isCountingWord(word: string): boolean {
  return COUNTING_WORDS.has(word);
}

/** "however", "meanwhile": adverbs that link a sentence to the one before. */
export const CONNECTIVE_ADVERBS: ReadonlySet<string> = new Set(connectiveAdverbs);

/** A word of the time lexicon: "Friday", "yesterday", "today". */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word);
}

const TIME_UNITS: ReadonlySet<string> = new Set(timeUnits);

/** A noun that counts or names time, by its lemma: "times", "weeks", "minutes", "Friday". */
export function namesTime(token: Token): boolean {
  return TIME_WORDS.has(token.lemma) || TIME_UNITS.has(token.lemma);
}

const TIME_SPAN_COUNTERS: ReadonlySet<string> = new Set(timeSpanCounters);
const TIME_OBJECT_CUES: ReadonlySet<string> = new Set(timeObjectCues);
const TIME_SPAN_RELATIONS: ReadonlySet<string> = new Set(timeSpanRelations);
const TIME_SPAN_MOMENT_RELATIONS: ReadonlySet<string> = new Set(timeSpanMomentRelations);

/** The most counting words before a time span's unit: "a couple of". */
const MAX_TIME_SPAN_COUNTERS = 3;

/**
 * "a few days ago", "several months after the vote", "30 minutes into the debate": a span of time placed against another
 * moment, opening at `start`. Where it ends, with the noun phrase of the moment it names, or -1. "the days after the
 * flood" is a noun phrase of its own, which a cue may report.
 */
export function timeSpanEnd(tokens: Token[], start: number, end: number): number {
  let unit = start;
  while (unit < end && unit - start < MAX_TIME_SPAN_COUNTERS && (tokens[unit]!.pos === 'NUM' || TIME_SPAN_COUNTERS.has(tokens[unit]!.lower))) unit += 1;
  const relation = tokens[unit + 1]?.lower ?? '';
  // "a time before the war" is a time of its own, not a span.
  if (unit + 1 >= end || !namesTime(tokens[unit]!) || tokens[unit]!.lemma === 'time') return -1;
  if (TIME_SPAN_RELATIONS.has(relation)) return unit + 2;
  if (!TIME_SPAN_MOMENT_RELATIONS.has(relation)) return -1;
  const moment = phraseStartingAt(tokens, unit + 2, end);
  return moment > unit + 2 ? moment : -1;
}

/** Whether two heads name parties of one kind, as items of one list do: both names ("Allen", "Hunt") or both plural nouns ("crews", "divers"). A time word names none. */
export function namePartiesAlike(a: Token, b: Token): boolean {
  if (isTimeWord(a.lower) || isTimeWord(b.lower)) return false;
  const plural = (head: Token) => head.pos === 'NOUN' && head.lower.endsWith('s');
  return (a.pos === 'PROPN' && b.pos === 'PROPN') || (plural(a) && plural(b));
}

/**
 * "On Monday he said", "In 2010 she wrote", "Recently she announced": whether the tokens
 * from `from` to `end` are a time phrase, which may open a sentence before its subject
 * without a comma.
 */
export function isFrontedTimePhrase(tokens: Token[], from: number, end: number): boolean {
  if (end <= from || end - from > MAX_FRONTED_TIME) return false;
  const first = tokens[from]!;
  if (end - from === 1 && (SENTENCE_ADVERBS.has(first.lower) || TIME_WORDS.has(first.lower))) return true;
  // A month or a year needs its preposition: "In March he said", not "April Ryan said" or "About 1900 residents said".
  const opened = TIME_PREPOSITIONS.has(first.lower) || FRONTING_PREPOSITIONS.has(first.lower);
  let timed = false;
  for (let i = opened ? from + 1 : from; i < end; i += 1) {
    const token = tokens[i]!;
    const time = TIME_WORDS.has(token.lower) || (opened && (MONTHS.has(token.lower) || YEAR.test(token.value)));
    if (!time && !TIME_PREPOSITIONS.has(token.lower) && token.lower !== 'the') return false;
    timed ||= time;
  }
  return timed;
}

/**
 * The noun phrase that ends just before `end`, reading backwards no further than `floor`:
 * "Foreign Ministry spokesperson Wang Wenbin", "the spokesperson", "he".
 * Returns its start (equal to `end` when there is none).
 */
export function phraseEndingAt(tokens: Token[], end: number, floor: number): number {
  if (end <= floor) return end;
  const last = tokens[end - 1]!;
  if (last.pos === 'PRON') return speakerPronouns[last.lower] ? end - 1 : end;
  let i = end;
  while (i > floor) {
    const token = tokens[i - 1]!;
    if (NOUN_PHRASE_POS.has(token.pos) || isPossessiveMarker(token) || isMistaggedName(tokens, i - 1, end)) {
      i -= 1;
    } else if (isDeterminer(token) || isDemonstrativeBefore(tokens, i - 1)) {
      i -= 1;
      // "Mr. Rubio and his advisers said", "She and her aides said": two parties as one subject.
      const before = tokens[i - 2];
      if (tokens[i - 1]?.lower === 'and' && before && i - 2 >= floor) {
        if (isSpeakerPronoun(before)) return i - 2;
        if (isNominal(before)) {
          i -= 1;
          continue;
        }
      }
      // "Both the Gazette and the Times": a correlative word opens two parties joined by "and".
      if (i - 1 >= floor && CORRELATIVES.has(tokens[i - 1]!.lower) && hasAndBetween(tokens, i, end)) return i - 1;
      // "a spokesman for the Senate majority leader": the determiner may open a post-modifier.
      const preposition = tokens[i - 1];
      if (!preposition || i - 2 < floor || !POST_MODIFIER_PREPOSITIONS.has(preposition.lower) || !isNominal(tokens[i - 2]!)) break;
      i -= 1;
    } else if (isNameSuffixAt(tokens, i - 1, tokens.length) && i - 2 >= floor && isNominal(tokens[i - 2]!)) {
      // "Tom Price, Jr.": the suffix belongs to the name before the comma.
      i -= 1;
    } else if (token.lower === 'and' && i < end && i - 2 >= floor && isSpeakerPronoun(tokens[i - 2]!) && isNominal(tokens[i]!)) {
      // "He and Mr. Allen said": a pronoun opens the two parties.
      return i - 2;
    } else if (token.lower === 'and' && i < end && i - 2 >= floor && isNominal(tokens[i - 2]!) && (isNominal(tokens[i]!) || tokens[i]!.pos === 'ADJ')) {
      // "Mr. Grassley and Mr. Leahy said", "the former mayor and current harbour master said": two parties or roles as one subject.
      i -= 1;
    } else if (isInWordHyphen(tokens, i - 1) && i - 2 >= floor) {
      // "well-known", "so-called": the word before an in-word hyphen belongs to the compound, whatever its tag.
      i -= 2;
    } else if (i - 2 > floor && isInWordHyphen(tokens, i - 2)) {
      // "Show-Me": whatever word follows an in-word hyphen belongs to the name.
      i -= 2;
    } else if (POST_MODIFIER_PREPOSITIONS.has(token.lower) && i - 2 >= floor && isNominal(tokens[i - 2]!) && i < end) {
      i -= 1;
    } else if (isNamePreposition(tokens, i - 1, floor) && i < end && !startsUppercase(tokens[end])) {
      // "Reporters Without Borders said": a capitalised preposition inside a name, in a sentence, not in a
      // title-cased headline ("U.S. Flexes Muscles As Asia Worries").
      i -= 1;
    } else {
      break;
    }
  }
  return i;
}

const CORRELATIVES = new Set(['both', 'either', 'neither']);

function hasAndBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]!.lower === 'and' || tokens[i]!.lower === 'or' || tokens[i]!.lower === 'nor') return true;
  return false;
}

/** "Harbour-based strategist", "Ohio-born Ann Lee": a compound ending in a verb form that wink reads as a verb, before a noun or adjective. */
function isCompoundBeforeNoun(tokens: Token[], hyphen: number, limit: number): boolean {
  const after = tokens[hyphen + 2];
  return tokens[hyphen + 1]!.pos === 'VERB' && hyphen + 2 < limit && after !== undefined && (isNominal(after) || after.pos === 'ADJ');
}

/** Pronouns that stand for a whole subject though they name no speaker: "nobody has", "everyone knows", "you are". */
const INDEFINITE_SUBJECTS = new Set([...peopleIndefinites, 'anybody', 'nothing', 'everything', 'something', 'you']);

/** The noun phrase that starts at `start`, reading forwards no further than `limit`. Returns its end. */
export function phraseStartingAt(tokens: Token[], start: number, limit: number): number {
  let i = start;
  // "his campaign documents": wink tags a possessive as a pronoun, but it opens a noun phrase.
  const possessive = i + 1 < limit && POSSESSIVES.has(tokens[i]!.lower) && NOUN_PHRASE_POS.has(tokens[i + 1]!.pos);
  if (i < limit && tokens[i]!.pos === 'PRON' && !possessive) return speakerPronouns[tokens[i]!.lower] || INDEFINITE_SUBJECTS.has(tokens[i]!.lower) ? i + 1 : i;
  if (i < limit && isDeterminer(tokens[i]!)) i += 1;
  while (i < limit) {
    const token = tokens[i]!;
    if (NOUN_PHRASE_POS.has(token.pos) || isPossessiveMarker(token)) {
      i += 1;
    } else if (token.lower === 'of' && i > start && isNominal(tokens[i - 1]!) && i + 1 < limit && isNominal(tokens[i + 1]!)) {
      i += 1;
    } else if (i > start && isNominal(tokens[i - 1]!) && isNameSuffixAt(tokens, i, limit)) {
      // "Joseph R. Biden, Jr. met ...": the suffix after the comma belongs to the name.
      i += 2;
    } else if (i > start && i + 1 < limit && isInWordHyphen(tokens, i) && (isNominal(tokens[i + 1]!) || (tokens[i + 1]!.pos === 'ADJ' && isNominal(tokens[i - 1]!)) || isCompoundBeforeNoun(tokens, i, limit))) {
      // "Ruth Hill-Allen", "the 46-year-old": a hyphen written without spaces joins the next word to the phrase.
      i += 2;
    } else if (isSurnameReadAsVerb(tokens, i, start, limit)) {
      i += 1;
    } else {
      break;
    }
  }
  return i;
}

/**
 * Whether the word at `i` heads a noun phrase though wink tags it otherwise: a surname read as
 * a verb ("Peter Welch/VERB"), or the last part of a hyphenated noun ("the 46-year-old/ADJ").
 */
export function isMistaggedHead(tokens: Token[], i: number, start: number): boolean {
  return isSurnameReadAsVerb(tokens, i, start, i + 1) || (tokens[i]!.pos === 'ADJ' && i - 2 >= start && isInWordHyphen(tokens, i - 1) && isNominal(tokens[i - 2]!));
}

/** "Rep. Peter Welch/VERB, ...", "The Des Moines Register/VERB.": a capitalised word wink reads as a verb, after a proper noun and before a break, ends the name. */
function isSurnameReadAsVerb(tokens: Token[], i: number, start: number, limit: number): boolean {
  const token = tokens[i]!;
  if (i <= start || (token.pos !== 'VERB' && token.pos !== 'AUX') || tokens[i - 1]!.pos !== 'PROPN' || !startsUppercase(token)) return false;
  const next = tokens[i + 1];
  return i + 1 >= limit || next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP';
}

/** "Josh/VERB Earnest", "Will/AUX Hunt", "De/X Blasio": wink tags some first names as verbs or auxiliaries; a capitalised word right before a proper noun is part of the name. */
function isMistaggedName(tokens: Token[], i: number, end: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  // After a comma the capital is no sentence opening: "When asked, Ted/VERB Cruz said".
  const midSentence = previous !== undefined && (previous.pos !== 'PUNCT' || previous.value === ',');
  // "De/X Blasio": a particle of a surname that wink leaves untagged.
  const particle = token.pos === 'X' && NAME_PARTICLES.has(token.lower);
  return i + 1 < end && next !== undefined && (token.pos === 'VERB' || token.pos === 'AUX' || particle) && next.pos === 'PROPN' && startsUppercase(token) && (midSentence || particle);
}

function isDeterminer(token: Token): boolean {
  return token.pos === 'DET' || POSSESSIVES.has(token.lower) || QUANTIFIERS.has(token.lower);
}

/** "That/PRON person said": wink may tag a demonstrative before a common noun as a pronoun. */
function isDemonstrativeBefore(tokens: Token[], i: number): boolean {
  return DEMONSTRATIVES.has(tokens[i]!.lower) && tokens[i + 1]?.pos === 'NOUN';
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** "this", "that", "these", "those". */
export function isDemonstrative(word: string): boolean {
  return DEMONSTRATIVES.has(word);
}

/** "'s" as wink splits it off a noun: "Trump's", "the party’s". */
export function isPossessiveMarker(token: Token): boolean {
  return token.pos === 'PART' && (token.lower === "'s" || token.lower === '’s');
}

/** "a source close/ADJ to him", "people familiar/ADJ with the talks": an adjective after a noun, with its preposition. */
export function isLinkedAdjective(tokens: Token[], i: number): boolean {
  return i > 0 && tokens[i]!.pos === 'ADJ' && ADJECTIVE_LINKS.has(tokens[i + 1]?.lower ?? '') && isNominal(tokens[i - 1]!);
}

/** A capitalised preposition between two proper nouns, not opening the phrase's range: "Doctors | Without | Borders". */
function isNamePreposition(tokens: Token[], i: number, floor: number): boolean {
  const token = tokens[i]!;
  return token.pos === 'ADP' && i - 1 >= floor && startsUppercase(token) && tokens[i - 1]!.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN';
}

/** A noun or a proper noun, as wink tags it. */
export function isNominal(token: Token): boolean {
  return token.pos === 'PROPN' || token.pos === 'NOUN';
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

/** "who", "which", "that", "whom". */
export function isRelativePronoun(word: string): boolean {
  return RELATIVE_PRONOUNS.has(word);
}

/** "who" and "that", the relative pronouns that open a restrictive clause without a comma: "People who think ...". */
export function isRestrictivePronoun(word: string): boolean {
  return word === 'who' || word === 'that';
}

/** Whether a noun phrase can be a source of speech: a pronoun, a name, or a role noun ("the spokesperson"). */
export function isSpeakerLike(tokens: Token[], range: Range): boolean {
  const [start, end] = range;
  if (end <= start || end - start > 12) return false;
  const headAt = headOf(tokens, range);
  const head = tokens[headAt]!;
  if (head.pos === 'PRON') return speakerPronouns[head.lower] !== undefined;
  if (isMistaggedHead(tokens, headAt, start)) return true;
  if (TIME_WORDS.has(head.lower)) return false;
  if (head.pos === 'PROPN' || isHyphenatedNameEnd(tokens, headAt, start)) return true;
  // wink tags some office nouns as adjectives or adverbs ("the premier", "the chief", "Both said").
  return roleNouns[head.lower] !== undefined || (head.pos === 'NOUN' && roleNouns[head.lemma] !== undefined);
}

/** "Ban Ki-moon", "Moon Jae-in": a lowercase word after an in-word hyphen that follows a proper noun ends a name. */
function isHyphenatedNameEnd(tokens: Token[], i: number, floor: number): boolean {
  return i - 2 >= floor && isInWordHyphen(tokens, i - 1) && tokens[i - 2]!.pos === 'PROPN';
}

/** The head of a noun phrase: its last word before any post-modifier ("groups" in "groups in both countries"). */
export function headOf(tokens: Token[], [start, end]: Range): number {
  for (let i = start + 1; i < end - 1; i += 1) {
    const token = tokens[i]!;
    if (POST_MODIFIER_PREPOSITIONS.has(token.lower) && token.pos === 'ADP') return i - 1;
    // "an official familiar with the talks": an adjective with its preposition follows the head.
    if (isLinkedAdjective(tokens, i)) return i - 1;
  }
  return end - 1;
}

/**
 * Steps back over what may stand between a subject and its verb: adverbs ("also"),
 * auxiliaries ("has"), negation, and time phrases ("on Friday", "last week").
 * Returns the index where the subject must end.
 */
export function skipBackOverModifiers(tokens: Token[], end: number, floor: number): number {
  let i = end;
  for (;;) {
    if (i <= floor) return i;
    const token = tokens[i - 1];
    if (!token) return i;
    // "have both argued": a quantifier that floats after the auxiliary.
    // "Ann Lee and Tom Hill both said", "They all agreed": or after the subject itself, right before the verb.
    const floating =
      (FLOATING_QUANTIFIERS.has(token.lower) && i - 2 >= floor && (tokens[i - 2]!.pos === 'AUX' || (i === end && endsSubjectBeforeQuantifier(tokens[i - 2])))) ||
      // "voters overall said", "Democrats alone say": a word that sums up the subject, right before the verb.
      (POST_SUBJECT_MODIFIERS.has(token.lower) && i === end && i - 2 >= floor && endsSubjectBeforeQuantifier(tokens[i - 2]));
    if (token.pos === 'ADV' || token.pos === 'AUX' || isNegation(token) || floating) {
      i -= 1;
      continue;
    }
    const timeStart = timePhraseEndingAt(tokens, i, floor);
    if (timeStart < i) {
      i = timeStart;
      continue;
    }
    const adjunctStart = adjunctAfterAuxiliaryEndingAt(tokens, i, floor);
    if (adjunctStart < i) {
      i = adjunctStart;
      continue;
    }
    return i;
  }
}

/** The most words of a phrase between an auxiliary and its verb: "has in recent weeks said". */
const MAX_INNER_ADJUNCT = 4;
const INNER_ADJUNCT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADV']);

/**
 * "has since said", "have in the past said": a preposition's phrase between a perfect's "have"
 * and its participle. Returns where the phrase starts, or `end`. ("were at the scene said",
 * "is because residents said": after "be" the phrase is the clause's own.)
 */
export function adjunctAfterAuxiliaryEndingAt(tokens: Token[], end: number, floor: number): number {
  for (let j = end - 1; j > floor && j >= end - MAX_INNER_ADJUNCT; j -= 1) {
    const token = tokens[j]!;
    if (token.pos === 'ADP' || token.pos === 'SCONJ') return tokens[j - 1]!.pos === 'AUX' && tokens[j - 1]!.lemma === 'have' ? j : end;
    if (!INNER_ADJUNCT_WORDS.has(token.pos)) return end;
  }
  return end;
}

const POST_SUBJECT_MODIFIERS: ReadonlySet<string> = new Set(postSubjectModifiers);

/** A word that may end a subject a floating quantifier follows: a noun, a name, a pronoun or a closing bracket ("Hunt (D-N.Y.) both"). */
function endsSubjectBeforeQuantifier(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN' || token.pos === 'PRON' || token.value === ')');
}

/** "on Friday", "last week", "earlier this month", "in 2010": returns the phrase's start, or `end` when there is none. */
function timePhraseEndingAt(tokens: Token[], end: number, floor: number): number {
  const last = tokens[end - 1];
  // "who in 2010 said": a year after its preposition.
  if (last && YEAR.test(last.value) && end - 2 >= floor && (tokens[end - 2]!.lower === 'in' || FRONTING_PREPOSITIONS.has(tokens[end - 2]!.lower))) return end - 2;
  if (!last || !TIME_WORDS.has(last.lower) || endsTitledName(tokens, end - 1, floor)) return end;
  let i = end - 1;
  while (i > floor && i > end - 4) {
    const token = tokens[i - 1]!;
    if (TIME_PREPOSITIONS.has(token.lower) || token.pos === 'DET' || TIME_WORDS.has(token.lower)) i -= 1;
    else break;
  }
  return i;
}

/** Day words that end names when capitalised after one: "USA Today", "NBC's Today". */
const NAME_ENDING_DAY_WORDS = new Set(['today', 'tonight']);

/** "USA Today reported", "NBC's Today": a capitalised "Today" right after a capitalised name ends that name (an outlet, a show), not a time phrase. */
function endsTitledName(tokens: Token[], i: number, floor: number): boolean {
  const token = tokens[i]!;
  if (!NAME_ENDING_DAY_WORDS.has(token.lower) || !startsUppercase(token) || i - 1 < floor) return false;
  const before = tokens[i - 1]!;
  const name = isPossessiveMarker(before) && i - 2 >= floor ? tokens[i - 2]! : before;
  return name.pos === 'PROPN' && startsUppercase(name);
}

/** Steps forward over adverbs and time phrases after a cue: ", he said on Friday." */
export function skipForwardOverModifiers(tokens: Token[], start: number, limit: number): number {
  let i = start;
  while (i < limit) {
    const token = tokens[i]!;
    if (token.pos === 'ADV' || TIME_WORDS.has(token.lower) || (TIME_PREPOSITIONS.has(token.lower) && i + 1 < limit && isTimeAhead(tokens, i + 1, limit))) {
      i += 1;
      continue;
    }
    break;
  }
  return i;
}

function isTimeAhead(tokens: Token[], start: number, limit: number): boolean {
  for (let i = start; i < Math.min(limit, start + 3); i += 1) if (TIME_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * The verb of a headline, where wink may have tagged it as a noun ("Panel advances bill",
 * "Governor vetoes plan"): the first word after a noun that the verb lexicons know. -1 if none.
 */
export function headlineVerbAt(tokens: Token[], start: number, end: number): number {
  for (let i = start + 1; i < end; i += 1) {
    const token = tokens[i]!;
    const previous = tokens[i - 1]!;
    if (previous.pos !== 'NOUN' && previous.pos !== 'PROPN') continue;
    if ((token.pos === 'NOUN' || token.pos === 'VERB') && KNOWN_VERBS.has(token.lemma)) return i;
  }
  return -1;
}

/** How far past its cue a reported clause's "that" may stand: "told reporters at a news conference on Friday that". */
const MAX_OBJECT_BEFORE_CLAUSE = 15;

/**
 * Where the reported clause after a cue begins: at a "that" which follows the cue's
 * object or circumstance ("told reporters that ...", "said on Friday that ...",
 * "expressed concern that ..."), when no verb, clause break or quote comes first.
 * Returns `start` when there is no such "that".
 */
export function reportedClauseStart(tokens: Token[], start: number, limit: number): number {
  const reach = Math.min(limit, start + MAX_OBJECT_BEFORE_CLAUSE);
  let pastComma = false;
  for (let i = start + 1; i < reach; i += 1) {
    const token = tokens[i]!;
    // "that could last a month" is a relative clause on the object; a reported clause has a subject first.
    // Past a comma, only a "that" right after one closes the circumstance ("said in Dayton, Ohio, that ..."):
    // "in Ohio, Iowa and elsewhere that he ..." is a relative clause on a list.
    if (token.lower === 'that') {
      if (isVerbLike(tokens[i + 1]) || (pastComma && tokens[i - 1]!.value !== ',')) break;
      return i;
    }
    if (token.value === ',') pastComma = true;
    else if ((isVerbLike(token) && !isNounReadAsVerb(tokens, i)) || token.pos === 'PUNCT' || token.pos === 'SCONJ') break;
  }
  return opensCueArgument(tokens, start, limit) ? start + 1 : start;
}

/** "warned | of a collapse", "argued | against the plan": a preposition that joins the cue to what it is about; "said on Friday" is a time. */
export function opensCueArgument(tokens: Token[], start: number, limit: number): boolean {
  const first = tokens[start]!;
  return start + 1 < limit && first.pos === 'ADP' && CUE_PREPOSITIONS.has(first.lower) && !isTimeAhead(tokens, start + 1, limit);
}

/**
 * "warned | of a collapse", "complained | about the builders", "argued | against the pier",
 * "commented | on the report": a preposition that names the topic of a speech cue, so what
 * follows is what the cue reports, not a bare adjunct ("testified for the defence", "spoke for
 * an hour", "argued on behalf of the divers", "said on Friday" are adjuncts).
 */
export function opensSpeechTopic(tokens: Token[], start: number, limit: number): boolean {
  const first = tokens[start]!;
  return TOPIC_PREPOSITIONS.has(first.lower) && tokens[start + 1]?.lower !== 'behalf' && opensCueArgument(tokens, start, limit);
}

const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'against', 'on']);

/**
 * "a campaign stop/VERB": a verb's base form wink tags after a determiner and a singular noun is
 * the phrase's head noun, as a singular subject would take a verb in -s ("the builders say" and
 * "the builder knew" are a subject and its verb).
 */
export function isNounReadAsVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const determiner = tokens[i - 2];
  if (token.pos !== 'VERB' || token.lower !== token.lemma || PARTICIPLE_ENDING.test(token.lower)) return false;
  if (before?.pos !== 'NOUN' || before.lower.endsWith('s') || determiner === undefined) return false;
  return determiner.pos === 'DET' || isPossessivePronoun(determiner.lower);
}

/** A verb or an auxiliary, as wink tags it. */
export function isVerbLike(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX');
}

/** Whether a verb or auxiliary stands in the range: "Clinton: 547." is a tally, not a claim. */
export function hasVerb(tokens: Token[], [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) if (isVerbLike(tokens[i])) return true;
  return false;
}

/** A verb or auxiliary that can head a clause: not a gerund or present participle ("-ing"). */
export function isFiniteVerbLike(token: Token | undefined): boolean {
  return isVerbLike(token) && !token!.lower.endsWith('ing');
}

/** Prepositions that join a cue to what it is about ("warned of", "commented on", "argued against"): the cue's, not the content's. */
const CUE_PREPOSITIONS = new Set(['about', 'of', 'on', 'for', 'against', 'over', 'as', 'into', 'upon']);

/** Tags that open a noun phrase as a cue's object. */
export const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** A noun phrase, not a time phrase, opening at `start`: "the notion", "reports", "Ivana Trump"; not "Tuesday", "last week". */
function opensObjectPhrase(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!first || start >= end || !OBJECT_POS.has(first.pos) || TIME_WORDS.has(first.lower)) return false;
  return !isFrontedTimePhrase(tokens, start, phraseStartingAt(tokens, start, end));
}

/** Cues whose addressee stands between them and what they report: "told reporters he ...", "asked Smith whether ...". */
const ADDRESSEE_CUES = new Set(['tell', 'ask', 'remind', 'assure', 'warn', 'inform', 'promise']);
/** Whether a cue takes an addressee: "told reporters", "asked Smith". */
export function isAddresseeCue(cueLemma: string): boolean {
  return ADDRESSEE_CUES.has(cueLemma.split(' ')[0]!);
}

/**
 * Whether the words from `start` to a "that" at `end` may be passed over to reach what the cue
 * reports: an addressee cue's object ("told reporters that ..."), or a circumstance. The object of
 * another cue is part of what it reports ("rejected the notion that ...", "cited reports that ..."),
 * and so is a proposition, also after a preposition ("pushed back at the suggestion that ...").
 */
export function passesOverBeforeThat(cueLemma: string, tokens: Token[], start: number, end: number): boolean {
  if (isAddresseeCue(cueLemma)) return true;
  // "said two days after the storm that ...", "recalled a few days ago that ...": a span of time; after a cue that may report
  // a stretch of time, only one placed against now or then ("recalled a day after the flood that she ..." may be the moment's "that").
  const span = timeSpanEnd(tokens, start, end);
  if (span > 0 && (!TIME_OBJECT_CUES.has(cueLemma.split(' ')[0]!) || TIME_SPAN_RELATIONS.has(tokens[span - 1]!.lower))) return true;
  if (propositionBeforeThat(tokens, start, end)) return false;
  return !opensObjectPhrase(tokens, start, end);
}

/** The most words before a proposition noun's "that": "at the | repeated | suggestion that". */
const MAX_PROPOSITION_PHRASE = 6;

/** Prepositions that join a cue to the proposition it answers: "responded to | reports that", "pushed back at | the suggestion that". */
const PROPOSITION_PREPOSITIONS = new Set(['to', 'at', 'against']);

/**
 * "reports | that ...", "at the suggestion | that ...", "against claims | that ...": the cue's own
 * object, or the object of a preposition that answers it, is a proposition noun with its "that"
 * (the first "that" after `start`, up to `end`, which may be that "that"), with no other
 * preposition between: "said in a report that" and "said of the report that" pass over theirs.
 */
function propositionBeforeThat(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || (first.pos === 'ADP' && !PROPOSITION_PREPOSITIONS.has(first.lower))) return false;
  for (let i = start + 1; i <= end && i < tokens.length && i <= start + MAX_PROPOSITION_PHRASE; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'that') return isPropositionNoun(tokens[i - 1]!.lower);
    if (token.pos === 'ADP' || token.pos === 'PUNCT') return false;
  }
  return false;
}

const PROPOSITION_NOUNS: ReadonlySet<string> = new Set(propositionNouns);

/** "the suggestion | that ...", "claims | that ...": a noun whose that-clause is its own. */
function isPropositionNoun(word: string): boolean {
  return isNounOf(PROPOSITION_NOUNS, word);
}

/** Whether `word` is one of `nouns`, or its plural in -s: "statement", "statements". */
export function isNounOf(nouns: ReadonlySet<string>, word: string): boolean {
  return nouns.has(word) || (word.endsWith('s') && nouns.has(word.slice(0, -1)));
}

/** An addressee in the object case: the pronouns that can only be objects, and "you". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...objectPronouns, 'you']);
/** Words that open a reported clause with no "that": its subject, or a question's "whether". */
const BARE_CLAUSE_OPENERS = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'it', 'if', 'whether', 'what', 'how', 'why', 'when', 'where', 'who']);

/**
 * Where the content of an addressee cue begins: past the addressee when a bare clause
 * follows it ("told reporters he feels good", "asked Smith whether ..."). Returns `start`
 * when the cue takes no addressee or none stands there.
 */
export function pastAddressee(tokens: Token[], cueLemma: string, start: number, limit: number): number {
  if (!isAddresseeCue(cueLemma)) return start;
  const first = tokens[start];
  if (!first) return start;
  const addresseeEnd = OBJECT_PRONOUNS.has(first.lower) ? start + 1 : first.pos === 'PRON' ? start : phraseStartingAt(tokens, start, limit);
  if (addresseeEnd === start) return start;
  // "told divers this weekend he would ...": a time phrase may follow the addressee.
  for (let end = addresseeEnd; end < limit && end <= addresseeEnd + MAX_FRONTED_TIME; end += 1) {
    if (end > addresseeEnd && !isFrontedTimePhrase(tokens, addresseeEnd, end)) continue;
    if (BARE_CLAUSE_OPENERS.has(tokens[end]!.lower)) return end;
  }
  return start;
}

const FIRST_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);

/** "I", "we": the speaker naming itself. */
export function isFirstPersonPronoun(word: string): boolean {
  return FIRST_PERSON_PRONOUNS.has(word);
}

/** "he", "she", "they": a pronoun that can name a speaker ("her", "them" cannot). */
export function isSpeakerPronoun(token: Token): boolean {
  return token.pos === 'PRON' && speakerPronouns[token.lower] !== undefined;
}

/** The most tokens a party label spans: "(", "D", "-", "N.Y", ".", ")". */
export const MAX_PARTY_LABEL = 8;

/** "(I-Vt.)", "(R)": whether the tokens from `open` to `close` (inclusive) are a party label in brackets. */
export function isPartyLabel(tokens: Token[], open: number, close: number): boolean {
  if (tokens[open]?.value !== '(' || tokens[close]?.value !== ')' || close - open >= MAX_PARTY_LABEL) return false;
  return PARTY_LABEL.test(tokens.slice(open, close + 1).map((token) => token.value).join(''));
}

const SHARE_WORDS: ReadonlySet<string> = new Set(shareWords);
/** "6 in 10", "four out of 10", "56 percent": what follows a number that makes it a share. */
const SHARE_LINKS = new Set(['in', 'out', 'percent', '%']);

/** "6 in 10 white men", "two-thirds of voters", "56 percent of those polled": a share of people, as polls report it. */
export function isShareOfPeople(tokens: Token[], [start, end]: Range): boolean {
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    const next = i + 1 < end ? tokens[i + 1]!.lower : '';
    if (token.value === '%' || token.lower === 'percent') return true;
    if (token.pos === 'NUM' && SHARE_LINKS.has(next)) return true;
    if (SHARE_WORDS.has(token.lower) && next === 'of') return true;
  }
  return false;
}

/** "Two-thirds", "About three-quarters": a phrase that ends on a share word stands for that share of people. */
export function endsOnShareWord(tokens: Token[], [start, end]: Range): boolean {
  return end > start && SHARE_WORDS.has(tokens[end - 1]!.lower);
}

/** "a source involved in ...", "the base chief known as Bob": a participle right after a noun modifies it. */
export function isReducedRelative(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  return token !== undefined && before !== undefined && token.pos === 'VERB' && PARTICIPLE_ENDING.test(token.lower) && isNominal(before);
}

const CIRCUMSTANCE_OPENERS: ReadonlySet<string> = new Set(circumstanceOpeners);

/** `said Ann Lee when asked about the pier`, `she said while visiting the port`: a subordinator before a participle opens a circumstance. */
export function opensReducedCircumstance(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return CIRCUMSTANCE_OPENERS.has(tokens[i]!.lower) && next !== undefined && isRegularParticiple(next);
}

/** "making", "polling": a verb in -ing. */
export function isGerund(token: Token): boolean {
  return token.pos === 'VERB' && token.lower.endsWith('ing');
}

/** A verb in -ed or -ing as wink tags it: "asked", "visiting", "registered". */
export function isRegularParticiple(token: Token): boolean {
  return token.pos === 'VERB' && (token.lower.endsWith('ed') || token.lower.endsWith('ing'));
}

/** "not", "n't". */
export function isNegation(token: Token): boolean {
  return token.lower === 'not' || token.lower === "n't";
}

const TIME_DETERMINERS: ReadonlySet<string> = new Set(timeDeterminers);

/**
 * "the report | published by the board", "the pier | proposed last year": a participle in -ed right after a noun, with
 * a preposition or a time after it (an adjunct, not an object: "the ferry praised the crew" has a finite verb).
 */
export function isParticipleBeforeAdjunct(tokens: Token[], k: number): boolean {
  return tokens[k]!.lower.endsWith('ed') && tokens[k - 1]?.pos === 'NOUN' && opensParticipleAdjunct(tokens[k + 1]);
}

/** What may follow a participle on a noun: a preposition ("published by", "closed in May") or a time ("proposed last year"). */
function opensParticipleAdjunct(token: Token | undefined): boolean {
  return token !== undefined && ((token.pos === 'ADP' && token.lower !== 'that') || isTimeWord(token.lower) || TIME_DETERMINERS.has(token.lower));
}
