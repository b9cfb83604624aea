/**
 * The JSON Schema of the Extraction (claimex/schema.json): a draft 2020-12 schema that strict
 * ajv accepts, that documents every field, that every real output matches, and that rejects
 * outputs breaking the contract.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, SCHEMA_VERSION, type Extraction } from '../../src/index.js';
import { ExtractionSchema } from '../../src/schema/extraction.js';
import { EXTRACTION_SCHEMA_ID, extractionJsonSchema, extractionJsonSchemaText, JSON_SCHEMA_DIALECT } from '../../src/schema/json-schema.js';
import { SCHEMA_VERSION_MAJOR_1 } from '../../src/regex.js';
import { corpusArticles } from '../reliability/invariants.js';
import { expectValidExtraction, schemaErrors, strictAjv } from '../helpers/schema.js';

type JsonObject = Record<string, unknown>;

const schema = extractionJsonSchema();
const defs = schema.$defs as Record<string, JsonObject>;

/** A deep copy of a real Extraction to break: a press briefing with a speaker, cue, actor and a warning. */
function realExtraction(): Extraction {
  const text = 'Ministers met in Geneva.\n\n"We urge both sides to stop the fighting," spokesperson Wang Wenbin told reporters, \u0007adding that talks would resume.';
  return structuredClone(extractClaims(text));
}

describe('the JSON Schema', () => {
  it('is a draft 2020-12 schema, valid against its meta-schema, named and titled', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON_SCHEMA_DIALECT).toBe(schema.$schema);
    expect(schema.$id).toBe(EXTRACTION_SCHEMA_ID);
    expect(schema.$id).toContain(SCHEMA_VERSION);
    expect(schema.title).toBe('claimex Extraction');
    const ajv = strictAjv();
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('compiles under strict ajv, with a definition for each public type', () => {
    expect(() => strictAjv().compile(schema)).not.toThrow();
    for (const name of ['Extraction', 'Sentence', 'Span', 'Speaker', 'Claim', 'Cue', 'Act', 'Modality', 'Diagnostic', 'ClaimType', 'ActName', 'ClaimMode']) {
      expect(defs, name).toHaveProperty(name);
    }
    expect(schema.$ref).toBe('#/$defs/Extraction');
  });

  it('documents every type and every field', () => {
    const undocumented: string[] = [];
    for (const [name, def] of Object.entries(defs)) {
      if (typeof def.description !== 'string' || def.description === '') undocumented.push(name);
      for (const [field, property] of Object.entries((def.properties ?? {}) as Record<string, JsonObject>)) {
        // A field that is a bare reference takes its definition's description.
        if (typeof property.description !== 'string' && typeof property.$ref !== 'string') undocumented.push(`${name}.${field}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('is printed as the same text the build writes: two-space JSON and a newline', () => {
    expect(extractionJsonSchemaText()).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('accepts the schemaVersion written now, and any 1.x.y, but no other major', () => {
    expect(SCHEMA_VERSION).toMatch(SCHEMA_VERSION_MAJOR_1);
    const extraction = realExtraction();
    for (const version of [SCHEMA_VERSION, '1.0.0', '1.4.12']) expect(schemaErrors({ ...extraction, schemaVersion: version }), version).toEqual([]);
    for (const version of ['2.0.0', '0.9.0', '1.0', 'v1.0.0', '']) expect(schemaErrors({ ...extraction, schemaVersion: version }), version).not.toEqual([]);
  });
});

describe('validation against the schema', () => {
  it('accepts a real Extraction, which has a speaker, a cue, content and a message', () => {
    const extraction = realExtraction();
    expect(extraction.claims.some((claim) => claim.speaker !== null && claim.cue !== null)).toBe(true);
    expect(extraction.messages.length).toBeGreaterThan(0);
    expectValidExtraction(extraction);
  });

  /** Each breakage of the contract, applied to a fresh real Extraction, and the words of ajv's complaint. */
  const breakages: Array<[string, (e: Extraction) => void, RegExp]> = [
    ['a missing field', (e) => delete (e.claims[0] as Partial<Extraction['claims'][number]>).mode, /\/claims\/0 must have required property 'mode'/],
    ['a missing top-level field', (e) => delete (e as Partial<Extraction>).messages, /must have required property 'messages'/],
    ['a claim type outside the enum', (e) => ((e.claims[0] as { type: string }).type = 'opinion'), /\/claims\/0\/type must be equal to one of the allowed values/],
    ['an act outside the enum', (e) => ((e.claims[0]!.act as { name: string }).name = 'praise'), /\/claims\/0\/act\/name must be equal to one of the allowed values/],
    ['a sentence kind outside the enum', (e) => ((e.sentences[0] as { kind: string }).kind = 'title'), /\/sentences\/0\/kind must be equal to one of the allowed values/],
    ['a negative offset', (e) => (e.sentences[0]!.start = -1), /\/sentences\/0\/start must be >= 0/],
    ['a fractional offset', (e) => (e.speakers[0]!.mentions[0]!.end = 3.5), /\/speakers\/0\/mentions\/0\/end must be integer/],
    ['a confidence above 1', (e) => (e.claims[0]!.confidence = 1.5), /\/claims\/0\/confidence must be <= 1/],
    ['a NaN confidence, which JSON writes as null', (e) => (e.claims[0]!.confidence = Number.NaN), /\/claims\/0\/confidence must be number/],
    ['an unknown field', (e) => ((e.claims[0] as unknown as JsonObject).score = 1), /\/claims\/0 must NOT have additional properties/],
    ['a speaker that is a bare string', (e) => ((e.claims[0] as unknown as JsonObject).speaker = 'Wang Wenbin'), /\/claims\/0\/speaker must be object/],
    ['a cue without its lemma', (e) => delete (e.claims.find((c) => c.cue)!.cue as Partial<Extraction['claims'][number]['cue'] & object>).lemma, /\/cue must have required property 'lemma'/],
    ['a CAMEO code that is not digits', (e) => (e.claims[0]!.act.cameo = 'ten'), /\/claims\/0\/act\/cameo must match pattern/],
    ['a diagnostic from another tool', (e) => ((e.messages[0] as { source: string }).source = 'eslint'), /\/messages\/0\/source must be equal to constant/],
  ];

  it.each(breakages)('rejects %s', (_what, breakIt, complaint) => {
    const extraction = realExtraction();
    expect(schemaErrors(extraction)).toEqual([]);
    breakIt(extraction);
    const errors = schemaErrors(extraction);
    expect(errors.join('\n')).toMatch(complaint);
    // The zod schemas, which the types come from, reject it too.
    expect(ExtractionSchema.safeParse(JSON.parse(JSON.stringify(extraction))).success).toBe(false);
  });

  it('rejects values that are no Extraction at all', () => {
    for (const value of [null, 42, 'text', [], {}]) expect(schemaErrors(value), JSON.stringify(value)).not.toEqual([]);
  });
});

describe('the typed claims of every corpus/ article', () => {
  it.each(corpusArticles())('%s matches the JSON Schema and the zod schema', (_name, text) => {
    const extraction = extractClaims(text);
    expect(extraction.claims.length).toBeGreaterThan(0);
    expectValidExtraction(extraction);
    const parsed = ExtractionSchema.safeParse(extraction);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });
});
