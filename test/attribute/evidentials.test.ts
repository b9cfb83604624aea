/**
 * How src/attribute/evidentials.ts reads the writer's hedged claims ("X seems to Y"), and
 * how "seem" and "appear" report through a reporting infinitive ("seemed to urge").
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions, one } from '../helpers/attributions.js';

describe('attribute: a claim hedged by "seem" or "appear" has the verb as its cue and no source', () => {
  it.each<[string, string, string, string[]]>([
    ['an infinitive', 'The ferry seems to be running late again.', 'seems', ['The ferry', 'to be running late again']],
    ['an adjective', 'The harbour board appeared paralyzed.', 'appeared', ['The harbour board', 'paralyzed']],
    ['a clause after "it"', 'It appears that the pier will reopen in May.', 'appears', ['that the pier will reopen in May']],
    ['a clause without "that" after "it"', 'It seems the harbour board has too many members.', 'seems', ['the harbour board has too many members']],
    ['"like" and a clause', 'It seemed like the crews had given up.', 'seemed', ['like the crews had given up']],
    ['a participle not in -ed', 'Ruth Allen seemed taken aback.', 'seemed', ['Ruth Allen', 'taken aback']],
    ['a noun phrase after "seem"', 'The vote seemed a rebuke to the mayor.', 'seemed', ['The vote', 'a rebuke to the mayor']],
    ['an adverb inside the infinitive', 'The board seems to not grasp the cost.', 'seems', ['The board', 'to not grasp the cost']],
    ['a relative pronoun as the subject', 'The pier drew a crowd that seemed to be confused.', 'seemed', ['that', 'to be confused']],
    ['a subject with an infinitive of its own', 'His ability to do so seemed shaky.', 'seemed', ['shaky']],
    ['a pronoun opening the clause after "it"', 'It seems someone hit the ferry.', 'seems', ['someone hit the ferry']],
    ['a quantifier as the subject', 'Most appear unharmed.', 'appear', ['Most', 'unharmed']],
    ['a verb sharing the subject before "and"', 'The mayor stood up and appeared to faint.', 'appeared', ['to faint']],
    ['a free relative after a preposition', 'The crowd cheered at what appears to be the end of the strike.', 'appears', ['to be the end of the strike']],
    ['"reportedly" inside the clause', 'The harbour board is reportedly spending $2 million on dredging.', 'reportedly', ['The harbour board is', 'spending $2 million on dredging']],
    ['"reportedly" opening the sentence', 'Reportedly, the mayor closed the pier on Monday.', 'Reportedly', ['the mayor closed the pier on Monday']],
  ])('%s: %j', (_name, text, cue, content) => {
    expect(attributions(text)).toEqual([one(null, null, cue, content, 'indirect')]);
  });

  it.each<[string]>([
    ['The mayor appeared on television on Friday.'],
    ['The mayor appeared.'],
    ['The mayor appeared Monday before the panel.'],
    ['The mayor tried to appear calm.'],
    ['The mayor needs to not seem weak.'],
    ['Appearing calm, the mayor spoke.'],
    ['What appears to be a crack runs along the pier.'],
    ['Who appears next is unclear.'],
    ['The ads that appeared ran for weeks.'],
    ['The rabbits appeared like magic.'],
    ['It seems like'],
    ['The ferry seems fine, the mayor said.'],
  ])('no hedged claim when the verb reports nothing or another cue reports: %j', (text) => {
    expect(attributions(text).map((claim) => claim.cue)).not.toContainEqual(expect.stringMatching(/^(?:seems?|appear(?:s|ed|ing)?)$/i));
  });

  it.each<[string, string[]]>([
    ['After the harbour board reportedly spent $5 million, the crews protested.', ['the harbour board', 'spent $5 million']],
    ['Ruth Allen, who reportedly earns $90,000, is leaving.', ['who', 'earns $90,000']],
  ])('"reportedly" takes its own clause, up to the next break: %j', (text, content) => {
    expect(attributions(text).find((claim) => claim.cue === 'reportedly')?.content).toEqual(content);
  });

  it('a relative clause\'s hedge ends at the clause break', () => {
    expect(attributions('The crack, which appears to widen, worries the divers.')).toContainEqual(expect.objectContaining({ cue: 'appears', content: ['which', 'to widen'] }));
  });

  it.each([['Ruth Allen reportedly has said the pier is safe.'], ['Ruth Allen reportedly never said that.']])('no hedge of its own before an auxiliary and a cue: %j', (text) => {
    expect(attributions(text).map((claim) => claim.cue)).toEqual(['said']);
  });

  it('the cue phrase of "reportedly" stops at the content before it', () => {
    const [claim] = extractClaims('The harbour board is reportedly spending $2 million on dredging.').claims;
    expect(claim?.cue?.phrase?.text ?? claim?.cue?.text).toBe('reportedly');
  });

  it('"reportedly" before a cue of its own joins that cue\'s phrase, with no hedge of its own', () => {
    const claims = attributions('Ruth Allen reportedly said the pier was safe.');
    expect(claims.map((claim) => [claim.source, claim.cue])).toEqual([['Ruth Allen', 'said']]);
    expect(extractClaims('Ruth Allen reportedly said the pier was safe.').claims[0]?.cue?.phrase?.text).toBe('reportedly said');
  });

  it('the cue phrase is the verb alone before an infinitive that reports nothing', () => {
    const [claim] = extractClaims('The ferry appears to have left the harbour.').claims;
    expect(claim?.cue?.phrase?.text ?? claim?.cue?.text).toBe('appears');
  });
});

describe('attribute: "seem" and "appear" before a reporting infinitive', () => {
  it.each<[string, string, string]>([
    ['The harbour board seemed to urge the council to act.', 'The harbour board', 'seemed to urge'],
    ['The mayor appeared to suggest that the pier would close.', 'The mayor', 'appeared to suggest'],
  ])('the subject is the source and the three words the cue phrase: %j', (text, source, phrase) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.source?.text).toBe(source);
    expect(claim?.cue?.phrase?.text).toBe(phrase);
  });
});

describe('attribute: a report in the clause after an empty "it" and its hedge', () => {
  it.each([['It seems Ann Lee said the pier is safe.'], ['It looks like Ann Lee said the pier is safe.'], ['It appears that Ann Lee said the pier is safe.']])('%j: the clause\'s subject is the source', (text) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source: 'Ann Lee', cue: 'said', content: ['the pier is safe'] }));
  });

  it('not after an "it" that is an object: "Lee made it look like Ann said ..." reports no claim of Ann\'s', () => {
    expect(attributions('Tom Hunt made it look like Ann Lee said the pier is closed.').map((claim) => claim.source)).not.toContain('Ann Lee');
  });
});

describe('attribute: a hedge beside another frame', () => {
  it('is a claim of its own when no other frame takes its words in', () => {
    const claims = attributions('The crews seemed unconvinced after Ruth Allen said the pier was safe.');
    expect(claims.map((claim) => [claim.source, claim.cue])).toEqual([
      ['Ruth Allen', 'said'],
      [null, 'seemed'],
    ]);
  });

  it('is none inside another claim\'s content', () => {
    const claims = attributions('Ruth Allen said the crews seemed unconvinced.');
    expect(claims.map((claim) => claim.cue)).toEqual(['said']);
  });
});

describe('attribute: a hedge inside someone\'s speech is theirs', () => {
  it('after a transcript header the sentence keeps the speaker of the remarks', () => {
    const text = 'Remarks by Mayor Ruth Allen at the Harbour Forum\n\nThank you all for coming.\n\nIt appears that the pier will reopen in May.\n';
    const claims = extractClaims(text).claims;
    const hedge = claims.find((claim) => claim.content.some((piece) => piece.text.includes('the pier will reopen')));
    expect(hedge?.speaker?.name).toBe('Ruth Allen');
  });
});
