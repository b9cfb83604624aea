/** How src/attribute/polls.ts reads a sentence opened by the poll it reports. */
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/attributions.js';

describe('attribute: "In <poll>," opening a sentence', () => {
  it.each<[string, string, string]>([
    ['In a Gazette/Harbour Radio poll released Monday, 52 percent of voters backed the new pier.', 'a Gazette/Harbour Radio poll released Monday', '52 percent of voters backed the new pier'],
    ['In the latest surveys, the mayor leads by nine points.', 'the latest surveys', 'the mayor leads by nine points'],
  ])('the poll is the source and "In" the cue: %j', (text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'In', content: [content] });
  });

  it('a report inside the content is a claim of its own', () => {
    const claims = attributions('In a Gazette poll, 38 percent of voters said the pier should close.');
    expect(claims.map((claim) => [claim.source, claim.cue])).toEqual([
      ['a Gazette poll', 'In'],
      ['38 percent of voters', 'said'],
    ]);
  });

  it.each<[string]>([
    ['In Harbour Town, the mayor leads by nine points.'],
    ['In a memo released as polls closed, the mayor conceded.'],
    ['In a memo about the polls, the mayor conceded the race.'],
    ['In the polls, anyway.'],
    ['The mayor leads in the polls, by nine points.'],
  ])('no poll opening without a poll heading the phrase, a clause after it, or "In" first: %j', (text) => {
    expect(attributions(text).map((claim) => claim.cue)).not.toContain('In');
  });
});
