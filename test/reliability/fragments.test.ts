/**
 * Real text cut anywhere: a pipeline that feeds claimex article fragments (a paragraph, a
 * search hit, a truncated feed item) hands it sentences without their full stop, quotes
 * without their closing mark and news-style ''doubled'' quote marks. Each fragment must
 * extract without throwing and keep the output contract. The articles are the team's own
 * corpus/ and, when ../shared is beside the checkout, the first PolNeAR dev articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { ROOT } from '../cli/built-cli.js';
import { checkExtraction, corpusArticles } from './invariants.js';

const POLNEAR_DEV = join(ROOT, '..', 'shared', 'corpus', 'polnear', 'dev', 'text');
const POLNEAR_ARTICLES = 84;
const CUTS_PER_ARTICLE = 12;

function polnearArticles(): Array<[string, string]> {
  if (!existsSync(POLNEAR_DEV)) return [];
  return readdirSync(POLNEAR_DEV)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, POLNEAR_ARTICLES)
    .map((name) => [name, readFileSync(join(POLNEAR_DEV, name), 'utf8')]);
}

/** A small deterministic generator, so that a failure names a fragment that can be replayed. */
function positions(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Fragments of `text`: a stretch, a prefix, the stretch without sentence ends, the stretch with ''doubled'' quote marks. */
function fragments(text: string, seed: number): string[] {
  const next = positions(seed);
  const out: string[] = [];
  for (let k = 0; k < CUTS_PER_ARTICLE; k += 1) {
    const start = Math.floor(next() * text.length);
    const end = Math.min(text.length, start + 50 + Math.floor(next() * 600));
    const stretch = text.slice(start, end);
    out.push(stretch, text.slice(0, end), stretch.replace(/[.!?]/g, ''), stretch.replace(/["“”]/g, "''"));
  }
  return out;
}

describe('extract on fragments of real articles', () => {
  const extractor = createExtractor();
  it.each([...corpusArticles(), ...polnearArticles()].map(([name, text], index) => [name, text, index] as const))(
    '%s, cut anywhere, keeps the contract',
    (name, text, index) => {
      for (const fragment of fragments(text, index + 1)) {
        try {
          checkExtraction(fragment, extractor.extract(fragment));
        } catch (err) {
          throw new Error(`${name}: ${(err as Error).message}\nfragment: ${JSON.stringify(fragment)}`, { cause: err });
        }
      }
    },
  );
});
