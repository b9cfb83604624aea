import type { Token } from '../document.js';
import type { Range } from '../attribute/phrases.js';
import { conditionalSubordinators, futureModals, modals, negations, pastAuxiliaries, presentAuxiliaries, subordinators } from '../lexicons/types.js';
import { headlineVerbAt, phraseStartingAt } from '../attribute/phrases.js';
import type { Modality } from '../types.js';

const MODALS: ReadonlySet<string> = new Set(modals);
const FUTURE: ReadonlySet<string> = new Set(futureModals);
const NEGATIONS: ReadonlySet<string> = new Set(negations);
const SUBORDINATORS: ReadonlySet<string> = new Set(subordinators);
const CONDITIONALS: ReadonlySet<string> = new Set(conditionalSubordinators);
const PERFECT = new Set(['have', 'has', 'had', "'ve", "'d"]);
const PAST_AUX: ReadonlySet<string> = new Set(pastAuxiliaries);
const PRESENT_FORMS: ReadonlySet<string> = new Set(presentAuxiliaries);

/** The main verb group of a content: where its finite verb is, and what governs it. */
export interface Predicate {
  /** Token index of the main verb (or of the copula). */
  verb: number;
  /** First token of the verb group (auxiliaries, modals, negation). */
  groupStart: number;
  copula: boolean;
  /** "were hospitalized", "had been conveyed": the subject undergoes the act. */
  passive: boolean;
  modality: Modality;
}

/**
 * Finds the first finite verb group of the content, skipping gerund subjects
 * ("carrying out cooperation is ..."), infinitives ("to deliver on that"),
 * reduced relatives ("the progress made in ..."), verbs coordinated with an
 * earlier one, and leading subordinate clauses ("If it does not, we will ...").
 * A headline's "X to reopen Y" counts as a future predicate.
 */
export function mainPredicate(tokens: Token[], [start, end]: Range, headline = false): Predicate | null {
  let conditional = false;
  /** A participle read as a reduced relative ("the progress made in"): the main verb after all if no other comes. */
  let participle = -1;
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    if (SUBORDINATORS.has(token.lower) && opensClause(tokens, i, start)) {
      const comma = nextComma(tokens, i, end);
      if (comma > 0) {
        conditional ||= CONDITIONALS.has(token.lower);
        i = comma;
        continue;
      }
    }
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    if (isGoingTo(tokens, i, end)) return futurePredicate(tokens, i + 2, i, conditional);
    if (isModalLike(token)) {
      // wink may tag the verb after a modal as an adjective or noun ("would open/ADJ").
      const verb = verbAfterModal(tokens, i + 1, end);
      if (verb >= 0) return predicate(tokens, verb, verbGroupStart(tokens, verb, start), false, conditional);
      continue;
    }
    const groupStart = verbGroupStart(tokens, i, start);
    if (participle < 0 && groupStart === i && tokens[i - 1]?.pos === 'NOUN' && isParticipleBeforeAdjunct(tokens, i, end)) participle = i;
    if (!isFinite(tokens, i, groupStart, start, end)) continue;
    if (token.pos === 'AUX') {
      const next = nextVerb(tokens, i + 1, end);
      if (next >= 0 && isGoingTo(tokens, next, end)) return futurePredicate(tokens, next + 2, groupStart, conditional);
      if (next >= 0) return predicate(tokens, next, groupStart, false, conditional);
      return predicate(tokens, i, groupStart, token.lemma === 'be', conditional);
    }
    return predicate(tokens, i, groupStart, false, conditional);
  }
  conditional ||= hasLaterCondition(tokens, start, end);
  if (participle >= 0) return predicate(tokens, participle, participle, false, conditional);
  return headline ? headlineInfinitive(tokens, start, end, conditional) ?? headlineVerb(tokens, start, end, conditional) : null;
}

/**
 * Headlines drop the words that tell a verb ("Thousands march in ...", "Panel advances
 * bill"), and wink tags such verbs as nouns: the first word after the subject that the
 * verb lexicons know is taken as the verb.
 */
function headlineVerb(tokens: Token[], start: number, end: number, conditional: boolean): Predicate | null {
  const verb = headlineVerbAt(tokens, start, end);
  return verb < 0 ? null : predicate(tokens, verb, verb, false, conditional);
}

/** "... unless the talks succeed": a condition after the main clause. */
function hasLaterCondition(tokens: Token[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i += 1) if (CONDITIONALS.has(tokens[i]!.lower)) return true;
  return false;
}

