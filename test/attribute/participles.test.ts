/**
 * The participle frames of src/attribute/participles.ts, checked through the public API:
 * ", adding that ...", a participle that opens the sentence, a participle after a comma,
 * "by" or a medium, and participles joined by "and".
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions, one, type Attribution } from '../helpers/attributions.js';

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
    [
      '"X said that ... and asked ..."',
      'Ruth Allen said that the pier was unsafe and asked divers to stay away.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['that the pier was unsafe'], 'indirect'), one('Ruth Allen', 'Ruth Allen', 'asked', ['divers to stay away'], 'indirect')],
    ],
    [
      '"X tweeted that ... and encouraged ..."',
      'Tom Hunt tweeted that the pier was a disgrace and encouraged divers to read the report.',
      [
        one('Tom Hunt', 'Tom Hunt', 'tweeted', ['that the pier was a disgrace'], 'indirect'),
        one('Tom Hunt', 'Tom Hunt', 'encouraged', ['divers to read the report'], 'indirect'),
      ],
    ],
    [
      '"X says ... and urges ..." in the present',
      'Ruth Allen says the pier is safe and urges residents to use it.',
      [one('Ruth Allen', 'Ruth Allen', 'says', ['the pier is safe'], 'indirect'), one('Ruth Allen', 'Ruth Allen', 'urges', ['residents to use it'], 'indirect')],
    ],
    [
      '"X said ... and promised ..."',
      'Ann Lee said the pier was safe and promised that it would reopen in May.',
      [one('Ann Lee', 'Ann Lee', 'said', ['the pier was safe'], 'indirect'), one('Ann Lee', 'Ann Lee', 'promised', ['that it would reopen in May'], 'indirect')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    const found = attributions(text);
    expect(found).toEqual(expected);
    expect(new Set(extractClaims(text).claims.map((claim) => claim.speaker?.id)).size).toBe(1);
  });
});

describe('attribute: a second cue inside a fronted subordinate clause', () => {
  it('ends where the clause does, before the main clause: "Though she ... and called for ..., Allen restricted ..."', () => {
    const text = 'Though Ann Lee called the fees "outrageous" and called for them to be returned, Ruth Allen kept quiet about the bank.';
    expect(attributions(text).find((claim) => claim.cue === 'called for')?.content).toEqual(['them to be returned']);
  });
});

describe('attribute: a participle after the "and" of a passive', () => {
  it.each([['Tom Hunt said his brother was arrested and accused of theft.'], ['The council said the mayor was warned and asked to resign.']])('shares its "be", and no one speaks: %j', (text) => {
    expect(attributions(text).map((claim) => claim.cue)).toEqual(['said']);
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

  it.each<[string, string, string, string[]]>([
    ['After saying he was nervous, the diver left the pier.', 'the diver', 'saying', ['he was nervous']],
    ['By insisting that the pier was safe, Ruth Allen angered the divers.', 'Ruth Allen', 'insisting', ['that the pier was safe']],
    ['While promising that the pier would open, the mayor closed it.', 'the mayor', 'promising', ['that the pier would open']],
  ])('after a preposition, speaks for the subject after its comma: %j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content }));
  });

  it('not after a preposition when no clause with a subject follows the comma', () => {
    expect(attributions('After saying goodbye, and then another one.').every((claim) => claim.cue === null)).toBe(true);
  });

  it('not when it has a bare adjunct', () => {
    expect(attributions('Writing in the Gazette, the mayor argued that the pier was safe.').map((claim) => claim.cue)).toEqual(['argued']);
  });

  it('not when no clause with a subject follows the comma', () => {
    expect(attributions('Citing a new report, and then another one.').every((claim) => claim.cue === null)).toBe(true);
  });
});

describe('attribute: a participle cue after a comma or "by" takes the clause\'s subject', () => {
  it.each<[string, string, Array<[string | null, string, string[]]>]>([
    ['after a clause that reports nothing', 'The mayor opened the pier on Friday, arguing that it is safe.', [['The mayor', 'arguing', ['that it is safe']]]],
    ['after a cue with only a bare adjunct', 'The mayor complained in Port Ellis, suggesting that the pier was sabotaged.', [['The mayor', 'suggesting', ['that the pier was sabotaged']]]],
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
    ['with an adverb before the participle', 'The mayor complained in Port Ellis, even suggesting that the pier was sabotaged.', [['The mayor', 'suggesting', ['that the pier was sabotaged']]]],
    ['with any noun phrase as the subject', 'Both ferry crews stopped work on Monday, arguing that the pier was unsafe.', [['Both ferry crews', 'arguing', ['that the pier was unsafe']]]],
    ['after a fronted phrase', 'In response to the storm, the harbour master closed the pier, saying that the waves were too high.', [['the harbour master', 'saying', ['that the waves were too high']]]],
    ['after a dash', 'The mayor changed her mind on the spot – saying she would back the divers.', [['The mayor', 'saying', ['she would back the divers']]]],
    [
      'a second participle after the first',
      'The mayor began by talking about the storm, saying that the pier is unsafe.',
      [
        ['The mayor', 'talking about', ['the storm']],
        ['The mayor', 'saying', ['that the pier is unsafe']],
      ],
    ],
  ])('%s: %j', (_name, text, expected) => {
    const found = attributions(text);
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual(expected);
    expect(new Set(found.map((claim) => claim.speaker)).size).toBe(1);
  });

  it.each<[string]>([
    ['The pier became an issue, with Ruth Allen — who has called for a new pier — praising the plan.'],
    ['The mayor changed her mind – saying she would back the divers – and left.'],
  ])('no claim of the clause\'s subject after a dash of a pair around an aside: %j', (text) => {
    expect(attributions(text).filter((claim) => claim.source === 'The pier' || claim.source === 'The mayor')).toEqual([]);
  });

  it('a report after a semicolon is no content of the participle before it', () => {
    const found = attributions('Tom Hunt closed the pier, citing the storm; Ann Lee said it would stay shut.');
    expect(found.find((claim) => claim.cue === 'said')).toMatchObject({ source: 'Ann Lee', content: ['it would stay shut'] });
    expect(found.find((claim) => claim.cue === 'citing')?.content ?? []).not.toContain('the storm; Ann Lee said it would stay shut');
  });

  it('a participle set off inside the reported clause, before its verb, does not end the content', () => {
    const found = attributions('Tom Hunt closed the pier on Monday, saying that divers, citing cracks in the piles, had refused to work.');
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual([['Tom Hunt', 'saying', ['that divers, citing cracks in the piles, had refused to work']]]);
  });

  it('a report inside the participle\'s clause is nested in it, not the main claim: "..., arguing that it showed ..."', () => {
    const found = attributions('Harbour officials seized on the memo, arguing that it showed the pier was unsafe.');
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['Harbour officials', 'arguing', ['that it showed the pier was unsafe']],
      ['it', 'showed', ['the pier was unsafe']],
    ]);
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

describe('attribute: a participle after "with" and its subject', () => {
  it.each<[string, string, string, string, string]>([
    ['after a clause and a comma', 'The harbour board was irritated, with Sen. Ruth Allen calling the plan a "menu."', 'Sen. Ruth Allen', 'calling', 'the plan a "menu."'],
    ['a share of a poll', 'Voters doubt the pier, with 50 percent of voters saying it is unsafe.', '50 percent of voters', 'saying', 'it is unsafe'],
    ['with no comma', 'The meeting ended with the mayor asking whether the pier was safe.', 'the mayor', 'asking', 'whether the pier was safe'],
    ['a ratio of a poll, which wink reads with the participle as a noun', 'Divers shrugged, with three in 10 saying the pier is unsafe.', 'three in 10', 'saying', 'the pier is unsafe'],
    ['an approximated ratio', 'Most divers are cautious, with about one in four saying they never dive alone.', 'about one in four', 'saying', 'they never dive alone'],
    ['an approximated share', 'The race tightened, with about 40 percent of voters saying the ferry is late.', 'about 40 percent of voters', 'saying', 'the ferry is late'],
    ['a noun in -ing after a number, before the participle', 'The court split, with one ruling saying the tax was legal.', 'one ruling', 'saying', 'the tax was legal'],
  ])('%s: %j', (_name, text, source, cue, content) => {
    expect(attributions(text).find((claim) => claim.cue === cue)).toMatchObject({ source, content: [content] });
  });

  it('the clause before it ends at "with"', () => {
    expect(attributions('Voters doubt the pier, with 50 percent of voters saying it is unsafe.').find((claim) => claim.cue === 'doubt')).toMatchObject({ content: ['the pier'] });
  });

  it.each([
    ['a participle that works as a preposition', 'The mayor spoke with Governor Ruth Allen regarding the pier.'],
    ['a participle whose clause ends right after it', 'Even with all precincts reporting, the race remained close.'],
    ['a number and a participle that reports nothing', 'The town grew, with 10 buildings going up.'],
  ])('%s reports nothing', (_name, text) => {
    expect(attributions(text).filter((claim) => claim.cue !== null && claim.cue.endsWith('ing'))).toEqual([]);
  });
});

describe('attribute: what a participle after "with" does not report', () => {
  it.each([
    ['an adjunct', 'The port reopened with all crews reporting for work.'],
    ['a denial', 'She left the pier with her aides saying nothing.'],
  ])('%s', (_name, text) => {
    expect(attributions(text).filter((claim) => claim.cue !== null)).toEqual([]);
  });
});

describe('attribute: a participle after a noun that carries words', () => {
  it.each<[string, string, string, string[]]>([
    ['Ann Lee held up a sign saying “Divers Against Hunt.”', 'a sign', 'saying', ['Divers Against Hunt']],
    ['Police received 911 calls saying shots had been fired at the pier.', '911 calls', 'saying', ['shots had been fired at the pier']],
    ['The divers carried banners proclaiming: “Save the pier!”', 'banners', 'proclaiming', ['Save the pier']],
    ['She wore a hat reading, “Make the Harbour Great” on Tuesday night before the speech.', 'a hat', 'reading', ['Make the Harbour Great']],
    ['A petition calling on him to leave the harbour board has reached 5,000 names.', 'A petition', 'calling on', ['him to leave the harbour board']],
  ])('the noun\'s phrase is the source: %j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content }));
  });

  it('a main clause after the comma is no part of the words: "Holding signs calling him ..., the crowd chanted"', () => {
    expect(attributions('Holding signs calling Hunt “the harbour\'s biggest loser,” the divers chanted.')).toContainEqual(
      expect.objectContaining({ source: 'signs', cue: 'calling', content: ['Hunt “the harbour\'s biggest loser,”'] }),
    );
  });

  it('the words of a sign held inside the subject end at the sentence\'s own verb', () => {
    expect(attributions('Divers carrying signs demanding justice marched through Port Ellis on Saturday.')).toContainEqual(
      expect.objectContaining({ source: 'signs', cue: 'demanding', content: ['justice'] }),
    );
  });

  it.each([
    ['an indication', 'Economists saw signs suggesting a recovery in Port Ellis.'],
    ['a direction', 'Staff put up signs pointing to the exit.'],
    ['a picture', 'The campaign released a poster showing Ruth Allen beside the harbour.'],
    ['a stance', 'The crowd waved banners criticizing the port authority.'],
    ['a single call, whose caller speaks', 'Tom Hunt made a call saying he would not attend the hearing.'],
  ])('%s gives the noun no words: %j', (_name, text) => {
    expect(attributions(text).filter((claim) => /^(?:an? |the )?(?:signs?|posters?|banners?|call)$/i.test(claim.source ?? ''))).toEqual([]);
  });

  it('a medium a party puts out leaves the party the speaker: "issued a statement saying"', () => {
    expect(attributions('The harbour board issued a statement saying the pier would close.')).toEqual([
      expect.objectContaining({ source: 'The harbour board', cue: 'saying', content: ['the pier would close'] }),
    ]);
  });
});

describe('attribute: a participle after a clause joined by ", and"', () => {
  it.each<[string, string]>([
    ['At this point, the camera is facing the ground, and she becomes upset, shouting that the pier is unsafe.', 'she'],
    ['The crowd was quiet, and Ruth Allen stood up, saying the pier was unsafe.', 'Ruth Allen'],
  ])('takes that clause\'s subject as its source: %j', (text, source) => {
    expect(attributions(text).find((claim) => claim.cue === 'shouting' || claim.cue === 'saying')?.source).toBe(source);
  });

  it.each<[string, string]>([
    ['Tom Hunt met the board, and then left, saying the pier was safe.', 'Tom Hunt'],
    ['She later recanted, and Mr. Hurt’s book included a note from her, clarifying that she was not hurt.', 'She'],
    ['Tom Hunt voted, and the motion passed, saying nothing.', 'Tom Hunt'],
    ['Tom Hunt paused, and the room fell silent, before saying the deal was dead.', 'Tom Hunt'],
    ['Ann Lee spoke, and it was clear she was angry, saying the pier was unsafe.', 'Ann Lee'],
  ])('keeps the first subject when no clause with a speaker of its own is joined: %j', (text, source) => {
    expect(attributions(text).find((claim) => claim.cue === 'saying' || claim.cue === 'clarifying')?.source).toBe(source);
  });
});
