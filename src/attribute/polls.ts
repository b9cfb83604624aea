/** A sentence opened by the poll it reports: "In a CNN/ORC poll released Monday, 38 percent of voters backed the plan." */

import { pollNouns } from '../lexicons/cues.js';
import type { CueMatch } from './cues.js';
import { contentEnd, trimBreaks } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { hasVerb } from './phrases.js';
import { isQuoteMark } from './quotes.js';

const POLL_NOUNS: ReadonlySet<string> = new Set(pollNouns);
/** The most words between "In" and the comma that closes the poll's phrase. */
const MAX_POLL_PHRASE = 14;

/** "In" is the cue, the poll's phrase up to its comma the source, and the clause after it the content. */
export function pollOpeningFrame(view: SentenceView): Frame | null {
  const { tokens } = view;
  const opener = tokens[view.first]!;
  if (opener.lower !== 'in' || view.quoteOf[view.first]! >= 0) return null;
  const comma = pollPhraseEnd(view);
  if (comma < 0) return null;
  const content = trimBreaks(tokens, [comma + 1, contentEnd(view)]);
  // "In the polls, anyway.": the content must be a clause.
  if (!hasVerb(tokens, content)) return null;
  const cue: CueMatch = { first: view.first, last: view.first + 1, lemma: 'in', kind: 'source', objectType: undefined, phrase: undefined };
  return frame(view, [view.first + 1, comma], cue, [content], 'attribute/poll-opening');
}

/**
 * The comma after a phrase that names a poll ("a national CNN/ORC poll released Monday",
 * "the latest polls"), or -1: a finite verb, a quote or a clause before the comma, or no
 * poll noun, makes it some other opening ("In Ohio, polls show ...").
 */
function pollPhraseEnd(view: SentenceView): number {
  const { tokens } = view;
  let poll = false;
  let modified = false;
  for (let i = view.first + 1; i < view.last && i <= view.first + MAX_POLL_PHRASE; i += 1) {
    const token = tokens[i]!;
    if (token.value === ',') return poll && i > view.first + 1 ? i : -1;
    if (isQuoteMark(token) || token.pos === 'AUX' || token.pos === 'SCONJ' || (token.pos === 'VERB' && !isParticiple(token.lower)) || token.lower === 'that' || token.lower === 'which') return -1;
    // "a memo released as polls closed", "a memo about the polls": the poll must head the phrase, before any participle
    // or preposition modifies it.
    poll ||= !modified && token.pos === 'NOUN' && POLL_NOUNS.has(token.lower);
    modified ||= token.pos === 'VERB' || token.pos === 'ADP';
  }
  return -1;
}

/** "released", "conducted", "taken": a participle after the poll's noun. */
function isParticiple(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('en');
}
