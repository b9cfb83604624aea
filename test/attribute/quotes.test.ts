import { beforeAll, describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/attribute/quotes.js';
import type { Doc } from '../../src/document.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { buildDoc } from '../helpers/pipeline.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

/** Each quote as [the words inside its marks, its chain]. */
function quotesOf(text: string): { doc: Doc; quotes: Array<[string, number]> } {
  const doc = buildDoc(tokenize, text);
  const { quotes } = findQuotes(doc);
  return {
    doc,
    quotes: quotes.map((quote) => {
      const inner = doc.tokens.slice(quote.open + 1, quote.close);
      return [inner.length > 0 ? text.slice(inner[0]!.start, inner[inner.length - 1]!.end) : '', quote.chain];
    }),
  };
}

describe('findQuotes: quoted passages', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['straight quotes', '"The pier is ready," the mayor said.', [['The pier is ready,', 0]]],
    ['curly quotes', '“The pier is ready,” the mayor said.', [['The pier is ready,', 0]]],
    ['guillemets', '«The pier is ready,» the mayor said.', [['The pier is ready,', 0]]],
    ['a quote after a colon', 'The mayor said: "We will open the pier."', [['We will open the pier.', 0]]],
    ['an opening mark turned the wrong way closes by its spaces', '“The pier is ready,“ said the mayor. “We open in May.”', [['The pier is ready,', 0], ['We open in May.', 1]]],
    ['a closing mark turned the wrong way opens by its spaces', 'The mayor called it ”a disgrace” on Monday.', [['a disgrace', 0]]],
    [
      'a quote split by its cue gives two quotes, two chains',
      '"The pier," the mayor said, "is safe."',
      [
        ['The pier,', 0],
        ['is safe.', 1],
      ],
    ],
    [
      'two short quotes in one sentence',
      'She called it "a good day" and "a fresh start" for the town.',
      [
        ['a good day', 0],
        ['a fresh start', 1],
      ],
    ],
    ['doubled apostrophes', "''The pier is ready,'' the mayor said.", [['The pier is ready,', 0]]],
    ['doubled apostrophes closing after a single quote', "''We heard 'not yet,''' the mayor said.", [["We heard 'not yet,'", 0]]],
    ['doubled apostrophes opening before a single quote', "The mayor said: '''Not yet' was the answer.''", [["'Not yet' was the answer.", 0]]],
    ['single quotes are not quotations', '‘Single quotes’ are not counted, she said.', []],
    ['an apostrophe is not a quote', "The mayor's pier isn't ready, she said.", []],
    ['no quote marks, no quotes', 'The mayor said the pier is ready.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text).quotes).toEqual(expected);
  });
});

describe('findQuotes: quotes over paragraphs', () => {
  it('a quote reopened at each new paragraph and closed only at the end is one chain', () => {
    const text = 'The mayor said: "We will open the pier.\n"It has taken two years.\n"We are proud of it."\nThe crowd cheered.';
    const { doc, quotes } = quotesOf(text);
    expect(quotes).toEqual([
      ['We will open the pier.', 0],
      ['It has taken two years.', 0],
      ['We are proud of it.', 0],
    ]);
    expect(doc.messages).toEqual([]);
  });

  it('a reopened quote with curly marks is one chain', () => {
    const text = '“We will open the pier.\n“It has taken two years.”\nThe crowd cheered.';
    expect(quotesOf(text).quotes).toEqual([
      ['We will open the pier.', 0],
      ['It has taken two years.', 0],
    ]);
  });

  it('quotes closed in their own paragraphs are separate chains', () => {
    const text = '"We will open the pier," she said.\n"It has taken two years," he said.';
    expect(quotesOf(text).quotes).toEqual([
      ['We will open the pier,', 0],
      ['It has taken two years,', 1],
    ]);
  });

  it('every token inside a quote points to it, and no token outside does', () => {
    const text = 'She said "the pier is safe" on Friday.';
    const doc = buildDoc(tokenize, text);
    const { quoteOf } = findQuotes(doc);
    const inside = doc.tokens.filter((_token, i) => quoteOf[i] === 0).map((token) => token.value);
    const outside = doc.tokens.filter((_token, i) => quoteOf[i] === -1).map((token) => token.value);
    expect(inside).toEqual(['the', 'pier', 'is', 'safe']);
    expect(outside).toEqual(['She', 'said', '"', '"', 'on', 'Friday', '.']);
  });
});

describe('findQuotes: diagnostics', () => {
  it('an unclosed quote yields an info diagnostic quote/unclosed at its opening mark', () => {
    const text = 'The mayor said: "We will open the pier.\nThe crowd cheered.';
    const { doc, quotes } = quotesOf(text);
    expect(quotes).toEqual([['We will open the pier.', 0]]);
    expect(doc.messages).toEqual([
      expect.objectContaining({ severity: 'info', ruleId: 'quote/unclosed', source: 'claimex', place: { start: 16, end: 17 } }),
    ]);
    expect(text.slice(16, 17)).toBe('"');
  });

  it('a quote left open in the last paragraph is unclosed too', () => {
    const { doc } = quotesOf('The crowd cheered.\nThe mayor said: “We will open the pier.');
    expect(doc.messages.map((message) => message.ruleId)).toEqual(['quote/unclosed']);
  });

  it('closed quotes raise no diagnostic', () => {
    expect(quotesOf('“We will open the pier,” the mayor said.').doc.messages).toEqual([]);
  });
});

describe('findQuotes: a closing mark with odd spaces', () => {
  it('closes an open quote and opens none: "closed ”said Allen"', () => {
    const { quotes } = quotesOf('“The pier is closed ”said Allen, adding that crews left.');
    expect(quotes).toEqual([['The pier is closed', 0]]);
  });
});

describe('findQuotes: a closing-shaped mark that opens a paragraph', () => {
  it('opens a quote when a mark follows in the paragraph: "” … the pier is safe,” she wrote."', () => {
    expect(quotesOf('The mayor spoke.\n\n” … the pier is safe,” she wrote.').quotes).toEqual([['… the pier is safe,', 0]]);
  });

  it('opens nothing when the next mark opens a quote of its own: a stray mark', () => {
    expect(quotesOf('The mayor spoke.\n\n” Ann Lee left. She called the plan “reckless.”').quotes).toEqual([['reckless.', 0]]);
  });

  it('opens nothing when it is the paragraph\'s only mark', () => {
    expect(quotesOf('The mayor spoke.\n\n” The pier is safe, she wrote.').quotes).toEqual([]);
  });
});
