/**
 * The public types of claimex: the output contract every consumer reads.
 *
 * Offsets are half-open UTF-16 code-unit indexes into the exact input string:
 * for every span, `text.slice(span.start, span.end) === span.text`.
 */

/** The version of the Extraction shape below; bumped on any incompatible change. */
export const SCHEMA_VERSION = '1.0.0';

/** A stretch of the input text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What a sentence is on the page. */
export type SentenceKind = 'headline' | 'body' | 'boilerplate' | 'caption';

export interface Sentence extends Span {
  /** Position in reading order, from 0. */
  index: number;
  /** Paragraph number, from 0; a paragraph ends at a blank line. */
  paragraph: number;
  kind: SentenceKind;
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';

/** One party that says things in the article, with every mention of it. */
export interface Speaker {
  id: string;
  /** Canonical name: the fullest name the article gives. */
  name: string;
  kind: SpeakerKind;
  title?: string;
  organization?: string;
  mentions: Span[];
}

export type ClaimType = 'action' | 'demand' | 'hope' | 'statement';

/** The finer act of a claim; docs/taxonomy.md defines each and its CAMEO root code. */
export type ActName = 'assert' | 'appeal' | 'commit' | 'consult' | 'support' | 'cooperate' | 'demand' | 'accuse' | 'reject' | 'threaten' | 'hope';

export interface Act {
  name: ActName;
  /** CAMEO root code: "01" assert ... "13" threaten; "013" for a hope with no target. */
  cameo: string;
}

/** How the content reaches the reader. */
export type ClaimMode = 'direct' | 'indirect' | 'mixed' | 'narrated';

export type Tense = 'past' | 'present' | 'future';

export interface Modality {
  tense: Tense;
  /** The modal verb or phrase governing the content ("should", "must", "will", "need to"), if any. */
  modal: string | null;
  /** Negation of the main verb only: "should not interfere and must stop" is negated for "interfere". */
  negated: boolean;
  /** The content depends on a condition: "if the talks fail, ...", "unless ...". */
  conditional: boolean;
}

/** The reporting expression ("stressed", "According to", "voiced the hope"). */
export interface Cue extends Span {
  /** Dictionary form of the cue ("stress", "according to", "voice the hope"). */
  lemma: string;
}

export interface Claim {
  id: string;
  /** Index into `Extraction.sentences`. */
  sentence: number;
  /**
   * The attribution the claim belongs to: the claim that names the speaker and the claims
   * of the sentences its quote runs on into share one frame id.
   */
  frame: string;
  type: ClaimType;
  act: Act;
  /** The speaker, or null when the claim is the outlet's own narration. */
  speaker: { id: string; name: string } | null;
  /** The mention of the speaker in this sentence ("he", "the spokesperson"). */
  source: Span | null;
  cue: Cue | null;
  /** One or more pieces of what was said. */
  content: Span[];
  mode: ClaimMode;
  /** The party doing what the content reports. */
  actor: Span | null;
  /** The party asked, urged or hoped of. */
  target: Span | null;
  modality: Modality;
  /** 0..1: how sure the rules are of the type and attribution. */
  confidence: number;
  /** Ids of the rules and cue words that decided the claim. */
  evidence: string[];
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem found in the input, reported as data rather than thrown (after vfile). */
export interface Diagnostic {
  severity: Severity;
  /** Stable id of the rule that raised it, e.g. "input/control-characters". */
  ruleId: string;
  /** Human-readable explanation. */
  reason: string;
  /** Where in the input, when it concerns one place. */
  place?: { start: number; end: number };
  source: 'claimex';
}

export interface Extraction {
  schemaVersion: string;
  sentences: Sentence[];
  speakers: Speaker[];
  claims: Claim[];
  messages: Diagnostic[];
}

export interface ExtractOptions {
  /**
   * Inputs longer than this many UTF-16 code units are rejected with a RangeError
   * naming the limit. Default: 5,000,000.
   */
  maxChars?: number;
}
