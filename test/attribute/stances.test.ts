/**
 * The stance rule of src/attribute/stances.ts, checked through the public API: a belief or hope that another
 * frame of the sentence reports is part of that report, and stays a claim when a conjunction joins its clause.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions } from '../helpers/attributions.js';

describe('attribute: a stance inside another claim is part of that claim, not a claim of its own', () => {
  it.each<[string, string, string, string, string]>([
    ['a sight reported', 'Ann Lee told the Gazette that she saw the pier collapse.', 'told', 'Ann Lee', 'that she saw the pier collapse'],
    ['a feeling after the cue\'s time', 'Hunt said on Monday he felt the pier would reopen.', 'said', 'Hunt', 'he felt the pier would reopen'],
    ['knowing, after "that"', 'Ruth Allen told friends that the mayor knew all about the pier.', 'told', 'Ruth Allen', 'that the mayor knew all about the pier'],
    ['a plan in a question asked', 'Hunt shook hands and asked divers if they planned to vote.', 'asked', 'Hunt', 'if they planned to vote'],
    ['a hope before the cue', 'Tom Hunt hopes to reopen the pier in May, Ruth Allen said.', 'said', 'Ruth Allen', 'Tom Hunt hopes to reopen the pier in May'],
    ['a hope split by the cue', 'He hoped, he said, that the paper would stop.', 'said', 'he', 'He hoped … that the paper would stop'],
  ])('%s: %j', (_name, text, cue, source, content) => {
    const found = attributions(text).filter((claim) => claim.cue !== null);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue, source, content: content.split(' … ') });
  });

  it.each<[string, string, string[]]>([
    ['a report of speech stays a claim', 'Ann Lee told the Gazette that Tom Hunt had warned the board about the pier.', ['told', 'warned']],
    ['a demand stays a claim', 'Ruth Allen told friends that the mayor urged crews to close the pier.', ['told', 'urged']],
    ['a stance in a later clause of its own stays a claim', 'Ruth Allen said the pier was safe, though she fears it will close.', ['said', 'fears']],
    ['a stance beside another claim stays a claim', 'Ruth Allen believes the pier is safe, and Tom Hunt says it is not.', ['believes', 'says']],
    ['a stance a conjunction joins stays a claim', 'Lee said the pier was safe but Hunt thinks it is unsafe.', ['said', 'thinks']],
    ['a stance joined by a subordinator stays a claim', 'Lee did not say when, because Hunt expects a delay.', ['say', 'expects']],
    ['a stance after "yet" stays a claim', 'Tom Hunt said the ferry would run, yet Ann Lee doubts it.', ['said', 'doubts']],
    ['a second stance of a reported subject, outside the report, stays a claim', 'Lee stressed that Port Ellis firmly supports the regatta and believes it will succeed.', ['stressed', 'believes']],
    ['two stances that report each other both stay', 'Hunt thinks, Lee believes, that the pier is unsafe.', ['believes', 'thinks']],
  ])('%s: %j', (_name, text, cues) => {
    expect(attributions(text).map((claim) => claim.cue)).toEqual(cues);
  });
});

describe('attribute: the holder of a stance folded into a report stays in view', () => {
  it('a later "she" is the stance\'s holder named before the report, not the reporter', () => {
    const found = attributions('Talks\n\nPrime Minister Ruth Allen wants a new round of talks, her spokesperson said. She has written to Dan Gol to propose a date.');
    expect(found.map((claim) => [claim.cue, claim.speaker])).toEqual([
      ['said', 'spokesperson'],
      ['written', 'Ruth Allen'],
    ]);
  });

  it('the holder is no speaker of its own', () => {
    const { speakers } = extractClaims('Talks\n\nRuth Allen wants a new round of talks, her spokesperson said.');
    expect(speakers.map((speaker) => speaker.name)).toEqual(['spokesperson']);
  });
});
