import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { indexNames } from '../../src/resolve/names.js';
import { buildDoc } from '../helpers/pipeline.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

/** Each indexed name as [canonical name, kind, the text it was read from, opens its sentence]. */
function names(text: string): Array<[string, string, string, boolean]> {
  return indexNames(buildDoc(tokenize, text)).map((name) => [name.info.name, name.info.kind, text.slice(name.start, name.end), name.opensSentence]);
}

describe('indexNames: the people and organisations an article names', () => {
  it.each<[string, string, Array<[string, string, string, boolean]>]>([
    [
      'a titled person opening a sentence',
      'Gov. Laura Whitcomb vetoed the bill on Friday.',
      [['Laura Whitcomb', 'person', 'Gov. Laura Whitcomb', true]],
    ],
    [
      'two people in narration',
      'President Ruth Allen met Vice President Tom Price on Monday.',
      [
        ['Ruth Allen', 'person', 'President Ruth Allen', true],
        ['Tom Price', 'person', 'Vice President Tom Price', false],
      ],
    ],
    [
      'an organisation joined by "of"',
      'The quotas were set by the Ministry of Fisheries in May.',
      [['Ministry of Fisheries', 'organization', 'Ministry of Fisheries', false]],
    ],
    ['a lone surname is not indexed', 'Whitcomb vetoed the bill.', []],
    ['a name with a suffix', 'Tom Price, Jr. spoke first.', [['Tom Price, Jr.', 'person', 'Tom Price, Jr.', true]]],
    [
      'an "of" before a person\'s title joins no name',
      'Readout of President Ruth M. Allen, Jr. Call with Mayor Tom Price of Harbour Town',
      [
        ['Ruth M. Allen, Jr.', 'person', 'President Ruth M. Allen, Jr.', false],
        ['Tom Price', 'person', 'Mayor Tom Price of Harbour Town', false],
      ],
    ],
    [
      'an "of" before other capitalised words still joins',
      'The Minister of Foreign Affairs Retno Halim met the press on Friday.',
      [['Retno Halim', 'person', 'Minister of Foreign Affairs Retno Halim', true]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('furniture lines are not indexed', () => {
    expect(names('Harbour Town to reopen pier\nBy Jane Doe\nThe council met.')).not.toContainEqual(expect.arrayContaining(['Jane Doe']));
  });
});
