import type { Doc, Token } from '../document.js';
import type { Frame } from '../attribute/index.js';
import type { Range } from '../attribute/phrases.js';
import { isRelativePronoun, isSpeakerLike, isVerbLike, phraseEndingAt, phraseStartingAt, skipBackOverModifiers, skipForwardOverModifiers } from '../attribute/phrases.js';
import type { Act, ClaimType, Modality } from '../types.js';
import { actOf } from './act.js';
import { isReportMedium } from '../attribute/cues.js';
import { GERUND_OR_S_ENDING } from '../regex.js';
import { actionVerbs, assessmentNouns, commitmentNouns, contactNouns, demandModals, demandModalVerbs, eventNouns, hopeWords, stateVerbs, stativeVerbs } from '../lexicons/types.js';
import { coordinatedVerbs, isNegationWord, mainPredicate, subordinateClauses, type Predicate } from './predicate.js';

const ACTION_VERBS: ReadonlySet<string> = new Set(actionVerbs);
const STATE_VERBS: ReadonlySet<string> = new Set(stateVerbs);
const STATIVE_VERBS: ReadonlySet<string> = new Set(stativeVerbs);
const CONTACT_NOUNS: ReadonlySet<string> = new Set(contactNouns);
const EVENT_NOUNS: ReadonlySet<string> = new Set(eventNouns);
const ASSESSMENT_NOUNS: ReadonlySet<string> = new Set(assessmentNouns);
const COMMITMENT_NOUNS: ReadonlySet<string> = new Set(commitmentNouns);
const DEMAND_MODALS: ReadonlySet<string> = new Set(demandModals);
const DEMAND_MODAL_VERBS: ReadonlySet<string> = new Set(demandModalVerbs);
const HOPE_WORDS: ReadonlySet<string> = new Set(hopeWords);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const NEGATIVE_DETERMINERS = new Set(['no', 'nobody', 'nothing', 'none', 'neither', 'nor']);
/** How far into a verbless line its event noun may stand: "Minister ... Dr Vivian Balakrishnan's engagements in Hanoi". */
const MAX_TITLE_LEAD = 12;
/** The order in which a claim's pieces decide its type, strongest first (as in the gold). */
const PRECEDENCE: readonly ClaimType[] = ['demand', 'hope', 'action', 'statement'];

/** What the classify stage decides for one frame. */
export interface Classification {
  type: ClaimType;
  act: Act;
  actor: Range | null;
  target: Range | null;
  modality: Modality;
  confidence: number;
  evidence: string[];
}

interface Decision {
  type: ClaimType;
  rule: string;
  confidence: number;
}

/**
 * Types one frame's content: a demand or hope cue decides at once; otherwise a modal
 * of obligation makes a demand, a word of hope a hope, and the main verb an action
 * (doing) or a statement (being, judging, denying). Each piece of a split quote is
 * read, and the strongest type wins.
 */
export function classify(tokens: Token[], frame: Frame, scopeEnd: number): Classification {
  const pieces = joinedAroundCue(tokens, frame, frame.content).map((piece) => withoutComplementizer(tokens, piece));
  const content = pieces[0] ?? ([0, 0] as Range);
  const predicate = mainPredicate(tokens, content, frame.headline);
  const decision = strongest(pieces.map((piece, k) => decideType(tokens, frame, piece, k === 0 ? predicate : mainPredicate(tokens, piece, frame.headline), scopeEnd)));
  const modality = predicate?.modality ?? { tense: 'present', modal: null, negated: false, conditional: false };
  const demandModal = findDemandModal(tokens, content, frame.cue !== null);
  if (demandModal && modality.modal === null) modality.modal = demandModal;
  const evidence = [frame.rule, decision.rule];
  if (frame.cue) evidence.push(`cue:${frame.cue.lemma}`);
  const target = targetOf(tokens, content, predicate, frame, decision.type);
  const act = actOf(tokens, frame, decision.type, predicate, target, decision.rule);
  evidence.push(`act:${act.name}`);
  return {
    type: decision.type,
    act,
    actor: actorOf(tokens, content, predicate, frame),
    target,
    modality,
    confidence: round(decision.confidence * attributionConfidence(frame)),
    evidence,
  };
}

