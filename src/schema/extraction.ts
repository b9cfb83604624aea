/**
 * The Extraction as zod schemas: the one source of the output contract. src/types.ts
 * derives the public TypeScript types from these (z.infer), and src/schema/json-schema.ts
 * the JSON Schema that the package ships as `claimex/schema.json`.
 *
 * The descriptions are the documentation of each field; they appear in the JSON Schema.
 * Objects are strict (no other properties): the schema describes exactly what this
 * version of claimex writes. Only the CLI, the JSON Schema emitter and the `claimex/schema`
 * entry load this module at run time; the core imports its types alone.
 */
import { z } from 'zod';
import { CAMEO_CODE, SCHEMA_VERSION_MAJOR_1 } from '../regex.js';

/** An offset into the input: a UTF-16 code-unit index, 0 or more. */
const offset = () => z.int().nonnegative();

/** An id the extraction assigns ("s1", "c1", "f1"), unique within one Extraction. */
const localId = () => z.string().min(1);

export const SpanSchema = z
  .strictObject({
    start: offset().meta({ description: 'Index of the first UTF-16 code unit of the span in the input.' }),
    end: offset().meta({ description: 'Index just past the last code unit (half-open): `text.slice(start, end) === span.text`.' }),
    text: z.string().meta({ description: 'The input between start and end, exactly as given.' }),
  })
  .meta({ id: 'Span', description: 'A stretch of the input text.' });

export const SentenceKindSchema = z
  .enum(['headline', 'body', 'boilerplate', 'caption'])
  .meta({ id: 'SentenceKind', description: 'What a sentence is on the page; boilerplate is page furniture (bylines, datelines, links), kept rather than deleted.' });

export const SentenceSchema = SpanSchema.extend({
  index: z.int().nonnegative().meta({ description: 'Position in reading order, from 0.' }),
  paragraph: z.int().nonnegative().meta({ description: 'Paragraph number, from 0; a paragraph ends at a blank line.' }),
  kind: SentenceKindSchema,
}).meta({ id: 'Sentence', description: 'One sentence of the input, in reading order.' });

export const SpeakerKindSchema = z
  .enum(['person', 'organization', 'group', 'unknown'])
  .meta({ id: 'SpeakerKind', description: 'What kind of party a speaker is.' });

export const SpeakerSchema = z
  .strictObject({
    id: localId().meta({ description: 'The speaker\'s id within this Extraction ("s1", "s2", ...).' }),
    name: z.string().meta({ description: 'Canonical name: the fullest name the article gives.' }),
    kind: SpeakerKindSchema,
    title: z.string().optional().meta({ description: 'The speaker\'s title or role ("Foreign Ministry spokesperson"), when the article gives one.' }),
    organization: z.string().optional().meta({ description: 'The organisation the speaker speaks for, when the article gives one.' }),
    mentions: z.array(SpanSchema).meta({ description: 'Every mention of the speaker: names, surnames, pronouns, role nouns.' }),
  })
  .meta({ id: 'Speaker', description: 'One party that says things in the article, with every mention of it.' });

export const ClaimTypeSchema = z
  .enum(['action', 'demand', 'hope', 'statement'])
  .meta({ id: 'ClaimType', description: 'The type of a claim; docs/taxonomy.md defines each.' });

export const ActNameSchema = z
  .enum(['assert', 'appeal', 'commit', 'consult', 'support', 'cooperate', 'demand', 'accuse', 'reject', 'threaten', 'hope'])
  .meta({ id: 'ActName', description: 'The finer act of a claim; docs/taxonomy.md defines each and its CAMEO root code.' });

export const ActSchema = z
  .strictObject({
    name: ActNameSchema,
    cameo: z.string().regex(CAMEO_CODE).meta({ description: 'CAMEO root code: "01" assert ... "13" threaten; "013" for a hope with no target.' }),
  })
  .meta({ id: 'Act', description: 'The act of a claim with its CAMEO root code.' });

export const ClaimModeSchema = z
  .enum(['direct', 'indirect', 'mixed', 'narrated'])
  .meta({ id: 'ClaimMode', description: 'How the content reaches the reader: quoted, reported, both, or told by the outlet.' });

export const TenseSchema = z.enum(['past', 'present', 'future']).meta({ id: 'Tense', description: 'The tense of the content\'s main verb.' });

export const ModalitySchema = z
  .strictObject({
    tense: TenseSchema,
    modal: z
      .string()
      .nullable()
      .meta({ description: 'The modal verb or phrase governing the content ("should", "must", "will", "need to"), if any.' }),
    negated: z.boolean().meta({ description: 'Negation of the main verb only: "should not interfere and must stop" is negated for "interfere".' }),
    conditional: z.boolean().meta({ description: 'The content depends on a condition: "if the talks fail, ...", "unless ...".' }),
  })
  .meta({ id: 'Modality', description: 'Tense, modal, negation and condition of the content.' });

