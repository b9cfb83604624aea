import type { Token } from '../document.js';
import type { Frame } from '../attribute/index.js';
import type { Range } from '../attribute/phrases.js';
import type { Act, ActName, ClaimType } from '../types.js';
import {
  accuseWords,
  appealWords,
  cameoCodes,
  commitWords,
  consultWords,
  cooperateWords,
  demandWords,
  rejectWords,
  supportWords,
  threatenWords,
} from '../lexicons/acts.js';
import type { Predicate } from './predicate.js';

const WORDS: ReadonlyArray<[ActName, ReadonlySet<string>]> = [
  ['appeal', new Set(appealWords)],
  ['demand', new Set(demandWords)],
  ['threaten', new Set(threatenWords)],
  ['reject', new Set(rejectWords)],
  ['accuse', new Set(accuseWords)],
  ['support', new Set(supportWords)],
  ['commit', new Set(commitWords)],
  ['consult', new Set(consultWords)],
  ['cooperate', new Set(cooperateWords)],
];

/** Type rules that found a meeting or contact rather than a verb: "are in close communication", "had a discussion". */
const MEETING_RULES = new Set(['type/in-contact', 'type/had-event']);

/** Acts each type may take; the first is its default. */
const ACTS_OF_TYPE: Readonly<Record<ClaimType, readonly ActName[]>> = {
  demand: ['demand', 'appeal'],
  hope: ['hope'],
  action: ['cooperate', 'commit', 'consult', 'support', 'reject', 'threaten', 'accuse'],
  statement: ['assert', 'accuse', 'reject', 'support', 'threaten'],
};

/**
 * The finer act of a claim within its type: the cue's word decides first ("condemned" →
 * accuse), then the content's main verb ("met" → consult); a party's future act is a
 * commitment, and one made on a condition by the speaker's side is a threat.
 */
export function actOf(tokens: Token[], frame: Frame, type: ClaimType, predicate: Predicate | null, target: Range | null, rule: string): Act {
  const allowed = ACTS_OF_TYPE[type];
  const cue = frame.cue?.lemma;
  const verb = predicate ? tokens[predicate.verb]!.lemma : undefined;
  let name: ActName = allowed[0]!;
  const byCue = cue ? lookUp(cue, allowed) : undefined;
  const byVerb = verb ? lookUp(verb, allowed) : undefined;
  if (type === 'action' && MEETING_RULES.has(rule)) name = 'consult';
  else if (type === 'action' && predicate?.modality.conditional && predicate.modality.tense === 'future') name = 'threaten';
  else if (byCue) name = byCue;
  else if (byVerb) name = byVerb;
  else if (type === 'action' && predicate?.modality.tense === 'future') name = 'commit';
  else if (type === 'statement' && predicate?.modality.negated && frame.cue?.kind === 'speech') name = 'reject';
  return { name, cameo: type === 'hope' && target ? cameoCodes.appeal : cameoCodes[name] };
}

function lookUp(word: string, allowed: readonly ActName[]): ActName | undefined {
  for (const [name, words] of WORDS) if (allowed.includes(name) && words.has(word)) return name;
  return undefined;
}