/**
 * Where each frame's sentence stops speaking of it: the sentence's end, or the cue of a later
 * claim in the same sentence ("welcomed X, and agreed to Y" gives "agreed" a claim of its own).
 * Classify reads up to there for the speaker's second act.
 */
export function predicateScopeEnds(doc: Doc, frames: Frame[]): number[] {
  const cueStarts = new Map<number, number[]>();
  for (const frame of frames) {
    if (!frame.cue) continue;
    const starts = cueStarts.get(frame.sentence) ?? [];
    starts.push(frame.cue.first);
    cueStarts.set(frame.sentence, starts);
  }
  return frames.map((frame) => {
    const from = frame.content[frame.content.length - 1]?.[0] ?? doc.sentences[frame.sentence]!.first;
    const later = (cueStarts.get(frame.sentence) ?? []).filter((first) => first > from);
    return Math.min(doc.sentences[frame.sentence]!.last, ...later);
  });
}

/**
 * "The club is | reportedly | spending $1.5 million": a clause that only its own adverb cue parts
 * (a frame with no source) is read as one clause, so that the subject's verb group and its
 * object type the claim together. (A verb cue, "is expected | to pass", heads a clause of its own.)
 */
function joinedAroundCue(tokens: Token[], frame: Frame, pieces: Range[]): Range[] {
  const cue = frame.cue;
  if (cue === null || frame.source !== null || pieces.length !== 2 || tokens[cue.first]!.pos !== 'ADV') return pieces;
  const [[start, subjectEnd], [predicateStart, end]] = pieces as [Range, Range];
  return subjectEnd === cue.first && predicateStart === cue.last ? [[start, end]] : pieces;
}

/** The reported clause without its "that": the content span keeps it, the analysis does not need it. */
function withoutComplementizer(tokens: Token[], [start, end]: Range): Range {
  return start < end && tokens[start]!.lower === 'that' ? [start + 1, end] : [start, end];
}

function strongest(decisions: Decision[]): Decision {
  let best = decisions[0] ?? { type: 'statement' as const, rule: 'type/empty', confidence: 0.3 };
  for (const decision of decisions) {
    if (PRECEDENCE.indexOf(decision.type) < PRECEDENCE.indexOf(best.type)) best = decision;
  }
  return best;
}

function decideType(tokens: Token[], frame: Frame, content: Range, predicate: Predicate | null, scopeEnd: number): Decision {
  const cue = frame.cue;
  // "Asked whether the pier is safe, ...": a question put to the speaker demands nothing of a party.
  if (frame.rule === 'attribute/question') return { type: 'statement', rule: 'type/question-put', confidence: 0.6 };
  if (cue?.kind === 'demand') return { type: 'demand', rule: 'type/demand-cue', confidence: 0.95 };
  const demandModal = findDemandModal(tokens, content, cue !== null);
  if (demandModal) return { type: 'demand', rule: `type/demand-modal:${demandModal}`, confidence: 0.85 };
  if (cue?.kind === 'hope') return { type: 'hope', rule: 'type/hope-cue', confidence: 0.95 };
  const hope = findHopeWord(tokens, content, predicate);
  if (hope) return { type: 'hope', rule: `type/hope-word:${hope}`, confidence: 0.8 };
  if (cue?.kind === 'commit') return { type: 'action', rule: 'type/commit-cue', confidence: 0.9 };
  // "met today with King X to reaffirm ...": the sentence reports the meeting, an act; the cue says what it was for.
  if (frame.rule === 'attribute/purpose') return { type: 'action', rule: 'type/purpose-of-act', confidence: 0.7 };
  // "They exchanged views on X, and stressed Y": the sentence reports the act before the cue, which outranks what was said.
  const priorAct = actBeforeCue(tokens, frame);
  if (priorAct) return { type: 'action', rule: `type/act-before-cue:${priorAct}`, confidence: 0.65 };
  const complement = cue !== null && content[0] >= cue.last;
  if (!predicate || !hasSubject(tokens, content, predicate) || (complement && startsWithInfinitive(tokens, content))) {
    // "underscored the friendship ..., and discussed ways to ...": the subject's second verb, past the content's end, reports an act.
    const laterAct = complement ? actAfterObject(tokens, [content[0], scopeEnd]) : null;
    if (laterAct) return { type: 'action', rule: `type/act-after-cue:${laterAct}`, confidence: 0.6 };
    const object = objectKind(tokens, content);
    if (cue && object) return { type: object.type, rule: `type/object:${object.noun}`, confidence: 0.75 };
    if (cue?.objectType) return { type: cue.objectType, rule: `type/cue-object:${cue.lemma}`, confidence: 0.7 };
    if (cue) return { type: 'statement', rule: 'type/object-of-speech', confidence: 0.55 };
    if (!predicate) return verbless(tokens, content);
  }
  const decision = byPredicate(tokens, content, predicate!, frame);
  if (decision.type !== 'statement' || predicate!.modality.negated) return decision;
  // A statement coordinated with an act ("remains open ... and has proposed a meeting") reports the act too.
  const act = coordinatedVerbs(tokens, content, predicate!).find((verb) => isActionVerb(tokens[verb]!.lemma));
  if (act !== undefined) return { type: 'action', rule: `type/coordinated-act:${tokens[act]!.lemma}`, confidence: 0.6 };
  // "The move came two days after Calvera imposed tariffs": a party's act in a subordinate clause.
  const clause = subordinateClauses(tokens, content, predicate!).find((found) => isActionVerb(tokens[found.verb]!.lemma) && isSpeakerLike(tokens, found.subject));
  return clause === undefined ? decision : { type: 'action', rule: `type/subordinate-act:${tokens[clause.verb]!.lemma}`, confidence: 0.55 };
}

