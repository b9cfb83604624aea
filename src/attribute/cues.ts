import { isInWordHyphen, type Token } from '../document.js';
import { aspectualCues, attitudeObjectCues, attitudePrepositions, cueDeterminers, cueEntries, cueParticles, deeds, discourseMarkers, mannerAdverbParticles, mediumCarriers, nonReportingCompounds, pluralsWithoutS, repetitionAdverbs, reportMedia, saidThings, speechMannerAdverbs, speechNouns, statementMedia, type CueKind } from '../lexicons/cues.js';
import verbFormTable from '../lexicons/verb-forms.json' with { type: 'json' };
import { LOWERCASE_LETTER, UPPERCASE_LETTER } from '../regex.js';
import { isQuoteMark } from './quotes.js';
import { adjunctAfterAuxiliaryEndingAt, isFloatingQuantifier, isGerund, isNegation, isNominativePronoun, isNounOf, isPossessiveMarker, isPossessivePronoun, isQuantifierSubject, isRelativePronoun, isTimeWord, opensClauseAfterThat, opensReducedCircumstance } from './phrases.js';

/** A cue found in the tokens: [first, last) token indexes, its dictionary form and kind. */
export interface CueMatch {
  first: number;
  last: number;
  lemma: string;
  kind: CueKind;
  /** What a bare object of the cue states ("announced a plan" is an action); undefined for most cues. */
  objectType: 'action' | 'statement' | undefined;
  /**
   * The cue with the words of its verb group around it, as PolNeAR and PARC mark cues:
   * auxiliaries, negation and adverbs before it ("has also said", "did not say"), a
   * preposition or circumstance after it ("warned of", "said in a statement"). [first, last).
   * Undefined until the attribute stage has bounded the cue's clause (withCuePhrase).
   */
  phrase: [number, number] | undefined;
}

interface CompiledCue {
  /** Each slot: the set of word forms that may stand there. */
  slots: ReadonlySet<string>[];
  /** The first word as the lexicon writes it, which wink's lemma must equal to match: "found" (of "founded") is no "find". */
  base: string;
  lemma: string;
  kind: CueKind;
  objectType: 'action' | 'statement' | undefined;
  needsInfinitive: boolean;
  needsQuote: boolean;
  endsClause: boolean;
  notBefore: string | undefined;
  afterCopula: boolean;
  needsSaidObject: boolean;
  notWithDeed: boolean;
}

/** `titleCase`: the words stand in a title-cased headline, where wink tags verbs as proper nouns ("Allen Praises Crews"). */
export type CueMatcher = (tokens: Token[], i: number, limit: number, titleCase?: boolean) => CueMatch | null;

const DETERMINERS: ReadonlySet<string> = new Set(cueDeterminers);

/**
 * Compiles the cue lexicon once. Verbs take their inflections from
 * src/lexicons/verb-forms.json, which compromise's conjugator generates (stress →
 * stresses, stressed, stressing); a token matches by its surface form or by wink's
 * lemma, so that neither library's mistakes ("express" → "expres") lose a cue.
 */
