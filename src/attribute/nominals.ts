/** Nouns of speech that report a that-clause after a possessive ("his warning that ...", "Trump's claim that ..."), or an infinitive ("repeated his pledge to ..."). */

import type { Token } from '../document.js';
import { infinitiveSpeechNouns, speechNouns, type CueKind } from '../lexicons/cues.js';
import type { CueMatch } from './cues.js';
import { nextClauseBreak, trimBreaks } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { secondaryStart } from './participles.js';
import { isPossessiveMarker, isPossessivePronoun, isSpeakerLike, isVerbLike, phraseEndingAt, type Range } from './phrases.js';
import { isQuoteMark } from './quotes.js';

export const NOMINAL_RULE = 'attribute/nominal';
const SPEECH_NOUNS: ReadonlyMap<string, CueKind> = new Map(Object.entries(speechNouns));

/**
 * "his warning that Britain would wait", "Stumpf's repeated emphasis that only 1 percent ...":
 * a noun of speech (`speechNouns`, one adjective or participle may stand before it, in the cue)
 * whose possessor is the
 * source, with a that-clause (or, after a noun of promise in an object, an infinitive:
 * "repeated his pledge to build a wall") after it, up to the next clause break, as the content. The
 * possessor keeps its "'s", as PolNeAR marks it. One frame per such noun outside quotes.
 */
export function nominalFrames(view: SentenceView): Frame[] {
  const { tokens } = view;
  const found: Frame[] = [];
  for (let i = view.first + 1; i + 1 < view.last; i += 1) {
    const token = tokens[i]!;
    // The cheap tests first: this runs over every word of every sentence.
    const next = tokens[i + 1]!.lower;
    if ((next !== 'that' && next !== 'to') || token.pos !== 'NOUN' || view.quoteOf[i]! >= 0 || isQuoteMark(token)) continue;
    const kind = speechNounKind(token.lower);
    if (kind === undefined) continue;
    if (next === 'to' && (!INFINITIVE_NOUNS.has(singular(token.lower)) || !isVerbLike(tokens[i + 2]))) continue;
    const modified = isModifier(tokens[i - 1]!) ? i - 1 : i;
    const source = possessorBefore(view, modified);
    // "repeated her pledge to rebuild the pier": the infinitive only in an object, as a subject's would run into its verb ("Her pledge to rebuild the pier was broken").
    if (!source || (next === 'to' && !OBJECT_OPENERS.has(tokens[source[0] - 1]?.pos ?? ''))) continue;
    const end = Math.min(nextClauseBreak(view, i + 1), secondaryStart(view, i + 1) ?? view.last);
    const content = trimBreaks(tokens, [i + 1, end]);
    if (content[1] - content[0] < 2) continue;
    const cue: CueMatch = { first: modified, last: i + 1, lemma: singular(token.lower), kind, objectType: undefined, phrase: undefined };
    found.push(frame(view, source, cue, [content], NOMINAL_RULE));
  }
  return found;
}

const INFINITIVE_NOUNS: ReadonlySet<string> = new Set(infinitiveSpeechNouns);
/** Tags of the word before an object's possessor: a verb ("repeated | her pledge") or a preposition ("cheered at | his vow"). */
const OBJECT_OPENERS = new Set(['VERB', 'ADP']);

/** "his | warning", "Trump's | claim", "the senators' | fear": the possessor right before `at`, with its marker; null if none. */
function possessorBefore(view: SentenceView, at: number): Range | null {
  const { tokens } = view;
  const before = tokens[at - 1];
  if (at - 1 < view.first || before === undefined) return null;
  if (isPossessivePronoun(before.lower)) return [at - 1, at];
  if (!isPossessiveMarker(before) || at - 2 < view.first) return null;
  const start = phraseEndingAt(tokens, at - 1, view.first);
  return start < at - 1 && isSpeakerLike(tokens, [start, at - 1]) ? [start, at] : null;
}

/** "his | repeated | emphasis", "her | earlier | claim": an adjective, or a participle wink reads as a verb. */
function isModifier(token: Token): boolean {
  return token.pos === 'ADJ' || (token.pos === 'VERB' && token.lower.endsWith('ed'));
}

function speechNounKind(word: string): CueKind | undefined {
  return SPEECH_NOUNS.get(word) ?? (word.endsWith('s') ? SPEECH_NOUNS.get(word.slice(0, -1)) : undefined);
}

function singular(word: string): string {
  return SPEECH_NOUNS.has(word) ? word : word.slice(0, -1);
}