/**
 * The first verb of a coordinated cue's subject when it reports an act: "spoke today with X,
 * and reaffirmed ...", "had a wide-ranging exchange of views ... and stressed ...".
 */
function actBeforeCue(tokens: Token[], frame: Frame): string | null {
  if ((frame.rule !== 'attribute/coordinated' && frame.rule !== 'attribute/participial-main') || frame.source === null || frame.cue === null) return null;
  const limit = frame.cue.first;
  let verb = skipForwardOverModifiers(tokens, frame.source[1], limit);
  while (verb < limit && tokens[verb]!.pos === 'AUX' && tokens[verb]!.lemma !== 'have') verb += 1;
  const token = tokens[verb];
  if (verb >= limit || token === undefined || !isVerbLike(token)) return null;
  // "was detained on Monday, and said", "never met, and stressed": what befell the subject, or an act denied.
  if (hasNegationOrPassive(tokens, frame.source[1], verb)) return null;
  // "a coalition led by X and backed by Y": a participle after its noun is no act of the subject.
  if (tokens[verb + 1]?.lower === 'by') return null;
  if (token.lemma === 'have') return isEventObject(tokens, verb + 1, limit) ? 'have' : null;
  // "released a statement on Monday, saying ...": putting out a report is how it speaks.
  if (objectIsReportMedium(tokens, verb + 1, limit)) return null;
  return isActionVerb(token.lemma) ? token.lemma : null;
}

function hasNegationOrPassive(tokens: Token[], from: number, verb: number): boolean {
  for (let i = from; i < verb; i += 1) {
    const token = tokens[i]!;
    if (isNegationWord(token.lower) || (token.pos === 'AUX' && token.lemma === 'be')) return true;
  }
  return false;
}

/** "a statement", "its annual report": the verb's object is a medium of report. */
function objectIsReportMedium(tokens: Token[], from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 4; i += 1) {
    const token = tokens[i]!;
    if (isReportMedium(token)) return true;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'PRON' && token.pos !== 'NUM') return false;
  }
  return false;
}

/**
 * A past-tense action verb right after ", and" in a cue's bare object: the cue's subject did
 * it too. Not after a relative word, whose clause the verb may continue ("the police who
 * beat, arrested, and detained protesters").
 */
function actAfterObject(tokens: Token[], [start, end]: Range): string | null {
  for (let i = start + 1; i + 1 < end; i += 1) {
    if (isRelativePronoun(tokens[i]!.lower)) return null;
    if (tokens[i]!.lower !== 'and' || tokens[i - 1]!.value !== ',') continue;
    const verb = skipForwardOverModifiers(tokens, i + 1, end);
    const token = tokens[verb];
    if (token === undefined || verb >= end || token.pos !== 'VERB' || token.lower === token.lemma || GERUND_OR_S_ENDING.test(token.lower)) continue;
    if (isActionVerb(token.lemma)) return token.lemma;
  }
  return null;
}