export function compileCues(): CueMatcher {
  const byFirstWord = new Map<string, CompiledCue[]>();
  for (const entry of cueEntries) {
    const words = entry.phrase.split(' ');
    const slots = words.map((word, index) => (word === '<det>' ? DETERMINERS : index === 0 && entry.kind !== 'source' && !entry.afterCopula ? verbForms(word) : new Set([word])));
    const compiled: CompiledCue = {
      slots,
      base: words[0]!,
      lemma: entry.phrase.replace('<det>', 'the'),
      kind: entry.kind,
      objectType: entry.objectType,
      needsInfinitive: entry.needsInfinitive === true,
      needsQuote: entry.needsQuote === true,
      endsClause: entry.endsClause === true,
      notBefore: entry.notBefore,
      afterCopula: entry.afterCopula === true,
      needsSaidObject: entry.needsSaidObject === true,
      notWithDeed: entry.notWithDeed === true,
    };
    for (const form of slots[0]!) {
      const list = byFirstWord.get(form) ?? [];
      list.push(compiled);
      byFirstWord.set(form, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.slots.length - a.slots.length);

  return (tokens, i, limit, titleCase = false) => {
    const token = tokens[i];
    if (token === undefined || i >= limit) return null;
    const candidates = byFirstWord.get(token.lower) ?? byFirstWord.get(token.lemma);
    if (!candidates || inDiscourseMarker(tokens, i) || isFirstNameMidSentence(tokens, i) || isCompoundModifier(tokens, i) || isHyphenatedAdjective(tokens, i)) return null;
    for (const cue of candidates) {
      // An adjective is matched as written: "upsetting" is no "upset".
      if (cue.afterCopula ? token.lower !== cue.base || !isAttitudeAfterCopula(tokens, i, limit, cue.kind) : cue.kind !== 'source' && !isVerbal(token) && !isVerbBeforeClause(tokens, i, limit) && !isVerbOfPhrase(tokens, i, limit, cue) && !isBaseVerbAfterPlural(tokens, i, limit) && !(titleCase && isTitleCasedVerbForm(tokens, i, cue.base))) continue;
      if (i + cue.slots.length > limit) continue;
      const skipped = slotsMatch(tokens, i, cue) ? 0 : mannerAdverbInside(tokens, i, limit, cue) ? 1 : -1;
      if (skipped >= 0) {
        const last = i + cue.slots.length + skipped;
        // "fires back-to-back hits": a phrase ends at a word's end, not inside a hyphenated word.
        if (cue.slots.length > 1 && last < limit && isInWordHyphen(tokens, last)) continue;
        // A phrase whose condition fails is no cue, and no shorter cue either: "called on the President" is a visit.
        if (cue.needsInfinitive && !infinitiveFollows(tokens, last, limit)) return null;
        if (cue.needsQuote && !quoteFollows(tokens, last, limit) && !closesQuotedClause(tokens, i, last)) return null;
        if (cue.endsClause && !endsClauseAt(tokens, last)) return null;
        if (cue.needsSaidObject && !saidObjectFollows(tokens, last, limit)) return null;
        if (cue.notWithDeed && deedFollows(tokens, last, limit)) return null;
        if (cue.notBefore !== undefined && opensDeterminedObject(tokens, last, cue.notBefore) && !reportsDespiteObject(tokens, i, last, limit)) return null;
        return { first: i, last, lemma: cue.lemma, kind: cue.kind, objectType: cue.objectType, phrase: undefined };
      }
    }
    return null;
  };
}

/** "Machine learning experts", "the polling firm": a word in -ing between a singular noun and the noun it modifies is no verb. */
function isCompoundModifier(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token.lower.endsWith('ing') || previous === undefined || next === undefined || next.pos !== 'NOUN') return false;
  // "officials telling reporters that ...": after a plural, a participle with its object.
  return (previous.pos === 'NOUN' && !previous.lower.endsWith('s')) || (previous.pos === 'PROPN' && !next.lower.endsWith('s'));
}

const ATTITUDE_PREPOSITIONS: ReadonlySet<string> = new Set(attitudePrepositions);

/** Tags that cannot open a clause after an attitude: "critical | after the crash", "confident |, however", "sure | to win". */
const NO_CLAUSE_POS = new Set(['ADP', 'PUNCT', 'CCONJ', 'PART', 'ADV', 'AUX', 'VERB', 'SYM', 'X']);

/** "sure | that ...", "sure | he would win", "confident | Port Ellis will recover", "unsure | how ...": a clause, with or without "that". */
function opensBareClause(token: Token): boolean {
  return !NO_CLAUSE_POS.has(token.pos) || token.lower === 'that' || token.pos === 'SCONJ' || QUESTION_OPENERS.has(token.lower);
}

const QUESTION_OPENERS = new Set(['how', 'why', 'when', 'where', 'what', 'who', 'whether']);

/**
 * "is confident that", "were not entirely sure whether", "has been skeptical of": an adjective of
 * attitude after a form of "be" (past adverbs and negation), with a clause or the attitude's
 * preposition after it; a hope may take an infinitive ("is eager to"). Not after an empty "it"
 * ("It is doubtful that"), nor as a result ("so very concerned that they left", "too eager to wait").
 */
function isAttitudeAfterCopula(tokens: Token[], i: number, limit: number, kind: CueKind): boolean {
  const next = tokens[i + 1];
  if (next === undefined || i + 1 >= limit) return false;
  const preposition = ATTITUDE_PREPOSITIONS.has(next.lower);
  if (!preposition && !(kind === 'hope' && next.lower === 'to') && !opensBareClause(next)) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not' || tokens[k]!.lower === "n't")) {
    if ((tokens[k]!.lower === 'so' && next.lower === 'that') || (tokens[k]!.lower === 'too' && next.lower === 'to')) return false;
    k -= 1;
  }
  if (k < 0 || tokens[k]!.lemma !== 'be') return false;
  while (k > 0 && (tokens[k - 1]!.pos === 'AUX' || tokens[k - 1]!.pos === 'ADV')) k -= 1;
  // "It is doubtful that ...": an empty "it" before a clause; "It is concerned about ..." names a party.
  return preposition || tokens[k - 1]?.lower !== 'it';
}

/** "a self-described socialist", "the long-promised/ADJ plan": a participle wink reads as an adjective after an in-word hyphen is no verb. */
function isHyphenatedAdjective(tokens: Token[], i: number): boolean {
  return tokens[i]!.pos === 'ADJ' && i > 0 && isInWordHyphen(tokens, i - 1);
}

/** Whether each slot of `cue` holds the word at its place from `i`; the first may match by wink's lemma. Called for every candidate cue, so a loop. */
function slotsMatch(tokens: Token[], i: number, cue: CompiledCue): boolean {
  if (!cue.slots[0]!.has(tokens[i]!.lower) && tokens[i]!.lemma !== cue.base) return false;
  for (let k = 1; k < cue.slots.length; k += 1) if (!cue.slots[k]!.has(tokens[i + k]!.lower)) return false;
  return true;
}

/** The words of a cue phrase that an adverb of speaking may stand before; "responded publicly to the offer" is an act. */
const MANNER_ADVERB_PARTICLES: ReadonlySet<string> = new Set(mannerAdverbParticles);
const SPEECH_MANNER_ADVERBS: ReadonlySet<string> = new Set(speechMannerAdverbs);

const REPETITION_ADVERBS: ReadonlySet<string> = new Set(repetitionAdverbs);

/** "spoke passionately about", "talks freely of", "called again for": an adverb of how or how often it was said between a phrase's verb and its preposition. */
function mannerAdverbInside(tokens: Token[], i: number, limit: number, cue: CompiledCue): boolean {
  const adverb = tokens[i + 1];
  if (cue.slots.length < 2 || i + cue.slots.length + 1 > limit || adverb === undefined || !isInsideCueAdverb(adverb.lower)) return false;
  if (!MANNER_ADVERB_PARTICLES.has(tokens[i + 2]!.lower) || (!cue.slots[0]!.has(tokens[i]!.lower) && tokens[i]!.lemma !== cue.base)) return false;
  for (let k = 1; k < cue.slots.length; k += 1) if (!cue.slots[k]!.has(tokens[i + k + 1]!.lower)) return false;
  return true;
}

/** Whether an adverb may stand between a cue phrase's verb and its preposition: one of manner or of repetition. */
function isInsideCueAdverb(word: string): boolean {
  return SPEECH_MANNER_ADVERBS.has(word) || REPETITION_ADVERBS.has(word);
}

