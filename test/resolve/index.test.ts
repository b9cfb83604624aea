import { beforeAll, describe, expect, it } from 'vitest';
import { compileCues, type CueMatcher } from '../../src/attribute/index.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import type { Speaker } from '../../src/types.js';
import { buildSpeakers } from '../helpers/pipeline.js';

let tokenize: Tokenize;
let matchCue: CueMatcher;
beforeAll(() => {
  tokenize = loadTokenizer();
  matchCue = compileCues();
});

/** The speakers found, and per frame with a source, the name of the speaker it resolved to. */
function resolve(text: string): { speakers: Speaker[]; bySentence: Array<[string, string | null]> } {
  const { doc, frames, resolution } = buildSpeakers(tokenize, matchCue, text);
  const names = new Map(resolution.speakers.map((speaker) => [speaker.id, speaker.name]));
  const bySentence = frames.flatMap((frame, index): Array<[string, string | null]> => {
    if (!frame.source) return [];
    const [start, end] = frame.source;
    const mention = doc.text.slice(doc.tokens[start]!.start, doc.tokens[end - 1]!.end);
    const id = resolution.speakerOf[index];
    return [[mention, id ? names.get(id) ?? null : null]];
  });
  return { speakers: resolution.speakers, bySentence };
}

describe('resolveSpeakers: one speaker, many mentions', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'full name, surname, pronoun and role noun',
      'Foreign Ministry spokesperson Wang Wenbin said the pier is safe.\nWang added that the talks will resume.\nHe stressed that the ban will be lifted.\nThe spokesperson said the crew is ready.',
      [
        ['Foreign Ministry spokesperson Wang Wenbin', 'Wang Wenbin'],
        ['Wang', 'Wang Wenbin'],
        ['He', 'Wang Wenbin'],
        ['The spokesperson', 'Wang Wenbin'],
      ],
    ],
    [
      'a surname seen before the full name gets the full name',
      'Wang said the pier is safe.\nForeign Ministry spokesperson Wang Wenbin later added that the talks will resume.',
      [
        ['Wang', 'Wang Wenbin'],
        ['Foreign Ministry spokesperson Wang Wenbin', 'Wang Wenbin'],
      ],
    ],
    [
      'a title with a participle before the name, then the surname',
      'Harbour Board acting chair Ann Lee said the pier is unsafe.\nLee said it would close in May.',
      [
        ['Harbour Board acting chair Ann Lee', 'Ann Lee'],
        ['Lee', 'Ann Lee'],
      ],
    ],
    [
      'a surname whose full name appears only in narration',
      'Gov. Laura Whitcomb vetoed the bill on Friday.\nWhitcomb said the bill was rushed.',
      [['Whitcomb', 'Laura Whitcomb']],
    ],
    [
      'a pronoun takes the person who opened the sentence before',
      'Mayor Ruth Allen spoke on Monday. She said the pier is safe.',
      [['She', 'Ruth Allen']],
    ],
    [
      'a pronoun takes the latest person heard',
      'Ruth Allen met the crew. Tom Price said the beams are sound. He said the crew is ready.',
      [
        ['Tom Price', 'Tom Price'],
        ['He', 'Tom Price'],
      ],
    ],
    [
      'a role takes the fullest form of the name the article gives, even in its headline',
      'Readout of President Ruth M. Allen, Jr. Call with Mayor Tom Price\n\nPresident Allen spoke with Mayor Tom Price on Monday. The President said the pier is safe.',
      [['The President', 'Ruth M. Allen, Jr.']],
    ],
    [
      '"it" takes the organisation',
      'The council said the pier is safe. It said the ferry will sail in May.',
      [
        ['The council', 'council'],
        ['It', 'council'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    const { speakers, bySentence } = resolve(text);
    expect(bySentence).toEqual(expected);
    expect(new Set(expected.map(([, name]) => name)).size).toBe(speakers.length);
  });
});

describe('resolveSpeakers: titles, organisations and ranks', () => {
  it('"Foreign Ministry spokesperson Wang Wenbin" is Wang Wenbin, spokesperson of the Foreign Ministry', () => {
    const { speakers } = resolve('Foreign Ministry spokesperson Wang Wenbin said the pier is safe.');
    expect(speakers).toEqual([
      {
        id: 's1',
        name: 'Wang Wenbin',
        kind: 'person',
        title: 'spokesperson',
        organization: 'Foreign Ministry',
        mentions: [{ start: 0, end: 41, text: 'Foreign Ministry spokesperson Wang Wenbin' }],
      },
    ]);
  });

  it('"the President" and "the Vice President" are two people', () => {
    const text = 'President Ruth Allen met Vice President Tom Price on Monday.\nThe President said the pier is safe.\nThe Vice President said the talks will resume.';
    const { speakers, bySentence } = resolve(text);
    expect(bySentence).toEqual([
      ['The President', 'Ruth Allen'],
      ['The Vice President', 'Tom Price'],
    ]);
    expect(speakers.map((speaker) => [speaker.name, speaker.title])).toEqual([
      ['Ruth Allen', 'President'],
      ['Tom Price', 'Vice President'],
    ]);
  });

  it('"the ministry" is the Ministry named earlier', () => {
    const text = 'The Ministry of Fisheries announced new quotas on Monday.\nWang Wenbin said the quotas are fair.\nThe ministry said the quotas will protect the stocks.';
    const { bySentence } = resolve(text);
    expect(bySentence).toEqual([
      ['The Ministry of Fisheries', 'Ministry of Fisheries'],
      ['Wang Wenbin', 'Wang Wenbin'],
      ['The ministry', 'Ministry of Fisheries'],
    ]);
  });

  it('"the ministry" is the Ministry named in narration', () => {
    const text = 'New quotas were set by the Ministry of Fisheries in May.\nThe ministry said the quotas will protect the stocks.';
    expect(resolve(text).bySentence).toEqual([['The ministry', 'Ministry of Fisheries']]);
  });

  it('a name inside a surname\'s own aside is someone else\'s, not the surname\'s fuller form', () => {
    const { bySentence } = resolve('Allen, the daughter of former Mayor John Allen, said the pier is safe.');
    expect(bySentence).toEqual([['Allen, the daughter of former Mayor John Allen', 'Allen']]);
  });

  it.each<[string, string, string]>([
    ['a surname speaker', 'Allen, the daughter of former Mayor John Allen, said the pier is safe.\nAllen added that it will open in May.', 'Allen'],
    ['a full-named speaker', 'Mary Allen, the daughter of former Mayor John Allen, said the pier is safe.\nAllen added that it will open in May.', 'Mary Allen'],
  ])('a surname met again after %s\'s aside is that speaker, not the name in the aside', (_name, text, speaker) => {
    expect(resolve(text).bySentence.map(([, name]) => name)).toEqual([speaker, speaker]);
  });

  it('a fuller name earlier in the text still names the surname', () => {
    const { bySentence } = resolve('Ruth Allen opened the pier.\nAllen, a former sailor, said it is safe.');
    expect(bySentence).toEqual([['Allen, a former sailor', 'Ruth Allen']]);
  });

  it('an apposition gives the title', () => {
    const { speakers } = resolve('Hugh Hill, a doctor, said the water is clean.');
    expect(speakers).toMatchObject([{ name: 'Hugh Hill', kind: 'person', title: 'doctor' }]);
  });
});

