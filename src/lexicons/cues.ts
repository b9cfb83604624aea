/**
 * Reporting cues: the words that tie a source to what it said, thought or did.
 *
 * Each entry is written in dictionary form, words separated by spaces. `<det>`
 * stands for a determiner or possessive ("voiced the hope", "conveyed his hope").
 * `kind` says what the cue itself tells about the claim:
 * - speech: plain reporting (say, stress, point out); the content decides the type;
 * - thought: reported belief (believe, think); content decides;
 * - hope: the claim is a hope (hope, expect, look forward to);
 * - demand: the claim is a demand (urge, call on, ask);
 * - commit: the cue itself reports an act or a commitment (agree, pledge, announce);
 * - source: "according to" and the like, which put the source after the cue.
 */

import { wordTable } from './table.js';
export type CueKind = 'speech' | 'thought' | 'hope' | 'demand' | 'commit' | 'source';

export interface CueEntry {
  phrase: string;
  kind: CueKind;
  /**
   * The claim's type when what follows the cue is a bare object, not a clause of its
   * own: "reaffirmed their commitment to ..." reports the act of reaffirming.
   */
  objectType?: 'action' | 'statement';
  /**
   * The cue reports speech only when an infinitive follows its object: "called on Marenia
   * to release ..." is a demand, "called on the President" a courtesy visit.
   */
  needsInfinitive?: boolean;
  /** The cue reports speech only when a quote, a colon or "that" follows: "responded: ...", not "responded to the offer". */
  needsQuote?: boolean;
  /** The cue reports speech only where its clause ends: "as she put it," or "put it in a statement", not "putting it to rest". */
  endsClause?: boolean;
  /** A preposition after which a determined noun phrase makes the verb report nothing: "added to her lead" is no "added to reporters". */
  notBefore?: string;
  /** An adjective of attitude, a cue only after a form of "be": "is confident that ...", "were skeptical of ...". */
  afterCopula?: boolean;
  /** The cue reports only when its object names something said or asked (`saidThings`, `speechNouns`, `reportMedia`): "responded to questions", not "responded to the blaze". */
  needsSaidObject?: boolean;
  /** The cue reports nothing when its object names a deed (`deeds`): "committed suicide", "commit a crime", not "committed $5 million". */
  notWithDeed?: boolean;
}