/** Each word of a set phrase, with the phrases it stands in and its place there: the lookup runs for every candidate cue. */
type SetPhraseIndex = ReadonlyMap<string, readonly { words: readonly string[]; at: number }[]>;

const MARKERS_BY_WORD: SetPhraseIndex = indexMarkers(discourseMarkers);
const COMPOUNDS_BY_WORD: SetPhraseIndex = indexMarkers(nonReportingCompounds);

function indexMarkers(markers: readonly string[]): Map<string, { words: readonly string[]; at: number }[]> {
  const byWord = new Map<string, { words: readonly string[]; at: number }[]>();
  for (const marker of markers) {
    const words = marker.split(' ');
    words.forEach((word, at) => {
      const list = byWord.get(word) ?? [];
      list.push({ words, at });
      byWord.set(word, list);
    });
  }
  return byWord;
}

/**
 * "spokeswoman Hope Hicks said": a capitalised cue word after a lowercase word and before
 * another capitalised word is a name. A headline in title case has no lowercase word before it.
 */
function isFirstNameMidSentence(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!previous || !next || !UPPERCASE_LETTER.test(tokens[i]!.value.charAt(0))) return false;
  return LOWERCASE_LETTER.test(previous.value.charAt(0)) && UPPERCASE_LETTER.test(next.value.charAt(0)) && next.pos === 'PROPN';
}

/** Whether the word at `i` is part of a set phrase that reports nothing: a compound ("a think tank") anywhere, a discourse marker ("That said, ...") where it stands as one. */
function inDiscourseMarker(tokens: Token[], i: number): boolean {
  return setPhraseAt(COMPOUNDS_BY_WORD, tokens, i) !== null || standsAsMarker(tokens, setPhraseAt(MARKERS_BY_WORD, tokens, i));
}

/** The span of the set phrase of `index` that holds the word at `i`, or null. */
function setPhraseAt(index: SetPhraseIndex, tokens: Token[], i: number): [number, number] | null {
  const places = index.get(tokens[i]!.lower);
  if (places === undefined) return null;
  for (const { words, at } of places) {
    const first = i - at;
    if (first < 0) continue;
    let k = 0;
    while (k < words.length && tokens[first + k]?.lower === words[k]) k += 1;
    if (k === words.length) return [first, first + k];
  }
  return null;
}

/**
 * Whether a discourse marker found at `span` stands as one. It does where it opens its sentence or clause (after a
 * mark or a conjunction) or opens with a participle ("having said that"). After a noun, pronoun or auxiliary it is a
 * report ("a message that said, ...", "They all told reporters ...") unless a verb follows or "all told" closes its
 * clause ("Costs all told came to ...", "thirty people all told, ..."); after any other word ("Still that said, ...",
 * "the one that said the pier ...") unless a mark or a verb follows.
 */
function standsAsMarker(tokens: Token[], span: [number, number] | null): boolean {
  if (span === null) return false;
  const [first, end] = span;
  const before = tokens[first - 1];
  const after = tokens[end];
  // A marker opens its sentence or clause, or opens with a participle ("The mayor having said that, ...").
  if (before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.type === 'tabCRLF' || tokens[first]!.sentenceStart || tokens[first]!.lower.endsWith('ing')) return true;
  if (after === undefined || after.pos === 'VERB' || after.pos === 'AUX') return true;
  // After any other word ("Still that said, ...", but "the one that said the pier ..."), a marker also closes its phrase.
  return after.pos === 'PUNCT' && (!REPORTING_BEFORE_MARKER.has(before.pos) || tokens[end - 1]!.lower === 'told');
}

/** What may stand right before the words of a discourse marker that report after all: "a message that said", "They all told", "have all told". */
const REPORTING_BEFORE_MARKER = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);

/** How far after a cue's object its "to" may stand: "called on the two sides to ...". */
const INFINITIVE_REACH = 10;
/** What cannot follow "to" in an infinitive ("to the President" is a destination); wink tags some verbs as adverbs or nouns ("to back"). */
const NOT_A_VERB_AFTER_TO = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'ADJ', 'PUNCT']);

function infinitiveFollows(tokens: Token[], from: number, limit: number): boolean {
  for (let i = from; i < limit && i < from + INFINITIVE_REACH; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'to' && opensInfinitive(tokens, i + 1)) return true;
    if (token.pos === 'VERB' || token.value === '.' || token.value === ';') return false;
  }
  return false;
}

/**
 * The word after "to" is a verb's, also inside an opening quote: "called on the council to "act
 * now"". A capitalised word inside the quote opens a title: "called on the town to "Save Our Pier" night".
 */
function opensInfinitive(tokens: Token[], next: number): boolean {
  const quoted = tokens[next] !== undefined && isQuoteMark(tokens[next]);
  const word = quoted ? tokens[next + 1] : tokens[next];
  return word !== undefined && !NOT_A_VERB_AFTER_TO.has(word.pos) && !(quoted && UPPERCASE_LETTER.test(word.value.charAt(0)));
}

const QUOTE_OPENERS = new Set(['"', '“', ':', 'that']);

/**
 * "responded: ...", "responded, “...”", "responded that ...", "made the case to the council on Monday that ...":
 * what follows the cue, or a short addressee or circumstance after it, is what was said.
 */
function quoteFollows(tokens: Token[], from: number, limit: number): boolean {
  const next = tokens[from];
  if (!next || from >= limit) return false;
  if (QUOTE_OPENERS.has(next.lower)) return true;
  const after = tokens[from + 1];
  if (next.value === ',' && after !== undefined && from + 1 < limit && QUOTE_OPENERS.has(after.lower)) return true;
  for (let i = from; i < limit && i < from + MAX_BEFORE_THAT; i += 1) {
    const token = tokens[i]!;
    if (token.lower === 'that') return i > from && opensClauseAfterThat(tokens[i + 1]);
    if (token.value === ':') return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || isQuoteMark(token)) return false;
  }
  return false;
}

