/**
 * The frame search of src/attribute/frames.ts, checked through the public API: which rule
 * wins when several could ("according to" beside a quote and its cue, a fronted adverbial
 * before a later clause), aspectual cues, sentences that attribute nothing, a cue's verb
 * group and offsets. The rules themselves are tested beside their modules: reports, subjects,
 * participles, relatives and clauses.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions } from '../helpers/attributions.js';

describe('attribute: "continue" as a cue', () => {
  it.each<[string, string, string]>([
    ['alone after a quote', '"The pier is safe," she continued.', 'The pier is safe'],
    ['with a reporting verb as its infinitive', 'The mayor continued to insist that the pier is safe.', 'that the pier is safe'],
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
    ['"find" before an object', 'The mayor found a way to reopen the pier.'],
    ['"assume" before an object', 'The new harbour master will assume office in May.'],
    ['"add" before an object', 'The mayor added a second ferry to the route.'],
    ['"continue" before an infinitive', 'The mayor continues to trail her rival in the polls.'],
    ['"continue" before a gerund', 'The ferry company continued gaining passengers.'],
    ['"continue" before an object', 'The divers continued their search for the anchor.'],
  ])('%s: %j is narrated by nobody', (_name, text) => {
    const [claim, ...rest] = extractClaims(text).claims;
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ speaker: null, source: null, cue: null, mode: 'narrated' });
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

describe('attribute: "according to" after a report with a fronted adverbial', () => {
  it('the outlet reports the whole sentence before it, adverbial included', () => {
    const [outlet] = attributions('In fact, harbour records show the pier was closed twice, according to the Harbour Gazette.').filter((claim) => claim.cue === 'according to');
    expect(outlet).toMatchObject({ source: 'the Harbour Gazette', content: ['In fact, harbour records show the pier was closed twice'] });
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

// claim.cue stays the reporting expression (the project's gold); cue.phrase adds its verb group, as PolNeAR marks cues.
describe('attribute: cues that report only a clause still report one', () => {
  it.each([
    ['The mayor found that the pier was rotten.', 'that the pier was rotten'],
    ['The mayor added that the ferry would run.', 'that the ferry would run'],
  ])('%j', (text, content) => {
    expect(attributions(text)[0]).toMatchObject({ source: 'The mayor', content: [content] });
  });
});

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
    ['Ruth Allen issued a statement Tuesday saying the pier is safe.', 'saying', 'issued a statement Tuesday saying'],
    ['Ruth Allen released a report saying the pier is safe.', 'saying', 'released a report saying'],
    ['Ruth Allen unleashed a series of tweets saying the pier is safe.', 'saying', 'unleashed a series of tweets saying'],
    ['Ruth Allen sent a pair of letters saying the pier is safe.', 'saying', 'sent a pair of letters saying'],
    // An infinitive of purpose takes in its subject's predicate, unless punctuation or a copula stands in it.
    ['Ruth Allen will come on the show to talk about the pier.', 'talk about', 'will come on the show to talk about'],
    ['Ruth Allen went on to praise the harbour crews.', 'praise', 'went on to praise'],
    ['Ruth Allen was the first mayor to praise the harbour crews.', 'praise', 'to praise'],
    ['Ruth Allen held a briefing, her first in a month, to praise the crews.', 'praise', 'to praise'],
    // A party's copula and adjective right before the infinitive belong to the cue; after "It is ..." they do not.
    ['Ruth Allen was quick to praise the harbour crews.', 'praise', 'was quick to praise'],
    ["Ruth Allen has often been careful not to praise the harbour crews.", 'praise', 'has often been careful not to praise'],
    ['It is important to praise the harbour crews.', 'praise', 'to praise'],
    // An aspectual cue reports through its infinitive, and a preposition after it.
    ['Ruth Allen continued to insist that the pier is safe.', 'continued', 'continued to insist'],
    ['Ruth Allen has continued to push for a new pier.', 'continued', 'has continued to push for'],
    // A bare attitude noun after "express" or "voice" belongs to the cue; with a determiner or adjective it does not.
    ['Ruth Allen has expressed concern that the pier is unsafe.', 'expressed', 'has expressed concern'],
    ['Ruth Allen voiced support for a new pier.', 'voiced', 'voiced support for'],
    ['Ruth Allen expressed cautious optimism that the pier will open.', 'expressed', undefined],
    ['Ruth Allen expressed her support for a new pier.', 'expressed', undefined],
    // A particle belongs to its cue, before an object or before the content.
    ['Ruth Allen backed off her claim that the pier is safe.', 'backed', 'backed off'],
    ['Ruth Allen called out the council for failing to fix the pier.', 'called', 'called out'],
  ])('%j: cue %j, phrase %j', (text, cue, phrase) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.cue?.text).toBe(cue);
    expect(claim?.cue?.phrase?.text).toBe(phrase);
  });

  it('a run of prepositions is no time phrase between a medium and its participle', () => {
    const phrases = extractClaims('Ruth Allen issued a statement on on on on saying the pier is safe.').claims.map((claim) => claim.cue?.phrase?.text ?? '');
    expect(phrases.filter((phrase) => phrase.includes('on on'))).toEqual([]);
  });

  it('after a reporting infinitive, a quotation is the content without its comma and marks', () => {
    const [claim] = extractClaims('Mayor Lee seemed to say, "We will close it."').claims;
    expect(claim?.content.map((piece) => piece.text)).toEqual(['We will close it']);
    expect(claim?.mode).toBe('direct');
  });

  it('a copula in a later clause gives the infinitive no predicate of the first subject', () => {
    const phrases = extractClaims('Ruth Allen was asked which crew she was proud to praise.').claims.map((claim) => claim.cue?.phrase?.text ?? claim.cue?.text);
    expect(phrases.filter((phrase) => phrase?.includes('which crew'))).toEqual([]);
  });

  it.each([
    ['Ruth Allen has continued to push for a new pier.', 'a new pier'],
    ['Ruth Allen voiced support for a new pier.', 'a new pier'],
    ['Ruth Allen has expressed concern that the pier is unsafe.', 'that the pier is unsafe'],
  ])('%j: the content starts after what the cue reports through', (text, content) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.content.map((span) => span.text)).toEqual([content]);
  });
});

describe('attribute: a later clause\'s frame found before an earlier one', () => {
  it.each<[string, string, string, string]>([
    ['after "and"', 'Six in 10 divers said Allen is honest, and three-quarters said Hunt is trustworthy.', 'Six in 10 divers', 'Allen is honest'],
    ['after a fronted "though" clause', 'Though crews who worked with Allen say the pier is old, they also say it is safe.', 'crews who worked with Allen', 'the pier is old'],
  ])('%s: %j ends the earlier content where the later clause begins', (_name, text, source, content) => {
    expect(attributions(text).find((claim) => claim.source === source)).toMatchObject({ content: [content] });
  });

  it('a parenthetical inside the earlier content does not end it', () => {
    expect(attributions('They called for calm seas: with the storm gone, they argued, the pier could open.').find((claim) => claim.source === 'They')?.content.join(' ')).toContain('the pier could open');
  });
});
