/**
 * Words that decide a claim's type when the cue does not: modals of obligation,
 * words of hope, verbs of action and of state. Entries are dictionary forms
 * (wink-nlp lemmas), lower case.
 */

/** Modals that make the content a demand: what a party should, must or needs to do. */
export const demandModals: readonly string[] = ['should', 'must', 'ought'];

/** Verbs that make a demand when followed by "to": "needs to", "has to". */
export const demandModalVerbs: readonly string[] = ['need', 'have'];

/** Words in the content that make it a hope: "it hopes the talks succeed", "looks forward to". */
export const hopeWords: readonly string[] = ['hope', 'hopeful', 'wish', 'expect', 'expectation', 'forward'];

/** Modals in general, for the modality of a claim. */
export const modals: readonly string[] = ['will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', 'ought'];

/** Modals that put the content in the future ("would": the future seen from a past report, "said they would ..."). */
export const futureModals: readonly string[] = ['will', 'shall', "'ll", 'wo', 'would'];

/** Negation words, scoped to the verb they stand before. */
export const negations: readonly string[] = ['not', "n't", 'never', 'no longer'];

/**
 * Verbs whose subject does something: measures, operations, agreements, meetings.
 * A content whose main verb is one of these is an action.
 */
export const actionVerbs: readonly string[] = [
  'agree', 'sign', 'launch', 'hold', 'meet', 'visit', 'host', 'attend', 'send', 'deploy',
  'lift', 'impose', 'ease', 'suspend', 'resume', 'restore', 'establish', 'set', 'create', 'build',
  'carry', 'conduct', 'crack', 'arrest', 'seize', 'ban', 'block', 'close', 'open', 'release',
  'provide', 'deliver', 'donate', 'fund', 'invest', 'allocate', 'supply', 'offer', 'grant', 'give',
  'notify', 'inform', 'respond', 'reply', 'submit', 'file', 'issue', 'publish', 'adopt', 'approve',
  'pass', 'enact', 'implement', 'introduce', 'expand', 'extend', 'increase', 'reduce', 'cut', 'raise',
  'cooperate', 'collaborate', 'coordinate', 'work', 'engage', 'communicate', 'consult', 'negotiate', 'discuss', 'talk',
  'speak', 'call', 'phone', 'join', 'sponsor', 'organize', 'organise', 'convene', 'chair', 'lead',
  'strengthen', 'deepen', 'advance', 'promote', 'pursue', 'continue', 'start', 'begin', 'complete', 'finish',
  'commit', 'pledge', 'vow', 'promise', 'decide', 'plan', 'prepare', 'announce', 'unveil', 'outline',
  'withdraw', 'evacuate', 'rescue', 'protect', 'defend', 'attack', 'strike', 'fire', 'bomb', 'invade',
  'sanction', 'expel', 'recall', 'summon', 'detain', 'charge', 'sue', 'investigate', 'inspect', 'verify',
  'clean', 'prevent', 'combat', 'fight', 'tackle', 'address', 'help', 'assist', 'train',
  'exchange', 'trade', 'export', 'import', 'buy', 'sell', 'purchase', 'order', 'produce', 'manufacture', 'veto', 'march', 'protest', 'freeze', 'convey', 'pay', 'propose', 'review', 'explore', 'postpone', 'hire',
  'vote', 'elect', 'appoint', 'nominate', 'resign', 'win', 'lose',
  'congratulate', 'thank', 'welcome', 'reaffirm', 'affirm', 'renew', 'reinforce', 'reiterate', 'confirm', 'accept',
  'move', 'take', 'make', 'put', 'bring', 'keep', 'maintain', 'step', 'roll', 'ramp',
];

/** Nouns of contact and negotiation: "the two sides are in close communication" reports an action. */
export const contactNouns: readonly string[] = [
  'communication', 'contact', 'talks', 'talk', 'consultation', 'consultations', 'negotiation', 'negotiations',
  'coordination', 'cooperation', 'dialogue', 'discussions', 'discussion', 'touch',
];

/** Verbs of state, judgement and perception: a content built on one of these is a statement. */
export const stateVerbs: readonly string[] = [
  'be', 'remain', 'seem', 'appear', 'become', 'stay', 'look', 'sound', 'feel', 'mean',
  'matter', 'represent', 'constitute', 'reflect', 'show', 'prove', 'demonstrate', 'indicate', 'suggest', 'know',
  'believe', 'think', 'consider', 'understand', 'recognize', 'recognise', 'see', 'view', 'regard', 'oppose',
  'come', 'lack', 'exist', 'belong', 'depend', 'deserve', 'need', 'want', 'like', 'love',
  'hate', 'fear', 'worry', 'doubt', 'deny', 'accuse', 'blame', 'criticize', 'criticise', 'condemn',
  'violate', 'undermine', 'harm', 'threaten', 'serve', 'benefit', 'contribute', 'play', 'support', 'point',
  'have', 'do', 'say', 'tell', 'cost', 'rise', 'fall', 'grow', 'happen', 'occur', 'face', 'trail', 'wait',
];

