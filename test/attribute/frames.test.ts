/**
 * The sentence-level attribution rules of src/attribute/frames.ts, checked through the
 * public API: who is the source, by which cue, of which content, in which mode.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { ClaimMode } from '../../src/types.js';
import { expectValidExtraction } from '../helpers/schema.js';

interface Attribution {
  speaker: string | null;
  source: string | null;
  cue: string | null;
  content: string[];
  mode: ClaimMode;
}

function attributions(text: string): Attribution[] {
  const extraction = extractClaims(text);
  expectValidExtraction(extraction, text);
  return extraction.claims.map((claim) => ({
    speaker: claim.speaker?.name ?? null,
    source: claim.source?.text ?? null,
    cue: claim.cue?.text ?? null,
    content: claim.content.map((piece) => piece.text),
    mode: claim.mode,
  }));
}

function one(speaker: string | null, source: string | null, cue: string | null, content: string[], mode: ClaimMode): Attribution {
  return { speaker, source, cue, content, mode };
}

describe('attribute: a cue and a direct quote', () => {
  it.each<[string, string, Attribution[]]>([
    [
      'cue after the quote',
      '"The pier is safe," Ruth Allen said.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['The pier is safe'], 'direct')],
    ],
    [
      'cue after a curly quote, with the subject after the verb',
      '“The pier is safe,” said Ruth Allen.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['The pier is safe'], 'direct')],
    ],
    [
      'cue before the quote, with a colon',
      'Ruth Allen said: "The pier is safe."',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['The pier is safe'], 'direct')],
    ],
    [
      'cue between the pieces of one quote',
      '"The pier," Ruth Allen said, "is safe."',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['The pier', 'is safe'], 'direct')],
    ],
    [
      'cue between two full quoted clauses',
      '"The pier is safe," Allen said, "and the ferry will sail in May."',
      [one('Allen', 'Allen', 'said', ['The pier is safe', 'and the ferry will sail in May'], 'direct')],
    ],
    [
      'a time phrase after the cue',
      '"The pier is safe," Ruth Allen said on Friday.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['The pier is safe'], 'direct')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

// A content keeps its complementizer "that": it belongs to the reported clause (as PolNeAR marks contents).
describe('attribute: reported speech', () => {
  it.each<[string, string, Attribution[]]>([
    [
      'subject, cue, "that"-clause',
      'Foreign Ministry spokesperson Wang Wenbin stressed that the pier is safe.',
      [one('Wang Wenbin', 'Foreign Ministry spokesperson Wang Wenbin', 'stressed', ['that the pier is safe'], 'indirect')],
    ],
    ['subject, cue, bare clause', 'Ruth Allen said the pier is safe.', [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')]],
    [
      'an addressee wink misreads and a time before "that"',
      'Ruth Allen told The Associated Press on Friday that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'told', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a place before "that"',
      'Ruth Allen said at a meeting in Port Ellis, Maine, that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a trailing phrase naming the medium of the report',
      'Ruth Allen said the pier is safe in a statement on Friday.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a medium noun that is no trailing phrase stays in the content',
      'Ruth Allen said the pier is safe in a statement that the council published.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe in a statement that the council published'], 'indirect')],
    ],
    [
      'a relative "that" stays in the content',
      'Ruth Allen proposed a rule last month that would close the pier.',
      [one('Ruth Allen', 'Ruth Allen', 'proposed', ['a rule last month that would close the pier'], 'indirect')],
    ],
    ['"..., Wang stressed."', 'The pier is safe, Wang stressed.', [one('Wang', 'Wang', 'stressed', ['The pier is safe'], 'indirect')]],
    ['", said Smith."', 'The pier is safe, said Smith.', [one('Smith', 'Smith', 'said', ['The pier is safe'], 'indirect')]],
    [
      'a time phrase between subject and cue',
      'The mayor on Friday said the pier is safe.',
      [one('mayor', 'The mayor', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a colon introduction without quotes',
      'Ruth Allen said: the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      '"According to X, ..."',
      'According to Mayor Ruth Allen, the pier is safe.',
      [one('Ruth Allen', 'Mayor Ruth Allen', 'According to', ['the pier is safe'], 'indirect')],
    ],
    [
      '"..., according to X."',
      'The pier is safe, according to the Harbour Town council.',
      [one('Harbour Town council', 'the Harbour Town council', 'according to', ['The pier is safe'], 'indirect')],
    ],
    [
      'a multi-word cue',
      'Wang Wenbin pointed out that the pier is safe.',
      [one('Wang Wenbin', 'Wang Wenbin', 'pointed out', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a hope cue with a possessive',
      'Wang Wenbin expressed his hope that the talks will succeed.',
      [one('Wang Wenbin', 'Wang Wenbin', 'expressed his hope', ['that the talks will succeed'], 'indirect')],
    ],
    [
      'a partly quoted content is mixed',
      'Ruth Allen said the pier is "perfectly safe".',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is "perfectly safe"'], 'mixed')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

// The second claim names its source with the first one's mention, as PolNeAR marks participial cues.
describe('attribute: a second claim by the same source', () => {
  it.each<[string, string, Attribution[]]>([
    [
      '"..., X noted, adding that ..."',
      'The pier is safe, Wang noted, adding that it will open in May.',
      [one('Wang', 'Wang', 'noted', ['The pier is safe'], 'indirect'), one('Wang', 'Wang', 'adding', ['that it will open in May'], 'indirect')],
    ],
    [
      '"X noted that ..., adding that ..."',
      'Wang noted that the pier is safe, adding that it will open in May.',
      [one('Wang', 'Wang', 'noted', ['that the pier is safe'], 'indirect'), one('Wang', 'Wang', 'adding', ['that it will open in May'], 'indirect')],
    ],
    [
      '"..., X stressed, calling on ..."',
      'The pier is safe, Wang Wenbin stressed, calling on residents to use it.',
      [
        one('Wang Wenbin', 'Wang Wenbin', 'stressed', ['The pier is safe'], 'indirect'),
        one('Wang Wenbin', 'Wang Wenbin', 'calling on', ['residents to use it'], 'indirect'),
      ],
    ],
    [
      '"X said ..., adding ..." with the comma inside the quote',
      'Wang said the pier is "safe for everyone," adding that it will open in May.',
      [one('Wang', 'Wang', 'said', ['the pier is "safe for everyone'], 'mixed'), one('Wang', 'Wang', 'adding', ['that it will open in May'], 'indirect')],
    ],
    [
      '"X said ..., adding ..." with the comma inside a doubled-apostrophe quote',
      "Wang said the pier is ''safe for everyone,'' adding that it will open in May.",
      [one('Wang', 'Wang', 'said', ["the pier is ''safe for everyone"], 'mixed'), one('Wang', 'Wang', 'adding', ['that it will open in May'], 'indirect')],
    ],
    [
      '"X said ... and urged ..."',
      'Ruth Allen said the pier is safe and urged residents to use it.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect'), one('Ruth Allen', 'Ruth Allen', 'urged', ['residents to use it'], 'indirect')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    const found = attributions(text);
    expect(found).toEqual(expected);
    expect(new Set(extractClaims(text).claims.map((claim) => claim.speaker?.id)).size).toBe(1);
  });
});

describe('attribute: asides between the subject and its cue', () => {
  it.each<[string, string, Attribution[]]>([
    [
      'an apposition',
      'Hugh Hill, a doctor, said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill, a doctor', 'said', ['the water is clean'], 'indirect')],
    ],
    [
      'an apposition with a post-modifier',
      'Ruth Allen, the mayor of Harbour Town, said the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen, the mayor of Harbour Town', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a "who" clause',
      'Hugh Hill, who runs the clinic, said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill, who runs the clinic', 'said', ['the water is clean'], 'indirect')],
    ],
    [
      'a bracketed aside',
      'Hugh Hill (a local doctor) said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill', 'said', ['the water is clean'], 'indirect')],
    ],
    [
      'an adverb',
      'Hugh Hill also said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill', 'said', ['the water is clean'], 'indirect')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('attribute: coordinated cues', () => {
  it('a cue in the second of two verbs shares the subject', () => {
    expect(attributions('The two ministers reviewed cooperation and looked forward to closer ties.')).toEqual([
      one('The two ministers', 'The two ministers', 'looked forward to', ['closer ties'], 'indirect'),
    ]);
  });

  it.each<[string, string, string, string]>([
    ['any noun phrase as the subject', 'Both ferry crews stopped work on Monday and said the pier was unsafe.', 'Both ferry crews', 'the pier was unsafe'],
    ['after "but" and a fronted phrase', 'In May, the harbour master closed the pier but said it would reopen soon.', 'the harbour master', 'it would reopen soon'],
    ['a subject with a post-modifier', 'A reporter for the Harbour Gazette spotted the mayor and said the pier was closed.', 'A reporter for the Harbour Gazette', 'the pier was closed'],
    ['after a fronted subordinate clause', 'When the storm came, the harbour master closed the pier and said it was unsafe.', 'the harbour master', 'it was unsafe'],
    ['with an auxiliary before the second verb', 'The harbour master has been a ferry pilot for years and has said the pier is unsafe.', 'The harbour master', 'the pier is unsafe'],
  ])('%s: %j', (_name, text, source, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue: 'said', content: [content] })]);
  });

  it.each<[string, string, string, string]>([
    ['a name after "and"', 'The crews met on Monday and Reyes said the talks were useful.', 'Reyes', 'the talks were useful'],
    ['a titled name after "and"', 'The two sides exchanged views on the ferry and Ms. Reyes said the pier must reopen.', 'Ms. Reyes', 'the pier must reopen'],
  ])('a second clause after "and" with its own subject: %s', (_name, text, source, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue: 'said', content: [content] })]);
  });

  it('a second clause after "and" and a phrase that names no speaker', () => {
    expect(attributions('They exchanged views on the situation in the harbour and Mr. Price highlighted the importance of reopening the pier.')).toEqual([
      expect.objectContaining({ source: 'Mr. Price', cue: 'highlighted', content: ['the importance of reopening the pier'] }),
    ]);
  });

  it('after a bare object, "and" with a finite cue is a second report by the same subject', () => {
    expect(attributions('The mayor called it a fine day for the harbour and said she hoped the pier would reopen.').map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['The mayor', 'called', ['it a fine day for the harbour']],
      ['The mayor', 'said', ['she hoped the pier would reopen']],
    ]);
  });

  it.each([
    ['an infinitive goes on', 'The mayor urged the board to stop the works and apologize to the crews.', ['the board to stop the works and apologize to the crews']],
    ['a clause after a time word keeps its "and"', 'The mayor said Sunday that she was glad the pier reopened and looks forward to the summer.', ['that she was glad the pier reopened and looks forward to the summer']],
  ])('no second report when %s', (_name, text, content) => {
    expect(attributions(text).map((claim) => claim.content)).toEqual([content]);
  });

  it('two parties joined by "and" stay one subject', () => {
    expect(attributions('Supporters of Reyes and Price said the pier must reopen.')).toEqual([
      expect.objectContaining({ source: 'Supporters of Reyes and Price', cue: 'said', content: ['the pier must reopen'] }),
    ]);
  });

  it('a cue after "to" is the content of a cue right before it, not a claim of its own', () => {
    expect(attributions('The mayor opened the pier on Friday, refusing to criticize the builders.').map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['The mayor', 'refusing', ['to criticize the builders']],
    ]);
  });

  it('a participle cue before the coordinated cue is a second claim of the same source', () => {
    const text = 'The mayor visited the quay, declaring it a great day for the town, and said the pier would reopen.';
    expect(attributions(text).map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['The mayor', 'said', ['the pier would reopen']],
      ['The mayor', 'declaring', ['it a great day for the town']],
    ]);
    expect(extractClaims(text).speakers.map((speaker) => speaker.mentions.length)).toEqual([1]);
  });
});

describe('attribute: a cue that reports only a clause', () => {
  it('"maintains that ..." is a report', () => {
    expect(attributions('The mayor maintains that the pier is safe.')[0]).toMatchObject({ cue: 'maintains', content: ['that the pier is safe'] });
  });
});

describe('attribute: "continue" as a cue', () => {
  it.each<[string, string, string]>([
    ['alone after a quote', '"The pier is safe," she continued.', 'The pier is safe'],
    ['with a reporting verb as its infinitive', 'The mayor continued to insist that the pier is safe.', 'to insist that the pier is safe'],
  ])('%s: %j', (_name, text, content) => {
    expect(attributions(text)[0]).toMatchObject({ cue: 'continued', content: [content] });
  });
});

describe('attribute: sentences that attribute nothing', () => {
  it.each<[string, string]>([
    ['plain narration', 'The town council voted to reopen the pier.'],
    ['"called on" a person, with no infinitive', 'The mayor called on the President.'],
    ['the noun "hope"', 'The hope is that the pier opens soon.'],
    ['a quote with no speaker anywhere', '"The pier is safe."'],
    ['a cue whose subject is no speaker', 'The weather said nothing about the pier.'],
    ['a cue that reports only a clause, before an object', 'The mayor maintains a commanding lead in the polls.'],
    ['"continue" before an infinitive', 'The mayor continues to trail her rival in the polls.'],
    ['"continue" before a gerund', 'The ferry company continued gaining passengers.'],
    ['"continue" before an object', 'The divers continued their search for the anchor.'],
  ])('%s: %j is narrated by nobody', (_name, text) => {
    const [claim, ...rest] = extractClaims(text).claims;
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ speaker: null, source: null, cue: null, mode: 'narrated' });
  });
});

describe('attribute: headlines', () => {
  it('"SOURCE: claim" gives the headline to the source, with no cue', () => {
    const text = 'MOFA: China and Marenia to resume fishing talks\nThe talks will be held in May.';
    const [headline, body] = attributions(text);
    expect(headline).toEqual(one('MOFA', 'MOFA', null, ['China and Marenia to resume fishing talks'], 'indirect'));
    expect(body).toEqual(one(null, null, null, ['The talks will be held in May'], 'narrated'));
  });

  it('a colon after a long lead is no "SOURCE: claim" headline', () => {
    const text = 'Talks between the two old rival fishing towns resume: what to expect\nThe talks will be held in May.';
    expect(attributions(text)[0]).toMatchObject({ speaker: null, cue: null, mode: 'narrated' });
  });

  it('a colon in a body sentence is no "SOURCE: claim"', () => {
    const text = 'Harbour Town to reopen pier\nOfficials: the talks will be held in May.';
    expect(attributions(text)[1]).toMatchObject({ speaker: null, mode: 'narrated' });
  });

  it('a name in capitals and a colon opening a paragraph is a transcript turn', () => {
    const text = 'Harbour Town to reopen pier\nWALLACE: Let us start with the pier.';
    expect(attributions(text)[1]).toMatchObject({ speaker: 'WALLACE', source: 'WALLACE', cue: null });
  });

  it('a proper name and a colon opening a paragraph is a transcript turn', () => {
    const text = 'Harbour Town to reopen pier\nRuth Allen: We will rebuild the pier this year.';
    expect(attributions(text)[1]).toMatchObject({ source: 'Ruth Allen', cue: null, content: ['We will rebuild the pier this year'] });
  });

  it.each<[string, string]>([
    ['a label', 'Harbour Town to reopen pier\nCORRECTION: An earlier version misspelled the name of the pier.'],
    ['a tally with no verb', 'Harbour Town to reopen pier\nAllen: 547.'],
  ])('%s before a colon is no transcript turn: %j', (_name, text) => {
    expect(attributions(text)[1]).toMatchObject({ source: null, mode: 'narrated' });
  });
});

describe('attribute: offsets', () => {
  it('source, cue and content spans are slices of the input', () => {
    const text = 'Harbour Town to reopen pier\n\n"The pier," Ruth Allen said, "is safe."\nThe pier is safe, Wang noted, adding that it will open in May.';
    const extraction = extractClaims(text);
    const spans = extraction.claims.flatMap((claim) => [claim.source, claim.cue, ...claim.content]).filter((span) => span !== null);
    expect(spans.length).toBeGreaterThan(6);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('attribute: any noun phrase as the subject of a reporting verb', () => {
  it.each<[string, string, Attribution[]]>([
    ['a share of those asked', 'About 42% say the pier is safe.', [one('About 42%', 'About 42%', 'say', ['the pier is safe'], 'indirect')]],
    ['a fraction', 'Nearly half said the pier is safe.', [one('Nearly half', 'Nearly half', 'said', ['the pier is safe'], 'indirect')]],
    ['a quantifier standing for its noun', 'Some said the pier is unsafe.', [one('Some', 'Some', 'said', ['the pier is unsafe'], 'indirect')]],
    [
      'an aside between commas stays in the source',
      'The harbour board, a body of nine, argued that the pier is safe.',
      [one('harbour board', 'The harbour board, a body of nine', 'argued', ['that the pier is safe'], 'indirect')],
    ],
    [
      'an aside between dashes stays in the source',
      'Many fishermen — including the oldest — say the pier is unsafe.',
      [one('Many fishermen — including the oldest', 'Many fishermen — including the oldest', 'say', ['the pier is unsafe'], 'indirect')],
    ],
    ['a post-modifier with "to"', 'The envoy to the harbour talks said the pier is safe.', [one('envoy to the harbour talks', 'The envoy to the harbour talks', 'said', ['the pier is safe'], 'indirect')]],
    ['a quantifier after the auxiliary', 'Ruth Allen and Tom Price have both said the pier is safe.', [one('Tom Price', 'Ruth Allen and Tom Price', 'said', ['the pier is safe'], 'indirect')]],
    ['a demonstrative wink reads as a pronoun', 'That engineer said the pier is safe.', [one('engineer', 'That engineer', 'said', ['the pier is safe'], 'indirect')]],
    [
      'a reflexive after the name stays in the source',
      'Allen herself said on Friday that the pier is safe.',
      [one('Allen herself', 'Allen herself', 'said', ['that the pier is safe'], 'indirect')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });

  it.each<[string, string, string, string[]]>([
    ['a relative clause on the subject', 'Fishermen who have worked on the pier for years say the planks are rotten.', 'Fishermen who have worked on the pier for years', ['the planks are rotten']],
    ['a preposition of place inside the subject', 'Engineers inside the harbour office say the planks are rotten.', 'Engineers inside the harbour office', ['the planks are rotten']],
    ['"like" inside the subject', 'Critics like Ann Lee say the planks are rotten.', 'Critics like Ann Lee', ['the planks are rotten']],
    ['a relative clause opened by "that" on the subject', 'A 2019 study that appeared in the Harbour Journal found that the planks were rotten.', 'A 2019 study that appeared in the Harbour Journal', ['that the planks were rotten']],
    ['"those" with a relative clause', 'But those who fish off the pier say the planks are rotten.', 'those who fish off the pier', ['the planks are rotten']],
    ['a present participle on the subject', 'Fishermen walking along the quay say the planks are rotten.', 'Fishermen walking along the quay', ['the planks are rotten']],
    ['a noun read as an adjective after a possessive', "However, Ann Lee's brief said that the planks are rotten.", "Ann Lee's brief", ['that the planks are rotten']],
    ['a participle on the subject', 'The report published Friday said the pier is safe.', 'The report published Friday', ['the pier is safe']],
    ['a possessive opening the reported clause', 'Most owners say their boats need a safer pier.', 'Most owners', ['their boats need a safer pier']],
    ['a focusing adverb before the subject', 'Even the mayor said the pier is unsafe.', 'the mayor', ['the pier is unsafe']],
    ['a dateline dash before the subject', 'HARBOUR TOWN (Wire) - Ruth Allen said the pier is safe.', 'Ruth Allen', ['the pier is safe']],
    ['a plural possessive in the subject', 'The Allens’ lawyer says the pier is unsafe.', 'The Allens’ lawyer', ['the pier is unsafe']],
    ['a participle before a noun in the subject', 'Some 52 percent of registered voters say the pier is unsafe.', 'Some 52 percent of registered voters', ['the pier is unsafe']],
    ['a possessive in the subject', 'On Friday, his daughter, Ruth, said the pier is unsafe.', 'his daughter, Ruth', ['the pier is unsafe']],
    ['an adjective wink reads as an adverb', 'Only days later, a new national poll showed that the pier is unpopular.', 'a new national poll', ['that the pier is unpopular']],
    ['a subject with "to"', 'Advisers to the mayor say the pier is unsafe.', 'Advisers to the mayor', ['the pier is unsafe']],
    ['a post-modifier inside the reported clause', 'The board said the planks at the end of the pier are rotten.', 'The board', ['the planks at the end of the pier are rotten']],
  ])('%s: %j', (_name, text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, content });
  });

  it('a "that" with no noun before it opens no relative clause in the subject', () => {
    expect(attributions('Officials who met said that leaked papers show the pier is safe.').map((claim) => claim.source)).not.toContain('Officials who met said that leaked papers');
  });

  it.each<[string, string, string, string[]]>([
    ['a loose subject', 'The first repairs, several engineers said, will start in May.', 'several engineers', ['The first repairs', 'will start in May']],
    ['a pronoun', 'The cost, she said, is too high for the town.', 'she', ['The cost', 'is too high for the town']],
  ])('a cue between commas that splits its content: %s', (_name, text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, content });
  });

  it('in the main frame, a bare object after the verb is the content', () => {
    expect(attributions('Several fishermen described a storm of unusual force.')).toEqual([one('Several fishermen', 'Several fishermen', 'described', ['a storm of unusual force'], 'indirect')]);
  });

  it.each<[string, string]>([
    ['a cue that needs a clause', 'The port has seen a rise in cargo.'],
    ['a participle before its noun', 'The two sides signed the renewed agreement.'],
  ])('%s with a bare object attributes nothing: %j', (_name, text) => {
    expect(attributions(text)).toEqual([one(null, null, null, [text.slice(0, -1)], 'narrated')]);
  });

  it('a bare object inside another claim gives no claim of its own', () => {
    expect(attributions('Ruth Allen said the harbour board rejected the plan.')).toHaveLength(1);
  });

  it('a subject may open after a bracket', () => {
    expect(attributions('(She says the pier is safe.)')[0]).toMatchObject({ source: 'She', cue: 'says' });
  });

  it.each<[string, string]>([
    ['a bare object after the verb', 'The latest delay adds pressure on the council.'],
    ['a passive', 'The pier is expected to open in May.'],
  ])('%s: %j attributes nothing', (_name, text) => {
    expect(attributions(text)).toEqual([one(null, null, null, [text.slice(0, -1)], 'narrated')]);
  });
});

describe('attribute: "according to" after a report with a fronted adverbial', () => {
  it('the outlet reports the whole sentence before it, adverbial included', () => {
    const [outlet] = attributions('In fact, harbour records show the pier was closed twice, according to the Harbour Gazette.').filter((claim) => claim.cue === 'according to');
    expect(outlet).toMatchObject({ source: 'the Harbour Gazette', content: ['In fact, harbour records show the pier was closed twice'] });
  });
});

describe('attribute: "according to" an object wink tags oddly', () => {
  it.each<[string, string, string]>([
    ['The pier was closed, according to the Associated Press.', 'the Associated Press', 'The pier was closed'],
    ['The ferry ran late, according to people in attendance.', 'people in attendance', 'The ferry ran late'],
    ['The mayor was leading, according to complete but unofficial returns.', 'complete but unofficial returns', 'The mayor was leading'],
  ])('the object runs to the end of its clause: %j', (text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'according to', content: [content] });
  });

  it('no source when no noun comes before the clause ends', () => {
    expect(attributions('The pier was closed, according to.').every((claim) => claim.cue === null)).toBe(true);
  });
});

describe('attribute: "according to" after a quote and its cue', () => {
  it('the quote is the speaker\'s; the outlet reports the whole', () => {
    expect(attributions('"The pier is safe," the mayor said, according to the Harbour Gazette.').map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['the mayor', 'said', ['The pier is safe']],
      ['the Harbour Gazette', 'according to', ['"The pier is safe," the mayor said']],
    ]);
  });
});

describe('attribute: a fronted adjunct before the subject', () => {
  it.each<[string, string, string]>([
    ['In May, the poll shows a lead for the mayor.', 'shows', 'a lead for the mayor'],
    ['On Friday, the mayor said the pier was safe.', 'said', 'the pier was safe'],
    ['Still rebuilding, the town expects a busy summer.', 'expects', 'a busy summer'],
    ['In reply to the critics of the plan, the mayor explained her reasons.', 'explained', 'her reasons'],
  ])('is no content: %j', (text, cue, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ cue, content: [content] })]);
  });

  it.each<[string, string, string]>([
    ['On Monday he said the pier would reopen.', 'he', 'said'],
    ['In 2019 she wrote that the harbour was silting up.', 'she', 'wrote'],
    ['Recently she announced that the ferry would stop.', 'she', 'announced'],
    ['On Tuesday night Mayor Lee said the pier would reopen.', 'Mayor Lee', 'said'],
    ['In March 2021 the council said it would act.', 'the council', 'said'],
    ['In a radio interview Lee said the pier would reopen.', 'Lee', 'said'],
  ])('a time phrase, or a phrase ending on a common noun, with no comma before the subject: %j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it.each<[string, string]>([
    ['Two councillors said the pier would reopen.', 'Two councillors'],
    ['The council said it would act.', 'The council'],
    ['About 1900 residents said the pier would reopen.', 'About 1900 residents'],
    ['April Lee said the pier would reopen.', 'April Lee'],
  ])('a number, a determiner, or a month or year with no preposition is no time phrase: %j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source });
  });
});

describe('attribute: "As X reported, ..."', () => {
  it.each<[string, string, string]>([
    ['As the Harbour Gazette reported on Friday, the pier is closed for repairs.', 'the Harbour Gazette', 'the pier is closed for repairs'],
    ['As the mayor said, the pier is closed.', 'the mayor', 'the pier is closed'],
  ])('the clause after the comma is the content: %j', (text, source, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, content: [content] })]);
  });

  it('"As" opening a clause of time is no report', () => {
    expect(attributions('As the storm hit, the mayor said the pier was closed.')).toEqual([expect.objectContaining({ source: 'the mayor', content: ['the pier was closed'] })]);
  });
});

describe('attribute: a cue that opens the sentence', () => {
  it.each<[string, string, string]>([
    ['Said Ellis: "The pier is not safe."', 'Ellis', 'Said'],
    ['Says the mayor, "The pier is not safe."', 'the mayor', 'Says'],
  ])('%j', (text, source, cue) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue, content: ['The pier is not safe'], mode: 'direct' })]);
  });
});

describe('attribute: a participle that opens the sentence', () => {
  it.each<[string, Array<[string, string, string[]]>]>([
    ['Citing a new report, the mayor closed the pier.', [['the mayor', 'Citing', ['a new report']]]],
    [
      'Citing a new report, the mayor said the pier was closed.',
      [
        ['the mayor', 'said', ['the pier was closed']],
        ['the mayor', 'Citing', ['a new report']],
      ],
    ],
  ])('speaks for the subject after its comma: %j', (text, expected) => {
    expect(attributions(text).map((claim) => [claim.source, claim.cue, claim.content])).toEqual(expected);
    expect(extractClaims(text).speakers.map((speaker) => speaker.mentions.length)).toEqual([1]);
  });

  it('a perfect participle: "Having announced that ..., the judge ..."', () => {
    expect(attributions('Having announced that the pier was safe, the mayor cut the ribbon.')).toEqual([
      expect.objectContaining({ source: 'the mayor', cue: 'announced', content: ['that the pier was safe'] }),
    ]);
  });

  it('not when it has a bare adjunct', () => {
    expect(attributions('Writing in the Gazette, the mayor argued that the pier was safe.').map((claim) => claim.cue)).toEqual(['argued']);
  });

  it('not when no clause with a subject follows the comma', () => {
    expect(attributions('Citing a new report, and then another one.').every((claim) => claim.cue === null)).toBe(true);
  });
});

describe('attribute: words wink misreads around the source', () => {
  it('"according to" a compound noun whose first word wink reads as a verb', () => {
    expect(attributions('According to exit polls, the harbour party won the vote.')[0]).toMatchObject({ source: 'exit polls', cue: 'According to', content: ['the harbour party won the vote'] });
  });

  it('a subject after a dateline and a spaced double hyphen', () => {
    expect(attributions('DOVER -- Mayor Ann Lee, opening the pier on Saturday, said it was safe.')[0]).toMatchObject({ cue: 'said', content: ['it was safe'] });
  });

  it.each<[string, string, string]>([
    ['Exit polling showed that the mayor won every ward.', 'Exit polling', 'showed'],
    ["The Gazette's reporting tells a different story.", "The Gazette's reporting", 'tells'],
    ['Some analyses suggest that the pier is unsafe.', 'Some analyses', 'suggest'],
  ])('a head wink reads as a verb, a gerund or a word in -s after a modifier: %j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it('a participle before a proper noun inside the subject: "leading Republican candidates"', () => {
    expect(attributions('Several leading Republican candidates, including Mr. Lee, criticized the harbour plan.')[0]).toMatchObject({
      source: 'Several leading Republican candidates, including Mr. Lee',
      cue: 'criticized',
    });
  });

  it('a determiner and adjectives before the cue: the last word, which wink reads as an adjective, is the head', () => {
    expect(attributions('The democratic socialist said he would win the harbour seat.')[0]).toMatchObject({ source: 'The democratic socialist', cue: 'said', content: ['he would win the harbour seat'] });
  });
});

describe('attribute: the question put to a speaker', () => {
  it.each<[string, Array<[string | null, string, string[]]>]>([
    [
      'Asked whether the pier was safe, the mayor said it was.',
      [
        ['the mayor', 'said', ['it was']],
        [null, 'Asked', ['whether the pier was safe']],
      ],
    ],
    [
      'Asked about the ferry, the mayor smiled.',
      [[null, 'Asked', ['the ferry']]],
    ],
    [
      '"We will rebuild," the mayor said when asked whether the pier would reopen.',
      [
        ['the mayor', 'said', ['We will rebuild']],
        [null, 'asked', ['whether the pier would reopen']],
      ],
    ],
    [
      'Asked by a reporter to name a date, the mayor smiled.',
      [['a reporter', 'Asked', ['to name a date']]],
    ],
  ])('%j', (text, expected) => {
    const found = attributions(text).filter((claim) => claim.cue !== null);
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual(expected);
  });

  it.each<[string, string | undefined]>([
    ['When asked about the ferry, the mayor smiled.', 'asked about'],
    ['Asked by a reporter to name a date, the mayor smiled.', undefined],
  ])('the cue phrase takes neither "when" before nor "by" after: %j', (text, phrase) => {
    const question = extractClaims(text).claims.find((claim) => claim.cue?.lemma === 'ask');
    expect(question?.cue?.text).toMatch(/^asked$/i);
    expect(question?.cue?.phrase?.text).toBe(phrase);
  });

  it('an opener alone is no question: "if asked to."', () => {
    expect(attributions('The mayor said she would serve if asked to.').map((claim) => claim.cue)).toEqual(['said']);
  });

  it('"asked" with a subject of its own is the main cue', () => {
    expect(attributions('The mayor asked whether the pier was safe.')[0]).toMatchObject({ source: 'The mayor', cue: 'asked' });
  });
});

describe('attribute: a quantifier standing alone as the subject', () => {
  it.each<[string, string, string]>([
    ['Some say the pier is unsafe.', 'Some', 'say'],
    ['Many believe the ferry will return.', 'Many', 'believe'],
    ['But few believe the ferry will return.', 'few', 'believe'],
    ['Most said the pier was unsafe.', 'Most', 'said'],
    ['Several say the pier is unsafe.', 'Several', 'say'],
  ])('%j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it('a quantifier before a noun in -s opens a noun phrase, not a clause', () => {
    expect(attributions('Some reports say the pier is unsafe.')[0]).toMatchObject({ source: 'Some reports', cue: 'say' });
  });

  it('a quantifier read as an adverb inside the verb group is no subject', () => {
    expect(attributions('He most recently said the pier was unsafe.')[0]).toMatchObject({ source: 'He', cue: 'said' });
  });
});

describe('attribute: poll respondents as the subject', () => {
  it.each<[string, string, string]>([
    ['Again, those surveyed said the pier was safe.', 'those surveyed', 'said'],
    ['Half of those polled say the pier is safe.', 'Half of those polled', 'say'],
  ])('%j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue, content: [expect.stringContaining('the pier')] });
  });
});

describe('attribute: a cue in a relative clause', () => {
  it('the relative pronoun is the source, the phrase it stands for the speaker', () => {
    expect(attributions('Ruth Allen met the mayor, who said that the pier is safe.')).toEqual([one('mayor', 'who', 'said', ['that the pier is safe'], 'indirect')]);
  });

  it('a clause set off by commas ends at the next comma', () => {
    const [claim] = attributions('The letter went to the harbour board, which argued that the pier is safe, on Friday.');
    expect(claim).toMatchObject({ source: 'which', cue: 'argued', content: ['that the pier is safe'] });
  });

  it('a share of the antecedent speaks: "many of whom say"', () => {
    const [claim] = attributions('The ferry crews, many of whom said the pier is safe, returned to work.');
    expect(claim).toMatchObject({ speaker: 'ferry crews', source: 'many of whom', cue: 'said', content: ['the pier is safe'] });
  });

  it('a relative clause set off by commas before the main cue leaves the main cue to the sentence', () => {
    expect(attributions('Ruth Allen, who said she votes for the council, said the pier is safe.')).toEqual([
      one('Ruth Allen', 'Ruth Allen, who said she votes for the council', 'said', ['the pier is safe'], 'indirect'),
      one('Ruth Allen', 'who', 'said', ['she votes for the council'], 'indirect'),
    ]);
  });

  it('an aside ending on a quote ends at the comma inside the quote', () => {
    const [claim] = attributions('Ruth Allen, who calls the pier "a disgrace," said it must close.');
    expect(claim).toMatchObject({ source: 'Ruth Allen, who calls the pier "a disgrace', cue: 'said', content: ['it must close'] });
  });

  it('a relative clause that ends an apposition leaves the main cue to the sentence', () => {
    expect(attributions('Mayor Ann Lee, a Democrat who has refused to endorse the plan, said the pier was safe.')).toEqual([
      expect.objectContaining({ source: 'Mayor Ann Lee, a Democrat who has refused to endorse the plan', cue: 'said', content: ['the pier was safe'] }),
      expect.objectContaining({ source: 'who', cue: 'refused', content: ['to endorse the plan'] }),
    ]);
  });

  it("an aside ending on a quote closed by doubled apostrophes: ,''", () => {
    const [claim] = attributions("Ruth Allen, who calls the pier ''a disgrace,'' said it must close.");
    expect(claim).toMatchObject({ source: "Ruth Allen, who calls the pier ''a disgrace", cue: 'said', content: ['it must close'] });
  });

  it('a relative clause with a bare object reports nothing', () => {
    expect(attributions('The boats, which offer rides, left the pier.')[0]).toMatchObject({ cue: null, mode: 'narrated' });
  });

  it.each<[string, string, string, string]>([
    ['The ministry, which announced a new ferry plan on Monday, closed the pier.', 'which', 'announced', 'a new ferry plan on Monday'],
    ['Ms. Reyes, who had opposed a similar plan in 2007, voted for it.', 'who', 'opposed', 'a similar plan in 2007'],
  ])('an aside set off by commas reports the bare object of any cue: %j', (text, source, cue, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue, content: [content] });
  });

  it('a restrictive relative clause with a bare object reports nothing', () => {
    expect(attributions('The mayor met voters who opposed the plan.')[0]).toMatchObject({ cue: null, mode: 'narrated' });
  });

  it('an aside whose cue takes a bare object by its nature reports it: "who welcomed the new pier"', () => {
    expect(attributions('The mayor met the governor, who welcomed the new pier, and left.')).toEqual([
      one('governor', 'who', 'welcomed', ['the new pier'], 'indirect'),
    ]);
  });
});

describe('attribute: a participle cue after a comma or "by" takes the clause\'s subject', () => {
  it.each<[string, string, Array<[string | null, string, string[]]>]>([
    ['after a clause that reports nothing', 'The mayor opened the pier on Friday, arguing that it is safe.', [['The mayor', 'arguing', ['that it is safe']]]],
    ['after a cue with only a bare adjunct', 'The mayor complained about the builders, suggesting that the pier was sabotaged.', [['The mayor', 'suggesting', ['that the pier was sabotaged']]]],
    [
      'after a reporting clause',
      'Ruth Allen said the pier is safe, citing a new report.',
      [
        ['Ruth Allen', 'said', ['the pier is safe']],
        ['Ruth Allen', 'citing', ['a new report']],
      ],
    ],
    ['after "by"', 'The mayor ended the dispute by suggesting that the pier reopen.', [['The mayor', 'suggesting', ['that the pier reopen']]]],
    ['after a medium with no comma', 'The mayor issued a statement saying that the pier is safe.', [['The mayor', 'saying', ['that the pier is safe']]]],
    [
      'after a quote and its cue, up to a later quote',
      '"The pier is safe," the mayor said, adding that repairs would take "a few weeks."',
      [
        ['the mayor', 'said', ['The pier is safe']],
        ['the mayor', 'adding', ['that repairs would take "a few weeks."']],
      ],
    ],
    ['with an adverb before the participle', 'The mayor complained about the builders, even suggesting that the pier was sabotaged.', [['The mayor', 'suggesting', ['that the pier was sabotaged']]]],
    ['with any noun phrase as the subject', 'Both ferry crews stopped work on Monday, arguing that the pier was unsafe.', [['Both ferry crews', 'arguing', ['that the pier was unsafe']]]],
    ['after a fronted phrase', 'In response to the storm, the harbour master closed the pier, saying that the waves were too high.', [['the harbour master', 'saying', ['that the waves were too high']]]],
  ])('%s: %j', (_name, text, expected) => {
    const found = attributions(text);
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual(expected);
    expect(new Set(found.map((claim) => claim.speaker)).size).toBe(1);
  });

  it('no claim after a medium whose participle reports nothing', () => {
    expect(attributions('The mayor issued a statement running to ten pages.').every((claim) => claim.cue === null)).toBe(true);
  });

  it('no claim for the subject of a verb that did not put the medium out', () => {
    expect(attributions('The mayor received a letter saying the pier was unsafe.').every((claim) => claim.cue === null)).toBe(true);
  });

  it('two participles joined by "and" are two claims of the same source', () => {
    const found = attributions('The mayor turned on the builders, calling them "careless" and accusing them of lying about the pier.');
    expect(found.map((claim) => [claim.source, claim.cue, claim.content]).sort()).toEqual([
      ['The mayor', 'accusing', ['them of lying about the pier']],
      ['The mayor', 'calling', ['them "careless"']],
    ]);
  });

  it.each<[string, string, string]>([
    ['The mayor demurred, seeing it as showmanship.', 'seeing', 'it as showmanship'],
    ['Some owners sold their boats, fearing the storms.', 'fearing', 'the storms'],
  ])('a participle of thought with an object after a clause: %j', (text, cue, content) => {
    expect(attributions(text).find((claim) => claim.cue === cue)).toMatchObject({ content: [content] });
  });

  it('a participle of thought opens no second claim', () => {
    expect(attributions('Ruth Allen said the pier is safe, thinking of the ferry.')).toHaveLength(1);
  });
});

// claim.cue stays the reporting expression (the project's gold); cue.phrase adds its verb group, as PolNeAR marks cues.
describe('attribute: a cue\'s verb group', () => {
  it.each<[string, string, string | undefined]>([
    ['Ruth Allen has also said the pier is safe.', 'said', 'has also said'],
    ['Ruth Allen did not say the pier is safe.', 'say', 'did not say'],
    ['"The pier is safe," Ruth Allen has said.', 'said', 'has said'],
    ['"The pier is safe," Ruth Allen said Tuesday.', 'said', 'said Tuesday'],
    ['Ruth Allen warned of delays that could last a month.', 'warned', 'warned of'],
    ['Ruth Allen said the pier is safe.', 'said', undefined],
    ['Ruth Allen issued a statement saying the pier is safe.', 'saying', 'issued a statement saying'],
    ['The council has sent out an email urging calm.', 'urging', 'has sent out an email urging'],
  ])('%j: cue %j, phrase %j', (text, cue, phrase) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.cue?.text).toBe(cue);
    expect(claim?.cue?.phrase?.text).toBe(phrase);
  });
});


describe('attribute: a cue after "and" or "but" shares the subject of the cue before it', () => {
  it('two coordinated cues: the second claim has the same source, and the first content ends at "and"', () => {
    expect(attributions('The mayor praised the builders and said the pier is safe.')).toEqual([
      one('mayor', 'The mayor', 'praised', ['the builders'], 'indirect'),
      one('mayor', 'The mayor', 'said', ['the pier is safe'], 'indirect'),
    ]);
  });

  it('a participle inside a noun phrase opens no clause of its own', () => {
    expect(attributions('The mayor posted a photograph of her bruised hand and said the pier is unsafe.')[1]).toMatchObject({
      source: 'The mayor',
      cue: 'said',
      content: ['the pier is unsafe'],
    });
  });

  it.each<[string, string]>([
    ['a clause of its own before "and"', 'The mayor said the pier is safe and the council agreed.'],
    ['a participle before an adjective', 'The mayor praised the builders and shared democratic values.'],
  ])('%s: %j has one claim', (_name, text) => {
    expect(attributions(text)).toHaveLength(1);
  });

  it.each<[string, string, string]>([
    ['a comma before "and"', 'The mayor said the pier is safe, and argued that the town should pay for it.', 'argued'],
    ['the same cue again', 'The mayor says the pier is safe and says the town should pay for it.', 'says'],
  ])('after a clause of its own, %s goes back to the main verb: %j', (_name, text, cue) => {
    expect(attributions(text)[1]).toMatchObject({ source: 'The mayor', cue, content: [expect.stringContaining('the town should pay for it')] });
  });
});

// PolNeAR marks a source named after its cue with the aside that follows it.
describe('attribute: a source after its cue keeps its aside', () => {
  it.each<[string, string]>([
    ['"The pier is safe," said Paul Reyes, a lawyer in Harbour Town.', 'Paul Reyes, a lawyer in Harbour Town'],
    ['"The pier is safe," said Paul Reyes, who advises the council.', 'Paul Reyes, who advises the council'],
    ['"The pier is safe," said Paul Reyes (D-Harbour).', 'Paul Reyes (D-Harbour)'],
    ['The pier is safe, according to a study by engineers at the port.', 'a study by engineers at the port'],
    ['"The pier is safe," said Paul Reyes, but the council disagreed.', 'Paul Reyes'],
    ['"The pier is safe," said Paul Reyes, who added that it would reopen.', 'Paul Reyes'],
    ['"The pier is safe," said Paul Reyes, a lawyer, adding that it would reopen.', 'Paul Reyes, a lawyer'],
    ['"The pier is safe," said one engineer familiar with the repairs.', 'one engineer familiar with the repairs'],
    ['"The pier is safe," says a source involved in the repairs.', 'a source involved in the repairs'],
    ['According to Paul Reyes, the pier is safe.', 'Paul Reyes'],
    ['The pier is safe, according to its own engineers.', 'its own engineers'],
    ['According to early results of a survey conducted for the council, the pier is safe.', 'early results of a survey conducted for the council'],
    ['According to the engineer in charge of the repairs, "The pier is safe."', 'the engineer in charge of the repairs'],
    ['The pier, according to Paul Reyes, is safe.', 'Paul Reyes'],
  ])('%j -> %j', (text, source) => {
    expect(extractClaims(text).claims[0]?.source?.text).toBe(source);
  });
});


describe('attribute: the speaker after an inverted cue', () => {
  it.each<[string, string, string]>([
    ['a party and state in brackets', '"The pier is safe," said Sen. Ruth Allen (D-Conn.).', 'Sen. Ruth Allen'],
    ['a relative clause after the speaker', '"The pier is safe," said a harbour official who asked not to be named.', 'a harbour official'],
    ['any noun phrase after a quote', '"The pier is safe," said a ferry pilot who fishes there.', 'a ferry pilot'],
    ['a noun phrase with "of"', '"The pier is safe," said one of three divers who checked it.', 'one of three divers'],
    ['a place name read as a verb', '"The pier is safe," said Hull resident Tilly Marr.', 'Hull resident Tilly Marr'],
    ['a capitalised word read as a verb in the tail', '"The pier is safe," said Ann Lee for Harbour Watch.', 'Ann Lee'],
    ['a time phrase with a preposition after the cue', '"The pier is safe," Ann Lee said in a Friday interview with the Gazette.', 'Ann Lee'],
  ])('%s: %j', (_name, text, source) => {
    const [claim, ...rest] = attributions(text);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ cue: 'said', content: ['The pier is safe'], mode: 'direct' });
    expect(claim!.source!.startsWith(source)).toBe(true);
  });
});

describe('attribute: an inverted speaker that ends the text', () => {
  it.each<[string, string, string]>([
    ['no full stop after the speaker', '"The pier is safe," says a diver', 'a diver'],
    ['a participle and no full stop', '"The pier is safe," says a diver hired', 'a diver hired'],
    ['a participle phrase and no full stop', '"The pier is safe," says a diver hired by the council', 'a diver hired by the council'],
  ])('%s: %j', (_name, text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'says', content: ['The pier is safe'] });
  });
});

describe('attribute: a clause after a comma that ends the text', () => {
  it('a cue in a trailing clause with no full stop after it', () => {
    expect(attributions('The pier is safe, a process that began in May and concluded Monday')).toHaveLength(1);
  });

  it('a time word alone is no content: "... and concluded Monday"', () => {
    expect(attributions('The pier is safe, a process that began in May and concluded Monday.')[0]).toMatchObject({ cue: null, mode: 'narrated' });
  });
});

describe('attribute: a doubled closing mark that ends the text', () => {
  it('a comma and a doubled mark as the last tokens open no second claim', () => {
    expect(attributions("Ruth Allen said it was ''a good day,''")[0]).toMatchObject({ source: 'Ruth Allen', cue: 'said' });
  });
});

describe('attribute: a surname read as a verb', () => {
  it('"Mr. Burke said" keeps Burke in the source', () => {
    expect(attributions('On the quay, Mr. Burke said he would ignore the parade route.')[0]).toMatchObject({ source: 'Mr. Burke', cue: 'said' });
  });

  it.each<[string, string, string, string]>([
    ['a verb-tagged surname first in the sentence', 'Cook declined to say whether the pier was safe.', 'Cook', 'declined'],
    ['a verb-tagged surname before an adverb', 'Cook also declined to say whether the pier was safe.', 'Cook', 'declined'],
    ['an auxiliary-tagged surname first in the sentence', 'Shall wrote that the pier was safe.', 'Shall', 'wrote'],
    ['an adverb-tagged surname after a quote', '"The pier is safe," Hardly said.', 'Hardly', 'said'],
    ['a verb-tagged surname after a title', '"The pier is safe," Dr. Lynch said.', 'Dr. Lynch', 'said'],
    ['a verb-tagged surname before a bracket', 'However, Rep. Ann Lynch (D-Mass.) said the pier was safe.', 'Rep. Ann Lynch', 'said'],
    ['a bracket and an aside after the name', 'Rep. Ann Hunt (D-N.Y.), chair of the harbour caucus, said the pier was safe.', 'Rep. Ann Hunt (D-N.Y.), chair of the harbour caucus', 'said'],
    ['an adverb-tagged surname after a clause and a comma', 'The ferry program works, Jolly said.', 'Jolly', 'said'],
    ['a verb-tagged first name after a fronted clause', 'When asked about the pier, Ted Cruz said it was safe.', 'Ted Cruz', 'said'],
  ])('%s: %j', (_name, text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it('an untagged particle of a surname opens the name: "De/X Blasio said ... and said ..."', () => {
    const found = attributions('De Blasio said the pier was closed by the council and said, "We will reopen it."');
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['De Blasio', 'said', ['the pier was closed by the council']],
      ['De Blasio', 'said', ['We will reopen it']],
    ]);
  });

  it.each<[string, string]>([
    ['an adverb opening the sentence', 'Also said the pier was safe.'],
    ['a modal before a base form', 'Will say the pier is safe.'],
  ])('no surname in %s: %j', (_name, text) => {
    expect(attributions(text).every((claim) => claim.source === null)).toBe(true);
  });
});
