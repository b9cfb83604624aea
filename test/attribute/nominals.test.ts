/**
 * How src/attribute/nominals.ts reads a noun of speech after a possessive with a that-clause or an infinitive
 * ("his warning that ...", "the mayor's claim that ..."): the possessor is the source, the noun
 * the cue, the that-clause the content.
 */
import { describe, expect, it } from 'vitest';
import { attributions } from '../helpers/attributions.js';

describe('attribute: a noun of speech after a possessive', () => {
  it.each<[string, string, string, string, string]>([
    ['a possessive pronoun', 'Ruth Allen spoke on Monday. The crews ignored her warning that the pier would close.', 'Ruth Allen', 'her', 'warning'],
    ['a name with its marker', 'The council rejected the mayor’s claim that the pier is safe.', 'mayor', 'the mayor’s', 'claim'],
    ['a plural noun', 'The council rejected Ruth Allen’s claims that the pier is safe.', 'Ruth Allen', 'Ruth Allen’s', 'claims'],
    ['a modifier in the cue', 'The council rejected Ruth Allen’s repeated assertion that the pier is safe.', 'Ruth Allen', 'Ruth Allen’s', 'repeated assertion'],
  ])('%s: %j', (_name, text, speaker, source, cue) => {
    const found = attributions(text).find((claim) => claim.cue === cue);
    expect(found).toMatchObject({ speaker, source, cue });
    expect(found?.content[0]).toMatch(/^that /);
  });

  it.each<[string, string, string]>([
    ['no possessor', 'The council rejected the claim that the pier is safe.', 'claim'],
    ['no that-clause', 'The council rejected Ruth Allen’s claim about the pier.', 'claim'],
    ['a noun that reports nothing', 'The council rejected Ruth Allen’s budget that the pier needs.', 'budget'],
  ])('%s: %j has no claim with the noun as its cue', (_name, text, noun) => {
    expect(attributions(text).map((claim) => claim.cue)).not.toContain(noun);
  });
});

describe('attribute: a noun of commitment or hope after a possessive, with an infinitive', () => {
  it('reports the infinitive: "her pledge to rebuild the pier"', () => {
    expect(attributions('The crews cheered Ruth Allen’s pledge to rebuild the pier.').find((claim) => claim.cue === 'pledge')).toMatchObject({
      source: 'Ruth Allen’s',
      content: ['to rebuild the pier'],
    });
  });

  it.each<[string, string]>([
    ['a noun of speech', 'The crews mocked Ruth Allen’s claim to know the harbour.'],
    ['no verb after "to"', 'The crews cheered Ruth Allen’s pledge to the divers.'],
    ['the noun phrase as the subject', 'Her pledge to rebuild the pier was broken within a year.'],
  ])('%s has no claim: %j', (_name, text) => {
    expect(attributions(text).filter((claim) => claim.cue === 'claim' || claim.cue === 'pledge')).toEqual([]);
  });
});
