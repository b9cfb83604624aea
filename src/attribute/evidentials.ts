/** Hedged claims of the writer's own: "X seems to Y", "X appeared paralyzed", "It appears that Y", "X is reportedly Y". */

import { evidentialAdverbs, evidentialVerbs } from '../lexicons/cues.js';
import type { Token } from '../document.js';
import type { CueMatch } from './cues.js';
import { contentEnd, contentStartAfter, nextClauseBreak, trimBreaks, verbGroupEnd, verbGroupStart } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { isNegation, isRelativePronoun, phraseStartingAt, skipForwardOverModifiers, type Range } from './phrases.js';
import { isQuoteMark } from './quotes.js';
import { looseSubjectBefore, raisedSubjectBefore } from './subjects.js';

export const EVIDENTIAL_VERBS: ReadonlySet<string> = new Set(evidentialVerbs);
const EVIDENTIAL_ADVERBS: ReadonlySet<string> = new Set(evidentialAdverbs);
export const EVIDENTIAL_RULE = 'attribute/evidential';

/**
 * The writer's claim hedged with "seem" or "appear" (the first such verb outside quotes):
 * the verb is the cue, there is no source, and the subject with the predicate after the
 * verb is the content ("It appears" leaves its empty subject out, as does a verb that shares
 * the subject before "and"). findFrames keeps it only where no other frame of the sentence
 * takes its words in.
 */
export function evidentialFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  for (let i = view.first; i < view.last; i += 1) {
    const token = tokens[i]!;
    if (view.quoteOf[i]! >= 0 || isQuoteMark(token)) continue;
    if (token.pos === 'ADV' && EVIDENTIAL_ADVERBS.has(token.lower)) {
      const hedged = adverbFrame(view, i);
      if (hedged) return hedged;
      continue;
    }
    // "Appearing calm, Lee spoke": a participle's clause, no hedge of the writer's.
    if (token.pos !== 'VERB' || !EVIDENTIAL_VERBS.has(token.lemma) || token.lower.endsWith('ing')) continue;
    const group = verbGroupStart(view, i);
    // "tried to appear moderate", "needs to not seem weak": an aim, not the writer's hedge.
    if (tokens[group - 1]?.lower === 'to' || tokens[i - 1]?.lower === 'to') continue;
    const opener = tokens[group - 1];
    const empty = opener !== undefined && group - 1 >= view.first && EMPTY_SUBJECTS.has(opener.lower);
    const subject = empty ? null : hedgedSubject(view, i, group);
    // "What appears to be a crack runs ...": a free relative opening the clause is its subject, no hedged claim
    // (after a preposition or a verb it is an object, and hedges: "a breach of what appears to be a rule").
    if (opener !== undefined && FREE_RELATIVES.has(opener.lower) && !OBJECT_TAKERS.has(tokens[group - 2]?.pos ?? '')) continue;
    if (!opensHedgedPredicate(view, skipForwardOverModifiers(tokens, i + 1, view.last), token.lemma, empty)) continue;
    // "The crack, which appears to widen, worries engineers": a relative clause's hedge ends at its clause break.
    const end = subject && isRelativePronoun(tokens[subject[0]]!.lower) ? nextClauseBreak(view, i + 1) : contentEnd(view);
    const rest = trimBreaks(tokens, [i + 1, end]);
    if (rest[1] <= rest[0]) continue;
    return frame(view, null, hedgeCue(i, token.lemma), subject ? [subject, rest] : [rest], EVIDENTIAL_RULE);
  }
  return null;
}

/** Subjects that are no party: "It seems ...", "There seems to be ...". */
const EMPTY_SUBJECTS: ReadonlySet<string> = new Set(['it', 'there']);
const FREE_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever', 'who', 'whoever']);
const OBJECT_TAKERS: ReadonlySet<string> = new Set(['ADP', 'VERB']);

/**
 * The subject of a hedge: the loose subject before the verb ("Most | appear unharmed"), else the one a
 * passive report raises ("His ability to do so | seemed", "a voter who | seemed"); not a question word
 * opening the sentence ("Who appears next is unclear").
 */
