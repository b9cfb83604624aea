/**
 * Cues in relative clauses and asides (src/attribute/relatives.ts), checked through the
 * public API: the relative pronoun as the source, the antecedent as the speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions, one } from '../helpers/attributions.js';

describe('attribute: a cue in a relative clause', () => {
  it('the relative pronoun is the source, the phrase it stands for the speaker', () => {
    expect(attributions('Ruth Allen met the mayor, who said that the pier is safe.')).toEqual([one('mayor', 'who', 'said', ['that the pier is safe'], 'indirect')]);
  });

  it('a verb coordinated after the relative clause is the antecedent\'s too: "who welcomed A, and stressed B"', () => {
    const found = attributions('The mayor called on Governor Ruth Allen, who welcomed the plan, and stressed the importance of the pier.');
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        one('Ruth Allen', 'who', 'welcomed', ['the plan'], 'indirect'),
        one('Ruth Allen', 'who', 'stressed', ['the importance of the pier'], 'indirect'),
      ]),
    );
  });

  it('the two claims of one source come in reading order', () => {
    const found = attributions('The mayor called on Governor Ruth Allen, who welcomed the plan, and stressed the importance of the pier.');
    expect(found.map((claim) => claim.cue)).toEqual(['welcomed', 'stressed']);
  });

  it('a participle of the same source stays behind its finite cue', () => {
    const found = attributions('Reading a statement, the spokesperson said the pier would reopen.');
    expect(found.map((claim) => claim.cue)).toEqual(['said', 'Reading']);
  });

  it('after ", and" a relative clause that reports nothing leaves the second verb to the sentence\'s subject', () => {
    expect(attributions('The mayor met Governor Ruth Allen, who arrived on Monday, and stressed the importance of the pier.')).toEqual([
      one('mayor', 'The mayor', 'stressed', ['the importance of the pier'], 'indirect'),
    ]);
  });

  it('"and" with no comma coordinates inside the relative clause', () => {
    expect(attributions('The plan won over Ruth Allen, who came out and endorsed it on Monday.')).toEqual([
      expect.objectContaining({ speaker: 'Ruth Allen', source: 'who', cue: 'endorsed' }),
    ]);
  });

  it('a relative clause behind a non-noun is no speaker: the sentence\'s subject keeps the verb', () => {
    expect(attributions('The mayor called on Governor Ruth Allen (D), who welcomed the plan, and stressed the importance of the pier.')[0]).toMatchObject({
      speaker: 'mayor',
      source: 'The mayor',
      cue: 'stressed',
    });
  });

  it('with no relative clause between, the coordinated verb keeps the sentence\'s subject', () => {
    expect(attributions('The mayor called on Governor Ruth Allen, and stressed the importance of the pier.')).toEqual([
      one('mayor', 'The mayor', 'stressed', ['the importance of the pier'], 'indirect'),
    ]);
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
    ['The ministry, which announced a new ferry plan on Monday, closed the pier.', 'which', 'announced', 'a new ferry plan'],
    ['Ms. Reyes, who had opposed a similar plan in 2007, voted for it.', 'who', 'opposed', 'a similar plan'],
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

describe('attribute: a report inside a relative clause ("which he said ...")', () => {
  it.each([
    ['the object is the gap: "which he said Mexico should pay for"', 'Allen proposed a new pier, which she said the port should pay for.', ['which', 'the port should pay for']],
    ['the subject is the gap: "moves that he said improved the economy"', 'Allen listed the reforms that she said improved the harbour.', ['that', 'improved the harbour']],
    ['"who" before a verb: "rivals who he said are mostly men"', 'Allen criticised the rivals, who she said are afraid of the sea.', ['who', 'are afraid of the sea']],
  ])('%s: the relative pronoun is the content\'s first piece', (_name, text, content) => {
    expect(attributions(text)).toContainEqual(one('Allen', 'she', 'said', content, 'indirect'));
  });

  it('"call" takes the gap of its object before a quoted complement: "a clip that the judge called "distasteful""', () => {
    expect(attributions('The harbour board removed the sign, which Allen called "a disgrace."').find((claim) => claim.cue === 'called')).toMatchObject({ source: 'Allen', content: ['which', 'a disgrace'] });
    expect(attributions('The board removed the sign that Allen called "a disgrace."').find((claim) => claim.cue === 'called')).toMatchObject({ source: 'Allen', content: ['that', 'a disgrace'] });
  });

  it('"what" that wink reads as a determiner is the pronoun, not part of the source: "in what officials called a hate crime"', () => {
    expect(attributions('The pier burned in what harbour officials called an act of arson.')).toContainEqual(
      one('harbour officials', 'harbour officials', 'called', ['what', 'an act of arson'], 'indirect'),
    );
  });

  it.each<[string, string, string[]]>([
    ['names what it stands for', 'The mayor faced what harbour divers called a rant.', ['what', 'a rant']],
    ['stands for the subject of the report', 'The board ignored what many divers said was a warning.', ['what', 'was a warning']],
  ])('"what" after a verb is the pronoun when the report lacks what it stands for: %s', (_name, text, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source: expect.stringMatching(/^(harbour|many) divers$/), content }));
  });

  it.each([['Residents asked what harbour officials called the new pier.'], ['It is not clear whose captain said the pier was unsafe.']])(
    'a question word after a verb of asking or an adjective is no relative pronoun: %j',
    (text) => {
      expect(attributions(text).some((claim) => claim.source === 'harbour officials' || claim.source === 'captain')).toBe(false);
    },
  );

  it('"what" after a verb asks when the report is whole: "knows what divers said about the pier"', () => {
    expect(attributions('Nobody knows what divers said about the pier.').some((claim) => claim.source === 'divers')).toBe(false);
  });

  it.each([
    ['a "that" after a verb is a complementizer', 'The mayor argued that she said the pier is safe.'],
    ['a "that" after a noun before a clause opens that clause', 'The mayor made it clear Monday that she believes the pier is safe.'],
    ['"who" before a clause asks', 'The reporter asked the mayor who she thinks the pier belongs to.'],
  ])('%s: no pronoun is added', (_name, text) => {
    for (const claim of attributions(text)) expect(claim.content[0]).not.toMatch(/^(that|who)$/);
  });
});

describe('attribute: where a report inside a relative clause ends', () => {
  it.each<[string, string, string[]]>([
    ['an aside ends at its comma', 'The pier, which officials say is unsafe, closed.', ['which', 'is unsafe']],
    ['a restrictive clause ends before the main verb', 'The reforms that she said improved the harbour were costly.', ['that', 'improved the harbour']],
  ])('%s: %j', (_name, text, content) => {
    expect(attributions(text).find((claim) => claim.cue === 'say' || claim.cue === 'said')?.content).toEqual(content);
  });

  it('"which" before a subject that is no role is no part of it: "which divers say"', () => {
    expect(attributions('The pier closed, which divers say was a mistake.').find((claim) => claim.cue === 'say')).toMatchObject({ source: 'divers', content: ['which', 'was a mistake'] });
    expect(attributions('Nobody knows which divers said the port would close.').some((claim) => claim.source === 'divers')).toBe(false);
  });

  it('"which" after a verb asks, and stays in the subject: "knows which officials said ..."', () => {
    expect(attributions('Nobody knows which officials said the port would close.').some((claim) => claim.source === 'officials')).toBe(false);
  });
});

describe('attribute: a restrictive relative clause inside the subject of a later cue', () => {
  it.each<[string, [string, string, string[]], [string, string, string[]]]>([
    ['People who think the pier is safe said it should open.', ['People who think the pier is safe', 'said', ['it should open']], ['who', 'think', ['the pier is safe']]],
    ['Groups that have endorsed him say they believe the pier is safe.', ['Groups that have endorsed him', 'say', ['they believe the pier is safe']], ['that', 'endorsed', ['him']]],
    ['Divers who think the pier is old said it should close.', ['Divers who think the pier is old', 'said', ['it should close']], ['who', 'think', ['the pier is old']]],
    [
      'The woman who reported the boat was missing said she feared the worst.',
      ['The woman who reported the boat was missing', 'said', ['she feared the worst']],
      ['who', 'reported', ['the boat was missing']],
    ],
    [
      'The judges who ruled that the town could not close the pier said the fee was the problem.',
      ['The judges who ruled that the town could not close the pier', 'said', ['the fee was the problem']],
      ['who', 'ruled', ['that the town could not close the pier']],
    ],
    ['Divers who think that the pier is old said it should close.', ['Divers who think that the pier is old', 'said', ['it should close']], ['who', 'think', ['that the pier is old']]],
    [
      'Residents who claimed that the fee was illegal have said they will sue.',
      ['Residents who claimed that the fee was illegal', 'said', ['they will sue']],
      ['who', 'claimed', ['that the fee was illegal']],
    ],
  ])('ends before the main verb, which keeps the main claim: %j', (text, main, relative) => {
    const found = attributions(text).map((claim) => [claim.source, claim.cue, claim.content]);
    expect(found).toEqual([main, relative]);
  });

  it('an object pronoun with a phrase after it is no clause\'s subject: "Friends who have seen her on the pier say ..."', () => {
    expect(attributions('Friends of Ann Lee who have seen her on the pier say that she is tired.')[0]).toMatchObject({
      source: 'Friends of Ann Lee who have seen her on the pier',
      content: ['that she is tired'],
    });
  });

  it.each<[string, string[][]]>([
    [
      'The man who said he saw the pier fall told police it shook.',
      [
        ['The man who said he saw the pier fall', 'told'],
        ['who', 'said'],
      ],
    ],
    [
      'Residents who told reporters the pier was unsafe said they were ignored.',
      [
        ['Residents who told reporters the pier was unsafe', 'said'],
        ['Residents', 'told'],
      ],
    ],
  ])('a cue inside it is no main cue, and it keeps its own claim: %j', (text, expected) => {
    expect(attributions(text).map((claim) => [claim.source, claim.cue])).toEqual(expected);
  });

  it('"her" before a noun is a possessive, and may open the clause of a later cue: "who think her friends say ..."', () => {
    expect(attributions('People who think her friends say the pier is safe are wrong.').map((claim) => claim.content)).not.toContainEqual(['her friends']);
  });

  it.each<[string, string[]]>([
    ['The crews thanked divers who say the mayor should be asked to resign.', ['the mayor should be asked to resign']],
    ['Ruth Allen met divers who think the pier is a so-called wreck.', ['the pier is a so-called wreck']],
  ])('goes on over its own verb group and a hyphenated word: %j', (text, content) => {
    expect(attributions(text).find((claim) => claim.source === 'who')?.content).toEqual(content);
  });
});

describe('attribute: a report in a relative clause without "that"', () => {
  it.each<[string, string, string, string[]]>([
    ['She backed the closure, a decision they say allowed the harbour to silt up.', 'they', 'say', ['a decision', 'allowed the harbour to silt up']],
    ['He warned of meddling the congressman said is designed to sow discord.', 'the congressman', 'said', ['meddling', 'is designed to sow discord']],
    ['It is the risk Harbour officials said was growing.', 'Harbour officials', 'said', ['the risk', 'was growing']],
    ['The divers blamed a strike that harbour bosses said could ultimately close the port.', 'harbour bosses', 'said', ['that', 'could ultimately close the port']],
    ['The reforms she said improved the harbour were costly.', 'she', 'said', ['The reforms', 'improved the harbour']],
    ['Of the 12 divers they said were hurt, two died.', 'they', 'said', ['the 12 divers', 'were hurt']],
  ])('the subject after the noun reports, the noun opens the content and the gap is the clause\'s subject: %j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content }));
  });

  it('an adverb after an auxiliary stays in the verb group; after a full verb the main clause follows', () => {
    expect(attributions('The reforms that she said worked well were scrapped.')).toContainEqual(expect.objectContaining({ source: 'she', content: ['that', 'worked well'] }));
  });

  it.each([
    'The boat they found was empty.',
    'The words he said were clear.',
    'Since the storm they say the harbour has changed.',
    'The money he said, he would repay.',
    'The report says harbour minister Ann Lee believes the pier will recover.',
    'Ruth Allen told the council she thought the pier was unsafe.',
  ])('no report of this kind: an object relative, a said thing, a full clause or a comma after the cue: %j', (text) => {
    const found = extractClaims(text).claims.filter((claim) => claim.evidence.includes('attribute/contact-relative'));
    expect(found).toEqual([]);
  });
});