/** "agreed to hold monthly meetings": the cue's complement is an infinitive, not a clause. */
function startsWithInfinitive(tokens: Token[], [start, end]: Range): boolean {
  return start + 1 < end && tokens[start]!.lower === 'to' && tokens[start + 1]!.pos === 'VERB';
}

/** The head noun of a cue's object, when it tells an assessment ("the importance") from a commitment ("their commitment"). */
function objectKind(tokens: Token[], [start, end]: Range): { type: ClaimType; noun: string } | null {
  // "agreed on the importance of ...": a preposition may open the object.
  const from = tokens[start]?.pos === 'ADP' ? start + 1 : start;
  for (let i = from; i < end && i < from + 6; i += 1) {
    const token = tokens[i]!;
    if (COMMITMENT_NOUNS.has(token.lower)) return { type: 'action', noun: token.lower };
    if (ASSESSMENT_NOUNS.has(token.lower)) return { type: 'statement', noun: token.lower };
    if (token.pos === 'VERB' || token.pos === 'ADP' || token.value === ',') return null;
  }
  return null;
}

/** A content with no finite verb: an event title ("Readout of ... Call with ...") reports an action. */
function verbless(tokens: Token[], [start, end]: Range): Decision {
  for (let i = start; i < end && i < start + MAX_TITLE_LEAD; i += 1) {
    const token = tokens[i]!;
    if (EVENT_NOUNS.has(token.lower)) return { type: 'action', rule: `type/event-noun:${token.lower}`, confidence: 0.7 };
    if (token.pos === 'VERB' && i > start) break;
  }
  return { type: 'statement', rule: 'type/no-verb', confidence: 0.5 };
}

function byPredicate(tokens: Token[], content: Range, predicate: Predicate, frame: Frame): Decision {
  const verb = tokens[predicate.verb]!;
  if (predicate.copula || verb.lemma === 'have') {
    if (isContactPhrase(tokens, predicate.verb + 1, content[1])) return { type: 'action', rule: 'type/in-contact', confidence: 0.75 };
    if (isEventObject(tokens, predicate.verb + 1, content[1])) return { type: 'action', rule: 'type/had-event', confidence: 0.7 };
    return { type: 'statement', rule: 'type/copula', confidence: 0.8 };
  }
  if (hasNegativeSubject(tokens, content, predicate)) return { type: 'statement', rule: 'type/negative-subject', confidence: 0.7 };
  // "were hospitalized" befell its subject; "had been conveyed" reports an act whose agent is left out.
  if (predicate.passive) {
    if (isActionVerb(verb.lemma)) return { type: 'action', rule: `type/passive-act:${verb.lemma}`, confidence: 0.65 };
    return { type: 'statement', rule: 'type/passive-state', confidence: 0.6 };
  }
  const byParty = subjectIsParty(tokens, content, predicate);
  // "We will look at every option", "I will not sign": a party's future is a commitment, even a negative one.
  if (predicate.modality.tense === 'future' && byParty && !STATIVE_VERBS.has(verb.lemma)) {
    return { type: 'action', rule: 'type/commitment', confidence: 0.75 };
  }
  if (predicate.modality.negated || hasNegativeSubject(tokens, content, predicate)) return { type: 'statement', rule: 'type/negated', confidence: 0.7 };
  if (isActionVerb(verb.lemma)) {
    // In reported speech, what things do ("the pandemic has taken centre stage") is an assessment.
    if (frame.mode !== 'narrated' && !byParty && hasSubject(tokens, content, predicate)) return { type: 'statement', rule: 'type/non-party-subject', confidence: 0.55 };
    // "The Forum brings together nine countries": a habit described in the present is an assertion.
    if (isHabitualPresent(tokens, predicate, frame)) return { type: 'statement', rule: 'type/habitual-present', confidence: 0.6 };
    return { type: 'action', rule: `type/action-verb:${verb.lemma}`, confidence: 0.8 };
  }
  if (STATE_VERBS.has(verb.lemma)) return { type: 'statement', rule: `type/state-verb:${verb.lemma}`, confidence: 0.8 };
  // A verb of neither list: what a party did is an act; what befell things or people at large is an assertion.
  if (frame.mode === 'narrated' || byParty) return { type: 'action', rule: 'type/party-act', confidence: 0.55 };
  return { type: 'statement', rule: 'type/reported-event', confidence: 0.5 };
}