/** The most words of addressee and circumstance between a cue and its "that": "to voters in Port Ellis on Monday". */
const MAX_BEFORE_THAT = 8;

const SAID_THINGS: ReadonlySet<string> = new Set([...saidThings, ...Object.keys(speechNouns), ...reportMedia]);
/** The most words before an object's head: "Ann Lee 's repeated | requests", "the latest round of | questions". */
const MAX_BEFORE_HEAD = 5;

/** "requests for comment", "Ann Lee's questions", "voicemail messages", "a series of questions": an object whose head names something said or asked. */
function saidObjectFollows(tokens: Token[], from: number, limit: number): boolean {
  for (let i = from; i < limit && i < from + MAX_BEFORE_HEAD + 1; i += 1) {
    const token = tokens[i]!;
    // wink may tag the head as a verb after "to": "respond to questions/VERB".
    if (isSaidThing(token.lower)) return true;
    // "press/VERB inquiries": the first noun of a compound, which wink may read as a verb after "to".
    if (!mayStandBeforeHead(token) && !isSaidThing(tokens[i + 1]?.lower ?? '')) return false;
  }
  return false;
}

const DEEDS: ReadonlySet<string> = new Set(deeds);

/**
 * Whether the head of the object from `from` names a deed: "suicide", "a serious crime", "war crimes", "an error of
 * judgment"; a deed that only modifies the head or owns it is none ("violence prevention funds", "the act's funding").
 */
function deedFollows(tokens: Token[], from: number, limit: number): boolean {
  for (let i = from; i < limit && i < from + MAX_BEFORE_HEAD + 1; i += 1) {
    const token = tokens[i]!;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      const next = tokens[i + 1];
      // "committed suicide Tuesday": a time word after the head is no noun it modifies.
      const modifies = next !== undefined && i + 1 < limit && !isTimeWord(next.lower) && (next.pos === 'NOUN' || next.pos === 'PROPN' || isPossessiveMarker(next) || isInWordHyphen(tokens, i + 1));
      if (!modifies) return DEEDS.has(token.lemma) || DEEDS.has(token.lower);
      continue;
    }
    if (!mayStandBeforeHead(token) || token.pos === 'ADP') return false;
  }
  return false;
}

/** Words before an object's head: determiners, modifiers, nouns of a compound or a possessor, "'s", and the "of" of "a series of". */
function mayStandBeforeHead(token: Token): boolean {
  if (token.pos === 'ADP') return token.lower === 'of';
  if (token.pos === 'VERB') return token.lower.endsWith('ed');
  return !BREAKS_BEFORE_HEAD.has(token.pos) || token.value === "'" || token.value === '’' || isPossessiveMarker(token);
}

const BREAKS_BEFORE_HEAD = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/** "request", "requests", "queries": a noun of something said or asked, singular or plural. */
function isSaidThing(word: string): boolean {
  if (SAID_THINGS.has(word)) return true;
  if (word.endsWith('ies')) return SAID_THINGS.has(`${word.slice(0, -3)}y`);
  return word.endsWith('s') && SAID_THINGS.has(word.slice(0, -1));
}

/**
 * Where a clause may end: punctuation, the text's end, a manner ("put it bluntly", "put it this
 * way"), an addressee ("put it to reporters") or a medium ("put it in a statement"); not an
 * object's place or state ("putting it to rest", "put it in perspective", "put it on hold").
 */
function endsClauseAt(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  const after = tokens[at + 1];
  if (next === undefined || next.pos === 'PUNCT' || next.pos === 'ADV') return true;
  if (next.lower === 'this' && after?.lower === 'way') return true;
  if (next.lower === 'to') return after !== undefined && (after.pos === 'PROPN' || after.pos === 'PRON' || (after.pos === 'NOUN' && after.lower.endsWith('s')));
  return next.lower === 'in' && (after?.pos === 'DET' || after?.pos === 'PRON');
}

/** "added to | her lead", "adding to | the drama": the preposition, then a determiner or possessive. */
function opensDeterminedObject(tokens: Token[], at: number, preposition: string): boolean {
  const next = tokens[at + 1];
  return tokens[at]?.lower === preposition && next !== undefined && (next.pos === 'DET' || isPossessivePronoun(next.lower));
}

/** How far after the cue a "that" may open its clause past the object: "added to the council that ...". */
const THAT_AFTER_OBJECT = 8;

/** `"...," she added to the crowd.`, "added to the council that ...": a quote before or a clause after still makes the cue report. */
function reportsDespiteObject(tokens: Token[], first: number, last: number, limit: number): boolean {
  if (quoteShortlyBefore(tokens, first)) return true;
  for (let k = last + 1; k < Math.min(limit, last + THAT_AFTER_OBJECT); k += 1) {
    const token = tokens[k]!;
    if (token.pos === 'PUNCT') return false;
    if (token.lower === 'that') return opensClauseAfterThat(tokens[k + 1]);
  }
  return false;
}

/** How far back a closing quote mark may stand before a cue that ends the clause: `"...," Trump responded.` */
const QUOTE_BEFORE_CUE = 4;
const CLAUSE_END_MARKS = new Set(['.', ',', '!', '?', ';']);

/** `"No, I meant it," Trump responded.`: the cue closes its clause right after a quote. */
function closesQuotedClause(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last];
  // `"...," Lee responded before adding ...`: a circumstance may follow the cue.
  if (next !== undefined && !CLAUSE_END_MARKS.has(next.value)) {
    // Before a circumstance, only a quote closed on its own mark (`"...," Lee responded when ...`, not `the "Blue Anchor" pub responded when ...`).
    return opensReducedCircumstance(tokens, last) && quoteShortlyBefore(tokens, first, true);
  }
  return quoteShortlyBefore(tokens, first);
}

