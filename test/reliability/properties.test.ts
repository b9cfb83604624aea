/**
 * Property tests of the output contract (see invariants.ts) over arbitrary strings and
 * over damaged corpus articles.
 *
 * In `npm test` they run a bounded number of cases from a fixed seed, so a run is fast
 * and repeatable. `npm run fuzz` runs the same properties with FUZZ_RUNS cases each and,
 * unless FUZZ_SEED is set, a fresh seed (printed, so that a failure can be replayed with
 * `FUZZ_SEED=<seed> npm run fuzz`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractClaims } from '../../src/index.js';
import { arbitraryText, mutate, mutation, newsSoup } from './arbitraries.js';
import { corpusArticles, extractAndCheck } from './invariants.js';

const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const FIXED_SEED = 20_251_128;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZ_RUNS ? Date.now() % 2 ** 31 : FIXED_SEED;
if (FUZZ_RUNS) console.log(`claimex fuzz: ${FUZZ_RUNS} runs per property, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);

/** fast-check parameters: `base` runs in `npm test`; in `npm run fuzz`, FUZZ_RUNS times `share`. */
function params(base: number, share = 1): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: FUZZ_RUNS === undefined ? base : Math.max(1, Math.round(FUZZ_RUNS * share)) };
}

/** Longer inputs when fuzzing. */
const MAX_LENGTH = FUZZ_RUNS === undefined ? 400 : 3000;
const MAX_PIECES = FUZZ_RUNS === undefined ? 120 : 800;

const articles = corpusArticles();
const extract = (text: string) => extractClaims(text);

describe('extractClaims on arbitrary strings', () => {
  it('never throws and keeps the contract', () => {
    fc.assert(
      fc.property(arbitraryText(MAX_LENGTH), (text) => {
        extractAndCheck(extract, text);
      }),
      params(250),
    );
  });

  it('keeps the contract on news-like soups of words, quotes, newlines, emoji and other scripts', () => {
    fc.assert(
      fc.property(newsSoup(MAX_PIECES), (text) => {
        extractAndCheck(extract, text);
      }),
      params(500),
    );
  });
});

describe('extractClaims on damaged corpus articles', () => {
  it(`reads ${articles.length} corpus articles`, () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it('keeps the contract on every article as it is, and a second extractor agrees', () => {
    const other = createExtractor();
    for (const [name, text] of articles) {
      const result = extractAndCheck(extract, text);
      expect(result.claims.length, name).toBeGreaterThan(0);
      expect(other.extract(text), name).toStrictEqual(result);
    }
  });

  it('keeps the contract after deleted or doubled characters, swapped quote marks, inserted newlines, emoji and other scripts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(mutation, { minLength: 1, maxLength: 12 }), ([, text], changes) => {
        extractAndCheck(extract, mutate(text, changes));
      }),
      params(150),
    );
  });

  it('keeps the contract when whole articles are joined with damage in between', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...articles), { minLength: 2, maxLength: 3 }), fc.array(mutation, { maxLength: 6 }), (picked, changes) => {
        extractAndCheck(extract, mutate(picked.map(([, text]) => text).join('\n'), changes));
      }),
      params(30, 0.2),
    );
  });
});