function hedgedSubject(view: SentenceView, verb: number, group: number): Range | null {
  const subject = looseSubjectBefore(view, verb) ?? raisedSubjectBefore(view, group);
  if (!subject || (subject[0] === view.first && isRelativePronoun(view.tokens[subject[0]]!.lower))) return null;
  return subject;
}

/**
 * "to" before a verb ("seems to (not) grasp"), an adjective or a participle ("appeared paralyzed", "seemed
 * taken aback"), or "that"; "like" or "as if" before more words, after "seem" or an empty "it" ("seemed like
 * a long shot", not "appeared like magic"); after "seem", a noun phrase too ("seemed a reminder"); after an
 * empty "it", a clause ("It seems the party has ..."). Not "appeared on television", "appeared Monday".
 */
function opensHedgedPredicate(view: SentenceView, at: number, lemma: string, empty: boolean): boolean {
  const { tokens } = view;
  const word = tokens[at];
  if (!word || at >= view.last) return false;
  if (word.lower === 'to') {
    let verb = skipForwardOverModifiers(tokens, at + 1, view.last);
    if (verb < view.last && isNegation(tokens[verb]!)) verb += 1;
    return verb < view.last && (tokens[verb]!.pos === 'VERB' || tokens[verb]!.pos === 'AUX');
  }
  if (word.pos === 'ADJ' || word.lower === 'that') return true;
  const asIf = word.lower === 'as' && tokens[at + 1]?.lower === 'if';
  if (word.lower === 'like' || asIf) return (lemma === 'seem' || empty) && isWordAt(view, at + (asIf ? 2 : 1));
  if (word.pos === 'VERB') return isParticiple(word);
  if (lemma === 'seem' && word.pos === 'DET') return true;
  return empty && opensClauseAt(view, at);
}

/** "poised", "taken", "shown", "undone": a participle, not a finite verb ("The ads that appeared | ran"). */
function isParticiple(word: Token): boolean {
  const { lower } = word;
  return lower.endsWith('ed') || (lower !== word.lemma && IRREGULAR_PARTICIPLE_ENDINGS.some((ending) => lower.endsWith(ending)));
}

const IRREGULAR_PARTICIPLE_ENDINGS: readonly string[] = ['en', 'wn', 'ne'];

/** Whether a word, not a mark, stands at `at` inside the view. */
function isWordAt(view: SentenceView, at: number): boolean {
  return at < view.last && view.tokens[at]!.pos !== 'PUNCT';
}

/** A subject and a finite verb at `at`: "the party | has", "someone | hit". */
function opensClauseAt(view: SentenceView, at: number): boolean {
  const subject = view.tokens[at]!;
  const verbAt = subject.pos === 'PRON' ? at + 1 : phraseStartingAt(view.tokens, at, view.last);
  const verb = view.tokens[verbAt];
  return verbAt < view.last && verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB');
}

/**
 * "The club is reportedly spending $1.5 million", "Reportedly, he made ...": the adverb is the
 * cue, and its clause without it the content, up to the next clause break: the subject with
 * its auxiliaries, and the predicate after the adverb. Not before a cue of its own ("reportedly
 * said", "reportedly has said"), whose frame takes the adverb into its cue phrase.
 */
function adverbFrame(view: SentenceView, at: number): Frame | null {
  const { tokens } = view;
  // "Reportedly, he made ...": the comma after a fronted adverb ends nothing.
  const from = contentStartAfter(view, at + 1);
  const rest = trimBreaks(tokens, [from, nextClauseBreak(view, from)]);
  if (rest[1] <= rest[0] || view.matchCue(tokens, verbGroupEnd(view, at + 1), view.last)) return null;
  const subject = at > view.first ? raisedSubjectBefore(view, verbGroupStart(view, at)) : null;
  const content: Range[] = subject ? [[subject[0], at], rest] : [rest];
  return frame(view, null, hedgeCue(at, tokens[at]!.lower), content, EVIDENTIAL_RULE);
}

/** A hedge's cue: the one verb or adverb at `at`, reporting a thought of the writer's. */
function hedgeCue(at: number, lemma: string): CueMatch {
  return { first: at, last: at + 1, lemma, kind: 'thought', objectType: undefined, phrase: undefined };
}