/** The word a modal governs, when wink did not tag it as a verb; -1 when it is a verb or auxiliary (read as usual). */
function verbAfterModal(tokens: Token[], from: number, end: number): number {
  let i = from;
  while (i < end && (tokens[i]!.pos === 'ADV' || NEGATIONS.has(tokens[i]!.lower))) i += 1;
  // "ought to reopen": the verb comes after "to".
  if (tokens[from - 1]?.lower === 'ought' && tokens[i]?.lower === 'to') i += 1;
  const token = tokens[i];
  if (!token || i >= end) return -1;
  return token.pos === 'ADJ' || token.pos === 'NOUN' || (tokens[from - 1]?.lower === 'ought' && token.pos === 'VERB') ? i : -1;
}

/** "Valdoria and Ostrenia to reopen border crossings": a subject followed by "to" and a verb. */
function headlineInfinitive(tokens: Token[], start: number, end: number, conditional: boolean): Predicate | null {
  for (let i = start + 1; i + 1 < end; i += 1) {
    const token = tokens[i]!;
    if (token.lower !== 'to' || tokens[i + 1]!.pos !== 'VERB') continue;
    const previous = tokens[i - 1]!;
    if (previous.pos !== 'PROPN' && previous.pos !== 'NOUN') return null;
    return futurePredicate(tokens, i + 1, i, conditional);
  }
  return null;
}

/** "going to get it done": a future of the verb after "to". */
function isGoingTo(tokens: Token[], i: number, end: number): boolean {
  return tokens[i]!.lower === 'going' && i + 2 < end && tokens[i + 1]!.lower === 'to' && tokens[i + 2]!.pos === 'VERB';
}

function futurePredicate(tokens: Token[], verb: number, groupStart: number, conditional: boolean): Predicate {
  const found = predicate(tokens, verb, groupStart, false, conditional);
  found.modality.tense = 'future';
  return found;
}

function opensClause(tokens: Token[], i: number, start: number): boolean {
  return i === start || tokens[i - 1]!.value === ',' || tokens[i - 1]!.pos === 'CCONJ';
}

function nextComma(tokens: Token[], from: number, end: number): number {
  for (let i = from + 1; i < end; i += 1) if (tokens[i]!.value === ',') return i;
  return -1;
}

function isModalLike(token: Token): boolean {
  return MODALS.has(token.lower) || FUTURE.has(token.lower);
}