export const cueEntries: readonly CueEntry[] = [
  // plain speech
  { phrase: 'say', kind: 'speech' },
  { phrase: 'tell', kind: 'speech' },
  { phrase: 'add', kind: 'speech', notBefore: 'to' },
  { phrase: 'state', kind: 'speech' },
  { phrase: 'note', kind: 'speech' },
  { phrase: 'stress', kind: 'speech' },
  { phrase: 'emphasize', kind: 'speech' },
  { phrase: 'emphasise', kind: 'speech' },
  { phrase: 'underscore', kind: 'speech' },
  { phrase: 'underline', kind: 'speech' },
  { phrase: 'point out', kind: 'speech' },
  { phrase: 'reiterate', kind: 'speech' },
  { phrase: 'highlight', kind: 'speech' },
  { phrase: 'explain', kind: 'speech' },
  { phrase: 'assert', kind: 'speech' },
  { phrase: 'argue', kind: 'speech' },
  { phrase: 'claim', kind: 'speech' },
  { phrase: 'mention', kind: 'speech' },
  { phrase: 'remark', kind: 'speech' },
  { phrase: 'reply', kind: 'speech' },
  { phrase: 'answer', kind: 'speech' },
  { phrase: 'comment', kind: 'speech' },
  { phrase: 'observe', kind: 'speech' },
  { phrase: 'acknowledge', kind: 'speech' },
  { phrase: 'admit', kind: 'speech' },
  { phrase: 'confirm', kind: 'speech' },
  { phrase: 'deny', kind: 'speech' },
  { phrase: 'reject', kind: 'speech', objectType: 'statement' },
  { phrase: 'dismiss', kind: 'speech', objectType: 'statement' },
  { phrase: 'accuse', kind: 'speech' },
  { phrase: 'charge', kind: 'speech' },
  { phrase: 'criticize', kind: 'speech', objectType: 'statement' },
  { phrase: 'criticise', kind: 'speech', objectType: 'statement' },
  { phrase: 'condemn', kind: 'speech', objectType: 'statement' },
  { phrase: 'describe', kind: 'speech' },
  { phrase: 'warn', kind: 'speech' },
  { phrase: 'caution', kind: 'speech' },
  { phrase: 'suggest', kind: 'speech' },
  { phrase: 'recall', kind: 'speech' },
  { phrase: 'write', kind: 'speech' },
  { phrase: 'tweet', kind: 'speech' },
  { phrase: 'report', kind: 'speech' },
  { phrase: 'disclose', kind: 'speech' },
  { phrase: 'reveal', kind: 'speech' },
  { phrase: 'indicate', kind: 'speech' },
  { phrase: 'affirm', kind: 'speech', objectType: 'action' },
  { phrase: 'reaffirm', kind: 'speech', objectType: 'action' },
  { phrase: 'declare', kind: 'speech' },
  { phrase: 'maintain', kind: 'speech' },
  { phrase: 'contend', kind: 'speech' },
  { phrase: 'conclude', kind: 'speech' },
  { phrase: 'predict', kind: 'speech' },
  { phrase: 'welcome', kind: 'speech', objectType: 'statement' },
  { phrase: 'thank', kind: 'speech', objectType: 'statement' },
  { phrase: 'congratulate', kind: 'speech', objectType: 'action' },
  { phrase: 'commend', kind: 'speech', objectType: 'statement' },
  { phrase: 'praise', kind: 'speech', objectType: 'statement' },
  { phrase: 'applaud', kind: 'speech', objectType: 'statement' },
  { phrase: 'laud', kind: 'speech', objectType: 'statement' },
  { phrase: 'express', kind: 'speech' },
  { phrase: 'convey', kind: 'speech' },
  { phrase: 'voice', kind: 'speech' },
  { phrase: 'share', kind: 'speech', objectType: 'action' },
  { phrase: 'outline', kind: 'speech', objectType: 'action' },
  { phrase: 'reinforce', kind: 'speech', objectType: 'action' },
  { phrase: 'renew', kind: 'speech', objectType: 'action' },
  { phrase: 'make clear', kind: 'speech' },
  { phrase: 'insist', kind: 'speech' },
  { phrase: 'question', kind: 'speech' },
  { phrase: 'continue', kind: 'speech' },
  // only before a reporting infinitive: "seemed to urge" (see aspectualCues)
  { phrase: 'seem', kind: 'speech' },
  { phrase: 'appear', kind: 'speech' },
  // reported thought
  { phrase: 'believe', kind: 'thought' },
  // attitudes after "be"
  { phrase: 'confident', kind: 'thought', afterCopula: true },
  { phrase: 'concerned', kind: 'thought', afterCopula: true },
  { phrase: 'sure', kind: 'thought', afterCopula: true },
  { phrase: 'unsure', kind: 'thought', afterCopula: true },
  { phrase: 'aware', kind: 'thought', afterCopula: true },
  { phrase: 'skeptical', kind: 'thought', afterCopula: true },
  { phrase: 'sceptical', kind: 'thought', afterCopula: true },
  { phrase: 'doubtful', kind: 'thought', afterCopula: true },
  { phrase: 'adamant', kind: 'speech', afterCopula: true },
  { phrase: 'hopeful', kind: 'hope', afterCopula: true },
  { phrase: 'optimistic', kind: 'hope', afterCopula: true },
  { phrase: 'eager', kind: 'hope', afterCopula: true },
  { phrase: 'supportive', kind: 'thought', afterCopula: true },
  { phrase: 'wary', kind: 'thought', afterCopula: true },
  { phrase: 'upset', kind: 'thought', afterCopula: true },
  { phrase: 'critical', kind: 'speech', afterCopula: true },
  { phrase: 'think', kind: 'thought' },
  { phrase: 'feel', kind: 'thought' },
  { phrase: 'consider', kind: 'thought' },
  { phrase: 'fear', kind: 'thought' },
  { phrase: 'worry', kind: 'thought' },
  { phrase: 'know', kind: 'thought' },
  // hope
  { phrase: 'hope', kind: 'hope' },
  { phrase: 'wish', kind: 'hope' },
  { phrase: 'expect', kind: 'hope' },
  { phrase: 'look forward to', kind: 'hope' },
  { phrase: 'voice <det> hope', kind: 'hope' },
  { phrase: 'express <det> hope', kind: 'hope' },
  { phrase: 'convey <det> hope', kind: 'hope' },
  { phrase: 'voice <det> expectation', kind: 'hope' },
  { phrase: 'express <det> expectation', kind: 'hope' },
  { phrase: 'express <det> wish', kind: 'hope' },
  { phrase: 'express hope', kind: 'hope' },
  { phrase: 'voice hope', kind: 'hope' },
  // demand
  { phrase: 'urge', kind: 'demand' },
  { phrase: 'encourage', kind: 'demand', needsInfinitive: true },
  { phrase: 'call on', kind: 'demand', needsInfinitive: true },
  { phrase: 'call upon', kind: 'demand', needsInfinitive: true },
  { phrase: 'call for', kind: 'demand' },
  { phrase: 'ask', kind: 'demand' },
  { phrase: 'ask for', kind: 'demand' },
  { phrase: 'demand', kind: 'demand' },
  { phrase: 'request', kind: 'demand' },
  { phrase: 'appeal to', kind: 'demand' },
  { phrase: 'appeal for', kind: 'demand' },
  { phrase: 'press', kind: 'demand' },
  { phrase: 'implore', kind: 'demand' },
  // commitments and announced acts
  { phrase: 'announce', kind: 'commit' },
  { phrase: 'agree', kind: 'speech', objectType: 'action' },
  { phrase: 'pledge', kind: 'commit' },
  { phrase: 'vow', kind: 'commit' },
  { phrase: 'promise', kind: 'commit' },
  { phrase: 'commit', kind: 'commit', notWithDeed: true },
  { phrase: 'decide', kind: 'commit' },

  // reported speech and thought as PolNeAR annotates it (train split; most frequent first)
  { phrase: 'show', kind: 'speech' },
  { phrase: 'find', kind: 'speech' },
  { phrase: 'cite', kind: 'speech' },
  { phrase: 'talk about', kind: 'speech' },
  { phrase: 'endorse', kind: 'speech' },
  { phrase: 'defend', kind: 'speech' },
  { phrase: 'decline', kind: 'speech' },
  { phrase: 'propose', kind: 'speech' },
  { phrase: 'point to', kind: 'speech' },
  { phrase: 'refuse', kind: 'speech' },
  { phrase: 'denounce', kind: 'speech' },
  { phrase: 'blame', kind: 'speech' },
  { phrase: 'blast', kind: 'speech' },
  { phrase: 'tout', kind: 'speech' },
  { phrase: 'echo', kind: 'speech' },
  { phrase: 'slam', kind: 'speech' },
  { phrase: 'complain', kind: 'speech' },
  { phrase: 'assure', kind: 'speech' },
  { phrase: 'estimate', kind: 'speech' },
  { phrase: 'concede', kind: 'speech' },
  { phrase: 'boast', kind: 'speech' },
  { phrase: 'repeat', kind: 'speech' },
  { phrase: 'decry', kind: 'speech' },
  { phrase: 'lament', kind: 'speech' },
  { phrase: 'allege', kind: 'speech' },
  { phrase: 'imply', kind: 'speech' },
  { phrase: 'hint', kind: 'speech' },
  { phrase: 'recommend', kind: 'speech' },
  { phrase: 'advocate', kind: 'speech' },
  { phrase: 'speculate', kind: 'speech' },
  { phrase: 'dispute', kind: 'speech' },
  { phrase: 'testify', kind: 'speech' },
  { phrase: 'proclaim', kind: 'speech' },
  { phrase: 'brag', kind: 'speech' },
  { phrase: 'clarify', kind: 'speech' },
  { phrase: 'characterize', kind: 'speech' },
  { phrase: 'label', kind: 'speech' },
  { phrase: 'mock', kind: 'speech' },
  { phrase: 'joke', kind: 'speech' },
  { phrase: 'retort', kind: 'speech' },
  { phrase: 'counter', kind: 'speech' },
  { phrase: 'quip', kind: 'speech' },
  { phrase: 'scoff at', kind: 'speech' },
  { phrase: 'muse', kind: 'speech' },
  { phrase: 'vouch for', kind: 'speech' },
  { phrase: 'chide', kind: 'speech' },
  { phrase: 'rebuke', kind: 'speech' },
  { phrase: 'lambast', kind: 'speech' },
  { phrase: 'assail', kind: 'speech' },
  { phrase: 'castigate', kind: 'speech' },
  { phrase: 'deride', kind: 'speech' },
  { phrase: 'hail', kind: 'speech' },
  { phrase: 'cheer', kind: 'speech' },
  { phrase: 'want', kind: 'thought' },
  { phrase: 'plan', kind: 'thought' },
  { phrase: 'doubt', kind: 'thought' },
  { phrase: 'wonder', kind: 'thought' },
  { phrase: 'suspect', kind: 'thought' },
  { phrase: 'support', kind: 'thought' },
  { phrase: 'oppose', kind: 'thought' },
  { phrase: 'prefer', kind: 'thought' },
  { phrase: 'intend', kind: 'thought' },
  { phrase: 'assume', kind: 'thought' },
  { phrase: 'guess', kind: 'thought' },
  { phrase: 'realize', kind: 'thought' },
  { phrase: 'learn', kind: 'thought' },
  { phrase: 'recognize', kind: 'thought' },
  { phrase: 'understand', kind: 'thought' },
  { phrase: 'view', kind: 'thought' },
  { phrase: 'regard', kind: 'thought' },
  { phrase: 'see', kind: 'thought' },
  { phrase: 'call', kind: 'speech' },
  { phrase: 'refer to', kind: 'speech' },
  { phrase: 'remember', kind: 'thought' },
  { phrase: 'portray', kind: 'speech' },
  { phrase: 'remind', kind: 'speech' },
  { phrase: 'order', kind: 'demand' },
  { phrase: 'list', kind: 'speech' },
  { phrase: 'shout', kind: 'speech' },
  { phrase: 'chant', kind: 'speech' },
  { phrase: 'rail against', kind: 'speech' },
  { phrase: 'respond', kind: 'speech', needsQuote: true },
  { phrase: 'respond to', kind: 'speech', needsSaidObject: true },
  { phrase: 'yell', kind: 'speech' },
  { phrase: 'lay out', kind: 'speech' },
  { phrase: 'threaten', kind: 'commit' },
  { phrase: 'quote', kind: 'speech' },
  { phrase: 'seek', kind: 'hope' },
  { phrase: 'offer', kind: 'commit' },
  { phrase: 'attack', kind: 'speech' },
  { phrase: 'post', kind: 'speech' },
  { phrase: 'name', kind: 'speech' },
  { phrase: 'push for', kind: 'demand' },
  { phrase: 'put it', kind: 'speech', endsClause: true },
  { phrase: 'make it clear', kind: 'speech' },
  { phrase: 'make the case', kind: 'speech', needsQuote: true },
  { phrase: 'make the case for', kind: 'speech' },
  { phrase: 'make a case for', kind: 'speech' },
  { phrase: 'make no secret of', kind: 'speech' },
  { phrase: 'make no mention of', kind: 'speech' },
  { phrase: 'make the point', kind: 'speech', needsQuote: true },
  { phrase: 'speak of', kind: 'speech' },
  { phrase: 'speak about', kind: 'speech' },
  { phrase: 'speak out against', kind: 'speech' },
  { phrase: 'speak out about', kind: 'speech' },
  { phrase: 'speak out in favor of', kind: 'speech' },
  { phrase: 'speak out in favour of', kind: 'speech' },
  { phrase: 'speak out in support of', kind: 'speech' },
  { phrase: 'speak in favor of', kind: 'speech' },
  { phrase: 'speak in favour of', kind: 'speech' },
  { phrase: 'speak in support of', kind: 'speech' },
  { phrase: 'come out against', kind: 'speech' },
  { phrase: 'come out in favor of', kind: 'speech' },
  { phrase: 'come out in favour of', kind: 'speech' },
  { phrase: 'come out in support of', kind: 'speech' },
  { phrase: 'forecast', kind: 'speech' },
  { phrase: 'deem', kind: 'thought' },
  { phrase: 'plead', kind: 'speech' },
  { phrase: 'title', kind: 'speech' },
  // mined from PolNeAR's training set: each a gold cue in at least ~55% of the frames it opens there
  { phrase: 'compare', kind: 'speech', objectType: 'statement' },
  { phrase: 'rule', kind: 'speech' },
  { phrase: 'downplay', kind: 'speech', objectType: 'statement' },
  { phrase: 'determine', kind: 'thought' },
  { phrase: 'recite', kind: 'speech', objectType: 'statement' },
  { phrase: 'credit', kind: 'speech', objectType: 'statement' },
  { phrase: 'persuade', kind: 'demand' },
  { phrase: 'mull', kind: 'thought' },
  { phrase: 'back', kind: 'speech', objectType: 'statement' },
  { phrase: 'side with', kind: 'speech' },
  { phrase: 'project', kind: 'speech' },
  { phrase: 'take aim at', kind: 'speech' },
  { phrase: 'reference', kind: 'speech', objectType: 'statement' },
  { phrase: 'touch on', kind: 'speech' },
  { phrase: 'like', kind: 'thought' },
  { phrase: 'trash', kind: 'speech', objectType: 'statement' },
  { phrase: 'rebut', kind: 'speech', objectType: 'statement' },
  { phrase: 'rebuff', kind: 'speech', objectType: 'statement' },
  { phrase: 'opine', kind: 'speech' },
  { phrase: 'herald', kind: 'speech', objectType: 'statement' },
  { phrase: 'love', kind: 'thought' },
  { phrase: 'apologize', kind: 'speech' },
  { phrase: 'embrace', kind: 'speech', objectType: 'statement' },
  { phrase: 'bemoan', kind: 'speech', objectType: 'statement' },
  { phrase: 'scold', kind: 'speech', objectType: 'statement' },
  { phrase: 'contradict', kind: 'speech', objectType: 'statement' },
  { phrase: 'inform', kind: 'speech' },
  { phrase: 'fire back', kind: 'speech' },
  { phrase: 'shoot back', kind: 'speech', needsQuote: true },
  { phrase: 'double down', kind: 'speech' },
  { phrase: 'read', kind: 'speech', objectType: 'statement' },
  { phrase: 'attribute', kind: 'speech', objectType: 'statement' },
  { phrase: 'lecture', kind: 'speech', objectType: 'statement' },
  { phrase: 'insult', kind: 'speech', objectType: 'statement' },
  { phrase: 'gush', kind: 'speech' },
  { phrase: 'disparage', kind: 'speech', objectType: 'statement' },
  { phrase: 'extol', kind: 'speech', objectType: 'statement' },
  // second round from PolNeAR's training set (each a gold cue in about half its readings or more there); "discuss" was
  // left out: diplomatic readouts use it for meetings ("The two leaders discussed trade"), not reports
  { phrase: 'signal', kind: 'speech' },
  { phrase: 'recount', kind: 'speech', objectType: 'statement' },
  { phrase: 'envision', kind: 'thought' },
  { phrase: 'interject', kind: 'speech' },
  { phrase: 'liken', kind: 'speech', objectType: 'statement' },
  { phrase: 'allude to', kind: 'speech' },
  { phrase: 'balk at', kind: 'thought' },
  { phrase: 'utter', kind: 'speech', objectType: 'statement' },
  { phrase: 'contemplate', kind: 'thought' },
  { phrase: 'lash out at', kind: 'speech', objectType: 'statement' },
  { phrase: 'spar with', kind: 'speech', objectType: 'statement' },
  { phrase: 'convince', kind: 'demand' },
  // source first
  { phrase: 'according to', kind: 'source' },
];

