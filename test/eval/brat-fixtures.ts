/** Synthetic brat folders and fake Extractions for the brat eval tests (no real pipeline, no corpus text). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim, Extraction, Span } from '../../src/types.js';
import { makeClaim } from '../helpers/claim.js';

/** A needle, or a needle and which occurrence of it (from 0). */
export type Needle = string | [string, number];

/** The span of the `occurrence`-th copy of `needle` in `text`. */
export function spanOf(text: string, needle: Needle): Span {
  const [word, occurrence] = typeof needle === 'string' ? [needle, 0] : needle;
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(word, start + 1);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(word)} not in text`);
  }
  return { start, end: start + word.length, text: word };
}

/** Brat offsets "START END" of a needle. */
export function at(text: string, needle: Needle): string {
  const span = spanOf(text, needle);
  return `${span.start} ${span.end}`;
}

/** A `T` line for a needle (or several needles: a discontinuous span). */
export function tLine(id: string, label: string, text: string, ...needles: Needle[]): string {
  const spans = needles.map((needle) => spanOf(text, needle));
  return `${id}\t${label} ${spans.map((span) => `${span.start} ${span.end}`).join(';')}\t${spans.map((span) => span.text).join(' ')}`;
}

export interface FakeBratClaim {
  source?: Needle | null;
  cue?: Needle | null;
  content?: Needle[];
}

/** An Extraction whose claims have the given spans (everything else is filler). */
export function fakeBratExtraction(text: string, claims: readonly FakeBratClaim[]): Extraction {
  return {
    schemaVersion: '1.0.0',
    sentences: [{ start: 0, end: text.length, text, index: 0, paragraph: 0, kind: 'body' }],
    speakers: [],
    claims: claims.map((fake, index): Claim => {
      const cue = fake.cue === undefined || fake.cue === null ? null : spanOf(text, fake.cue);
      return makeClaim(index, {
        source: fake.source === undefined || fake.source === null ? null : spanOf(text, fake.source),
        cue: cue === null ? null : { ...cue, lemma: cue.text.toLowerCase() },
        content: (fake.content ?? []).map((needle) => spanOf(text, needle)),
      });
    }),
    messages: [],
  };
}

/** Writes DIR/text/NAME.txt and DIR/attributions/ANN files; returns DIR. */
export function writeBratFolder(files: { texts?: Record<string, string>; anns?: Record<string, string> }, prefix = 'claimex-brat-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (const [name, content] of Object.entries(files.texts ?? {})) writeFileSync(join(dir, 'text', name), content);
  for (const [name, content] of Object.entries(files.anns ?? {})) writeFileSync(join(dir, 'attributions', name), content);
  return dir;
}
