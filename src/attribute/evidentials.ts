/** Hedged claims of the writer's own: "X seems to Y", "X appeared paralyzed", "It appears that Y", "X is reportedly Y". */

import { evidentialAdverbs, evidentialVerbs } from '../lexicons/cues.js';
import type { Token } from '../document.js';
import type { CueMatch } from './cues.js';
import { contentEnd, contentStartAfter, nextClauseBreak, trimBreaks, verbGroupEnd, verbGroupStart } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { phraseStartingAt, skipForwardOverModifiers, type Range } from './phrases.js';
import { isQuoteMark } from './quotes.js';
import { raisedSubjectBefore } from './subjects.js';

export const EVIDENTIAL_VERBS: ReadonlySet<string> = new Set(evidentialVerbs);
const EVIDENTIAL_ADVERBS: ReadonlySet<string> = new Set(evidentialAdverbs);
export const EVIDENTIAL_RULE = 'attribute/evidential';

/**
 * The writer's claim hedged with "seem" or "appear" (the first such verb outside quotes):
 * the verb is the cue, there is no source, and the subject with the predicate after the
 * verb is the content ("It appears" leaves its empty subject out). findFrames keeps it only
 * where no other frame of the sentence takes its words in.
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
    // "tried to appear moderate": an aim, not the writer's hedge.
    if (token.pos !== 'VERB' || !EVIDENTIAL_VERBS.has(token.lemma) || tokens[i - 1]?.lower === 'to') continue;
    const predicate = skipForwardOverModifiers(tokens, i + 1, view.last);
    const subject = raisedSubjectBefore(view, verbGroupStart(view, i));
    if (!opensHedgedPredicate(view, predicate, token.lemma, subject === null)) continue;
    const rest = trimBreaks(tokens, [i + 1, contentEnd(view)]);
    if (rest[1] <= rest[0]) continue;
    return frame(view, null, hedgeCue(i, token.lemma), subject ? [subject, rest] : [rest], EVIDENTIAL_RULE);
  }
  return null;
}

/**
 * "to" before a verb ("seems to (not) grasp"), an adjective or a participle ("appeared paralyzed", "seemed
 * taken aback"), "that", "like" or "as if"; after "seem", a noun phrase too ("seemed a reminder"); after an
 * empty subject, a clause ("It seems the party has ..."). Not "appeared on television", "appeared Monday".
 */
function opensHedgedPredicate(view: SentenceView, at: number, lemma: string, emptySubject: boolean): boolean {
  const { tokens } = view;
  const word = tokens[at];
  if (!word || at >= view.last) return false;
  if (word.lower === 'to') {
    const verb = tokens[pastNegation(tokens, skipForwardOverModifiers(tokens, at + 1, view.last))];
    return verb !== undefined && at + 1 < view.last && (verb.pos === 'VERB' || verb.pos === 'AUX');
  }
  if (word.pos === 'ADJ' || word.lower === 'that' || word.lower === 'like' || (word.lower === 'as' && tokens[at + 1]?.lower === 'if')) return true;
  if (word.pos === 'VERB') return !word.lower.endsWith('ing');
  if (lemma === 'seem' && word.pos === 'DET') return true;
  return emptySubject && opensClauseAt(view, at);
}

/** Past a "not" at `at`: "to | not grasp". */
function pastNegation(tokens: Token[], at: number): number {
  return tokens[at]?.lower === 'not' ? at + 1 : at;
}

/** A subject and a finite verb at `at`: "the party | has", "Trump | will". */
function opensClauseAt(view: SentenceView, at: number): boolean {
  const subject = view.tokens[at]!;
  const verb = view.tokens[subject.pos === 'PRON' ? at + 1 : phraseStartingAt(view.tokens, at, view.last)];
  return verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB');
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
