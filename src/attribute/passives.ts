/**
 * Passive reports: those that raise their content's subject ("The House is expected to pass the bill"), those
 * with their agent after "by", and the subject a passive cue speaks to or about ("Hunt was asked ...").
 */

import { cueEntries, passiveSourceCues, raisingPassiveCues, regardingPassiveCues, toldCues } from '../lexicons/cues.js';
import type { Token } from '../document.js';
import { GERUND_OR_S_ENDING } from '../regex.js';
import type { CueMatch } from './cues.js';
import { isBePassive, nextClauseBreak, trimBreaks, verbGroupStart } from './clauses.js';
import { frame, type Frame, type SentenceView } from './frames.js';
import { secondaryStart } from './participles.js';
import { isCountingWord, isNominativePronoun, isRelativePronoun, isShareOfPeople, namesTime, isSpeakerLike, isVerbLike, phraseStartingAt, skipForwardOverModifiers, type Range } from './phrases.js';
import { raisedSubjectBefore } from './subjects.js';

const RAISING_PASSIVE_CUES: ReadonlySet<string> = new Set(raisingPassiveCues);
const REGARDING_PASSIVE_CUES: ReadonlySet<string> = new Set(regardingPassiveCues);
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
  if (cue.kind === 'source' || cue.last - cue.first !== 1 || !(RAISING_PASSIVE_CUES.has(cue.lemma) || REGARDING_PASSIVE_CUES.has(cue.lemma))) return null;
  const participle = tokens[cue.first]!;
  if (participle.lower === cue.lemma || GERUND_OR_S_ENDING.test(participle.lower) || !isBePassive(view, cue)) return null;
  const to = skipForwardOverModifiers(tokens, cue.last, view.last);
  if (to + 1 >= view.last || !(opensRaisedInfinitive(tokens, to) || opensRegardedPredicate(tokens, to, cue, view.last))) return null;
  const end = Math.min(nextClauseBreak(view, to), closingBracketAfter(view, to), secondaryStart(view, to) ?? view.last);
  const rest = trimBreaks(tokens, [to, end]);
  if (rest[1] <= rest[0]) return null;
  const subject = raisedSubjectBefore(view, verbGroupStart(view, cue.first));
  return frame(view, null, cue, subject ? [subject, rest] : [rest], PASSIVE_REPORT_RULE);
}

/** "is expected | to pass": an infinitive after a raising cue. */
function opensRaisedInfinitive(tokens: Token[], to: number): boolean {
  return tokens[to]!.lower === 'to' && isVerbLike(tokens[to + 1]);
}

/**
 * "is widely seen | as a disappointment", "is considered | a case study", "was considered | unfair": the
 * predicate of a passive of regarding; "as" after any such cue, a noun phrase (or "one of") or an adjective after "consider" alone.
 */
function opensRegardedPredicate(tokens: Token[], at: number, cue: CueMatch, limit: number): boolean {
  if (!REGARDING_PASSIVE_CUES.has(cue.lemma)) return false;
  const word = tokens[at]!;
  // "seen as recently as Monday": the adverbs skipped before "as" hold the comparison's first "as".
  if (word.lower === 'as') return opensAsPredicate(tokens, at, limit) && !tokens.slice(cue.last, at).some((token) => token.lower === 'as');
  if (cue.lemma !== 'consider' || !(word.pos === 'DET' || word.pos === 'ADJ' || word.pos === 'NUM') || ORDER_WORDS.has(word.lower)) return false;
  // "was considered several times", "two years ago", "each year": a time phrase is when, not what.
  const head = tokens[phraseStartingAt(tokens, at, limit) - 1];
  return head === undefined || !namesTime(head);
}


/** "first", "last": an order of events after the participle ("was considered first by the House"), no predicate. */
const ORDER_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'next']);

/**
 * "as a stronghold", "as having lost": a predicate; not a clause ("seen as he fled") or a comparison ("seen as
 * recently as Monday", "as far away as Texas").
 */
function opensAsPredicate(tokens: Token[], at: number, limit: number): boolean {
  const next = tokens[at + 1];
  if (next === undefined || at + 1 >= limit || isNominativePronoun(next.lower) || next.pos === 'SCONJ') return false;
  for (let k = at + 2; k <= at + 3 && k < limit; k += 1) if (tokens[k]!.lower === 'as') return false;
  return true;
}

/**
 * "The story was first reported by The Washington Post", "The plan is backed by the mayor": a
 * reporting verb's passive with its agent after "by". The agent is the source, the verb group
 * without "by" the cue (as PolNeAR marks it), and the subject what was reported.
 */
export function passiveAgentFrame(view: SentenceView, cue: CueMatch): Frame | null {
  const { tokens } = view;
  if (cue.kind === 'source' || tokens[cue.last]?.lower !== 'by' || !isBePassive(view, cue)) return null;
  // "by far fewer papers": a degree adverb before the phrase belongs to it.
  let phraseStart = cue.last + 1;
  while (phraseStart + 1 < view.last && tokens[phraseStart]!.pos === 'ADV') phraseStart += 1;
  const agentEnd = phraseStartingAt(tokens, phraseStart, view.last);
  const agent: Range = [cue.last + 1, agentEnd];
  // "was supported by 42 percent of those responding", "by dozens of lawmakers": a share or a number of people speaks like a person.
  if (agentEnd <= phraseStart || !(isSpeakerLike(tokens, agent) || isShareOfPeople(tokens, agent) || isSpeakerLike(tokens, [pastQuantity(tokens, agent), agentEnd]))) return null;
  const subject = raisedSubjectBefore(view, verbGroupStart(view, cue.first));
  if (!subject) return null;
  return frame(view, agent, cue, [subject], PASSIVE_AGENT_RULE);
}