/**
 * Cues that, as a participle after the main cue or a verb after its "and", open a second claim
 * by the same source: "..., adding that ...", "said that ... and asked divers to ...".
 */
export const secondaryCues: readonly string[] = ['add', 'say', 'note', 'stress', 'emphasize', 'emphasise', 'urge', 'call', 'insist', 'warn', 'express', 'voice', 'point', 'ask', 'tell', 'encourage', 'accuse', 'criticize', 'criticise', 'vow', 'promise', 'pledge', 'suggest'];

/** The prepositions of an adjective of attitude (afterCopula), which report what follows: "confident in", "skeptical of", "concerned about". A clause may follow it too. */
export const attitudePrepositions: readonly string[] = ['about', 'of', 'in'];

/**
 * Cues that may take a stretch of time as their object, so that a span before "that" may be what they report:
 * "recalled a day after the flood that she would never forget". Other cues pass over it ("said two days after the storm that ...").
 */
export const timeObjectCues: readonly string[] = ['recall', 'remember', 'describe', 'recount', 'mention', 'relive', 'reminisce', 'detail', 'discuss'];

/** Nouns of deeds, which a cue with notWithDeed does rather than commits to: "committed suicide", "commits a serious crime". */
export const deeds: readonly string[] = [
  'suicide', 'crime', 'murder', 'homicide', 'fraud', 'atrocity', 'genocide', 'perjury', 'treason', 'adultery', 'violence', 'act', 'offense', 'offence',
  'sin', 'error', 'mistake', 'blunder', 'gaffe', 'foul', 'felony', 'misdemeanor', 'terrorism', 'robbery', 'assault', 'rape', 'abuse', 'misconduct',
  'infraction', 'violation', 'burglary', 'theft', 'massacre',
];

