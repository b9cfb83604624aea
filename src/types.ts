/**
 * The public types of claimex: the output contract every consumer reads.
 *
 * The data types are derived from the zod schemas in src/schema/extraction.ts, which also
 * give the JSON Schema (`claimex/schema.json`); the field descriptions live there. Only
 * types are imported from them, so the core never loads zod at run time.
 *
 * Offsets are half-open UTF-16 code-unit indexes into the exact input string:
 * for every span, `text.slice(span.start, span.end) === span.text`.
 */
import type { z } from 'zod';
import type {
  ActNameSchema,
  ActSchema,
  ClaimModeSchema,
  ClaimSchema,
  ClaimTypeSchema,
  CueSchema,
  DiagnosticSchema,
  ExtractionSchema,
  ModalitySchema,
  SentenceKindSchema,
  SentenceSchema,
  SeveritySchema,
  SpanSchema,
  SpeakerKindSchema,
  SpeakerSchema,
  TenseSchema,
} from './schema/extraction.js';

/**
 * The version of the Extraction shape, written in every Extraction as `schemaVersion`
 * (semver): the major changes on any incompatible change of the JSON shape (a field
 * removed, renamed or retyped, a value no longer allowed), the minor when a field or a
 * value is added, the patch for a fix of the schema alone. docs/schema.md.
 */
export const SCHEMA_VERSION = '1.0.0';

/** A stretch of the input text. */
export type Span = z.infer<typeof SpanSchema>;

/** What a sentence is on the page. */
export type SentenceKind = z.infer<typeof SentenceKindSchema>;

/** One sentence: a span with its `index` in reading order, its `paragraph` (from 0) and its `kind`. */
export type Sentence = z.infer<typeof SentenceSchema>;

export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

/** One party that says things in the article, with every mention of it. */
export type Speaker = z.infer<typeof SpeakerSchema>;

export type ClaimType = z.infer<typeof ClaimTypeSchema>;

/** The finer act of a claim; docs/taxonomy.md defines each and its CAMEO root code. */
export type ActName = z.infer<typeof ActNameSchema>;

/** An act with its CAMEO root code: "01" assert ... "13" threaten; "013" for a hope with no target. */
export type Act = z.infer<typeof ActSchema>;

/** How the content reaches the reader. */
export type ClaimMode = z.infer<typeof ClaimModeSchema>;

export type Tense = z.infer<typeof TenseSchema>;

/** Tense, modal ("should", "must"), negation of the main verb, and condition of the content. */
export type Modality = z.infer<typeof ModalitySchema>;

/** The reporting expression ("stressed", "According to", "voiced the hope"), with its `lemma`. */
export type Cue = z.infer<typeof CueSchema>;

/**
 * One claim: its sentence, frame (attribution), type and act, speaker (null for the
 * outlet's own narration), source mention, cue, content pieces, mode, actor, target,
 * modality, confidence (0..1) and evidence (ids of the rules that decided it).
 */
export type Claim = z.infer<typeof ClaimSchema>;

export type Severity = z.infer<typeof SeveritySchema>;

/** A problem found in the input, reported as data rather than thrown (after vfile). */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** What claimex extracts from one article. */
export type Extraction = z.infer<typeof ExtractionSchema>;

/** Options of `createExtractor` and `extractClaims`. */
export interface ExtractOptions {
  /**
   * Inputs longer than this many UTF-16 code units are rejected with a RangeError
   * naming the limit. Default: 5,000,000.
   */
  maxChars?: number;
}