/** Past the words that count the parties of a phrase: "dozens of | lawmakers", "far fewer | papers", "most | divers". */
function pastQuantity(tokens: Token[], [start, end]: Range): number {
  let i = start;
  while (i < end - 1 && (isCountingWord(tokens[i]!.lower) || tokens[i]!.pos === 'NUM' || tokens[i]!.pos === 'ADV' || tokens[i]!.lower === 'of')) i += 1;
  return i;
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

/** "Hunt was asked ...": moves a passive cue's subject from the frame's source to its addressee (see `passiveSubject`). */
export function withAddressee(view: SentenceView, found: Frame): void {
  const addressee = passiveSubject(view, found);
  if (addressee === null) return;
  found.addressee = addressee;
  found.source = null;
}

/** Cues that keep their passive subject as the source: `passiveSourceCues` and the adjectives read after "be" ("is concerned"). */
const PASSIVE_SOURCE_CUES: ReadonlySet<string> = new Set([...passiveSourceCues, ...cueEntries.filter((entry) => entry.afterCopula).map((entry) => entry.phrase)]);

/**
 * "Hunt was asked about the pier", "Lee has been criticized for ...": the subject of a passive cue is
 * the one spoken to or about, not the speaker; null when the frame keeps its source: not passive,
 * "Divers are worried that ...", or a passive that reports the subject's own words ("Hunt was
 * reported as saying ...", "is said to have told ...").
 */
function passiveSubject(view: SentenceView, found: Frame): Range | null {
  const { source, cue } = found;
  if (source === null || cue === null || source[1] > cue.first || PASSIVE_SOURCE_CUES.has(cue.lemma)) return null;
  if (isAbsolutePassive(view, cue, source)) return source;
  if (!isBePassive(view, cue) || isContractedHas(view, cue, source)) return null;
  return reportsOwnWords(view, found.content[0]) ? null : source;
}

/**
 * "..., with Lee and Hunt expected to visit the pier": after "with", a raising cue's participle before an
 * infinitive is a passive without its "be" (an active past, "Lee expected to win", has no "with").
 */
function isAbsolutePassive(view: SentenceView, cue: CueMatch, source: Range): boolean {
  const { tokens } = view;
  const participle = tokens[cue.first]!;
  if (source[1] !== cue.first || !RAISING_PASSIVE_CUES.has(cue.lemma) || participle.lower === cue.lemma || GERUND_OR_S_ENDING.test(participle.lower) || tokens[cue.last]?.lower !== 'to') return false;
  return withOpens(view, source[0]);
}

/** The most words between "with" and the subject a passive's participle follows: "with both Ruth Allen and | her husband". */
const MAX_WITH_REACH = 8;

/** Whether "with" opens the phrase that ends in the subject at `start`, no verb or mark between. */
function withOpens(view: SentenceView, start: number): boolean {
  for (let i = start - 1; i >= view.first && start - i <= MAX_WITH_REACH; i -= 1) {
    const token = view.tokens[i]!;
    if (token.lower === 'with') return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
  }
  return false;
}

const CONTRACTED_S: ReadonlySet<string> = new Set(["'s", '’s']);
/** What follows a passive whose "be" is a contracted "'s": "he's seen as", "it's backed by", "he's known for". */
const AFTER_CONTRACTED_PASSIVE: ReadonlySet<string> = new Set(['as', 'by', 'for']);
const TOLD_CUES: ReadonlySet<string> = new Set(toldCues);

/**
 * "He's sought to ...", "she's argued that ...": a contracted "'s" before the cue is "has", unless a
 * passive's word follows ("he's seen as"), or "that" follows an empty "it" or a cue of telling ("it's said
 * that", "she's told that").
 */
function isContractedHas(view: SentenceView, cue: CueMatch, source: Range): boolean {
  const be = view.tokens.slice(verbGroupStart(view, cue.first), cue.first).filter((token) => token.lemma === 'be');
  if (be.length !== 1 || !CONTRACTED_S.has(be[0]!.lower)) return false;
  const next = view.tokens[cue.last]?.lower ?? '';
  if (next === 'that') return view.tokens[source[0]]!.lower !== 'it' && !TOLD_CUES.has(cue.lemma);
  return !AFTER_CONTRACTED_PASSIVE.has(next);
}

/**
 * "was reported as saying ...", "is said to have told ...": a passive whose content opens with a verb of
 * speech gives its subject's own words ("was asked to comment" does not: an infinitive alone is what was asked).
 */
function reportsOwnWords(view: SentenceView, content: Range | undefined): boolean {
  if (!content) return false;
  const { tokens } = view;
  let i = content[0];
  if (tokens[i]?.lower === 'as') i += 1;
  else if (tokens[i]?.lower === 'to' && tokens[i + 1]?.lower === 'have') i += 2;
  return i < content[1] && view.matchCue(tokens, i, content[1])?.kind === 'speech';
}