/** An action verb, or one re-done: "reopen", "rebuild". */
function isActionVerb(lemma: string): boolean {
  return ACTION_VERBS.has(lemma) || (lemma.startsWith('re') && ACTION_VERBS.has(lemma.slice(2)));
}

/** Simple present with no auxiliary, outside a headline (where the present reports news). */
function isHabitualPresent(tokens: Token[], predicate: Predicate, frame: Frame): boolean {
  const verb = tokens[predicate.verb]!;
  return !frame.headline && predicate.modality.tense === 'present' && predicate.groupStart === predicate.verb && !verb.lower.endsWith('ing');
}

/** "no decision had been made", "nobody has signed": a subject that denies the act. */
function hasNegativeSubject(tokens: Token[], [start]: Range, predicate: Predicate): boolean {
  const subjectStart = phraseEndingAt(tokens, skipBackOverModifiers(tokens, predicate.groupStart, start), start);
  const first = tokens[subjectStart];
  return first !== undefined && subjectStart < predicate.groupStart && NEGATIVE_DETERMINERS.has(first.lower);
}

/** Whether the subject of the main verb is a party that can act: a pronoun, a name, an office or body. */
function subjectIsParty(tokens: Token[], [start]: Range, predicate: Predicate): boolean {
  const subjectEnd = skipBackOverModifiers(tokens, predicate.groupStart, start);
  const subjectStart = phraseEndingAt(tokens, subjectEnd, start);
  if (subjectStart >= subjectEnd) return false;
  // "their boats", "our embassy": what belongs to a party acts for it.
  if (POSSESSIVE_PRONOUNS.has(tokens[subjectStart]!.lower)) return true;
  return isSpeakerLike(tokens, [subjectStart, subjectEnd]);
}

/** Whether the content is a clause with its own subject, not a bare object of the cue. */
function hasSubject(tokens: Token[], [start, end]: Range, predicate: Predicate): boolean {
  if (predicate.groupStart <= start) return false;
  // The subject may end right before the verb, or open the content and be followed by a relative clause
  // ("the task force she chairs paid out ...").
  if (phraseEndingAt(tokens, predicate.groupStart, start) < predicate.groupStart) return true;
  const subjectEnd = phraseStartingAt(tokens, start, end);
  return subjectEnd > start && tokens[subjectEnd]?.pos === 'PRON' && tokens[subjectEnd + 1]?.pos === 'VERB';
}

/**
 * "should", "must", "ought to", "needs to", "has to" anywhere in the content. The noun
 * ("the need to invest") demands only when a speaker asserts it: in narration it names
 * a topic ("hosted members of Congress to discuss the critical need to invest").
 */
function findDemandModal(tokens: Token[], [start, end]: Range, hasCue: boolean): string | null {
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    if (DEMAND_MODALS.has(token.lower)) return token.lower;
    if (!hasCue && token.pos === 'NOUN') continue;
    if (DEMAND_MODAL_VERBS.has(token.lemma) && i + 1 < end && tokens[i + 1]!.lower === 'to' && !inRelativeClause(tokens, i, start)) return `${token.lower} to`;
  }
  return null;
}

/**
 * "the medicine they need to stay healthy", "the tools that firms need to compete", "the pier,
 * which needs to be dredged, ...": a need inside a relative clause describes a noun; it asks nothing.
 */
function inRelativeClause(tokens: Token[], verb: number, start: number): boolean {
  const subject = verb - 1;
  if (subject - 1 < start) return false;
  const word = tokens[subject]!;
  if (isRelativePronoun(word.lower)) return followsNoun(tokens, subject);
  if (word.pos !== 'PRON' && word.pos !== 'NOUN') return false;
  if (isRelativePronoun(tokens[subject - 1]!.lower)) return subject - 2 >= start && followsNoun(tokens, subject - 1);
  // "purchase the medicine they need": a pronoun right after a verb's object opens a relative clause without "that"
  // ("after the storm we need to" does not: the noun is a preposition's).
  return word.pos === 'PRON' && tokens[subject - 1]!.pos === 'NOUN' && isVerbsObject(tokens, subject - 1, start);
}