/** Whether a closing quote mark stands a few words before the cue (`"...," Ann Lee added`), if asked right after a clause's mark. */
function quoteShortlyBefore(tokens: Token[], first: number, afterClauseMark = false): boolean {
  for (let i = first - 1; i >= 0 && i >= first - QUOTE_BEFORE_CUE; i -= 1) {
    if (QUOTE_MARKS.has(tokens[i]!.value) && (!afterClauseMark || CLAUSE_END_MARKS.has(tokens[i - 1]?.value ?? ''))) return true;
  }
  return false;
}

const QUOTE_MARKS = new Set(['"', '”', "''", '’']);

const VERB_FORMS: Readonly<Record<string, readonly string[] | undefined>> = verbFormTable;

/** A verb missing from the generated table (a new entry before `npm run lexicons`) still matches by wink's lemma. */
function verbForms(verb: string): Set<string> {
  return new Set([verb, ...(VERB_FORMS[verb] ?? [])]);
}

/**
 * "The Post reports that ...", "Trump charges that ...", "Allen plans to ...": wink tags some present-tense verbs
 * as plural nouns; one in -s right before "that", a colon or a quote, or after its subject's head before
 * an object, an infinitive or the end, is read as the verb.
 */
function isVerbBeforeClause(tokens: Token[], i: number, limit: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.pos !== 'NOUN' || !token.lower.endsWith('s') || !next || i + 1 >= limit) return false;
  const previous = tokens[i - 1];
  // "the four states that will vote", "battleground states that have": a relative clause after a plural noun.
  if (next.lower === 'that') return !inNounPhrase(previous) && opensClauseAfterThat(tokens[i + 2]);
  if (next.value === ':' || next.value === '"' || next.value === '“') return true;
  // "..., Viguerie notes.", "The ad slams Kasich": right after the subject's head, before an object or the end.
  const subjectHead = previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'NOUN');
  // Before the end, only a short subject that opens its clause: "..., morning news shows." is a noun phrase.
  if (subjectHead && ((next.value === '.' && opensClosingSubject(tokens, i - 1)) || OBJECT_STARTS.has(next.pos))) return true;
  // "The mayor, Ann Lee, plans to ...": the head may close an apposition. "... and pledges to stand firm", "... and
  // points out that": a second verb after "and".
  const closesApposition = previous?.value === ',' && (tokens[i - 2]?.pos === 'PROPN' || tokens[i - 2]?.pos === 'NOUN');
  return (subjectHead || closesApposition || (previous?.lower === 'and' && mayBeSecondVerb(tokens, i - 1))) && continuesAsVerb(tokens, i, limit);
}

/**
 * Whether a word in -s after "and" may be a second verb: unless it ends a list of plural nouns ("issued fines and orders
 * to ...", "got food, water and orders to ...") after a verb not in -s; after "denies any wrongdoing and | points out" it is.
 */
function mayBeSecondVerb(tokens: Token[], and: number): boolean {
  const before = tokens[and - 1];
  let list = before !== undefined && before.pos === 'NOUN' && before.lower.endsWith('s');
  for (let k = and - 1; k >= 0; k -= 1) {
    const token = tokens[k]!;
    if (token.pos === 'VERB' || token.pos === 'AUX') return !list || (token.lower.endsWith('s') && token.lower !== 'was');
    if (token.value === ',' && k !== and - 1) list = true;
    if (token.sentenceStart || (token.pos === 'PUNCT' && token.value !== ',')) return true;
  }
  return true;
}

/**
 * "Ann Lee talks about the pier", "The mayor calls for calm": a word in -s that wink read as a plural noun,
 * right after its subject's head and before the rest of a cue phrase, is the phrase's verb, unless a finite
 * verb follows in its clause ("Peace talks about the border ended").
 */
function isVerbOfPhrase(tokens: Token[], i: number, limit: number, cue: CompiledCue): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.pos !== 'NOUN' || !token.lower.endsWith('s') || cue.slots.length < 2 || next === undefined || i + 1 >= limit || !cue.slots[1]!.has(next.lower)) return false;
  const previous = tokens[i - 1];
  const subjectHead = previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'NOUN' || isNominativePronoun(previous.lower));
  return subjectHead && !finiteVerbAhead(tokens, i + cue.slots.length, limit) && !finiteVerbAfterAside(tokens, i + cue.slots.length, limit);
}

/** "Senate talks about the budget, which began in May, | stalled": a finite verb right after an aside between commas. */
function finiteVerbAfterAside(tokens: Token[], from: number, limit: number): boolean {
  let opening = from;
  while (opening < limit && tokens[opening]!.value !== ',') opening += 1;
  let closing = opening + 1;
  while (closing < limit && tokens[closing]!.value !== ',') closing += 1;
  let next = closing + 1;
  while (next < limit && tokens[next]!.pos === 'ADV') next += 1;
  const verb = tokens[next];
  return next < limit && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.lower.endsWith('ing');
}

/**
 * "plans to call", "points out": an infinitive or a cue's particle after a word wink read as a noun shows
 * it is the verb, unless a finite verb follows in the same clause ("Government plans to sell the port were
 * leaked", "Media reports out of the capital suggest ...": the word heads the subject).
 */
function continuesAsVerb(tokens: Token[], i: number, limit: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || i + 1 >= limit) return false;
  const infinitive = next.lower === 'to' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX') && i + 2 < limit;
  return (infinitive || CUE_PARTICLES.has(next.lower)) && !finiteVerbAhead(tokens, i + (infinitive ? 3 : 2), limit);
}

