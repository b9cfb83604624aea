/** Each entry of src/lexicons/segmentation.ts keeps a line or sentence from ending on it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { danglingWords } from '../../src/lexicons/segmentation.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { buildDoc, lineKinds, sentenceTexts, duplicatesOf } from '../helpers/pipeline.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

describe('danglingWords: a line that ends on an entry runs on into the next', () => {
  it.each(danglingWords.map((word) => [word] as const))('%j', (word) => {
    const text = `The letter was sent ${word}\nthe mayor of the town yesterday.\nThe ferry sailed at noon.`;
    expect(lineKinds(text).map(([line]) => line)).toEqual([`The letter was sent ${word}\nthe mayor of the town yesterday.`, 'The ferry sailed at noon.']);
    expect(sentenceTexts(buildDoc(tokenize, text))).toEqual([`The letter was sent ${word}\nthe mayor of the town yesterday.`, 'The ferry sailed at noon.']);
  });

  it('in capitals too', () => {
    expect(lineKinds('REMARKS BY\nMAYOR RUTH ALLEN\nThank you.').map(([line]) => line)).toEqual(['REMARKS BY\nMAYOR RUTH ALLEN', 'Thank you.']);
  });

  it('a line that ends on another word does not run on', () => {
    expect(lineKinds('The letter was sent\nthe mayor read it.').map(([line]) => line)).toEqual(['The letter was sent', 'the mayor read it.']);
  });

  it('has no duplicates and is lower case', () => {
    expect(duplicatesOf(danglingWords)).toEqual([]);
    expect(danglingWords.filter((word) => word !== word.toLowerCase())).toEqual([]);
  });
});
