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
