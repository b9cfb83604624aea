import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

describe('createExtractor', () => {
  // The first text teaches wink-nlp's lexicon "Halloway's" whole; read after it, the
  // second text used to be tokenized, and so extracted (the actor), differently than alone.
  it.each([['The plan was Halloway’s.', 'Senator Brand then interjected, calling Halloway’s proposed credit “a welfare payment.”']])('extracts a text the same after %j as alone', (taught, text) => {
    const alone = createExtractor().extract(text);
    const extractor = createExtractor();
    extractor.extract(taught);
    expect(extractor.extract(text)).toStrictEqual(alone);
  });
});

describe('the order of claims', () => {
  const text =
    'Asked about the pier, the spokesperson said it would reopen in May, adding that the ferries would run.\n\nThe council met on Monday. “We checked,” Ruth Allen said.\n';

  it('goes sentence by sentence in reading order', () => {
    const sentences = createExtractor().extract(text).claims.map((claim) => claim.sentence);
    expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
    expect(new Set(sentences)).toEqual(new Set([0, 1, 2]));
  });

  it('puts a sentence\'s main claim first, before a question asked of its speaker and a participle after it', () => {
    const first = createExtractor().extract(text).claims.filter((claim) => claim.sentence === 0);
    expect(first.map((claim) => claim.cue?.text)).toEqual(['said', 'adding', 'Asked']);
  });
});