/** Nouns of what is said or asked, besides speechNouns and reportMedia, that a cue with needsSaidObject may take: "responded to requests for comment". */
export const saidThings: readonly string[] = [
  'request', 'question', 'inquiry', 'query', 'criticism', 'critic', 'demand', 'concern', 'proposal', 'offer', 'invitation', 'interjection', 'jab', 'insult',
  'taunt', 'critique',
];

/**
 * Cues whose passive subject still holds the stance or speaks ("Divers are worried that ...",
 * "Hunt is determined to ...", "She was quoted as saying ..."); the subject of any other cue's passive is the one spoken
 * to or about ("Hunt was asked ...", "Lee was accused of ..."), no source.
 */
export const passiveSourceCues: readonly string[] = ['worry', 'convince', 'persuade', 'determine', 'oppose', 'quote'];

/** Cues whose passive subject is the one told, also before "that": "She's told that the pier will close" ("'s" is "is"). */
export const toldCues: readonly string[] = ['tell', 'inform', 'assure', 'remind'];

/** Set phrases built on a reporting verb that report nothing: "That said, ...", "truth be told". */
export const discourseMarkers: readonly string[] = ['that said', 'that being said', 'having said that', 'truth be told', 'all told'];

/** Compound nouns that begin with a cue word and report nothing: "a think tank". */
export const nonReportingCompounds: readonly string[] = ['think tank', 'think tanks'];