describe('resolveSpeakers: groups', () => {
  it.each<[string, string, Array<[string, string | null]>, Array<[string, string]>]>([
    [
      'a group keeps the phrase as written',
      'The two leaders said the talks were useful.',
      [['The two leaders', 'The two leaders']],
      [['The two leaders', 'group']],
    ],
    [
      'the same group phrase again is the same speaker; another group phrase is another',
      'The two leaders said the talks were useful.\nBoth sides said the talks went well.\nThe two leaders said they will meet again.',
      [
        ['The two leaders', 'The two leaders'],
        ['Both sides', 'Both sides'],
        ['The two leaders', 'The two leaders'],
      ],
      [
        ['The two leaders', 'group'],
        ['Both sides', 'group'],
      ],
    ],
    [
      '"they" takes the group',
      'The two leaders said the talks were useful.\nThey said the next round will be in May.',
      [
        ['The two leaders', 'The two leaders'],
        ['They', 'The two leaders'],
      ],
      [['The two leaders', 'group']],
    ],
  ])('%s', (_name, text, expected, speakers) => {
    const found = resolve(text);
    expect(found.bySentence).toEqual(expected);
    expect(found.speakers.map((speaker) => [speaker.name, speaker.kind])).toEqual(speakers);
  });
});

describe('resolveSpeakers: mentions', () => {
  it('every source mention is listed on its speaker, with offsets into the text', () => {
    const text = 'Harbour Town to reopen pier\n\nForeign Ministry spokesperson Wang Wenbin said the pier is safe.\n"It is ready," he said.\nThe ferry sailed at noon.\nThe spokesperson added that the talks will resume.\nAccording to Wang, the ferry will sail in May.';
    const { doc, frames, resolution } = buildSpeakers(tokenize, matchCue, text);
    expect(resolution.speakers).toHaveLength(1);
    const [speaker] = resolution.speakers;
    expect(speaker!.mentions.map((mention) => mention.text)).toEqual(['Foreign Ministry spokesperson Wang Wenbin', 'he', 'The spokesperson', 'Wang']);
    for (const mention of speaker!.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    const sources = frames.flatMap((frame) => (frame.source ? [doc.text.slice(doc.tokens[frame.source[0]]!.start, doc.tokens[frame.source[1] - 1]!.end)] : []));
    expect(sources).toEqual(speaker!.mentions.map((mention) => mention.text));
  });

  it('a frame that inherits its speaker adds no mention', () => {
    const { resolution } = buildSpeakers(tokenize, matchCue, 'The pier is safe, Wang noted, adding that it will open in May.');
    expect(resolution.speakers.map((speaker) => speaker.mentions.map((mention) => mention.text))).toEqual([['Wang']]);
    expect(resolution.speakerOf).toEqual(['s1', 's1']);
  });

  it('a second claim after a source with an aside adds no mention', () => {
    const { resolution } = buildSpeakers(tokenize, matchCue, '"The pier is safe," said Paul Reyes, a lawyer, adding that it will open in May.');
    expect(resolution.speakers.map((speaker) => speaker.mentions.length)).toEqual([1]);
  });

  it('narration makes no speaker', () => {
    const { resolution } = buildSpeakers(tokenize, matchCue, 'The council met on Tuesday.\nThe ferry sailed at noon.');
    expect(resolution.speakers).toEqual([]);
    expect(resolution.speakerOf.every((id) => id === null)).toBe(true);
  });
});

describe('resolveSpeakers: the one a passive cue speaks to', () => {
  it('is who a later pronoun refers to, though no speaker of the passive claim', () => {
    expect(resolve('Hunt was asked about the pier on Monday.\nHe said it was safe.').bySentence).toEqual([['He', 'Hunt']]);
  });

  it('is no speaker when never heard from', () => {
    const { speakers } = resolve('Tom Hunt was asked about the pier on Monday.\nAnn Lee said it was safe.');
    expect(speakers.map((speaker) => [speaker.id, speaker.name])).toEqual([['s1', 'Ann Lee']]);
  });
});
