/** Passive reports that raise their content's subject: "The House is expected to pass the bill." */

import { raisingPassiveCues } from '../lexicons/cues.js';
import { GERUND_OR_S_ENDING } from '../regex.js';
import type { CueMatch } from './cues.js';
import { isBePassive, nextClauseBreak, trimBreaks, verbGroupStart } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { secondaryStart } from './participles.js';
import { isRelativePronoun, isShareOfPeople, isSpeakerLike, isVerbLike, phraseStartingAt, skipForwardOverModifiers, type Range } from './phrases.js';
import { raisedSubjectBefore } from './subjects.js';

const RAISING_PASSIVE_CUES: ReadonlySet<string> = new Set(raisingPassiveCues);
export const PASSIVE_REPORT_RULE = 'attribute/passive-report';
export const PASSIVE_AGENT_RULE = 'attribute/passive-agent';

/**
 * "The House is expected to pass the bill", "delegates who are expected to support ...": a
 * reporting verb's passive before an infinitive. Whoever expects is not named, so there is
 * no source; the subject is not the one who reports but the one the report is about, and
 * belongs to the content with the infinitive (an empty "it" is left out), which ends at the
 * next clause break or closing bracket ("..., winnowing the field", "(who is expected to win)").
 */
export function passiveReportFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || cue.last - cue.first !== 1 || !RAISING_PASSIVE_CUES.has(cue.lemma)) return null;
  const participle = tokens[cue.first]!;
  if (participle.lower === cue.lemma || GERUND_OR_S_ENDING.test(participle.lower) || !isBePassive(view, cue)) return null;
  const to = skipForwardOverModifiers(tokens, cue.last, view.last);
  if (to + 1 >= view.last || tokens[to]!.lower !== 'to' || !isVerbLike(tokens[to + 1])) return null;
  const end = Math.min(nextClauseBreak(view, to), closingBracketAfter(view, to), secondaryStart(view, to) ?? view.last);
  const rest = trimBreaks(tokens, [to, end]);
  if (rest[1] <= rest[0]) return null;
  const subject = raisedSubjectBefore(view, verbGroupStart(view, cue.first));
  return frame(view, null, cue, subject ? [subject, rest] : [rest], PASSIVE_REPORT_RULE);
}

/**
 * "The story was first reported by The Washington Post", "The plan is backed by the mayor": a
 * reporting verb's passive with its agent after "by". The agent is the source, the verb group
 * without "by" the cue (as PolNeAR marks it), and the subject what was reported.
 */
export function passiveAgentFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || tokens[cue.last]?.lower !== 'by' || !isBePassive(view, cue)) return null;
  const agentEnd = phraseStartingAt(tokens, cue.last + 1, view.last);
  const agent: Range = [cue.last + 1, agentEnd];
  // "was supported by 42 percent of those responding": a share of people speaks like a person.
  if (agentEnd <= cue.last + 1 || !(isSpeakerLike(tokens, agent) || isShareOfPeople(tokens, agent))) return null;
  const subject = raisedSubjectBefore(view, verbGroupStart(view, cue.first));
  if (!subject) return null;
  return frame(view, agent, cue, [subject], PASSIVE_AGENT_RULE);
}

/**
 * Where the clause of a passive report opens, for cutting an earlier frame's content there:
 * its raised subject, or its verb group when it has none. Null for a relative pronoun, whose
 * clause sits inside the earlier content ("said the bill, which is expected to pass, would ...").
 */
export function passiveClauseStart(view: SentenceView, found: Frame): number | null {
  const [first] = found.content;
  if (found.content.length === 2 && first) return first[1] - first[0] === 1 && isRelativePronoun(view.tokens[first[0]]!.lower) ? null : first[0];
  if (!found.cue) return null;
  const group = verbGroupStart(view, found.cue.first);
  // "..., but it is expected to pass": the empty "it" opens the clause too.
  return view.tokens[group - 1]?.lower === 'it' ? group - 1 : group;
}

/** The raised subject of a passive report, the first of its two content pieces; null when it has none. */
export function raisedSubjectOf(found: Frame): Range | null {
  return found.rule === PASSIVE_REPORT_RULE && found.content.length === 2 ? found.content[0]! : null;
}

/** The first ")" after `from` that no "(" after `from` opens, or the sentence's end. */
function closingBracketAfter(view: SentenceView, from: number): number {
  for (let i = from; i < view.last; i += 1) {
    const value = view.tokens[i]!.value;
    if (value === '(') return view.last;
    if (value === ')') return i;
  }
  return view.last;
}