/**
 * Things that carry written or spoken words and speak for themselves before a participle cue, as
 * PolNeAR marks them: "held up a sign saying ...", "911 calls saying ...", "A petition calling on ...".
 * (Media a party puts out, "issued a statement saying", leave the party the speaker: see mediumCarriers.
 * So does a single call, whose caller speaks: "Hunt made a call saying"; calls in the plural carry the
 * words of callers the text need not name.)
 */
export const inscriptionNouns: readonly string[] = ['sign', 'banner', 'placard', 'poster', 'petition', 'shirt', 't-shirt', 'cover', 'headline', 'billboard', 'sticker', 'hat', 'calls'];

/**
 * The participles through which such a thing gives words, not an indication or a picture ("signs suggesting a
 * recovery", "signs pointing to the exit", "a poster showing Allen"), nor a stance ("banners criticizing the port").
 */
export const inscriptionCues: readonly string[] = ['say', 'read', 'call', 'call on', 'call for', 'urge', 'demand', 'warn', 'proclaim', 'declare', 'ask', 'state'];

/** Of those, the ones that report a clause ("a sign saying the pier was closed"), not an object ("signs demanding justice"). */
export const clauseInscriptionCues: readonly string[] = ['say', 'state', 'declare', 'proclaim', 'warn'];

