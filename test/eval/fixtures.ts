/** Hand-built gold articles and fake Extractions for the eval tests (no real pipeline). */
import type { Claim, ClaimType, Extraction, Sentence, SentenceKind } from '../../src/types.js';
import { locateGoldLines, type GoldArticle, type GoldClaimLine, type GoldFurnitureLine, type GoldLine } from '../../src/eval/gold.js';
import { makeClaim } from '../helpers/claim.js';

export function furnitureLine(sentence: string): Omit<GoldFurnitureLine, 'line'> {
  return { sentence, claim: false };
}

export function claimLine(
  sentence: string,
  fields: Partial<Omit<GoldClaimLine, 'line' | 'sentence' | 'claim'>> = {},
): Omit<GoldClaimLine, 'line'> {
  return { sentence, claim: true, speaker: null, aliases: [], group: false, cue: null, type: 'statement', ...fields };
}

/** Gold lines numbered 1.. as if read from a file. */
export function numbered(lines: readonly Omit<GoldLine, 'line'>[]): GoldLine[] {
  return lines.map((line, index) => ({ ...line, line: index + 1 }) as GoldLine);
}

export function goldArticle(name: string, text: string, lines: readonly Omit<GoldLine, 'line'>[]): GoldArticle {
  const goldFile = `${name}.gold.jsonl`;
  return {
    name,
    textPath: `${name}.txt`,
    goldPath: goldFile,
    text,
    sentences: locateGoldLines(text, numbered(lines), goldFile),
  };
}

/** A predicted sentence covering the `occurrence`-th copy of `needle` in `text` (as written, spaces included). */
export function sentenceAt(text: string, needle: string, kind: SentenceKind = 'body', occurrence = 0): Omit<Sentence, 'index'> {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  }
  return { start, end: start + needle.length, text: needle, paragraph: 0, kind };
}

export interface FakeClaim {
  type: ClaimType;
  speaker?: string | null;
  cue?: string | null;
}

/** One predicted sentence with its claims, for `fakeExtraction`. */
export interface FakeSentence {
  sentence: Omit<Sentence, 'index'>;
  claims?: FakeClaim[];
}

function fakeClaim(fake: FakeClaim, sentence: number, id: number): Claim {
  const speaker = fake.speaker ?? null;
  const cue = fake.cue ?? null;
  return makeClaim(id, {
    sentence,
    type: fake.type,
    speaker: speaker === null ? null : { id: `s-${speaker}`, name: speaker },
    cue: cue === null ? null : { start: 0, end: cue.length, text: cue, lemma: cue.toLowerCase() },
  });
}

export function fakeExtraction(sentences: readonly FakeSentence[]): Extraction {
  const claims: Claim[] = [];
  sentences.forEach((entry, index) => {
    for (const fake of entry.claims ?? []) claims.push(fakeClaim(fake, index, claims.length));
  });
  return {
    schemaVersion: '1.0.0',
    sentences: sentences.map((entry, index) => ({ ...entry.sentence, index })),
    speakers: [],
    claims,
    messages: [],
  };
}
