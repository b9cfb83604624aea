import type { Token } from '../document.js';
import type { Range } from '../attribute/phrases.js';
import { futureModals, modals, negations } from '../lexicons/types.js';
import type { Modality } from '../types.js';

const MODALS: ReadonlySet<string> = new Set(modals);
const FUTURE: ReadonlySet<string> = new Set(futureModals);
const NEGATIONS: ReadonlySet<string> = new Set(negations);
const PERFECT = new Set(['have', 'has', 'had']);
const PAST_AUX = new Set(['was', 'were', 'did', 'had']);

/** The main verb group of a content: where its finite verb is, and what governs it. */
export interface Predicate {
  /** Token index of the main verb (or of the copula). */
  verb: number;
  /** First token of the verb group (auxiliaries, modals, negation). */
  groupStart: number;
  copula: boolean;
  modality: Modality;
}

/**
 * Finds the first finite verb group of the content, skipping gerund subjects
 * ("carrying out cooperation is ..."), infinitives ("to deliver on that") and
 * reduced relatives ("the progress made in ...").
 */
export function mainPredicate(tokens: Token[], [start, end]: Range): Predicate | null {
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    if (isModalLike(token)) continue;
    const groupStart = verbGroupStart(tokens, i, start);
    if (!isFinite(tokens, i, groupStart, start)) continue;
    if (token.pos === 'AUX') {
      const next = nextVerb(tokens, i + 1, end);
      if (next >= 0) return predicate(tokens, next, groupStart, false);
      return predicate(tokens, i, groupStart, token.lemma === 'be');
    }
    return predicate(tokens, i, groupStart, false);
  }
  return null;
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
    if (token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART' || isModalLike(token) || NEGATIONS.has(token.lower)) k -= 1;
    else break;
  }
  return k;
}

function isFinite(tokens: Token[], i: number, groupStart: number, floor: number): boolean {
  const token = tokens[i]!;
  const before = tokens[groupStart - 1];
  if (before && before.lower === 'to') return false;
  if (groupStart < i) return true;
  if (token.pos === 'AUX') return true;
  if (token.lower.endsWith('ing')) return false;
  if (groupStart === floor) return false;
  // "the progress made in ...": a participle right after a noun with no auxiliary is a reduced relative, unless the noun is its subject.
  const previous = before;
  if (previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON')) return !isParticipleAfterObject(tokens, groupStart, floor);
  return previous !== undefined && (previous.value === ',' ? false : true);
}

function isParticipleAfterObject(tokens: Token[], nounEnd: number, floor: number): boolean {
  for (let k = nounEnd - 1; k >= floor; k -= 1) {
    const token = tokens[k]!;
    if (token.pos === 'ADP') return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    if (token.value === ',') return false;
  }
  return false;
}

function predicate(tokens: Token[], verb: number, groupStart: number, copula: boolean): Predicate {
  return { verb, groupStart, copula, modality: modalityOf(tokens, verb, groupStart) };
}

export function modalityOf(tokens: Token[], verb: number, groupStart: number): Modality {
  let modal: string | null = null;
  let negated = false;
  let perfect = false;
  let pastAux = false;
  for (let i = groupStart; i < verb; i += 1) {
    const token = tokens[i]!;
    if (modal === null && isModalLike(token)) modal = token.lower === 'wo' ? 'will' : token.lower;
    if (NEGATIONS.has(token.lower)) negated = true;
    if (PERFECT.has(token.lower)) perfect = true;
    if (PAST_AUX.has(token.lower)) pastAux = true;
  }
  const main = tokens[verb]!;
  const tense = modal !== null && FUTURE.has(modal) ? 'future' : perfect || pastAux || isPastForm(main, groupStart === verb) ? 'past' : 'present';
  return { tense, modal, negated };
}

function isPastForm(token: Token, bare: boolean): boolean {
  if (!bare) return false;
  if (token.lower === 'was' || token.lower === 'were') return true;
  return token.lower !== token.lemma && !token.lower.endsWith('s') && !token.lower.endsWith('ing');
}
