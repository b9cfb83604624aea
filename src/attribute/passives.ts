/** Passive reports that raise their content's subject: "The House is expected to pass the bill." */

import { raisingPassiveCues } from '../lexicons/cues.js';
import type { CueMatch } from './cues.js';
import { nextClauseBreak, trimBreaks } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { secondaryStart } from './participles.js';
import { isRelativePronoun, isVerbLike, skipForwardOverModifiers, type Range } from './phrases.js';
import { looseSubjectBefore } from './subjects.js';

const RAISING_PASSIVE_CUES: ReadonlySet<string> = new Set(raisingPassiveCues);
export const PASSIVE_REPORT_RULE = 'attribute/passive-report';

/**
 * "The House is expected to pass the bill", "delegates who are expected to support ...": a
 * reporting verb's passive before an infinitive. Whoever expects is not named, so there is
 * no source; the subject is not the one who reports but the one the report is about, and
 * belongs to the content with the infinitive (an empty "it" is left out), which ends at the
 * next clause break ("..., winnowing the field", "..., officials said").
 */
export function passiveReportFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || cue.last - cue.first !== 1 || !RAISING_PASSIVE_CUES.has(cue.lemma)) return null;
  if (!isPastParticiple(tokens[cue.first]!.lower, cue.lemma) || !followsPassiveBe(view, cue.first)) return null;
  const to = skipForwardOverModifiers(tokens, cue.last, view.last);
  if (to + 1 >= view.last || tokens[to]!.lower !== 'to' || !isVerbLike(tokens[to + 1])) return null;
  const end = nextClauseBreak(view, to);
  const rest = trimBreaks(tokens, [to, Math.min(end, secondaryStart(view, to) ?? end)]);
  if (rest[1] <= rest[0]) return null;
  const subject = raisedSubject(view, cue.first);
  return frame(view, null, cue, subject ? [subject, rest] : [rest], PASSIVE_REPORT_RULE);
}

/** "expected", "said", "known": not the base form, nor a gerund. */
function isPastParticiple(word: string, lemma: string): boolean {
  return word !== lemma && !word.endsWith('ing') && !word.endsWith('s');
}

/** Whether a form of "be" stands right before the participle at `at`, past adverbs and "not": "is widely expected", "has been said". */
function followsPassiveBe(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  for (let i = at - 1; i >= view.first; i -= 1) {
    const token = tokens[i]!;
    if (token.lemma === 'be' && (token.pos === 'AUX' || token.pos === 'VERB')) return true;
    if (token.pos !== 'ADV' && token.lower !== 'not' && token.lower !== "n't") return false;
  }
  return false;
}

/** The subject before the verb group: a relative pronoun ("which is expected to"), or a noun phrase; null for an empty "it". */
function raisedSubject(view: SentenceView, verbAt: number): Range | null {
  const { tokens } = view;
  let be = verbAt - 1;
  while (be > view.first && tokens[be]!.lemma !== 'be') be -= 1;
  const before = tokens[be - 1];
  if (be > view.first && before && isRelativePronoun(before.lower)) return [be - 1, be];
  const subject = looseSubjectBefore(view, verbAt);
  if (!subject || (subject[1] - subject[0] === 1 && tokens[subject[0]]!.lower === 'it')) return null;
  return subject;
}