const CLAUSE_DASHES = new Set([':', '—', '–', '--', '(']);

/** Whether a finite verb (not an infinitive's) stands from `from` up to the next clause break, "that" or quote. */
function finiteVerbAhead(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < limit; k += 1) {
    const token = tokens[k]!;
    if (CLAUSE_END_MARKS.has(token.value) || CLAUSE_DASHES.has(token.value) || token.lower === 'that' || QUOTE_MARKS.has(token.value) || token.value === '“') return false;
    if ((token.pos === 'AUX' || (token.pos === 'VERB' && !token.lower.endsWith('ing'))) && tokens[k - 1]?.lower !== 'to') return true;
  }
  return false;
}

/** A word that puts the next one inside a noun phrase: "the four states", "Southern states", "of states". */
function inNounPhrase(previous: Token | undefined): boolean {
  return previous !== undefined && (previous.pos === 'NUM' || previous.pos === 'ADJ' || previous.pos === 'DET' || previous.pos === 'ADP');
}

/**
 * "Several polls show Sanders ...", "one in five say it's ...", "Two-thirds support reducing ...", "Some say ...":
 * wink tags some base-form verbs as nouns after a plural subject; one before an object or a clause is read as the verb.
 */
function isBaseVerbAfterPlural(tokens: Token[], i: number, limit: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (token.pos !== 'NOUN' || token.lower !== token.lemma || token.lower.endsWith('s') || !previous || !next || i + 1 >= limit) return false;
  const nominal = previous.pos === 'NOUN' || previous.pos === 'PROPN';
  // "Records from the 2008 cycle show he backed ...": before a subject pronoun, after a post-modified subject, only a verb
  // fits ("the court order she signed" is a noun with a relative clause).
  if (nominal && isNominativePronoun(next.lower) && hasPostModifierBefore(tokens, i - 1)) return true;
  const plural = previous.pos === 'NUM' || isQuantifierSubject(previous.lower) || endsPercentage(tokens, i - 1) || (nominal && (previous.lower.endsWith('s') || PLURALS_WITHOUT_S.has(previous.lower)));
  // "..., new fundraising reports show.": a short plural subject after a comma, closing the sentence.
  if (plural && next.value === '.' && followsCommaInPhrase(tokens, i - 1)) return true;
  // "Polls show voters trust ...": a plural noun after the verb opens its object or clause.
  // Only after a plural noun: "most state parties", "35 state legislatures", "news show guests" are noun phrases.
  const pluralObject = nominal && previous.lower.endsWith('s') && !NOT_PLURAL.has(previous.lower) && next.pos === 'NOUN' && next.lower.endsWith('s') && !next.lower.endsWith('ss');
  // "the job that many economists say/NOUN is the future": after a relative word, a verb group right after it is its
  // clause's, the subject gapped ("The police report was filed" is a noun phrase).
  const gappedClause = next.pos === 'AUX' && followsRelativeWord(tokens, i - 1);
  return plural && (OBJECT_STARTS.has(next.pos) || pluralObject || gappedClause || next.lower === 'that' || isGerund(next) || continuesAsVerb(tokens, i, limit));
}

/**
 * "57 percent | support", "43% | support": a number's percentage, which stands for that many people; not the
 * object of a verb or a preposition, nor owned ("won 62 percent support", "climbed to 43 percent support", "McCain's 62 percent support").
 */
function endsPercentage(tokens: Token[], last: number): boolean {
  const word = tokens[last]!;
  const before = tokens[last - 2];
  return (word.lower === 'percent' || word.value === '%') && tokens[last - 1]?.pos === 'NUM' && !(before !== undefined && (before.pos === 'VERB' || before.pos === 'ADP' || before.lower === 'to' || isPossessiveMarker(before)));
}

/** Whether the noun phrase ending at `last` follows a relative word: "that | many economists". */
function followsRelativeWord(tokens: Token[], last: number): boolean {
  let k = last;
  while (k >= 0 && last - k < MAX_POST_MODIFIER && !isRelativeWord(tokens[k]!.lower) && POST_MODIFIER_WORDS.has(tokens[k]!.pos) && tokens[k]!.pos !== 'PRON') k -= 1;
  return k >= 0 && k < last && isRelativeWord(tokens[k]!.lower);
}

/** A relative pronoun, or the "what" of a free relative: "that | many economists say". */
function isRelativeWord(word: string): boolean {
  return isRelativePronoun(word) || word === 'what';
}
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(pluralsWithoutS);
/** Nouns in -s that are singular: "news show guests". */
const NOT_PLURAL = new Set(['news', 'politics', 'economics']);

/** How far back from a noun its subject's preposition may stand: "Records from the 2008 presidential election cycle". */
const MAX_POST_MODIFIER = 6;
/** What may stand in the object of that preposition: "from his 1995 tax return" (wink tags "his" as a pronoun). */
const POST_MODIFIER_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** Whether a preposition after a noun stands within the noun phrase ending at `last`: "records from the 2008 cycle". */
function hasPostModifierBefore(tokens: Token[], last: number): boolean {
  for (let i = last - 1; i > 0 && i >= last - MAX_POST_MODIFIER; i -= 1) {
    const token = tokens[i]!;
    if (token.pos === 'ADP') return tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN';
    if (!POST_MODIFIER_WORDS.has(token.pos)) return false;
  }
  return false;
}
/** The most words of a noun phrase between a comma and the verb that closes the sentence: ", new fundraising reports show.". */
const MAX_CLOSING_SUBJECT = 5;
const CLOSING_SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/** Whether the noun phrase ending at `last` opens right after a comma. */
function followsCommaInPhrase(tokens: Token[], last: number): boolean {
  for (let i = last; i >= 0 && i > last - MAX_CLOSING_SUBJECT; i -= 1) {
    const token = tokens[i]!;
    if (token.value === ',') return i < last;
    if (!CLOSING_SUBJECT_POS.has(token.pos)) return false;
  }
  return tokens[last - MAX_CLOSING_SUBJECT]?.value === ',';
}

