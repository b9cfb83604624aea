/**
 * How src/attribute/passives.ts reads a reporting verb's passive before an infinitive ("The
 * pier is expected to reopen"): no source, the verb group as the cue phrase, and the raised
 * subject with the infinitive as the content.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions, one } from '../helpers/attributions.js';

describe('attribute: a passive report has no source, and its subject is part of the content', () => {
  it.each<[string, string, string, string[]]>([
    ['a noun phrase', 'The harbour board is expected to approve the budget on Friday.', 'expected', ['The harbour board', 'to approve the budget on Friday']],
    ['a name', 'Ruth Allen is widely expected to run again.', 'expected', ['Ruth Allen', 'to run again']],
    ['a relative pronoun', 'The ferries, which are said to carry 900 people a day, stayed in port.', 'said', ['which', 'to carry 900 people a day']],
    ['an empty "it" left out', 'It is expected to rain on the day of the vote.', 'expected', ['to rain on the day of the vote']],
    ['a negation', 'The pier is not expected to reopen before May.', 'expected', ['The pier', 'to reopen before May']],
  ])('%s: %j', (_name, text, cue, content) => {
    const found = attributions(text).filter((claim) => claim.cue === cue);
    expect(found).toEqual([one(null, null, cue, content, 'indirect')]);
  });

  it.each<[string, string, string, string[]]>([
    ['"as" after "seen"', 'The pier is widely seen as a symbol of the town.', 'seen', ['The pier', 'a symbol of the town']],
    ['"as" after "regarded"', 'Ruth Allen is regarded as the front-runner.', 'regarded', ['Ruth Allen', 'the front-runner']],
    ['a noun phrase after "considered"', 'The strike was considered one of the largest in years.', 'considered', ['The strike', 'one of the largest in years']],
    ['an adjective after "considered"', 'The new tax is considered unfair.', 'considered', ['The new tax', 'unfair']],
  ])('a passive of regarding before its predicate, %s: %j', (_name, text, cue, content) => {
    expect(attributions(text)).toEqual([one(null, null, cue, content, 'indirect')]);
  });

  it.each([
    ['The ferry was seen on camera.'],
    ['The harbour board was considered for the award.'],
    ['The plan was considered several times.'],
    ['The plan was considered two years ago.'],
    ['The plan was considered first by the council.'],
    ['The diver was seen as he left the harbour.'],
    ['The diver was seen as recently as Monday.'],
  ])('no passive of regarding before a place or a preposition: %j', (text) => {
    expect(attributions(text).filter((claim) => claim.cue !== null)).toEqual([]);
  });

  it('the cue phrase takes in the form of "be" and the adverbs before the participle', () => {
    const [claim] = extractClaims('The harbour board is widely expected to approve the budget.').claims;
    expect(claim?.cue?.phrase?.text).toBe('is widely expected');
  });

  it('the content ends at the next clause break', () => {
    const found = attributions('The fund is said to hold $3 billion, a spokesman for the board said.');
    expect(found.find((claim) => claim.source === null)?.content).toEqual(['The fund', 'to hold $3 billion']);
    expect(found.find((claim) => claim.source !== null)?.source).toBe('a spokesman for the board');
  });
});

describe('attribute: a passive report inside or after another claim', () => {
  it('a subject inside the reported clause is found without a clause opener before it', () => {
    const found = attributions('Officials said the harbour board is said to favour the budget.');
    expect(found.find((claim) => claim.source === null)?.content).toEqual(['the harbour board', 'to favour the budget']);
  });

  it('a relative clause inside another claim\'s content does not cut it', () => {
    const found = attributions('The mayor said the bill, which is expected to pass, would create jobs.');
    expect(found.find((claim) => claim.cue === 'said')?.content).toEqual(['the bill, which is expected to pass, would create jobs']);
  });

  it('a later clause with an empty "it" ends the earlier claim\'s content', () => {
    const found = attributions('Ruth Allen said she would vote no, but it is expected to pass.');
    expect(found.find((claim) => claim.cue === 'said')?.content).toEqual(['she would vote no']);
  });

  it('the content ends at a closing bracket it did not open', () => {
    const found = attributions('Ruth Allen (who is expected to win) said nothing.');
    expect(found.find((claim) => claim.cue === 'expected')?.content).toEqual(['who', 'to win']);
  });

  it('a participle after a passive report is its raised subject\'s', () => {
    const found = attributions('Ruth Allen is expected to resign on Monday, saying she has lost the trust of the party.');
    expect(found.find((claim) => claim.cue === 'saying')).toMatchObject({ speaker: 'Ruth Allen', source: 'Ruth Allen' });
  });
});

describe('attribute: what is not a passive report', () => {
  it('an active verb keeps its subject as the source', () => {
    expect(attributions('Ruth Allen expected to win the vote.')[0]).toMatchObject({ source: 'Ruth Allen', cue: 'expected' });
  });

  it.each<[string, string]>([
    ['no infinitive after the participle', 'The result was expected by everyone in the harbour.'],
    ['a verb that raises nothing', 'The plan was announced to reporters on Friday.'],
    ['"known to" and "reported to" before a noun wink reads as a verb', 'The suspect was known to police and had a criminal record.'],
  ])('%s: %j', (_name, text) => {
    expect(attributions(text).every((claim) => claim.source !== null || claim.cue === null)).toBe(true);
  });
});

describe('attribute: a passive report with its agent after "by"', () => {
  it.each<[string, string, string, string]>([
    ['The pier closure was first reported by the Harbour Gazette.', 'the Harbour Gazette', 'reported', 'The pier closure'],
    ['The new budget has been endorsed by Ruth Allen.', 'Ruth Allen', 'endorsed', 'The new budget'],
    ['In the harbour ward, Ruth Allen was supported by 42 percent of those asked.', '42 percent', 'supported', 'Ruth Allen'],
    ['The harbour plan was backed by dozens of lawmakers.', 'dozens of lawmakers', 'backed', 'The harbour plan'],
    ['Ruth Allen was endorsed by far fewer publications.', 'far fewer publications', 'endorsed', 'Ruth Allen'],
  ])('the agent is the source, the subject the content: %j', (text, source, cue, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue, content: [content] })]);
  });

  it('a number of things is no agent: "backed by dozens of votes" is narration', () => {
    expect(attributions('The harbour plan was backed by dozens of votes.')).toEqual([expect.objectContaining({ source: null, cue: null })]);
  });

  it('an act\'s agent is no source: "The pier was closed by the council" is narration', () => {
    expect(attributions('The pier was closed by the council on Monday.')).toEqual([expect.objectContaining({ source: null, cue: null })]);
  });

  it('the cue phrase takes in the verb group but not "by", as PolNeAR marks it', () => {
    const [claim] = extractClaims('The pier closure was first reported by the Harbour Gazette.').claims;
    expect(claim?.cue?.phrase?.text ?? claim?.cue?.text).toBe('was first reported');
  });
});

describe('attribute: two passive reports joined by "and" with no comma', () => {
  it('each has its own raised subject, and the first content ends before "and"', () => {
    const found = attributions('The council is expected to close the pier and the mayor is expected to approve it.');
    expect(found.map((claim) => claim.content)).toEqual([
      ['The council', 'to close the pier'],
      ['the mayor', 'to approve it'],
    ]);
  });

  it('a subject of two parties after a cue stays whole: "said the council and the mayor are said to ..."', () => {
    const found = attributions('Officials said the council and the mayor are said to favour it.');
    expect(found.find((claim) => claim.source === null)?.content).toEqual(['the council and the mayor', 'to favour it']);
  });
});

describe('attribute: an adverb wink reads as an adjective inside the verb group', () => {
  it('"which has long/ADJ been said to" keeps the relative pronoun as the raised subject', () => {
    const found = attributions('The mayor praised the fund, which has long been said to hold the pier.');
    expect(found.find((claim) => claim.cue === 'said')?.content).toEqual(['which', 'to hold the pier']);
  });
});

describe('attribute: the subject of a passive cue is spoken to or about, not the source', () => {
  it.each<[string, string]>([
    ['Hunt was asked about the pier.', 'asked'],
    ['Hunt was accused of fraud.', 'accused'],
    ['Residents were assured that the pier was safe.', 'assured'],
    ['Ruth Allen was told that the pier was unsafe.', 'told'],
    ['The plan, Hunt was told, would close the pier.', 'told'],
  ])('%j has no source and no speaker', (text, cue) => {
    expect(attributions(text).find((claim) => claim.cue === cue)).toMatchObject({ source: null, speaker: null });
  });

  it.each<[string, string, string]>([
    ['a report of the subject\'s words', 'Tom Hunt was reported as saying the pier was safe.', 'Tom Hunt'],
    ['a raised report of the subject\'s words', 'Ruth Allen is widely reported to have said the pier was safe.', 'Ruth Allen'],
    ['a resolve', 'Tom Hunt is determined to close the pier.', 'Tom Hunt'],
    ['an opposition', 'Tom Hunt is opposed to the plan.', 'Tom Hunt'],
    ['a worry', 'Divers are worried that the pier will close.', 'Divers'],
    ['an adjective after "be"', 'Ruth Allen is concerned that the pier will close.', 'Ruth Allen'],
    ['a quotation', 'Tom Hunt was quoted as saying the pier was safe.', 'Tom Hunt'],
  ])('%s keeps its subject as the source: %j', (_name, text, source) => {
    expect(attributions(text)[0]?.source).toBe(source);
  });

  it.each<[string, string | null]>([
    ['He’s sought to lower the harbour tax.', 'He'],
    ['He’s argued that the pier must stay open.', 'He'],
    ['It’s said that the pier will close.', null],
    ['She’s told that the pier will close.', null],
  ])('a contracted "\'s" is "has" unless a passive\'s word follows: %j', (text, source) => {
    expect(attributions(text)[0]?.source).toBe(source);
  });

  it('an infinitive alone is what the subject was asked, not its own words: "was asked to comment"', () => {
    expect(attributions('Ann Lee was asked to comment on the fees.')[0]).toMatchObject({ source: null, cue: 'asked' });
  });

  it('a participle after the passive cue keeps the subject as its speaker', () => {
    expect(attributions('Tom Hunt was asked about the pier, saying it was safe.').find((claim) => claim.cue === 'saying')).toMatchObject({ source: 'Tom Hunt', speaker: 'Tom Hunt' });
  });
});

describe('attribute: a raising participle after "with" is a passive without its "be"', () => {
  it('its subject is no source: "..., with Ruth Allen and her husband expected to visit"', () => {
    expect(attributions('Turnout is rising, with both Ruth Allen and her husband Tom expected to visit the port in May.')[0]).toMatchObject({ source: null, speaker: null, cue: 'expected' });
  });

  it('an active past keeps its subject: "Ruth Allen expected to win the race."', () => {
    expect(attributions('Ruth Allen expected to win the race.')[0]).toMatchObject({ source: 'Ruth Allen', cue: 'expected' });
  });
});