/** "the pier, which", "the tools that": a relative pronoun after its noun or a comma ("the truth is that" is no relative clause). */
function followsNoun(tokens: Token[], pronoun: number): boolean {
  const before = tokens[pronoun - 1];
  return before !== undefined && (before.pos === 'NOUN' || before.value === ',');
}

/** Whether the noun phrase ending with the noun at `noun` follows a verb. */
function isVerbsObject(tokens: Token[], noun: number, start: number): boolean {
  let i = noun;
  while (i - 1 >= start && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'ADJ' || tokens[i - 1]!.pos === 'DET')) i -= 1;
  return i - 1 >= start && isVerbLike(tokens[i - 1]);
}

/**
 * A word of hope: a verb anywhere in the content ("..., and looked forward to welcoming"),
 * a noun only up to just past the main verb ("we have high hopes", not "the hope of peace ... is").
 */
function findHopeWord(tokens: Token[], [start, end]: Range, predicate: Predicate | null): string | null {
  const nounLimit = predicate ? Math.min(end, predicate.verb + 2) : end;
  for (let i = start; i < end; i += 1) {
    const token = tokens[i]!;
    if (!HOPE_WORDS.has(token.lemma)) continue;
    if (i >= nounLimit && token.pos !== 'VERB' && token.lemma !== 'forward') continue;
    if (token.lemma === 'forward' && tokens[i - 1]?.lemma !== 'look') continue;
    return token.lemma === 'forward' ? 'look forward' : token.lemma;
  }
  return null;
}

/** "had a constructive discussion", "is on a working visit": an event as the object of have or be. */
function isEventObject(tokens: Token[], from: number, end: number): boolean {
  let i = from;
  if (tokens[i]?.lower === 'on' || tokens[i]?.lower === 'in') i += 1;
  for (; i < end && i < from + 5; i += 1) {
    const token = tokens[i]!;
    if (EVENT_NOUNS.has(token.lower)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'DET' && token.pos !== 'ADV' && token.pos !== 'VERB' && token.value !== '-') return false;
  }
  return false;
}

/** "in close communication", "in contact", "in talks". */
function isContactPhrase(tokens: Token[], from: number, end: number): boolean {
  if (tokens[from]?.lower !== 'in') return false;
  for (let i = from + 1; i < end && i < from + 4; i += 1) {
    const token = tokens[i]!;
    if (CONTACT_NOUNS.has(token.lower)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'ADV' && token.pos !== 'DET') return false;
  }
  return false;
}

/** The party doing what the content reports: the subject of its main verb. */
function actorOf(tokens: Token[], content: Range, predicate: Predicate | null, frame: Frame): Range | null {
  if (predicate && predicate.groupStart > content[0]) {
    const start = phraseEndingAt(tokens, predicate.groupStart, content[0]);
    if (start < predicate.groupStart) return [start, predicate.groupStart];
  }
  if (frame.cue?.kind === 'demand') return objectAfter(tokens, content);
  return null;
}

/** The party asked or hoped of: the object of "urged X to", or the subject of a hoped-for clause. */
function targetOf(tokens: Token[], content: Range, predicate: Predicate | null, frame: Frame, type: ClaimType): Range | null {
  if (frame.cue?.kind === 'demand') return objectAfter(tokens, content);
  if (type === 'hope' || type === 'demand') return actorOf(tokens, content, predicate, frame);
  return null;
}

function objectAfter(tokens: Token[], [start, end]: Range): Range | null {
  const objectEnd = phraseStartingAt(tokens, start, end);
  return objectEnd > start ? [start, objectEnd] : null;
}

/** How sure the attribution itself is, by the rule that found it. */
function attributionConfidence(frame: Frame): number {
  switch (frame.rule) {
    case 'attribute/quote-continues':
    case 'attribute/transcript':
      return 0.9;
    case 'attribute/floating-quote':
      return 0.75;
    default:
      return 1;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