/** The verb (not auxiliary) that follows an auxiliary within its group: "has been working" → working. */
function nextVerb(tokens: Token[], from: number, end: number): number {
  for (let i = from; i < end && i < from + 4; i += 1) {
    const token = tokens[i]!;
    if (token.pos === 'VERB') return i;
    if (token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART') continue;
    return -1;
  }
  return -1;
}

function verbGroupStart(tokens: Token[], i: number, floor: number): number {
  let k = i;
  while (k > floor) {
    const token = tokens[k - 1]!;
    if (token.lower === 'to') break;
    if (token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART' || isModalLike(token) || NEGATIONS.has(token.lower) || token.lower === 'no') k -= 1;
    else break;
  }
  return k;
}

function isFinite(tokens: Token[], i: number, groupStart: number, floor: number, end: number): boolean {
  const token = tokens[i]!;
  const before = tokens[groupStart - 1];
  if (before && before.lower === 'to') return false;
  if (groupStart < i || token.pos === 'AUX') return true;
  if (token.lower.endsWith('ing') || groupStart === floor || !before) return false;
  // "the task force she chairs paid out ...": a pronoun and verb right after a noun are a relative clause.
  if (before.pos === 'PRON' && groupStart - 2 >= floor && isNounLike(tokens[groupStart - 2]!)) return false;
  // "... and reviewed progress": a verb coordinated with an earlier one has its subject elsewhere.
  if (before.pos === 'CCONJ' || before.value === ',') return false;
  // "the progress made in ...": a participle after a noun, followed by a preposition, is a reduced relative.
  if (before.pos === 'NOUN') return !isParticipleBeforeAdjunct(tokens, i, end);
  return true;
}

function isNounLike(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN';
}

/**
 * "the talks held | in May", "the plan announced |.": after a noun, a participle that only an
 * adjunct or the end of the range follows modifies the noun; it is no finite verb. (The attribute
 * stage's isReducedRelative reads any participle after a noun that way, whatever follows.)
 */
function isParticipleBeforeAdjunct(tokens: Token[], i: number, end: number): boolean {
  const token = tokens[i]!;
  if (token.lower === token.lemma || token.lower.endsWith('s')) return false;
  const next = tokens[i + 1];
  return !next || i + 1 >= end || next.pos === 'ADP' || next.pos === 'PUNCT';
}

function predicate(tokens: Token[], verb: number, groupStart: number, copula: boolean, conditional: boolean): Predicate {
  return { verb, groupStart, copula, passive: isPassive(tokens, verb, groupStart), modality: modalityOf(tokens, verb, groupStart, conditional) };
}

/** A past participle right after a form of "be" in its own verb group. */
function isPassive(tokens: Token[], verb: number, groupStart: number): boolean {
  const main = tokens[verb]!;
  if (main.lower === main.lemma || main.lower.endsWith('ing')) return false;
  for (let i = verb - 1; i >= groupStart; i -= 1) {
    const token = tokens[i]!;
    if (token.lemma === 'be') return true;
    if (token.pos !== 'ADV' && !NEGATIONS.has(token.lower)) return false;
  }
  return false;
}

export function modalityOf(tokens: Token[], verb: number, groupStart: number, conditional = false): Modality {
  let modal: string | null = null;
  let negated = false;
  let perfect = false;
  let pastAux = false;
  let auxiliary = false;
  for (let i = groupStart; i < verb; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (modal === null && isModalLike(token)) modal = token.lower === 'wo' ? 'will' : token.lower;
    if (isNegation(tokens, i)) negated = true;
    // "has to reopen" is an obligation, not a perfect.
    if (PERFECT.has(token.lower) && next?.lower === 'to') modal ??= `${token.lower} to`;
    else if (PERFECT.has(token.lower)) perfect = true;
    if (PAST_AUX.has(token.lower)) pastAux = true;
    if (token.pos === 'AUX') auxiliary = true;
  }
  const main = tokens[verb]!;
  // "is not safe": a copula's negation follows it.
  if (main.lemma === 'be' && tokens[verb + 1] && isNegation(tokens, verb + 1)) negated = true;
  const future = modal !== null && FUTURE.has(modal);
  const tense = future ? 'future' : perfect || pastAux || isPastForm(main, !auxiliary) ? 'past' : 'present';
  return { tense, modal, negated, conditional };
}

/** "not", "n't", "never" (the lexicon's `negations`). */
export function isNegationWord(word: string): boolean {
  return NEGATIONS.has(word);
}

/** "not", "n't", "never", and the two words "no longer". */
function isNegation(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  return NEGATIONS.has(token.lower) || (token.lower === 'no' && tokens[i + 1]?.lower === 'longer');
}

function isPastForm(token: Token, bare: boolean): boolean {
  if (!bare || PRESENT_FORMS.has(token.lower)) return false;
  if (token.lower === 'was' || token.lower === 'were' || token.lower === 'did') return true;
  return token.lower !== token.lemma && !token.lower.endsWith('s') && !token.lower.endsWith('ing');
}

/**
 * Verbs coordinated with the main one and sharing its subject: "Kestria remains open to
 * dialogue and has proposed a meeting" → "proposed".
 */
export function coordinatedVerbs(tokens: Token[], [, end]: Range, main: Predicate): number[] {
  const verbs: number[] = [];
  for (let i = main.verb + 1; i + 1 < end; i += 1) {
    if (tokens[i]!.pos !== 'CCONJ') continue;
    let k = i + 1;
    while (k < end && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k += 1;
    if (k < end && tokens[k]!.pos === 'VERB' && !tokens[k]!.lower.endsWith('ing')) verbs.push(k);
  }
  return verbs;
}

/**
 * Clauses after the main verb opened by a subordinator, with their own subject and verb:
 * "The move came two days after Calvera imposed tariffs" → [Calvera, imposed].
 */
export function subordinateClauses(tokens: Token[], [, end]: Range, main: Predicate): Array<{ subject: Range; verb: number }> {
  const clauses: Array<{ subject: Range; verb: number }> = [];
  for (let i = main.verb + 1; i + 2 < end; i += 1) {
    if (!SUBORDINATORS.has(tokens[i]!.lower)) continue;
    const subjectEnd = phraseStartingAt(tokens, i + 1, end);
    const verb = tokens[subjectEnd];
    if (subjectEnd > i + 1 && verb && verb.pos === 'VERB' && !verb.lower.endsWith('ing')) clauses.push({ subject: [i + 1, subjectEnd], verb: subjectEnd });
  }
  return clauses;
}