/**
 * Where a report was made, when a phrase after its content says so: "... , she said in a
 * statement", "wrote ... on Twitter". Such a trailing phrase belongs to the cue, not the content.
 */
export const reportMedia: readonly string[] = [
  'statement', 'interview', 'tweet', 'tweets', 'post', 'email', 'e-mail', 'letter', 'speech', 'op-ed', 'editorial', 'report', 'ad', 'story', 'paper',
  'memo', 'release', 'video', 'broadcast', 'message', 'column', 'essay', 'blog', 'twitter', 'facebook', 'instagram', 'podcast',
];

/**
 * Media whose phrase right after the cue PolNeAR marks as part of it: "said in a statement"
 * (train: 43 longer cues against 25 bare). "in an interview" stays out (13 against 36).
 */
export const statementMedia: readonly string[] = ['statement'];

/** Short words a title keeps in lower case: "Meet the Press", "Face the Nation". */
export const titleFunctionWords: readonly string[] = ['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from'];

/** Verbs that put a medium out, carrying the participle cue after it: "issued a statement saying", "sent an email urging". */
export const mediumCarriers: readonly string[] = [
  'issue', 'release', 'send', 'post', 'publish', 'put', 'air', 'run', 'file', 'deliver', 'give', 'tweet', 'circulate',
  'distribute', 'launch', 'write', 'pen', 'sign', 'unveil', 'share', 'broadcast', 'draft', 'unleash',
];

/**
 * Verbs of appearance through which the writer hedges a claim: "Trump seemed to soften
 * his stance", "The team appeared paralyzed". PolNeAR marks the verb as a cue with no
 * source, and its subject and predicate as the content.
 */
export const evidentialVerbs: readonly string[] = ['seem', 'appear'];

/** Verbs whose empty "it" takes a clause, right after them or after "like": "It seems Lee said ...", "It looks like Lee said ...". */
export const emptyHedgeVerbs: readonly string[] = [...evidentialVerbs, 'look', 'sound'];

/**
 * Adverbs through which the writer passes on what others report: "The club is reportedly
 * spending $1.5 million". PolNeAR marks the adverb as a cue with no source, and the clause
 * around it as the content. (Of the other hedging adverbs, "allegedly", "apparently" and
 * "seemingly" are marked in a fifth of their uses or fewer in PolNeAR train.)
 */
export const evidentialAdverbs: readonly string[] = ['reportedly'];

/**
 * Reporting verbs whose passive raises the subject of what is reported: "The House is
 * expected to pass the bill", "The fund is said to hold ...". PolNeAR marks the verb group
 * ("is expected") as the cue with no source, and the subject with the infinitive as the content.
 */
export const raisingPassiveCues: readonly string[] = ['expect', 'say', 'believe', 'think', 'allege', 'project', 'predict', 'estimate', 'understand', 'consider', 'fear'];
// Left out: "know" and "report", whose passive is mostly followed by a preposition ("known to police", "reported to regulators").

/**
 * Verbs of regarding whose passive, before "as" (or, for "consider", a noun phrase or an adjective), reports how
 * unnamed others see the subject: "Delaware is widely seen as a Clinton stronghold", "The walk-off is considered
 * one of the largest". PolNeAR marks the verb group as the cue and the subject with the predicate as the content
 * (in about half of such passives in train).
 */
export const regardingPassiveCues: readonly string[] = ['see', 'view', 'regard', 'consider'];

/**
 * Nouns of speech and thought that report a that-clause after a possessive: "his warning that
 * ...", "Trump's suggestion that ...". PolNeAR marks the possessive as the source and the noun
 * as the cue (31 of the 65 such phrases in train). Plurals are read too ("Trump's claims that").
 */
export const speechNouns: Readonly<Record<string, CueKind>> = wordTable({
  claim: 'speech',
  assertion: 'speech',
  argument: 'speech',
  insistence: 'speech',
  suggestion: 'speech',
  contention: 'speech',
  warning: 'speech',
  statement: 'speech',
  remark: 'speech',
  comment: 'speech',
  admission: 'speech',
  acknowledgment: 'speech',
  acknowledgement: 'speech',
  accusation: 'speech',
  allegation: 'speech',
  charge: 'speech',
  prediction: 'speech',
  explanation: 'speech',
  complaint: 'speech',
  emphasis: 'speech',
  belief: 'thought',
  view: 'thought',
  fear: 'thought',
  hope: 'hope',
  promise: 'commit',
  pledge: 'commit',
  vow: 'commit',
  announcement: 'commit',
});

/**
 * Nouns whose that-clause says what they hold: after a preposition, the cue reports the noun
 * with its clause, not the clause alone ("pushed back at the suggestion that he lied").
 */
export const propositionNouns: readonly string[] = [
  'claim', 'suggestion', 'notion', 'idea', 'report', 'rumor', 'rumour', 'allegation', 'accusation', 'charge', 'assertion', 'view', 'belief',
  'argument', 'fear', 'concern', 'theory', 'speculation', 'impression', 'perception', 'assumption', 'premise', 'contention', 'insinuation',
];

