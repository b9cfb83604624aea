/**
 * The finer act of a claim, with its CAMEO root code (Conflict and Mediation Event
 * Observations, Schrodt 2012). Words are dictionary forms (lemmas) of the cue or of the
 * content's main verb; docs/taxonomy.md explains each act.
 */
import type { ActName } from '../types.js';

/** CAMEO root code of each act. A hope is "013" (optimistic comment), or "02" when aimed at a target. */
export const cameoCodes: Readonly<Record<ActName, string>> = {
  assert: '01',
  appeal: '02',
  commit: '03',
  consult: '04',
  support: '05',
  cooperate: '06',
  demand: '10',
  accuse: '11',
  reject: '12',
  threaten: '13',
  hope: '013',
};

/** Cues and verbs of asking: a demand made as a request. */
export const appealWords: readonly string[] = ['urge', 'call on', 'call upon', 'call for', 'ask', 'ask for', 'request', 'appeal to', 'appeal for', 'press', 'implore', 'encourage', 'invite'];

/** Cues of insisting: a demand made as a requirement (also every "must", "should", "needs to"). */
export const demandWords: readonly string[] = ['demand', 'insist', 'require', 'order'];

/** Verbs of commitment and intent. */
export const commitWords: readonly string[] = ['pledge', 'vow', 'promise', 'commit', 'agree', 'decide', 'plan', 'intend', 'announce', 'continue', 'renew', 'reaffirm', 'affirm'];

/** Verbs of meeting and talking with another party. */
export const consultWords: readonly string[] = ['meet', 'visit', 'talk', 'discuss', 'speak', 'call', 'phone', 'host', 'attend', 'consult', 'negotiate', 'communicate', 'convene', 'hold', 'participate', 'exchange', 'receive'];

/** Cues and verbs of approval. */
export const supportWords: readonly string[] = ['praise', 'commend', 'welcome', 'thank', 'congratulate', 'applaud', 'laud', 'support', 'endorse', 'appreciate', 'back', 'celebrate'];

/** Verbs of acting together or giving. */
export const cooperateWords: readonly string[] = ['cooperate', 'collaborate', 'coordinate', 'sign', 'work', 'provide', 'deliver', 'donate', 'fund', 'supply', 'assist', 'help', 'lift', 'share', 'notify', 'inform', 'respond', 'establish', 'launch', 'carry', 'resume', 'open', 'reopen'];

/** Cues and verbs of disapproval. */
export const accuseWords: readonly string[] = ['accuse', 'criticize', 'criticise', 'condemn', 'blame', 'denounce', 'attack', 'blast', 'slam', 'dismiss', 'question', 'deplore', 'protest'];

/** Cues and verbs of rejection and denial. */
export const rejectWords: readonly string[] = ['reject', 'deny', 'refuse', 'rule out', 'veto', 'oppose', 'decline'];

/** Cues and verbs of threat. */
export const threatenWords: readonly string[] = ['threaten', 'warn'];