export const CueSchema = SpanSchema.extend({
  lemma: z.string().meta({ description: 'Dictionary form of the cue ("stress", "according to", "voice the hope").' }),
  phrase: SpanSchema.optional().meta({
    description:
      'The cue with the rest of its verb group, as PolNeAR and PARC mark cues: auxiliaries, negation and adverbs before it ("has also said", "did not say"), a lone preposition, adverb or time word after it ("warned of", "said Tuesday"), and the verb and medium that carry a participle cue ("issued a statement saying"). Present only when wider than the cue.',
  }),
}).meta({ id: 'Cue', description: 'The reporting expression ("stressed", "According to", "voiced the hope").' });

export const ClaimSchema = z
  .strictObject({
    id: localId().meta({ description: 'The claim\'s id within this Extraction ("c1", "c2", ...).' }),
    sentence: z.int().nonnegative().meta({ description: 'Index into `Extraction.sentences`.' }),
    frame: localId().meta({
      description:
        'The attribution the claim belongs to ("f1", ...): the claim that names the speaker and the claims of the sentences its quote runs on into share one frame id.',
    }),
    type: ClaimTypeSchema,
    act: ActSchema,
    speaker: z
      .strictObject({
        id: localId().meta({ description: 'The id of an entry of `Extraction.speakers`.' }),
        name: z.string().meta({ description: 'That speaker\'s canonical name.' }),
      })
      .nullable()
      .meta({ description: 'The speaker, or null when the claim is the outlet\'s own narration.' }),
    source: SpanSchema.nullable().meta({ description: 'The mention of the speaker in this sentence ("he", "the spokesperson").' }),
    cue: CueSchema.nullable().meta({ description: 'The reporting expression, or null when there is none (narration, a quote that runs on).' }),
    content: z.array(SpanSchema).min(1).meta({ description: 'The pieces of what was said, in reading order: one or more.' }),
    mode: ClaimModeSchema,
    actor: SpanSchema.nullable().meta({ description: 'The party doing what the content reports.' }),
    target: SpanSchema.nullable().meta({ description: 'The party asked, urged or hoped of.' }),
    modality: ModalitySchema,
    confidence: z.number().min(0).max(1).meta({ description: '0..1: how sure the rules are of the type and attribution.' }),
    evidence: z.array(z.string()).meta({ description: 'Ids of the rules and cue words that decided the claim.' }),
  })
  .meta({ id: 'Claim', description: 'One thing a speaker (or the outlet) says in one sentence.' });

export const SeveritySchema = z.enum(['info', 'warning', 'error']).meta({ id: 'Severity', description: 'How serious a diagnostic is.' });

export const DiagnosticSchema = z
  .strictObject({
    severity: SeveritySchema,
    ruleId: z.string().min(1).meta({ description: 'Stable id of the rule that raised it, e.g. "input/control-characters".' }),
    reason: z.string().meta({ description: 'Human-readable explanation.' }),
    place: z
      .strictObject({ start: offset(), end: offset() })
      .optional()
      .meta({ description: 'Where in the input (half-open UTF-16 offsets), when it concerns one place.' }),
    source: z.literal('claimex').meta({ description: 'Always "claimex": the tool that raised it (vfile\'s convention).' }),
  })
  .meta({ id: 'Diagnostic', description: 'A problem found in the input, reported as data rather than thrown (after vfile).' });

export const ExtractionSchema = z
  .strictObject({
    schemaVersion: z.string().regex(SCHEMA_VERSION_MAJOR_1).meta({
      description:
        'The version of this shape (semver): the major changes on any incompatible change (a field removed, renamed or retyped, a value no longer allowed); the minor when a field or value is added; the patch for a fix of the schema alone.',
    }),
    sentences: z.array(SentenceSchema).meta({ description: 'Every sentence of the input in reading order, furniture included.' }),
    speakers: z.array(SpeakerSchema).meta({ description: 'Every party that says something, with all its mentions.' }),
    claims: z.array(ClaimSchema).meta({
      description:
        'The claims, sentence by sentence in reading order; within a sentence, its main claim first (the one to take when reading one claim per sentence), then those its other words hold ("adding that ...", "Asked about ...").',
    }),
    messages: z.array(DiagnosticSchema).meta({ description: 'Problems found in the input, as data.' }),
  })
  .meta({ id: 'Extraction', description: 'What claimex extracts from one article.' });
