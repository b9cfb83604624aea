import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Extraction, type Span } from '../../src/index.js';
import { evaluateGoldFolder } from '../../src/eval/index.js';
import { expectValidExtraction } from '../helpers/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = join(root, 'corpus');
const seedDir = join(root, '..', 'shared', 'corpus', 'seed');

/** Every line of a gold folder: each miss is named so that a failure says what went wrong. */
function expectEveryLineRight(dir: string): void {
  const report = evaluateGoldFolder(dir, (text) => {
    const extraction = extractClaims(text);
    expectValidExtraction(extraction, text.slice(0, 60));
    return extraction;
  });
  const misses = report.articles.flatMap((article) =>
    article.misses.map((miss) => `${miss.file}:${miss.line} ${miss.field}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(miss.got)} — ${miss.text.slice(0, 80)}`),
  );
  expect(misses).toEqual([]);
  expect(report.total.sentences).toBeGreaterThan(0);
}

function spansOf(extraction: Extraction): Span[] {
  const spans: Span[] = [...extraction.sentences];
  for (const speaker of extraction.speakers) spans.push(...speaker.mentions);
  for (const claim of extraction.claims) {
    for (const span of [claim.source, claim.cue, claim.actor, claim.target, ...claim.content]) if (span) spans.push(span);
  }
  return spans;
}

describe('corpus/ gold files', () => {
  it('has at least 12 articles, each with its gold file', () => {
    const texts = readdirSync(corpusDir).filter((name) => name.endsWith('.txt'));
    expect(texts.length).toBeGreaterThanOrEqual(12);
    for (const text of texts) expect(existsSync(join(corpusDir, text.replace(/\.txt$/, '.gold.jsonl')))).toBe(true);
  });

  it('comes out right on every line of every article', () => {
    expectEveryLineRight(corpusDir);
  });

  it('keeps every span an exact slice of the input', () => {
    for (const name of readdirSync(corpusDir).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(corpusDir, name), 'utf8');
      const extraction = extractClaims(text);
      expectValidExtraction(extraction, name);
      for (const span of spansOf(extraction)) {
        expect(span.end, name).toBeGreaterThanOrEqual(span.start);
        expect(text.slice(span.start, span.end), name).toBe(span.text);
      }
    }
  });
});

describe.runIf(existsSync(seedDir))('the seed article in ../shared/corpus/seed', () => {
  it('comes out exactly as its gold file says', () => {
    expectEveryLineRight(seedDir);
  });
});

if (!existsSync(seedDir)) {
  console.warn(`[claimex] ../shared/corpus/seed not found: the seed gold test is skipped.`);
}