/** Nouns that head a title or a verbless line reporting an event: "Readout of ... Call with ...", "Official Visit of ...". */
export const eventNouns: readonly string[] = [
  'readout', 'visit', 'call', 'meeting', 'statement', 'dialogue', 'talks', 'summit', 'conference', 'agreement',
  'telephone', 'phone', 'trip', 'tour', 'session', 'consultation', 'consultations', 'signing', 'launch', 'exchange',
  'remarks', 'declaration', 'communique', 'communiqué', 'briefing', 'interview', 'participation', 'engagement', 'engagements',
  'attendance', 'discussion', 'discussions', 'conversation', 'negotiation', 'negotiations',
];

/** Occasions at which something is said or done: "thanked supporters at a rally", "criticized him during the debate". */
export const occasionNouns: readonly string[] = [
  'rally', 'event', 'debate', 'conference', 'hearing', 'meeting', 'forum', 'hall', 'dinner', 'luncheon', 'breakfast', 'speech',
  'convention', 'stop', 'fundraiser', 'summit', 'ceremony', 'session', 'briefing', 'gathering', 'roundtable', 'appearance', 'interview',
];

/**
 * Objects of a cue ("reaffirmed the excellent relations", "agreed on the importance")
 * that make the claim an assessment, not an act.
 */
export const assessmentNouns: readonly string[] = [
  'importance', 'relations', 'relationship', 'ties', 'friendship', 'partnership', 'cooperation', 'bond', 'bonds',
  'significance', 'value', 'need', 'role', 'state', 'strength', 'progress', 'concern', 'concerns', 'view', 'views',
];

/** Objects of a cue ("reaffirmed their commitment to") that make the claim a commitment, an act. */
export const commitmentNouns: readonly string[] = [
  'commitment', 'commitments', 'pledge', 'determination', 'resolve', 'intention', 'readiness', 'willingness', 'support', 'plan', 'plans',
];

/** Words that open a subordinate clause whose verb is not the main one: "If it does not, we will ...". */
export const subordinators: readonly string[] = [
  'if', 'unless', 'provided', 'when', 'whenever', 'while', 'although', 'though', 'because', 'since', 'after', 'before', 'once', 'until', 'as',
];

/** Prepositions that open a phrase fronted before a clause's subject: "despite being an alumna, she ...". */
export const frontingPrepositions: readonly string[] = ['despite', 'during', 'amid', 'unlike', 'without'];

/** Subordinators that open a circumstance before a participle: "said when asked", "said after touring it". */
export const circumstanceOpeners: readonly string[] = ['when', 'while', 'after', 'before'];

/** Words that open a circumstance right after a closing cue, whatever follows them: "..., Lee said during a tour of the port", "..., Lee said after the crowd left". */
export const trailingCircumstanceOpeners: readonly string[] = [...circumstanceOpeners, 'during'];

/** Verbs whose object takes a bare infinitive, a complement and no finite verb: "to help Saudi Arabia | defend", "to let the city | decide". */
export const bareInfinitiveVerbs: readonly string[] = ['help', 'let', 'make', 'have', 'watch', 'see', 'hear'];

/** Subordinators that make what follows conditional. */
export const conditionalSubordinators: readonly string[] = ['if', 'unless', 'provided'];

/** Auxiliaries that put their clause in the past: "was", "had". */
export const pastAuxiliaries: readonly string[] = ['was', 'were', 'did', 'had'];

/** Forms of "be", "do" and "have" in the present: "is", "'re", "has". */
export const presentAuxiliaries: readonly string[] = ['am', 'is', 'are', "'m", "'re", "'s", 'do', 'does', 'has', 'have'];

/** Verbs of pure state: even in the future ("will remain", "will need") they commit a party to nothing. */
export const stativeVerbs: readonly string[] = [
  'be', 'remain', 'seem', 'appear', 'become', 'know', 'believe', 'think', 'need', 'want', 'like', 'love',
  'hate', 'fear', 'mean', 'cost', 'depend', 'deserve', 'exist', 'belong', 'lack', 'matter',
];