/** Nouns of speech whose infinitive is what was promised: "his pledge to build a wall". */
export const infinitiveSpeechNouns: readonly string[] = ['promise', 'pledge', 'vow'];

/**
 * Cues that also mark an aspect of another verb: "continues to trail", "continued their
 * search". They report only with no infinitive, gerund or object after them ("she
 * continued."), or with a reporting verb as their infinitive ("continued to insist").
 * The evidential verbs are cues only in the second way ("seemed to urge"): PolNeAR's
 * annotators take the subject as the source and the three words as the cue.
 */
export const aspectualCues: readonly string[] = ['continue', ...evidentialVerbs];

/**
 * Cues whose bare object names the attitude reported, as PolNeAR marks such cues:
 * "expressed concern that", "voiced support for". With a determiner or an adjective
 * ("expressed his support", "expressed cautious optimism") the cue is the verb alone.
 */
export const attitudeObjectCues: readonly string[] = ['express', 'voice'];

/** Adverbs wink tags as verbs right before the verb they modify: "it further wrote", "she further announced". */
export const adverbsReadAsVerbs: readonly string[] = ['further'];

/**
 * Particles that belong to the cue before them, as PolNeAR marks phrasal verbs: "called
 * out", "shot back", "backed off". On train the annotators took them in 18 of 19 times.
 */
export const cueParticles: readonly string[] = ['out', 'off', 'up', 'back', 'away'];

/**
 * Cues that report only a clause, whatever frame finds them: "maintains a commanding lead",
 * "feels alive", "understands their fear" report nothing ("she maintains that ..." does).
 * Measured on PolNeAR train, where such bare objects are gold attributions a fifth to a
 * quarter of the time ("found a way", "added a ferry").
 */
export const clauseOnlyCues: readonly string[] = ['feel', 'understand', 'maintain', 'find', 'add', 'learn', 'assume'];

/** Words that fill the `<det>` slot of a cue. */
export const cueDeterminers: readonly string[] = ['the', 'a', 'his', 'her', 'its', 'their', 'our', 'my', 'your'];

/** Nouns that, followed by "by" and a name, head a transcript: "Remarks by ...", "Statement by ...". */
export const speechHeaderNouns: readonly string[] = ['readout', 'remarks', 'remark', 'speech', 'statement', 'address', 'intervention', 'keynote', 'message', 'toast', 'transcript'];

/**
 * Verbs of saying that may stand before their speaker (", said Ruth Allen", ", wrote one
 * reader"). Other cues after a comma take an object, not a speaker: ", endorsed Hunt".
 */
export const invertingCues: readonly string[] = [
  'say', 'tell', 'write', 'add', 'ask', 'tweet', 'post', 'explain', 'read', 'reply', 'recall', 'remember', 'declare', 'report', 'continue',
  'state', 'conclude', 'note', 'warn', 'agree', 'predict', 'opine', 'scoff', 'exhort', 'muse', 'comment', 'quip', 'joke', 'insist', 'argue',
  'answer', 'respond', 'observe', 'acknowledge', 'admit', 'counter', 'retort', 'suggest', 'emphasize', 'emphasise', 'stress', 'complain',
  'announce', 'exclaim', 'boast', 'lament', 'concede', 'claim', 'confirm', 'wonder', 'recount', 'shout', 'chant', 'cry', 'yell', 'whisper',
  'begin', 'go on', 'point out', 'sum up', 'put it', 'write in', 'wrote', 'assert', 'maintain', 'caution', 'advise', 'urge', 'plead',
];

/** Cues of preference that report a bare object when a share of people holds it, as polls report: "6 in 10 voters supported Hunt". */
export const preferenceCues: readonly string[] = ['support'];

/**
 * Cues that report nothing when a bare object follows them, only with a clause: "has seen
 * a rise", "continue the talks", "pledged $5 million" (measured on PolNeAR's training set,
 * where less than about half of such readings are attributions). This holds when any noun
 * phrase is their subject; clauseOnlyCues need a clause whatever their subject.
 */
export const cuesNeedingClause: readonly string[] = [
  'see', 'pledge', 'know', 'continue', 'consider', 'plan', 'underscore', 'decide', 'cheer', 'recognize', 'argue', 'support',
  // "The results came out in favor of the town", "The sun came out against the clouds": only a speaker's is a stand.
  'come out against', 'come out in favor of', 'come out in favour of', 'come out in support of',
];

/**
 * Cues whose "as" clause after a comma reports the clause around it: "The pier is unsafe, as the Gazette
 * reported." Others set a scene there ("Stocks fell, as investors worried", "The mayor spoke, as the crowd
 * cheered", "The room went quiet, as Lee testified").
 */
