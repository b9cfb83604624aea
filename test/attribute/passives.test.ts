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

describe('attribute: what is not a passive report', () => {
  it.each<[string, string]>([
    ['an active verb keeps its subject as the source', 'Ruth Allen expected to win the vote.'],
    ['no infinitive after the participle', 'The result was expected by everyone in the harbour.'],
    ['a verb that raises nothing', 'The plan was announced to reporters on Friday.'],
  ])('%s: %j', (_name, text) => {
    expect(attributions(text).every((claim) => claim.source !== null || claim.cue === null)).toBe(true);
  });
});
