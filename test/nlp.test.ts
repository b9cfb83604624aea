import { describe, expect, it } from 'vitest';
import { loadTokenizer } from '../src/nlp.js';

const values = (tokens: ReturnType<ReturnType<typeof loadTokenizer>>) => tokens.map((t) => `${t.value}/${t.pos}`);

describe('loadTokenizer', () => {
  // Each first text teaches wink-nlp's lexicon a word whole ("Halloway’s" before a full
  // stop); read before the second, it used to keep that word whole there too.
  it.each([
    ['The decision was Halloway’s.', 'He cited Halloway’s proposed tax credit.'],
    ['A Brenton’s, then more.', 'Brenton’s statement came late.'],
    ['It is the mayor’s.', 'The mayor’s office said nothing.'],
  ])('tokenizes a text the same after %j as alone', (taught, text) => {
    const alone = values(loadTokenizer()(text));
    const tokenize = loadTokenizer();
    tokenize(taught);
    expect(values(tokenize(text))).toStrictEqual(alone);
  });

  it('tokenizes the same after loading a new instance when the lexicon has learned its limit', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `Senator Qx${i}ambrel’s aide said on ${i} May that Vrell${i}’s plan was Qx${i}ambrel’s.`);
    const small = loadTokenizer({ maxLearnedWords: 5 });
    for (const text of texts) expect(values(small(text)), text).toStrictEqual(values(loadTokenizer()(text)));
  });
});