export const asClauseCues: readonly string[] = [
  'say', 'note', 'report', 'write', 'put it', 'point out', 'observe', 'suggest', 'claim', 'argue', 'acknowledge', 'admit', 'concede',
  'predict', 'warn', 'recall', 'mention', 'state', 'explain', 'tell', 'insist', 'remark', 'add', 'confirm', 'reveal', 'indicate',
  'show', 'find', 'describe', 'allege', 'assert', 'contend', 'estimate', 'forecast', 'see', 'learn', 'know', 'propose',
  'think', 'believe', 'expect', 'fear', 'hope', 'promise', 'joke', 'announce', 'decide', 'signal', 'realize', 'suspect',
  'understand', 'agree', 'remember', 'demand', 'urge', 'request', 'assure', 'remind', 'conclude', 'determine', 'recognize',
];

/**
 * Verbs of saying and believing that report a clause whose subject is a relative clause's gap, with no "that":
 * "a decision they say | allowed ...". Verbs that also take a plain object stay out ("The boat they found | was empty").
 */
export const contactReportCues: readonly string[] = ['say', 'claim', 'believe', 'think', 'allege', 'argue', 'estimate', 'suspect', 'insist', 'contend', 'assert', 'predict'];

/** Nouns that name what was said, the object of such a verb rather than its clause's subject: "The words he said | were clear". */
export const saidObjectHeads: readonly string[] = ['word', 'thing', 'something', 'anything', 'everything', 'nothing', 'lie', 'truth'];

/**
 * Nouns of opinion research that, opening a sentence after "In", are the source of what
 * follows: "In a CNN/ORC poll released Monday, 38 percent said ..." (on PolNeAR train the
 * annotators mark such an opening in 16 of 20 cases; a trailing "in the polls" they do not).
 */
export const pollNouns: readonly string[] = ['poll', 'polls', 'survey', 'surveys', 'polling'];

/**
 * Nouns of research whose finding a bare object reports ("A new poll found Lee with a lead", "A 2014
 * study found 31 cases of fraud"), where a person's "found" would not ("Lee found the keys").
 */
export const researchNouns: readonly string[] = [...pollNouns, 'study', 'studies', 'analysis', 'analyses', 'research', 'data', 'report', 'reports', 'review', 'audit', 'investigation', 'census'];

/**
 * Plural nouns without a final s, which wink may leave before a base-form reporting verb it
 * tags as a noun: "Data show that ...", "Police say ...".
 */
export const pluralsWithoutS: readonly string[] = ['data', 'people', 'police', 'media'];

/** Prepositions that may open a sentence with a participial cue, whose subject is the main clause's: "After saying ..., the man ...". */
export const participlePrepositions: readonly string[] = ['after', 'before', 'by', 'while', 'in', 'since', 'upon', 'when', 'despite'];

/**
 * Verbs of consequence whose participle after a reported object tells what the act led to, in the writer's words:
 * "declared war on the town, leading to a long feud", "pledged to rebuild, reversing her stance".
 */
export const consequenceVerbs: readonly string[] = [
  'lead', 'prompt', 'spark', 'trigger', 'cause', 'force', 'leave', 'mean', 'reverse', 'end', 'mark', 'become', 'culminate', 'fuel',
  'raise', 'draw', 'throw', 'deprive', 'hobble', 'contrast', 'signal', 'kill', 'injure', 'deal', 'reflect',
];

/** Participles that work as prepositions, never as a speaker's verb after "with X": "spoke with the Prime Minister regarding ...". */
export const prepositionalParticiples: readonly string[] = ['regarding', 'concerning', 'including', 'following', 'considering', 'excluding', 'involving', 'respecting', 'touching'];

/** Adverbs of repetition that may stand inside a cue phrase like a manner adverb: "called again for". */
export const repetitionAdverbs: readonly string[] = ['again', 'anew'];

/** Words of a cue phrase that a manner adverb may precede: "spoke passionately about", "called publicly for". */
export const mannerAdverbParticles: readonly string[] = ['about', 'of', 'out', 'for', 'against'];

/** Adverbs of how something is said, which may stand inside a cue phrase ("spoke glowingly of"); "pushed slowly for the shore" is motion. */
export const speechMannerAdverbs: readonly string[] = [
  'publicly', 'openly', 'privately', 'loudly', 'quietly', 'softly', 'repeatedly', 'frequently', 'passionately', 'emotionally', 'movingly',
  'tearfully', 'freely', 'frankly', 'candidly', 'bluntly', 'plainly', 'explicitly', 'directly', 'specifically', 'briefly', 'extensively',
  'favorably', 'favourably', 'highly', 'glowingly', 'warmly', 'fondly', 'affectionately', 'proudly', 'approvingly', 'enthusiastically',
  'angrily', 'bitterly', 'harshly', 'sharply', 'forcefully', 'strongly', 'vocally', 'vehemently', 'critically', 'disparagingly',
  'dismissively', 'derisively', 'mockingly', 'sarcastically', 'jokingly', 'glumly', 'nostalgically', 'optimistically', 'cautiously',
  'confidently', 'earnestly', 'fearlessly', 'anonymously', 'personally',
];
