/** Stances (beliefs, hopes) that another frame of the sentence reports: part of that report, not claims of their own. */

import type { CueKind } from '../lexicons/cues.js';
import { subordinators } from '../lexicons/types.js';
import { COORDINATORS, isConjunction, REPORTED_CLAUSE_OPENERS } from './clauses.js';
import type { CueMatch } from './cues.js';
import type { Frame, SentenceView } from './frames.js';

/** Cue kinds that report a stance (a belief, a hope) rather than something said. */
const STANCE_KINDS: ReadonlySet<CueKind> = new Set(['thought', 'hope']);

/**
 * "Lee said Hunt wants to close the pier", "Lee said she believes it is safe": a stance inside what
 * another frame reports is part of that report, not a claim of its own (its holder did not say it). A
 * frame that takes its speaker from such a stance goes with it when it is reported too ("Lee said Hunt
 * wants X and believes Y"). A stance in a clause a conjunction joins stays ("Lee said the pier was safe
 * but Hunt thinks it is not", "... because Hunt fears it will close"): the writer may have added it.
 */
export function withoutReportedStances(view: SentenceView, frames: Frame[]): Frame[] {
  const reports = new Map(frames.map((found) => [found, reportIn(found, frames)]));
  const stances = new Set(frames.filter((found) => isReportedStance(view, found, reports.get(found)!)));
  if (stances.size === 0) return frames;
  const goes = (found: Frame): boolean => stances.has(found) || (found.inherits !== null && goes(found.inherits) && reports.get(found) !== null);
  const kept: Frame[] = [];
  for (const found of frames) {
    if (!goes(found)) kept.push(found);
    else if (stances.has(found) && namedBeforeReport(found, reports.get(found)!)) kept.push(asMention(found));
  }
  return kept;
}

/** "Allen wants new talks, her spokesperson said": the stance's holder is named before the cue of the report that holds it. */
function namedBeforeReport(found: Frame, report: Frame): boolean {
  return found.source !== null && report.cue !== null && found.source[1] <= report.cue.first;
}

/**
 * The stance as a hidden frame whose holder is its addressee: no claim and no speaker, but who a
 * later "she" refers to ("Allen wants new talks, her spokesperson said. She has written ...").
 */
function asMention(found: Frame): Frame {
  found.hidden = true;
  found.addressee = found.source!;
  found.source = null;
  return found;
}

/** Whether `found` is a stance that `report` (the frame whose content holds its cue, or null) reports. */
function isReportedStance(view: SentenceView, found: Frame, report: Frame | null): boolean {
  const { cue, source } = found;
  if (cue === null || source === null || !STANCE_KINDS.has(cue.kind) || report === null) return false;
  const before = view.tokens[source[0] - 1];
  return before === undefined || !(isConjunction(before) || JOINING_WORDS.has(before.lower)) || REPORTED_CLAUSE_OPENERS.has(before.lower);
}

/** Words that join a clause of its own, which wink may not tag as conjunctions ("..., yet Lee doubts it", "although"). */
const JOINING_WORDS: ReadonlySet<string> = new Set([...subordinators, ...COORDINATORS, 'yet', 'whereas']);

/**
 * The frame (not a direct quote, nor the frame `found` takes its speaker from, nor a stance that `found`
 * itself reports) whose content holds the cue of `found`; null if none.
 */
function reportIn(found: Frame, frames: readonly Frame[]): Frame | null {
  const cue = found.cue;
  if (cue === null) return null;
  return frames.find((other) => other !== found && other !== found.inherits && other.mode !== 'direct' && insideContent(other, cue) && !(other.cue !== null && STANCE_KINDS.has(other.cue.kind) && insideContent(found, other.cue))) ?? null;
}

function insideContent(frame: Frame, cue: CueMatch): boolean {
  return frame.content.some(([start, end]) => start <= cue.first && cue.last <= end);
}