/** Words after which a clause's subject may open: "..., | Viguerie notes.", "as | the Gazette reports.", `," | the ad says.` */
const CLOSING_SUBJECT_OPENERS = new Set([',', 'as', '"', '”', "''", '’', '—', '--', '.', '!', '?', ':']);

/** Whether the noun phrase ending at `last` is short and opens its clause, as a closing parenthetical's subject does. */
function opensClosingSubject(tokens: Token[], last: number): boolean {
  let i = last;
  // "the head of the harbour board notes.": a post-modifier with "of", "for", "at" or "in" stays in the subject.
  let modifier = -1;
  while (i >= 0 && last - i < MAX_CLOSING_SUBJECT_WITH_MODIFIER && (CLOSING_SUBJECT_POS.has(tokens[i]!.pos) || isPossessiveMarker(tokens[i]!) || isInWordHyphen(tokens, i) || (SUBJECT_POST_MODIFIERS.has(tokens[i]!.lower) && i < last))) {
    if (modifier < 0 && SUBJECT_POST_MODIFIERS.has(tokens[i]!.lower)) modifier = i;
    i -= 1;
  }
  // A post-modifier's noun phrase is determined or named ("of the harbour board notes"); "of newspaper reports" is a compound.
  const opener = tokens[modifier + 1];
  if (modifier >= 0 && opener !== undefined && opener.pos !== 'DET' && opener.pos !== 'PROPN' && !isPossessivePronoun(opener.lower)) return false;
  return i < 0 || CLOSING_SUBJECT_OPENERS.has(tokens[i]!.lower) || tokens[i]!.type === 'tabCRLF';
}

/** The most words of a closing parenthetical's subject with its post-modifier: "the chief executive of Harbour Holdings". */
const MAX_CLOSING_SUBJECT_WITH_MODIFIER = 9;
const SUBJECT_POST_MODIFIERS = new Set(['of', 'for', 'at', 'in']);

/** Parts of speech that open the object or clause after a present-tense cue. */
const OBJECT_STARTS = new Set(['DET', 'PROPN', 'PRON']);

/**
 * "Allen Praises/PROPN Crews", "Board Finds/PROPN ...": in a title-cased headline, a capitalised
 * word in -s after a name or noun, other than the verb's base form ("Joint Press Statement"), is a
 * verb, unless a verb follows it and it is that verb's subject ("Insurance Claims Soar").
 */
function isTitleCasedVerbForm(tokens: Token[], i: number, base: string): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')) return false;
  return token.pos === 'PROPN' && token.lower.endsWith('s') && token.lower !== base && UPPERCASE_LETTER.test(token.value.charAt(0)) && before !== undefined && (before.pos === 'PROPN' || before.pos === 'NOUN');
}

/** wink sometimes tags a past-tense reporting verb as an adjective or noun ("noted", "stressed"). */
function isVerbal(token: Token): boolean {
  if (token.pos === 'VERB') return true;
  return (token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'PROPN') && (token.lower.endsWith('ed') || token.lower.endsWith('ing'));
}

/**
 * Words that may stand in a cue's verb group before it: "has", "also", "not", "did", and a
 * quantifier floating after the subject ("Lee and Hill both said"), which PolNeAR's cues take.
 */
function isVerbGroupWord(token: Token): boolean {
  if (QUESTION_WORDS.has(token.lower)) return false;
  return token.pos === 'AUX' || token.pos === 'ADV' || isNegation(token) || token.lower === "'s" || token.lower === '’s' || isFloatingQuantifier(token.lower);
}

const MEDIA: ReadonlySet<string> = new Set(reportMedia);
const CARRIERS: ReadonlySet<string> = new Set(mediumCarriers);
/** The most words between a verb and the participle cue its medium carries: "released a new radio ad calling". */
const MAX_CARRIER = 6;

/** "statement", "ads": a medium a report is made in, singular or plural. */
export function isReportMedium(token: Token | undefined): boolean {
  return token !== undefined && isNounOf(MEDIA, token.lower);
}

/**
 * "issued a statement saying", "sent out an email urging": a participle cue right after a
 * medium belongs with the verb that put the medium out (mediumCarriers; not "received a
 * letter saying"), as PolNeAR marks such cues. Returns where that verb starts, or `first`
 * when there is none.
 */
export function mediumCarrierBefore(tokens: Token[], first: number, floor: number): number {
  if (first - 1 < floor || !tokens[first]!.lower.endsWith('ing')) return first;
  const medium = mediumBefore(tokens, first, floor);
  if (medium < 0) return first;
  for (let i = medium - 1; i >= floor && i >= medium - MAX_CARRIER; i -= 1) {
    const token = tokens[i]!;
    if (token.pos === 'VERB') return CARRIERS.has(token.lemma) ? i : first;
    // "a series of tweets": "of" joins a quantity to the medium.
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PRON' && token.pos !== 'NUM' && token.lower !== 'out' && token.lower !== 'of') return first;
  }
  return first;
}

/**
 * The medium right before the participle at `participle`, or before a time phrase that
 * stands between them ("issued a statement Tuesday saying", "a report this month charging"); -1 if none.
 */
function mediumBefore(tokens: Token[], participle: number, floor: number): number {
  for (let medium = participle - 1; medium >= floor && medium >= participle - 1 - MAX_TIME_AFTER_MEDIUM; medium -= 1) {
    if (isReportMedium(tokens[medium]) && timePhraseEnd(tokens, medium + 1, participle) === participle) return medium;
  }
  return -1;
}

