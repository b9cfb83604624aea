import { describe, expect, it } from 'vitest';
import { alignGoldSentences, trimSentenceSpan } from '../../src/eval/align.js';
import { claimLine, fakeExtraction, furnitureLine, goldArticle, sentenceAt } from './fixtures.js';

// The gold folds the newline and the double space inside the second sentence.
const TEXT = 'CGTN\n\nThe ministry said\nit  agreed. Wang stressed that talks go on.\n';
const GOLD = goldArticle('a', TEXT, [
  furnitureLine('CGTN'),
  claimLine('The ministry said it agreed.'),
  claimLine('Wang stressed that talks go on.'),
]);

describe('gold sentences located with folded whitespace', () => {
  it('records trimmed offsets in the text', () => {
    expect(GOLD.sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'CGTN',
      'The ministry said\nit  agreed.',
      'Wang stressed that talks go on.',
    ]);
  });
});

describe('trimSentenceSpan', () => {
  it('drops surrounding whitespace', () => {
    const sentence = { ...sentenceAt(TEXT, '\n\nThe ministry said\nit  agreed. '), index: 0 };
    expect(trimSentenceSpan(sentence)).toEqual({ start: 6, end: 35 });
  });
});

describe('alignGoldSentences', () => {
  const cases = [
    {
      name: 'one predicted sentence per gold sentence, with surrounding whitespace',
      sentences: [
        { sentence: sentenceAt(TEXT, 'CGTN\n\n', 'boilerplate') },
        { sentence: sentenceAt(TEXT, 'The ministry said\nit  agreed. ') },
        { sentence: sentenceAt(TEXT, 'Wang stressed that talks go on.\n') },
      ],
      segmentedRight: [true, true, true],
      best: [0, 1, 2],
    },
    {
      name: 'a gold sentence split in two: best is the larger piece',
      sentences: [
        { sentence: sentenceAt(TEXT, 'CGTN') },
        { sentence: sentenceAt(TEXT, 'The ministry said') },
        { sentence: sentenceAt(TEXT, 'it  agreed.') },
        { sentence: sentenceAt(TEXT, 'Wang stressed that talks go on.') },
      ],
      segmentedRight: [true, false, true],
      best: [0, 1, 3],
    },
    {
      name: 'two gold sentences merged into one predicted sentence',
      sentences: [
        { sentence: sentenceAt(TEXT, 'CGTN') },
        { sentence: sentenceAt(TEXT, 'The ministry said\nit  agreed. Wang stressed that talks go on.') },
      ],
      segmentedRight: [true, false, false],
      best: [0, 1, 1],
    },
    {
      name: 'the same span predicted twice is not one sentence',
      sentences: [{ sentence: sentenceAt(TEXT, 'CGTN') }, { sentence: sentenceAt(TEXT, 'CGTN') }],
      segmentedRight: [false, false, false],
      best: [0, null, null],
    },
    { name: 'no predicted sentences', sentences: [], segmentedRight: [false, false, false], best: [null, null, null] },
  ];
  it.each(cases)('$name', ({ sentences, segmentedRight, best }) => {
    const aligned = alignGoldSentences(GOLD.sentences, fakeExtraction(sentences));
    expect(aligned.map((a) => a.segmentedRight)).toEqual(segmentedRight);
    expect(aligned.map((a) => a.bestIndex)).toEqual(best);
    expect(aligned.map((a) => a.index)).toEqual([0, 1, 2]);
  });

  it('takes the claims of the best overlapping sentence, in extraction order', () => {
    const extraction = fakeExtraction([
      { sentence: sentenceAt(TEXT, 'CGTN') },
      { sentence: sentenceAt(TEXT, 'The ministry'), claims: [{ type: 'hope' }] },
      { sentence: sentenceAt(TEXT, 'said\nit  agreed.'), claims: [{ type: 'action', speaker: 'A' }, { type: 'statement', speaker: 'B' }] },
    ]);
    const aligned = alignGoldSentences(GOLD.sentences, extraction);
    expect(aligned[1]?.overlapping.map((o) => o.index)).toEqual([1, 2]);
    expect(aligned[1]?.claims.map((c) => c.speaker?.name)).toEqual(['A', 'B']);
    expect(aligned[0]?.claims).toEqual([]);
    expect(aligned[2]?.best).toBeNull();
  });
});