/** Words that put a medium out at a time: "on Tuesday", "this month", "late Friday". */
const TIME_LINKS = new Set(['on', 'this', 'last', 'early', 'late']);
/** The most words of a time phrase between a medium and its participle: "on Tuesday night". */
const MAX_TIME_AFTER_MEDIUM = 3;

/**
 * Where a time phrase that starts at `from` ends, before `limit`: "Tuesday", "on Tuesday night",
 * "this month" (at most three words, one of them a time word). `from` when there is none.
 */
export function timePhraseEnd(tokens: Token[], from: number, limit: number): number {
  let end = from;
  let timed = false;
  while (end < limit && end - from < MAX_TIME_AFTER_MEDIUM && (isTimeWord(tokens[end]!.lower) || TIME_LINKS.has(tokens[end]!.lower))) {
    timed ||= isTimeWord(tokens[end]!.lower);
    end += 1;
  }
  return timed ? end : from;
}

/** Adverbs that open a clause of their own, never part of a verb group: "when asked". */
const QUESTION_WORDS = new Set(['when', 'whenever', 'where', 'why', 'how']);

/** One word after a cue that belongs to it: "warned of", "said Tuesday", "said sarcastically"; not the "by" of an agent. */
function isCueTail(token: Token): boolean {
  if (token.lower === 'by') return false;
  return token.pos === 'ADP' || token.pos === 'ADV' || isTimeWord(token.lower);
}

/**
 * The cue's verb group, as PolNeAR and PARC mark cues: back over auxiliaries, negation
 * and adverbs no further than `floor` (the end of a source before it), and forward over
 * a lone preposition, adverb or time word that is all that stands between the cue and
 * `limit` (where its content or its clause begins). [first, last) token indexes.
 */
export function cuePhrase(tokens: Token[], cue: CueMatch, floor: number, limit: number): [number, number] {
  let first = mediumCarrierBefore(tokens, cue.first, floor);
  for (;;) {
    while (first - 1 >= floor && isVerbGroupWord(tokens[first - 1]!)) first -= 1;
    // "has since said", "have in the past said": a phrase between the auxiliary and its verb.
    const adjunct = adjunctAfterAuxiliaryEndingAt(tokens, first, floor);
    if (adjunct === first) break;
    first = adjunct;
  }
  const end = particleEnd(tokens, cue, limit);
  const next = tokens[end];
  const last = next !== undefined && limit === end + 1 && isCueTail(next) ? limit : statementPhraseEnd(tokens, end, limit);
  return [first, last];
}

const STATEMENT_MEDIA: ReadonlySet<string> = new Set(statementMedia);
/** The most modifiers between the determiner and the medium: "in a brief written statement". */
export const MAX_MEDIUM_MODIFIERS = 2;

/** "said in a statement": where the medium phrase right after the cue ends, when it ends by `limit`; else `end`. */
function statementPhraseEnd(tokens: Token[], end: number, limit: number): number {
  if (tokens[end]?.lower !== 'in' || !DETERMINERS.has(tokens[end + 1]?.lower ?? '')) return end;
  for (let i = end + 2; i < limit && i <= end + 2 + MAX_MEDIUM_MODIFIERS; i += 1) {
    if (STATEMENT_MEDIA.has(tokens[i]!.lower)) return i + 1;
    if (tokens[i]!.pos !== 'ADJ' && tokens[i]!.pos !== 'NOUN' && tokens[i]!.pos !== 'VERB') return end;
  }
  return end;
}

/** The lexicon's aspectual cues ("continue"), read here and by the frame search. */
export const ASPECTUAL_CUES: ReadonlySet<string> = new Set(aspectualCues);

const ATTITUDE_OBJECT_CUES: ReadonlySet<string> = new Set(attitudeObjectCues);

/**
 * "expressed concern that", "voiced support for": the bare attitude noun (and the
 * preposition after it) an attitude cue reports through. Returns where it ends, or
 * `cue.last` when there is none before `limit`.
 */
export function attitudeObjectEnd(tokens: Token[], cue: CueMatch, limit: number): number {
  if (!ATTITUDE_OBJECT_CUES.has(cue.lemma) || tokens[cue.last]?.pos !== 'NOUN') return cue.last;
  const next = tokens[cue.last + 1];
  if (next === undefined || cue.last + 2 >= limit) return cue.last;
  if (next.lower === 'that') return cue.last + 1;
  return next.pos === 'ADP' ? cue.last + 2 : cue.last;
}

const CUE_PARTICLES: ReadonlySet<string> = new Set(cueParticles);

/** "called out", "backed off": a particle right after the cue, standing before `limit`. Returns where it ends, or `cue.last`. */
export function particleEnd(tokens: Token[], cue: CueMatch, limit: number): number {
  const next = tokens[cue.last];
  return next !== undefined && cue.last < limit && CUE_PARTICLES.has(next.lower) && !cue.lemma.includes(' ') ? cue.last + 1 : cue.last;
}

/**
 * "continued to insist that", "has continued to push for": the reporting infinitive (and a
 * preposition right after it) that an aspectual cue reports through, as PolNeAR marks
 * such cues; "appears to have" keeps its cue alone. Returns where it ends, or `cue.last`
 * when there is none before `limit`.
 */
export function aspectualInfinitiveEnd(tokens: Token[], cue: CueMatch, limit: number, matchCue: CueMatcher): number {
  if (!ASPECTUAL_CUES.has(cue.lemma) || tokens[cue.last]?.lower !== 'to' || tokens[cue.last + 1]?.pos !== 'VERB') return cue.last;
  if (!matchCue(tokens, cue.last + 1, limit)) return cue.last;
  const end = cue.last + 2;
  if (end >= limit) return cue.last;
  return tokens[end]!.pos === 'ADP' && tokens[end]!.lower !== 'that' && end + 1 < limit ? end + 1 : end;
}
