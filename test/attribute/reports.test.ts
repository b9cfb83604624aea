/**
 * The frame rules of src/attribute/reports.ts, checked through the public API: headlines,
 * questions, "according to", parenthetical and inverted cues, "As X reported", leading,
 * coordinated, any-subject and shared-subject frames.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions, one, type Attribution } from '../helpers/attributions.js';

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
      'a phrasal cue after a name, which wink reads as a noun ("Hunt shot/NOUN back")',
      '"The pier is safe," Tom Hunt shot back.',
      [one('Tom Hunt', 'Tom Hunt', 'shot back', ['The pier is safe'], 'direct')],
    ],
    [
      'a subject with an aside between spaced hyphens, as some newspapers write dashes',
      'The three divers - Tom Hunt, Ann Lee and Dan Gol - agreed "the pier is unsafe."',
      [one('divers', 'The three divers - Tom Hunt, Ann Lee and Dan Gol', 'agreed', ['the pier is unsafe'], 'direct')],
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
    [
      'a span of time placed against another moment after the cue',
      '"The pier is safe," Ruth Allen said three days after the vote.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['The pier is safe'], 'direct')],
    ],
    [
      "a span of time, then a clause of the writer's own after a comma and a coordinator",
      '"The pier is safe," she said several months after the storm, and a big reason for her calm was the new sea wall.',
      [one('she', 'she', 'said', ['The pier is safe'], 'direct')],
    ],
    [
      'a span of time, then a relative clause on its moment',
      '"We lost everything," Ann Lee said three days after the fire, which destroyed her house.',
      [one('Ann Lee', 'Ann Lee', 'said', ['We lost everything'], 'direct')],
    ],
    [
      'a span of time, then a subordinate clause of the writer\'s own',
      '"The ferry was overloaded," Ann Lee said a day later, though the claim was never proved.',
      [one('Ann Lee', 'Ann Lee', 'said', ['The ferry was overloaded'], 'direct')],
    ],
    [
      'a second verb of the same subject after "and" ends the cue\'s clause',
      '"The ferry was overloaded," Tom Hunt said and added that nobody was to blame.',
      [
        one('Tom Hunt', 'Tom Hunt', 'said', ['The ferry was overloaded'], 'direct'),
        one('Tom Hunt', 'Tom Hunt', 'added', ['that nobody was to blame'], 'indirect'),
      ],
    ],
    [
      'a lone closing mark of an outer quote after the clause is no second piece',
      '"The pier is safe," she said on Monday, and the town believed her."',
      [one('she', 'she', 'said', ['The pier is safe'], 'direct')],
    ],
    [
      'any noun phrase after the quote, with a medium after the cue',
      '"The pier is safe," her colleague wrote on Facebook.',
      [one('colleague', 'her colleague', 'wrote', ['The pier is safe'], 'direct')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });

  it('a quoted name before a noun is no quote that speaks', () => {
    expect(attributions("The ''Harbour First'' slogan shared by the board drew crowds.").map((claim) => claim.cue)).not.toContain('shared');
  });
});

describe('attribute: a span of time after a cue with no quote before it', () => {
  it.each<[string, string, string, string[]]>([
    ['Asked when the ferry would resume, Ruth Allen said two weeks after the repairs.', 'Ruth Allen', 'said', ['two weeks after the repairs']],
    ['Asked whether the pier would hold, the engineer said possibly.', 'the engineer', 'said', ['possibly']],
    ['Ann Lee recalled the days after the flood.', 'Ann Lee', 'recalled', ['the days after the flood']],
    ['Tom Hunt described the hours before the storm as terrifying.', 'Tom Hunt', 'described', ['the hours before the storm as terrifying']],
    ['The Gazette reported days later the death of a second diver.', 'The Gazette', 'reported', ['days later the death of a second diver']],
    ['A week after the vote, Ann Lee said, the dam broke.', 'Ann Lee', 'said', ['A week after the vote', 'the dam broke']],
    ['Asked "When will the ferry sail?" Ruth Allen said two weeks after the repairs.', 'Ruth Allen', 'said', ['two weeks after the repairs']],
    ['As Ann Lee recalled a time before the war, her voice broke.', 'Ann Lee', 'recalled', ['a time before the war']],
    ['Ann Lee remembered a day after the flood that she would never forget.', 'Ann Lee', 'remembered', ['a day after the flood that she would never forget']],
    ['Ann Lee said two days after the storm that the pier would close.', 'Ann Lee', 'said', ['that the pier would close']],
    ['As Tom Hunt said a week ago, the pier will close.', 'Tom Hunt', 'said', ['the pier will close']],
    ['The pier is "closed for good," Tom Hunt said two days after the storm.', 'Tom Hunt', 'said', ['The pier is "closed for good,"']],
    ['In a letter headed "Our Harbour," Ann Lee wrote weeks after the flood.', 'Ann Lee', 'wrote', ['weeks after the flood']],
  ])('is what was said, or part of it: %j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content }));
  });
});

describe('attribute: a fronted connective and its adjuncts before a subject and its cue', () => {
  it('are no one\'s words when the cue has an object of its own', () => {
    expect(attributions('However, on Monday, the council promised a veto.')).toEqual([one('council', 'the council', 'promised', ['a veto'], 'indirect')]);
  });

  it.each<[string, string[]]>([
    ['Still, in May, the council said, the pier closed.', ['Still, in May', 'the pier closed']],
    ['Absolutely not, Tom Hunt said.', ['Absolutely not']],
    ['Probably next week, Tom Hunt said.', ['Probably next week']],
  ])('open the words a cue splits, and a reply keeps its "not": %j', (text, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ content })]);
  });
});

describe('attribute: coordinated cues', () => {
  it('a cue in the second of two verbs shares the subject', () => {
    expect(attributions('The two ministers reviewed cooperation and looked forward to closer ties.')).toEqual([
      one('The two ministers', 'The two ministers', 'looked forward to', ['closer ties'], 'indirect'),
    ]);
  });

  it('a negated second verb: "gave no reasons and did not say how ..."', () => {
    expect(attributions('The order gave no reasons and did not say how the judges voted.')).toEqual([
      one('order', 'The order', 'say', ['how the judges voted'], 'indirect'),
    ]);
  });

  it.each([
    'The results came out in favor of the town.',
    'The sun came out against the clouds.',
    'The police shot back after the gunman opened fire.',
  ])('a stand or a retort needs a speaker or a clause: %j is no claim', (text) => {
    expect(attributions(text).map((claim) => claim.cue)).toEqual([null]);
  });

  it.each<[string, string, string]>([
    ['Senator Tom Hunt, a harbour Republican who has met the mayor and been mentioned as a choice, said the pier could be closed.', 'Tom Hunt', 'Senator Tom Hunt, a harbour Republican who has met the mayor and been mentioned as a choice'],
    ['Ann Lee, a diver who was arrested and accused of fraud, said the pier could be closed.', 'Ann Lee', 'Ann Lee, a diver who was arrested and accused of fraud'],
  ])('a passive second verb in a relative clause on the subject leaves the sentence\'s own verb its claim: %j', (text, speaker, source) => {
    expect(attributions(text)).toEqual([one(speaker, source, 'said', ['the pier could be closed'], 'indirect')]);
  });

  it('an active second verb after a passive one keeps its claim: "who was interviewed and stated that ..."', () => {
    expect(attributions('A diver who was interviewed and stated that she saw the crash left early.')).toContainEqual(
      expect.objectContaining({ cue: 'stated', content: ['that she saw the crash left early'] }),
    );
  });

  it('"and not" without an auxiliary is an infinitive\'s: no report', () => {
    expect(attributions('It is impossible to spend two years on the pier and not find fault.').map((claim) => claim.cue)).toEqual([null]);
  });

  it.each<[string, string, string]>([
    ['The campaign denies any wrongdoing and points out that Lee signed the same agreement.', 'points out', 'that Lee signed the same agreement'],
    ["He rails against the port's walls and pledges to stand firm.", 'pledges', 'to stand firm'],
  ])('a second verb in -s that wink reads as a noun: %j', (text, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ cue, content: [content] }));
  });

  it.each<[string, string, string, string]>([
    ['any noun phrase as the subject', 'Both ferry crews stopped work on Monday and said the pier was unsafe.', 'Both ferry crews', 'the pier was unsafe'],
    ['after "but" and a fronted phrase', 'In May, the harbour master closed the pier but said it would reopen soon.', 'the harbour master', 'it would reopen soon'],
    ['a subject with a post-modifier', 'A reporter for the Harbour Gazette spotted the mayor and said the pier was closed.', 'A reporter for the Harbour Gazette', 'the pier was closed'],
    ['after a fronted subordinate clause', 'When the storm came, the harbour master closed the pier and said it was unsafe.', 'the harbour master', 'it was unsafe'],
    ['after a fronted participle\'s clause', 'Reached by phone on Monday, the harbour master sighed and said it was unsafe.', 'the harbour master', 'it was unsafe'],
    ['after a participle with a clause inside', 'Founded in 1990, when Ann Lee was mayor, the harbour club grew and said it was unsafe.', 'the harbour club', 'it was unsafe'],
    ['after a participle before its noun', 'Leading divers met in Port Ellis and said it was unsafe.', 'Leading divers', 'it was unsafe'],
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

  it('a noun phrase and a present participle are such a clause: "found Allen leading Hunt"', () => {
    expect(attributions('The harbour survey found Allen leading Hunt by seven points.')).toEqual([
      one('harbour survey', 'The harbour survey', 'found', ['Allen leading Hunt by seven points'], 'indirect'),
    ]);
  });

  it('"learn" reports a clause: "..., The Gazette has learned."', () => {
    expect(attributions('The mayor closed the pier on Monday, the Gazette has learned.')).toEqual([
      one('Gazette', 'the Gazette', 'learned', ['The mayor closed the pier on Monday'], 'indirect'),
    ]);
  });

  it('"learn" with an infinitive or an object reports nothing: "learned to swim"', () => {
    expect(attributions('The mayor learned to swim at the pier.').map((claim) => claim.cue)).toEqual([null]);
  });

  it('a bare object is not: "found a new ferry"', () => {
    expect(attributions('The harbour crew found a new ferry.').map((claim) => claim.cue)).toEqual([null]);
  });

  it.each<[string, string, string]>([
    ['A new harbour poll found Allen with a lead of six points.', 'A new harbour poll', 'Allen with a lead of six points'],
    ['A 2014 study by Ann Lee found 31 cases of fraud.', 'A 2014 study by Ann Lee', '31 cases of fraud'],
    ['An analysis of the ferry data found evidence of tampering.', 'An analysis of the ferry data', 'evidence of tampering'],
  ])('research reports its finding as a bare object: %j', (text, source, content) => {
    expect(attributions(text)).toMatchObject([{ source, cue: 'found', content: [content] }]);
  });

  it.each<[string]>([['The research team found a shipwreck off the coast.'], ["The report's author found her keys under the desk."]])(
    'a noun of research that modifies or owns the subject reports nothing: %j',
    (text) => {
      expect(attributions(text).map((claim) => claim.cue)).toEqual([null]);
    },
  );
});

describe('attribute: headlines', () => {
  it('"SOURCE: claim" gives the headline to the source, with no cue', () => {
    const text = 'MOFA: China and Marenia to resume fishing talks\nThe talks will be held in May.';
    const [headline, body] = attributions(text);
    expect(headline).toEqual(one('MOFA', 'MOFA', null, ['China and Marenia to resume fishing talks'], 'indirect'));
    expect(body).toEqual(one(null, null, null, ['The talks will be held in May'], 'narrated'));
  });

  it.each<[string, string, string]>([
    ['a first name wink reads as a past tense', 'Ted Allen: Harbour will rebuild the pier\nThe talks will be held in May.', 'Ted Allen'],
    ['a whole line before a quote', 'Ruth Allen Slams the New Harbour Board Chair: ‘You Should Resign.’\nThe talks will be held in May.', 'Ruth Allen Slams the New Harbour Board Chair'],
  ])('%s speaks before a headline\'s colon', (_name, text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: null });
  });

  it.each<[string, string, string, string]>([
    ['before "to" and whom the words are for, with a quote', 'Allen to Harbour Board: ‘The Pier Will Reopen In May.’', 'Allen', 'The Pier Will Reopen In May'],
    ['before "on" and what the words are about, with a quote', 'Allen On The Pier: ‘We Will Rebuild It.’', 'Allen', 'We Will Rebuild It'],
    ['after a label in capitals and a dash', 'EXCLUSIVE – Ruth Allen: Do Not Trust the Ferry Schedule', 'Ruth Allen', 'Do Not Trust the Ferry Schedule'],
    ['with a common noun after the name', 'Allen camp: The ferry plan threatens the harbour', 'Allen camp', 'The ferry plan threatens the harbour'],
  ])('the speaker before a headline\'s colon stands %s: %j', (_name, headline, source, content) => {
    expect(attributions(`${headline}\nThe talks will be held in May.`)[0]).toMatchObject({ source, cue: null, content: [content] });
  });

  it.each<[string]>([
    ['Storm damage: The pier will close for a month'],
    ['Pier closure: Ferries will run from Port Ellis'],
    ['LIVE – Storm updates: The pier is closed'],
    ['Letter to the Editor: The pier must reopen'],
    ['Focus on the Harbour: Ferries will run all summer'],
    ['Welcome to Port Ellis: The pier reopens'],
  ])('a topic before a headline\'s colon is no speaker: %j', (headline) => {
    expect(attributions(`${headline}\nThe talks will be held in May.`)[0]).toMatchObject({ source: null, cue: null });
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

  it.each<[string, string, string]>([
    ['after another sentence of the paragraph', 'Harbour Town to reopen pier\nThe two spoke on Monday. Tom Hunt: "The pier must close."', 'Tom Hunt'],
    ['with a bracket after the name', 'Harbour Town to reopen pier\nAnn Hunt (Democrat): "The pier must close."', 'Ann Hunt (Democrat)'],
  ])('a name and a colon before a quote is a turn %s: %j', (_name, text, source) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue: null, content: ['The pier must close'] }));
  });

  it.each<[string]>([['\u200bsaidMFA:'], ['Harbour Town to reopen pier\nThe two spoke on Monday. Tom Hunt:']])('a colon that ends the text is no turn and no crash: %j', (text) => {
    expect(() => attributions(text)).not.toThrow();
  });

  it('a bracket with a clause in it after the name is no turn\'s label', () => {
    const text = 'Harbour Town to reopen pier\nAnn Hunt (who chairs the board): "The pier must close."';
    expect(attributions(text).map((claim) => claim.source)).not.toContain('Ann Hunt (who chairs the board)');
  });

  it('a name and a colon inside a paragraph, before no quote, is no turn', () => {
    const text = 'Harbour Town to reopen pier\nThe two spoke on Monday. Tom Hunt: the pier must close.';
    expect(attributions(text).map((claim) => claim.source)).not.toContain('Tom Hunt');
  });

  it.each<[string, string]>([
    ['a label', 'Harbour Town to reopen pier\nCORRECTION: An earlier version misspelled the name of the pier.'],
    ['a tally with no verb', 'Harbour Town to reopen pier\nAllen: 547.'],
  ])('%s before a colon is no transcript turn: %j', (_name, text) => {
    expect(attributions(text)[1]).toMatchObject({ source: null, mode: 'narrated' });
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
      [one('Many fishermen', 'Many fishermen — including the oldest', 'say', ['the pier is unsafe'], 'indirect')],
    ],
    [
      'an aside between horizontal bars stays in the source',
      'Many fishermen ― including the oldest ― say the pier is unsafe.',
      [one('Many fishermen', 'Many fishermen ― including the oldest', 'say', ['the pier is unsafe'], 'indirect')],
    ],
    ['a post-modifier with "to"', 'The envoy to the harbour talks said the pier is safe.', [one('envoy to the harbour talks', 'The envoy to the harbour talks', 'said', ['the pier is safe'], 'indirect')]],
    ['a quantifier after the auxiliary', 'Ruth Allen and Tom Price have both said the pier is safe.', [one('Ruth Allen and Tom Price', 'Ruth Allen and Tom Price', 'said', ['the pier is safe'], 'indirect')]],
    ['a quantifier right after the subject', 'Ruth Allen and Tom Price both said the pier is safe.', [one('Ruth Allen and Tom Price', 'Ruth Allen and Tom Price', 'said', ['the pier is safe'], 'indirect')]],
    ['a pronoun and a name as one subject, a group', 'He and Mr. Price said the pier is safe.', [one('He and Mr. Price', 'He and Mr. Price', 'said', ['the pier is safe'], 'indirect')]],
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

  it.each<[string, string, string, string[]]>([
    ['"the same of" after a share', 'Half of the divers back the plan, and three-quarters said the same of the pier.', 'three-quarters', ['the same of the pier']],
    ['"the same about" after a relative pronoun', 'Some 40 percent back Allen, compared with 64 percent who say the same about Lee.', 'who', ['the same about Lee']],
    ['"so" before the end of the sentence', 'Six divers called the pier unsafe, and half of the crew said so.', 'half of the crew', ['so']],
  ])('a phrase that stands for a reported clause is the content: %s', (_name, text, source, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, content }));
  });

  it('"the same" before a noun opens a clause of its own', () => {
    expect(attributions('Ann Lee said the same divers checked the pier.')).toEqual([one('Ann Lee', 'Ann Lee', 'said', ['the same divers checked the pier'], 'indirect')]);
  });

  it('a past cue with its particle is the verb, not a participle after its noun: "The crew called on divers to ..."', () => {
    expect(attributions('The crew called on divers to check the pier.')).toEqual([one('crew', 'The crew', 'called on', ['divers to check the pier'], 'indirect')]);
  });

  it('a cue inside a relative clause on the subject does not take the main frame from a coordinated cue', () => {
    const contents = attributions('The divers who have called on the council to act met Ann Lee and urged her to close the pier.').map((claim) => claim.content);
    expect(contents).toContainEqual(['her to close the pier']);
    expect(contents).not.toContainEqual(['the council to act met Ann Lee']);
  });

  it('the first of two coordinated cues keeps its claim when its subject is any noun phrase', () => {
    const claims = attributions('The crew has called on divers to check the pier and called on the council to act.');
    expect(claims.map((claim) => [claim.source, claim.content])).toEqual([
      ['The crew', ['divers to check the pier']],
      ['The crew', ['the council to act']],
    ]);
  });

  it.each<[string, string]>([
    ['a cue that needs a clause', 'The port has seen a rise in cargo.'],
    ['a participle before its noun', 'The two sides signed the renewed agreement.'],
  ])('%s with a bare object attributes nothing: %j', (_name, text) => {
    expect(attributions(text)).toEqual([one(null, null, null, [text.slice(0, -1)], 'narrated')]);
  });

  it('a noun "show" before a pronoun that opens a relative clause attributes nothing', () => {
    const text = 'They watched the boat show he organised last year.';
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
    ['a passive', 'The damage was reported to the council in May.'],
    ['a passive act', 'The Harbour Accord has been renewed twice, in 2015 and 2018.'],
    ['a passive commitment', 'Ruth Allen was announced as the new harbour master.'],
  ])('%s: %j attributes nothing', (_name, text) => {
    expect(attributions(text)).toEqual([one(null, null, null, [text.slice(0, -1)], 'narrated')]);
  });

  it('"by" after an act\'s cue names its means, not its agent: "announced by email" is no passive', () => {
    expect(attributions('The mayor announced by email that the pier would close.')[0]).toMatchObject({ source: 'The mayor', cue: 'announced' });
  });
});

describe('attribute: "according to" an object wink tags oddly', () => {
  it.each<[string, string, string]>([
    ['The pier was closed, according to the Associated Press.', 'the Associated Press', 'The pier was closed'],
    ['The ferry ran late, according to people in attendance.', 'people in attendance', 'The ferry ran late'],
    ['The mayor was leading, according to complete but unofficial returns.', 'complete but unofficial returns', 'The mayor was leading'],
    ['The pier would cost $3 million, according to the "Save the Pier" leaflet.', 'the "Save the Pier" leaflet', 'The pier would cost $3 million'],
  ])('the object runs to the end of its clause: %j', (text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'according to', content: [content] });
  });

  it('no source when no noun comes before the clause ends', () => {
    expect(attributions('The pier was closed, according to.').every((claim) => claim.cue === null)).toBe(true);
  });
});

describe('attribute: an opening "According to" with a gerund, a lone pronoun or a quoted name in its object', () => {
  it.each<[string, string, string]>([
    ['According to recent polling, the mayor is leading.', 'recent polling', 'the mayor is leading'],
    ['According to him, the mayor is leading.', 'him', 'the mayor is leading'],
    ['According to her "harbour first" plan, the pier will reopen.', 'her "harbour first" plan', 'the pier will reopen'],
    ['According to Ann Lee "the pier is safe."', 'Ann Lee', 'the pier is safe'],
  ])('%j', (text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'According to', content: [content] });
  });

  it.each([['The rules changed, according to the following.'], ['The pier is closed, according to him "and others".'], ['The ferry ran late, according to people in attendance "for sure."']])(
    'no source of a bare determiner and gerund, a pronoun before a quote, or a quote ending the object: %j',
    (text) => {
      expect(attributions(text).map((claim) => claim.source)).not.toContainEqual(expect.stringMatching(/following|"/));
    },
  );
});

describe('attribute: "according to" after a sentence that opens with a linking word', () => {
  it.each<[string, string]>([
    ['But the council declined to renew the lease, according to the Harbour Gazette.', 'the council declined to renew the lease'],
    ['And the ferry ran late, according to people in attendance.', 'the ferry ran late'],
    ['Meanwhile, the ferry ran late, according to people in attendance.', 'the ferry ran late'],
  ])('the linking word or adverb is the writer\'s: %j', (text, content) => {
    expect(attributions(text)[0]).toMatchObject({ cue: 'according to', content: [content] });
  });

  it('keeps a sentence that is only a linking word and its source', () => {
    expect(attributions('But according to the Harbour Gazette, the pier is closed.')[0]).toMatchObject({ cue: 'according to', content: ['the pier is closed'] });
  });
});

describe('attribute: an aside after the source of a closing "according to"', () => {
  it('an apposition is part of the source, not content', () => {
    expect(attributions('The pier lost money in May, according to Ann Lee, an analyst at Harbour Research.')[0]).toMatchObject({
      source: 'Ann Lee, an analyst at Harbour Research',
      cue: 'according to',
      content: ['The pier lost money in May'],
    });
  });

  it('a relative clause is no content', () => {
    expect(attributions('The pier lost money in May, according to Ann Lee, who ran the survey.')[0]).toMatchObject({ cue: 'according to', content: ['The pier lost money in May'] });
  });

  it.each<[string, string[]]>([
    ['The council, according to Ann Lee, plans to close the pier.', ['The council', 'plans to close the pier']],
    ['The pier lost money in May, according to Ann Lee, although the ferry did well.', ['The pier lost money in May', 'although the ferry did well']],
  ])('what goes on with the clause, or opens one of its own, stays content: %j', (text, content) => {
    expect(attributions(text)[0]).toMatchObject({ source: 'Ann Lee', content });
  });

  it('a clause after a conjunction is content', () => {
    expect(attributions('The pier lost money in May, according to Ann Lee, and the ferry lost more.')[0]).toMatchObject({
      source: 'Ann Lee',
      content: ['The pier lost money in May', 'and the ferry lost more'],
    });
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

  it('a cue with its own object reports that object, not the main clause: "As X laid out her plan, ..."', () => {
    expect(attributions('As Ruth Allen laid out her plan for the harbour, the crowd cheered.')).toEqual([one('Ruth Allen', 'Ruth Allen', 'laid out', ['her plan for the harbour'], 'indirect')]);
  });

  it.each<[string, string, string, string[]]>([
    ['The pier is unsafe, as the Harbour Gazette reported.', 'the Harbour Gazette', 'reported', ['The pier is unsafe']],
    ['The ferry was late again, as Tom Hunt has noted.', 'Tom Hunt', 'noted', ['The ferry was late again']],
    ['The pier is unsafe, as Ann Lee said, and the ferry is late.', 'Ann Lee', 'said', ['The pier is unsafe']],
    ['The pier, as the Harbour Gazette reported, is unsafe.', 'the Harbour Gazette', 'reported', ['The pier', 'is unsafe']],
    ['And, as Ann Lee said, the pier is unsafe.', 'Ann Lee', 'said', ['the pier is unsafe']],
    ['After all, as we saw in May, piers can fall in a day.', 'we', 'saw', ['piers can fall in a day']],
    ['Divers closed the harbour, given that, as the Gazette reported, the pier was old.', 'the Gazette', 'reported', ['the pier was old']],
    ['The pier is unsafe, as Ann Lee said at a news conference.', 'Ann Lee', 'said', ['The pier is unsafe']],
    ['The pier is unsafe, as Tom Hunt told reporters at a briefing.', 'Tom Hunt', 'told', ['The pier is unsafe']],
    ['The pier closed, as Ann Lee announced on Monday.', 'Ann Lee', 'announced', ['The pier closed']],
    ['The divers stayed ashore, as the Harbour Gazette reported a few days later.', 'the Harbour Gazette', 'reported', ['The divers stayed ashore']],
    ['The pier is safe, as Ann Lee assured residents.', 'Ann Lee', 'assured', ['The pier is safe']],
    ['The pier, as Tom Hunt noted, is old, rusted, and unsafe.', 'Tom Hunt', 'noted', ['The pier', 'is old, rusted, and unsafe']],
  ])('an "as" clause after a comma reports the clause around it: %j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content }));
  });

  it('a cue after a comma splice leads the quote after its span of time, rather than closing the clause before it', () => {
    expect(attributions('Tom Hunt agreed that the pier is safe, he also stated a day earlier, “If the ferry fails, we close the harbour.”')).toContainEqual(
      expect.objectContaining({ source: 'he', cue: 'stated', content: ['If the ferry fails, we close the harbour'] }),
    );
  });

  it('the main clause keeps its own frame, its content ended before the "as" clause', () => {
    expect(attributions('Ann Lee said the pier is unsafe, as the Gazette reported.')).toEqual([
      one('Ann Lee', 'Ann Lee', 'said', ['the pier is unsafe'], 'indirect'),
      one('Gazette', 'the Gazette', 'reported', ['Ann Lee said the pier is unsafe'], 'indirect'),
    ]);
    expect(attributions('Several divers echo her concerns, as the Gazette reported.').map((claim) => claim.cue)).toEqual(['echo', 'reported']);
  });

  it('a parenthetical report after the "as" clause keeps the sentence and ends the clause\'s content', () => {
    expect(attributions('The pier, as Tom Hunt noted, is unsafe, Ann Lee said.')).toEqual([
      one('Ann Lee', 'Ann Lee', 'said', ['The pier, as Tom Hunt noted, is unsafe'], 'indirect'),
      one('Tom Hunt', 'Tom Hunt', 'noted', ['The pier', 'is unsafe'], 'indirect'),
    ]);
    expect(attributions('The pier is unsafe, as Tom Hunt noted, Ann Lee said.')).toContainEqual(one('Tom Hunt', 'Tom Hunt', 'noted', ['The pier is unsafe'], 'indirect'));
    expect(attributions('The ferry, as Ann Lee noted, is late, and the pier is unsafe.')).toEqual([one('Ann Lee', 'Ann Lee', 'noted', ['The ferry', 'is late'], 'indirect')]);
  });

  it('the clause before it starts after the last comma that opens a clause, and may end in a closing quote', () => {
    expect(attributions('Divers pay a fee, because while most boats must pay, the main need is "a safe source of income," as a harbour memo put it.')).toContainEqual(
      expect.objectContaining({ source: 'a harbour memo', content: ['the main need is "a safe source of income'] }),
    );
  });

  it.each<[string, string]>([
    ['The pier is unsafe (or, as the Gazette called it, "a wreck").', 'The pier is unsafe'],
    ['Port Ellis is the old town, as it is called by divers.', 'Port Ellis is the old town'],
    ['The pier fell, as Hunt said goodbye to the divers.', 'The pier fell'],
    ['The mayor spoke for an hour, as the crowd cheered.', 'The mayor spoke for an hour'],
    ['The pier is unsafe, Ann Lee said, as her aide noted.', 'Ann Lee said'],
    ['The pier is unsafe, Ann Lee told reporters on Monday, as Tom Hunt had warned.', 'Ann Lee told reporters on Monday'],
    ['Ferry fares rose, as divers worried about the pier.', 'Ferry fares rose'],
    ['Ferry fares rose, as analysts warned of weaker demand.', 'Ferry fares rose'],
    ['The room went quiet, as Ann Lee testified.', 'The room went quiet'],
    ['The pier is old, as they say.', 'The pier is old'],
  ])('an "as" clause whose cue has its own object, is passive, is a noise or follows a report sets the scene: %j', (text, around) => {
    expect(attributions(text).filter((claim) => claim.cue !== null && claim.content.includes(around))).toEqual([]);
  });
});

describe('attribute: a report in a fronted subordinate clause', () => {
  it.each<[string, string, string, string]>([
    ['While Ruth Allen said the pier was safe, the board voted to close it.', 'Ruth Allen', 'said', 'the pier was safe'],
    ['But when Ruth Allen says the pier, the dock and the road are unsafe, she means it.', 'Ruth Allen', 'says', 'the pier, the dock and the road are unsafe'],
    ['Although some residents believe the pier is safe, the board voted to close it.', 'some residents', 'believe', 'the pier is safe'],
  ])('the content ends where the main clause begins: %j', (text, source, cue, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue, content: [content] })]);
  });

  it('without a subordinator the clause after the comma stays in the content', () => {
    expect(attributions('Ruth Allen said the pier was safe, the board voted to close it.')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['the pier was safe, the board voted to close it'], 'indirect'),
    ]);
  });

  it('a trailing cue after a lone subordinate clause reports nothing: "As X spoke, the crowd cheered."', () => {
    expect(attributions('As Ruth Allen spoke, the crowd cheered.').every((claim) => claim.cue === null)).toBe(true);
    expect(attributions('When Ruth Allen arrived at the pier, the crowd cheered.').every((claim) => claim.cue === null)).toBe(true);
  });

  it('a subordinate clause with a main clause after it is still a trailing report\'s content', () => {
    expect(attributions('If the pier closes, the town will suffer, the mayor said.')).toEqual([
      expect.objectContaining({ source: 'the mayor', cue: 'said', content: ['If the pier closes, the town will suffer'] }),
    ]);
  });

  it.each<[string, Array<[string, string, string]>]>([
    [
      'While Ann Lee admitted that she and Hunt had “been friends for years,” she claimed they had never met at the pier.',
      [['Ann Lee', 'admitted', 'that she and Hunt had “been friends for years,”'], ['she', 'claimed', 'they had never met at the pier']],
    ],
    [
      'When Ann Lee called the plan "reckless," Tom Hunt said on Tuesday that it was fair.',
      [['Ann Lee', 'called', 'the plan "reckless,"'], ['Tom Hunt', 'said', 'that it was fair']],
    ],
    [
      'Even as Tom Hunt accused the board of favouring Lee, Ruth Allen would not speculate about his motives.',
      [['Tom Hunt', 'accused', 'the board of favouring Lee'], ['Ruth Allen', 'speculate', 'his motives']],
    ],
  ])('a fronted subordinate clause with its own report sets the scene for a cue with words after it: %j', (text, expected) => {
    expect(attributions(text)).toEqual(expected.map(([source, cue, content]) => expect.objectContaining({ source, cue, content: [content] })));
  });

  it.each<[string, string, string, string]>([
    ['If it rains the town will close the pier, the mayor said on Monday.', 'the mayor', 'said', 'If it rains the town will close the pier'],
    ['If the plan is "too costly," it will be dropped, the council said on Monday.', 'the council', 'said', 'If the plan is "too costly," it will be dropped'],
    ['When the storm hit the harbour flooded, Tom Hunt told reporters on Tuesday.', 'Tom Hunt', 'told', 'When the storm hit the harbour flooded'],
    ['If the pier closes the town will suffer, Ann Lee has said repeatedly.', 'Ann Lee', 'said', 'If the pier closes the town will suffer'],
  ])('a trailing cue with only a time, an adverb or an addressee after it still reports the sentence before it: %j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content: [content] }));
  });

  it('the report in the subordinate clause ends at the comma its quote closes on', () => {
    expect(attributions('While Ann Lee said the pier had “been unsafe for years,” the board voted to keep it open.')).toEqual([
      expect.objectContaining({ source: 'Ann Lee', cue: 'said', content: ['the pier had “been unsafe for years,”'] }),
    ]);
    expect(attributions('Even though Ann Lee insisted the pier was "perfectly sound," engineers said it was not.')).toEqual([
      expect.objectContaining({ source: 'Ann Lee', cue: 'insisted', content: ['the pier was "perfectly sound,"'] }),
      expect.objectContaining({ source: 'engineers', cue: 'said', content: ['it was not'] }),
    ]);
  });

  it.each<[string, [string, string, string]]>([
    ['When asked whom she supported, Ruth Allen said, “I will vote for the mayor.”', ['Ruth Allen', 'said', 'I will vote for the mayor']],
    ['Although critics say the pier is unsafe, the mayor said, “It will stay open.”', ['the mayor', 'said', 'It will stay open']],
  ])('a fronted subordinate clause with a report of its own is no part of the quote the cue introduces: %j', (text, [source, cue, content]) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content: [content] }));
  });

  it.each<[string, string[]]>([
    ['If the council “keeps dragging its feet,” Ann Lee said, “We will go to court.”', ['If the council “keeps dragging its feet,”', 'We will go to court']],
    ['If residents think the fee is too high, Ann Lee said, “I will lower it.”', ['If residents think the fee is too high', 'I will lower it']],
  ])('a condition, or a clause quoting words of no report of its own, stays with the quote: %j', (text, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source: 'Ann Lee', cue: 'said', content }));
  });

  it('quotes inside the clause\'s own report do not keep it: "After Hunt said the pier was “unsafe,” ..."', () => {
    expect(attributions('After Tom Hunt said the pier was “unsafe,” Ann Lee said, “He is wrong.”')).toContainEqual(
      expect.objectContaining({ source: 'Ann Lee', cue: 'said', content: ['He is wrong'] }),
    );
  });

  it('a quote that goes on with the subordinate clause keeps it', () => {
    const text = 'If the divers who usually fish off the pier were leaving town, Ann Lee wrote, “the harbour would be emptier than anyone expected.”';
    expect(attributions(text)).toContainEqual(
      expect.objectContaining({ source: 'Ann Lee', cue: 'wrote', content: ['If the divers who usually fish off the pier were leaving town', 'the harbour would be emptier than anyone expected'] }),
    );
  });

  it('"After all" opens no subordinate clause: both pieces are the content', () => {
    expect(attributions('After all, he says, “I never claimed to be a diver.”')).toContainEqual(expect.objectContaining({ cue: 'says', content: ['After all', 'I never claimed to be a diver'] }));
  });

  it('a subordinate clause after ", and" belongs to the later report, and ends the earlier one', () => {
    expect(attributions('Tom Hunt said the pier was safe, and when asked about the storm, he said, “I hope not.”')).toEqual([
      expect.objectContaining({ source: 'Tom Hunt', cue: 'said', content: ['the pier was safe'] }),
      expect.objectContaining({ cue: 'asked', content: ['the storm'] }),
      expect.objectContaining({ source: 'he', cue: 'said', content: ['I hope not'] }),
    ]);
  });

  it('a report inside a fronted question ends with the question', () => {
    const claims = attributions('Asked what the mayor had said, Ann Lee replied, “Nothing new.”');
    expect(claims).toContainEqual(expect.objectContaining({ source: 'the mayor', cue: 'said', content: ['what'] }));
    expect(claims).toContainEqual(expect.objectContaining({ source: 'Ann Lee', cue: 'replied', content: ['Nothing new'] }));
  });

  it('a cue inside a fronted question is not the main one: "Asked whom she supported, X smiled and said"', () => {
    expect(attributions('Asked whom she supported, Ruth Allen smiled and said, “I will vote for the mayor.”')).toContainEqual(
      expect.objectContaining({ source: 'Ruth Allen', cue: 'said', content: ['I will vote for the mayor'] }),
    );
  });

  it('a cue that splits the sentence after a subordinate clause keeps both pieces', () => {
    expect(attributions('If she becomes mayor, Ruth Allen suggested in a speech, the divers will not be punished.')).toEqual([
      expect.objectContaining({ source: 'Ruth Allen', cue: 'suggested', content: ['If she becomes mayor', 'the divers will not be punished'] }),
    ]);
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

describe('attribute: a question with a bare time before a quote', () => {
  it('"Asked Tuesday about ...," is no part of what the speaker said', () => {
    expect(attributions('Asked Tuesday about Hunt, Lee said "I don\'t know him."')).toContainEqual(one('Lee', 'Lee', 'said', ["I don't know him"], 'direct'));
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
    [
      'Asked on Monday whether the pier would reopen, the mayor smiled.',
      [[null, 'Asked', ['whether the pier would reopen']]],
    ],
    [
      'Asked during a debate in Port Ellis why the ferry was late, the mayor smiled.',
      [[null, 'Asked', ['why the ferry was late']]],
    ],
    [
      'Asked at about noon whether the pier was open, the mayor smiled.',
      [[null, 'Asked', ['whether the pier was open']]],
    ],
    ['Asked in May when she was still mayor, Ann Lee smiled.', []],
    [
      'Asked on Monday by a reporter whether the pier was open, the mayor smiled.',
      [['a reporter', 'Asked', ['whether the pier was open']]],
    ],
    ['Asked at the hall where the council meets, Ann Lee smiled.', []],
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
    ['a first name read as an auxiliary', '"The pier is safe," said Will Doyle, a diver.', 'Will Doyle'],
    ['a hyphenated surname', '"The pier is safe," said Ruth Hill-Allen, a diver.', 'Ruth Hill-Allen'],
    ['a place after a common noun', '"The pier is safe," said one harbour source on the panel.', 'one harbour source on the panel'],
    ['a surname read as a verb before a comma', '"The pier is safe," said Representative Peter Welch, Democrat of Kestria.', 'Representative Peter Welch'],
    ['a hyphenated noun ending in an adjective', '"The pier is safe," said the 46-year-old, who lives in Port Ellis.', 'the 46-year-old'],
    ['a lone surname read as a verb', '"The pier is safe," said Bellow.', 'Bellow'],
    ['a compound in -based before the name', '"The pier is safe," said Harbour-based diver Ann Lee.', 'Harbour-based diver Ann Lee'],
    ['a lone surname read as a verb before an aside', '"The pier is safe," said Bellow, a diver.', 'Bellow'],
    ['a participle before the noun', '"The pier is safe," said one unaligned Port Ellis harbour strategist.', 'one unaligned Port Ellis harbour strategist'],
    ['a hyphenated modifier before the noun', '"The pier is safe," said one well-connected diver familiar with the port.', 'one well-connected diver familiar with the port'],
    ['a relative clause with "that" after the speaker', '"The pier is safe," said one owner of a shop that sells boats.', 'one owner of a shop'],
    ['a circumstance after the speaker, opened by "while"', '"The pier is safe," said Ann Lee while visiting the port.', 'Ann Lee'],
  ])('%s: %j', (_name, text, source) => {
    const [claim, ...rest] = attributions(text);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ cue: 'said', content: ['The pier is safe'], mode: 'direct' });
    expect(claim!.source!.startsWith(source)).toBe(true);
  });
});

describe('attribute: a counted group of people after an inverted cue with no quote', () => {
  it.each<[string, string]>([
    ['The pier is safe, said several divers.', 'several divers'],
    ['The pier is safe, said a handful of Democrats who fish there.', 'a handful of Democrats'],
    ['The pier is safe, said 40 percent of residents.', '40 percent of residents'],
    ['The pier is safe, said dozens of divers.', 'dozens of divers'],
  ])('%j speaks', (text, source) => {
    const claims = attributions(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ source, cue: 'said', content: ['The pier is safe'] });
  });

  it.each([['The pier is safe, said the harbour.'], ['The pier is safe, said two weeks ago.'], ['The pier is safe, said many times.'], ['The pier will close, said several minutes later.']])('an uncounted thing or a time does not: %j', (text) => {
    expect(attributions(text).filter((claim) => claim.cue === 'said')).toEqual([]);
  });
});

describe('attribute: a relative clause whose words are a quote', () => {
  it.each<[string, string]>([
    ['The listing was replaced by a message that said, "Sorry, the item is gone."', 'Sorry, the item is gone'],
    ['T-shirts appeared in front of the port office that said "We won."', 'We won'],
  ])('%j', (text, quote) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source: 'that', cue: 'said', content: [quote], mode: 'direct' }));
  });

  it('the quote ends the clause before the main verb: "The letter that said "We quit" was signed"', () => {
    expect(attributions('The letter that said "We quit" was signed by ten divers.')).toContainEqual(
      expect.objectContaining({ source: 'that', cue: 'said', content: ['We quit'] }),
    );
  });

  it('a quote that opens a longer clause keeps the clause: "which reported "2,521 incidents" in the city"', () => {
    expect(attributions('The Gazette, which reported "2,521 incidents" in the city this year, was right.')).toContainEqual(
      expect.objectContaining({ source: 'which', cue: 'reported', content: ['"2,521 incidents" in the city this year'] }),
    );
  });
});

describe('attribute: the third review\'s sentences', () => {
  it.each<[string]>([
    ['The board issued fines and orders to remove the wrecks.'],
    ['The boat sank and was not found by divers.'],
    ['The crew searched the boat but did not find the missing diver.'],
    ['Officers at the "Blue Anchor" pub responded when called.'],
    ['She handed in the file, a collection of newspaper reports.'],
  ])('no report: %j', (text) => {
    expect(attributions(text).map((claim) => claim.cue)).toEqual([null]);
  });

  it.each<[string, string, string, string[]]>([
    ['The pier, said Ann Lee in a statement that was posted online, will reopen in May.', 'Ann Lee', 'said', ['The pier', 'will reopen in May']],
    ['Scheduled weekend closures of the pier, Ann Lee said, "will hurt every shop on the front."', 'Ann Lee', 'said', ['Scheduled weekend closures of the pier', 'will hurt every shop on the front']],
    ['Lee was the one that said the pier was unsafe.', 'that', 'said', ['the pier was unsafe']],
    ['Those who spoke about the pier agreed to pay for it.', 'Those who', 'spoke about', ['the pier']],
    ['Residents who called for the ferry praised the crew and said it was brave.', 'who', 'called for', ['the ferry']],
  ])('%j', (text, source, cue, content) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ source, cue, content }));
  });
});

describe('attribute: a circumstance after an inverted speaker', () => {
  it('"when asked about ..." closes the speaker\'s clause and holds its own question', () => {
    expect(attributions('"The pier is safe," said harbour diver Dan Gol when asked about the storm.')).toContainEqual(
      one('Dan Gol', 'harbour diver Dan Gol', 'said', ['The pier is safe'], 'direct'),
    );
  });

  it('a circumstance inside a split sentence belongs to the cue, and the sentence goes on after its comma', () => {
    expect(attributions('The pier, Ann Lee said after touring it, is safe.')).toEqual([one('Ann Lee', 'Ann Lee', 'said', ['The pier', 'is safe'], 'indirect')]);
  });

  it('"when asked" inside a split sentence is the cue\'s circumstance, though "ask" is a cue', () => {
    expect(attributions('The harbour, Tom Hunt said when asked, will reopen in May.')).toContainEqual(
      one('Tom Hunt', 'Tom Hunt', 'said', ['The harbour', 'will reopen in May'], 'indirect'),
    );
  });

  it('"after hinting that ..." after a speaker before the cue: the quote is what was told, the participle reports on its own', () => {
    expect(attributions('"Everything is on the table," Ann Lee told the Gazette on Wednesday after hinting that changes could come.')).toEqual([
      one('Ann Lee', 'Ann Lee', 'told', ['Everything is on the table'], 'direct'),
      one('Ann Lee', 'Ann Lee', 'hinting', ['that changes could come'], 'indirect'),
    ]);
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

describe('attribute: a subject and cue between commas, with a clause after them', () => {
  it('the clause after the cue\'s clause is content too: "Unless ..., the experts say, the world could ..."', () => {
    expect(attributions('Unless the port builds a new pier, the experts say, the old one could collapse in a storm.')).toEqual([
      one('the experts', 'the experts', 'say', ['Unless the port builds a new pier', 'the old one could collapse in a storm'], 'indirect'),
    ]);
  });

  it('after an inverted cue the speaker\'s aside is not content: "..., said Ann Lee, a diver based in Hull."', () => {
    const [claim] = attributions('"The pier is unsafe," said Ann Lee, a diver based in Hull.');
    expect(claim!.content).toEqual(['The pier is unsafe']);
  });
});

describe('attribute: a quote whose paragraph opens with a closing-shaped mark', () => {
  it('is the words of the cue after it: "” … the pier is safe,” Ann Lee wrote."', () => {
    expect(attributions('Title\n\n” … the pier is safe for all of us,” Ann Lee wrote.')).toEqual([one('Ann Lee', 'Ann Lee', 'wrote', ['the pier is safe for all of us'], 'direct')]);
  });
});

describe('attribute: a subject opening with a hyphenated compound', () => {
  it.each<[string, string]>([
    ['The so-called experts said the pier would close.', 'The so-called experts'],
    ['A well-known diver said the pier would close.', 'A well-known diver'],
  ])('is the whole source: %j', (text, source) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue: 'said', content: ['the pier would close'] })]);
  });
});

describe('attribute: "add to" with a determined object is no report', () => {
  it.each<[string, string[]]>([
    ['Ann Lee won the vote in Port Ellis, adding to her lead over Tom Hunt.', []],
    ['Ann Lee, who added to her lead on Tuesday, thanked the crews.', ['thanked']],
    ['The latest delay adds to the drama around the pier.', []],
    ['"It was a good night," Ann Lee added to Harbour Radio.', ['added']],
    ['"We will rebuild," Ann Lee added to the Gazette.', ['added']],
    ['"I am done," she added to her supporters.', ['added']],
    ['Ann Lee added to the council that the pier was unsafe.', ['added']],
    ['The budget is tight, Tom Hunt said, adding to the drama.', ['said']],
  ])('%j', (text, cues) => {
    expect(attributions(text).map((claim) => claim.cue).filter((cue) => cue !== null)).toEqual(cues);
  });
});

describe('attribute: "put it" reports only where its clause ends', () => {
  it.each<[string, string[]]>([
    ['As Ann Lee put it, the pier is "a wreck."', ['put it']],
    ['As Ann Lee put it in a statement, the pier is "a wreck."', ['put it']],
    ['Ann Lee said she was doing everyone a favor by putting it to rest.', ['said']],
    ['Ann Lee said the row was old and put it in perspective.', ['said']],
    ['Ann Lee put it bluntly: the pier is a disgrace.', ['put it']],
    ['As Tom Hunt put it to reporters, the harbour is finished.', ['put it']],
  ])('%j', (text, cues) => {
    expect(attributions(text).map((claim) => claim.cue)).toEqual(cues);
  });
});

describe('attribute: a semicolon ends a reported clause', () => {
  it.each<[string, string, string[]]>([
    ['after a named source', 'Ann Lee said the pier was safe; Tom Hunt disagreed.', ['the pier was safe']],
    ['after any noun phrase', 'Most divers say the pier is safe; the crews disagree.', ['the pier is safe']],
    ['not inside a quote', 'Ann Lee said “the pier is closed; the dock is open.”', ['the pier is closed; the dock is open']],
    ['not in a list after a colon', 'Ann Lee said the town needed three things: a safe pier; a new school; and a ferry.', ['the town needed three things: a safe pier; a new school; and a ferry']],
    ['not between that-clauses', 'Ann Lee said that the pier was safe; that the ferry would run; and that the school would reopen.', ['that the pier was safe; that the ferry would run; and that the school would reopen']],
    ['not inside brackets', 'Ann Lee said the pier (built in 1920; restored in 1988) was safe.', ['the pier (built in 1920; restored in 1988) was safe']],
  ])('%s: %j', (_name, text, content) => {
    expect(attributions(text)[0]!.content).toEqual(content);
  });

  it('after an "adding that" too', () => {
    expect(attributions('Ann Lee praised the divers, adding that the pier was safe; Tom Hunt left early.').at(-1)).toMatchObject({ cue: 'adding', content: ['that the pier was safe'] });
  });
});

describe('attribute: a phrase between an auxiliary and its cue', () => {
  it.each([
    ['She has since said that the pier is safe.', 'She', 'said', ['that the pier is safe']],
    ['Her friends have in the past said she was tired.', 'Her friends', 'said', ['she was tired']],
    ['The divers have for years argued that the pier is unsafe.', 'The divers', 'argued', ['that the pier is unsafe']],
  ])('does not hide the subject: %j', (text, source, cue, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, cue, content })]);
  });

  it.each<[string, string]>([
    ['Officials who were at the scene said the pier collapsed.', 'Officials who were at the scene'],
    ['The reason is because residents said the pier was unsafe.', 'residents'],
  ])('a phrase after "be" is the clause\'s own, not part of the verb group: %j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'said' });
  });

  it('a subject with a possessive gerund after "familiar with": "People familiar with her thinking say ..."', () => {
    expect(attributions('People familiar with her thinking say she now backs the plan.')).toEqual([
      expect.objectContaining({ source: 'People familiar with her thinking', cue: 'say', content: ['she now backs the plan'] }),
    ]);
  });
});

describe('attribute: a cue\'s clause that splits a sentence after a short opening', () => {
  it.each([
    ['a connective', 'But, she added, the pier will reopen in May.', 'added', ['But', 'the pier will reopen in May']],
    ['a one-word subject', 'Fishermen, she said, have nothing to fear from the new pier.', 'said', ['Fishermen', 'have nothing to fear from the new pier']],
    ['a short adjunct', 'In any case, she said, the pier will reopen in May.', 'said', ['In any case', 'the pier will reopen in May']],
    ['an adverb, with a subject that has its own prepositional phrase', 'Too often, she said, the debate over the pier is bitter.', 'said', ['Too often', 'the debate over the pier is bitter']],
    ['a short adjunct, with a pronoun of no speaker as the subject', 'Since then, she said, nobody has fished off the pier.', 'said', ['Since then', 'nobody has fished off the pier']],
    ['a short adjunct, with "everyone" as the subject', 'In any case, she said, everyone knows the pier is old.', 'said', ['In any case', 'everyone knows the pier is old']],
  ])('%s before it is the content\'s first piece', (_name, text, cue, content) => {
    expect(attributions(text)).toEqual([one('she', 'she', cue, content, 'indirect')]);
  });

  it.each([
    ['a long adjunct', 'During her four years as the mayor of the town, she said, the pier was rebuilt twice.', ['the pier was rebuilt twice']],
    ['a passive with a relative clause after it', 'However, the story was told by the mayor, who reopened the pier.', ['the story']],
  ])('%s stays out', (_name, text, content) => {
    expect(attributions(text).map((claim) => claim.content)).toEqual([content]);
  });
});

describe('attribute: a speech cue and the preposition that joins it to what it is about', () => {
  it.each<[string, string, string[]]>([
    ['Ruth Allen warned of a collapse at the pier.', 'warned', ['a collapse at the pier']],
    ['Tom Hunt argued against the new pier.', 'argued', ['the new pier']],
    ['The mayor complained about the builders.', 'complained', ['the builders']],
  ])('%j reports what follows the preposition', (text, cue, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ cue, content })]);
  });

  it.each([['Ruth Allen spoke on Tuesday.'], ['Tom Hunt complained in Port Ellis.'], ['Ann Lee testified for the defence.'], ['Tom Hunt argued on behalf of the divers.']])('%j, an adjunct after the cue, reports nothing', (text) => {
    expect(attributions(text).filter((claim) => claim.cue !== null)).toEqual([]);
  });
});

describe('attribute: a proposition after a cue keeps its noun', () => {
  it.each<[string, string[]]>([
    ['Ruth Allen responded to reports that the pier was unsafe.', ['reports that the pier was unsafe']],
    ['Tom Hunt argued against claims that the pier was unsafe.', ['against claims that the pier was unsafe']],
  ])('%j', (text, content) => {
    expect(attributions(text)[0]).toMatchObject({ content });
  });

  it.each([
    ['Ruth Allen said at a news conference that the pier was safe.'],
    ['Ruth Allen said in a report that the pier was safe.'],
    ['Ruth Allen told the council in a report that the pier was safe.'],
    ['Ruth Allen said of the report that the pier was safe.'],
  ])('a circumstance, a medium or a topic before "that" is still passed over: %j', (text) => {
    expect(attributions(text)[0]).toMatchObject({ content: ['that the pier was safe'] });
  });
});

describe('attribute: an infinitive of purpose', () => {
  it('of a cue that needs a clause reports nothing with a bare object: "drive to see their families"', () => {
    const found = attributions('Rural Americans will pay more at the pump when they drive to see their families.');
    expect(found.filter((claim) => claim.cue !== null)).toEqual([]);
  });

  it('after "go on" shares any subject: "The email goes on to say"', () => {
    expect(attributions('The email goes on to say: “The pier is safe.”')).toEqual([one('email', 'The email', 'say', ['The pier is safe'], 'direct')]);
    expect(attributions('The ferry went on to carry the mayor to the pier.').filter((claim) => claim.cue !== null)).toEqual([]);
  });
});

describe('attribute: the review\'s sentences', () => {
  it('a verb after "who" leaves the main cue its claim: "Voters who support the mayor say ..."', () => {
    expect(attributions('Voters who support the mayor say the port should close.')).toEqual([
      expect.objectContaining({ source: 'Voters who support the mayor', cue: 'say', content: ['the port should close'] }),
    ]);
  });

  it('"encouraging" with no infinitive is no demand: "The figures are encouraging, she said."', () => {
    expect(attributions('The figures are encouraging, she said.').map((claim) => claim.cue)).toEqual(['said']);
  });

  it.each<[string, string | null]>([
    ["Mayor Says Port Must Close: 'Now or Never'", 'Mayor'],
    ['Update: ‘Storm’ Hits Coast', null],
  ])('a headline with a cue or a label before its colon: %j', (headline, source) => {
    expect(attributions(`${headline}\nThe talks will be held in May.`)[0]).toMatchObject({ source });
  });
});

describe('attribute: what an inverted source leaves out', () => {
  it.each<[string, string]>([
    ['a time', '"The pier is safe," said the harbour official on Monday.'],
    ['a medium', '"The pier is safe," said the harbour official in a statement.'],
  ])('%s after the speaker: %j', (_name, text) => {
    expect(attributions(text)[0]).toMatchObject({ source: 'the harbour official' });
  });
});

describe('attribute: a quoted title inside the cue\'s clause', () => {
  it('is no piece of the speaker\'s words: "..., X said in an interview with "The Harbour Hour.""', () => {
    expect(attributions('“The board hacked the port,” Ruth Allen said in an interview with “The Harbour Hour.”')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['The board hacked the port'], 'direct'),
    ]);
  });

  it('a comma inside its closing mark ends the cue\'s clause: "said on "The Harbour Hour," adding that ..."', () => {
    expect(attributions('“The board hacked the port,” Ruth Allen said on “The Harbour Hour,” adding that the pier was unsafe.')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['The board hacked the port'], 'direct'),
      one('Ruth Allen', 'Ruth Allen', 'adding', ['that the pier was unsafe'], 'indirect'),
    ]);
  });

  it('a quote right after the cue still goes on with the speaker\'s words', () => {
    expect(attributions('“We know,” Ruth Allen said, “that the board hacked the port.”')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['We know', 'that the board hacked the port'], 'direct'),
    ]);
  });
});

describe('attribute: a sentence that goes on after a parenthetical cue', () => {
  it.each<[string, string[]]>([
    ['The pier is old, Ruth Allen said, because the storms wore it down.', ['The pier is old', 'because the storms wore it down']],
    ['The pier is safe, Ruth Allen said, but the dock is not.', ['The pier is safe', 'but the dock is not']],
  ])('a conjunction after the cue\'s clause goes on with what was said: %j', (text, content) => {
    expect(attributions(text)).toEqual([one('Ruth Allen', 'Ruth Allen', 'said', content, 'indirect')]);
  });

  it('a participle after a conjunction is a claim of its own: ", she said, while also warning that ..."', () => {
    expect(attributions('The pier is old, Ruth Allen said, while also warning that the dock is unsafe.')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['The pier is old'], 'indirect'),
      one('Ruth Allen', 'Ruth Allen', 'warning', ['that the dock is unsafe'], 'indirect'),
    ]);
  });

  it('an inverted speaker\'s aside is not what was said: ", said Ann Hunt, then mayor of the town."', () => {
    expect(attributions('The pier is old, said Ann Hunt, then mayor of the town.')[0]!.content).toEqual(['The pier is old']);
  });
});

describe('attribute: a pronoun or name after a quoted word of a noun phrase', () => {
  it.each<[string, string[]]>([
    ['The "facts" he cited are wrong.', []],
    ['The "crime wave" he described does not exist, police said.', ['said']],
  ])('opens a relative clause on the noun, no speaker\'s clause: %j', (text, cues) => {
    expect(attributions(text).filter((claim) => claim.cue !== null).map((claim) => claim.cue)).toEqual(cues);
  });

  it.each<[string, string]>([
    ['"It is over" Hunt said was the message of the night.', 'It is over'],
    ['It was a "mistake" he said.', 'It was a "mistake"'],
    ['Some in the "Save the Bay" crowd say the pier must stay.', 'the pier must stay'],
  ])('a quote that opens the sentence, one after the clause\'s verb, or a noun after the quoted word still reports: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });
});

describe('attribute: a cue right after a quoted word, with a verb after it', () => {
  it('is a relative clause on the noun, not a parenthetical: `The four "loopholes" he cited are "...," the Gazette reported.`', () => {
    expect(attributions('The four "loopholes" he cited are "the right to claim losses on property that was sold," the Gazette reported.')).toEqual([
      one('Gazette', 'the Gazette', 'reported', ['The four "loopholes" he cited are "the right to claim losses on property that was sold,"'], 'mixed'),
    ]);
  });
});

describe('attribute: a cue whose clause ends the sentence, after a subject with modifiers', () => {
  it.each<[string, string, string]>([
    ['an adjective with its preposition', 'The pier is safe, people close to the mayor said.', 'people close to the mayor'],
    ['an adjective with its preposition, before a pronoun', 'The pier is safe, a source close to him said.', 'a source close to him'],
    ['an adjective with its preposition, before a name', 'The pier is safe, a diver familiar with Ruth Allen said.', 'a diver familiar with Ruth Allen'],
    ['two adjectives joined by "and"', 'The pier is safe, current and former officials said.', 'current and former officials'],
    ['a relative clause', 'The pier is safe, divers who work there say.', 'divers who work there'],
    ['a participle with its agent', 'The pier is safe, the report released by the council said.', 'the report released by the council'],
  ])('%s: %j', (_name, text, source) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, content: ['The pier is safe'] })]);
  });

  it.each<[string, string]>([
    ['a time', 'The pier will reopen in May, the board said on Tuesday.'],
    ['a time word', 'The pier will reopen in May, the board said last week.'],
    ['a medium and a time', 'The pier will reopen in May, the board said in a statement on Tuesday.'],
    ['an occasion', 'The pier will reopen in May, the board said at a meeting in Port Ellis.'],
    ['an addressee', 'The pier will reopen in May, the board told the Gazette.'],
    ['an addressee and a time', 'The pier will reopen in May, the board told reporters on Tuesday.'],
  ])('any noun phrase, when only circumstance or an addressee follows the cue (%s): %j', (_name, text) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source: 'the board', content: ['The pier will reopen in May'] })]);
  });

  it.each<[string]>([
    ['Ann Lee owns the pier, a claim the board has disputed.'],
    ['The levy will rise by 4 percent, a figure the union reported on Tuesday.'],
  ])('two noun phrases run together after the comma open a relative clause, no source: %j', (text) => {
    expect(attributions(text).filter((claim) => claim.source !== null)).toEqual([]);
  });

  it('a phrase after a comma is no source when more than circumstance follows its verb', () => {
    expect(attributions('Ann Lee regards the pier as hers, a claim not recognized by the board.').map((claim) => claim.source)).not.toContain('a claim');
  });

  it.each<[string, string]>([
    ['The pier is safe, said a person familiar with the talks.', 'a person familiar with the talks'],
    ['The pier is safe, said an official close to the mayor.', 'an official close to the mayor'],
  ])('after the cue, a speaker with an adjective and its preposition: %j', (text, source) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ source, content: ['The pier is safe'] })]);
  });

  it.each<[string, string]>([
    ['The pier is safe, people close to Ruth Allen said.', 'people close to Ruth Allen'],
    ['Mayor Ruth Allen opened the pier. The pier is safe, people close to Mayor Ruth Allen said.', 'people close to Mayor Ruth Allen'],
  ])('the speaker is the whole phrase, not the person or office inside its modifier: %j', (text, speaker) => {
    expect(attributions(text).at(-1)!.speaker).toBe(speaker);
  });
});

describe('attribute: a circumstance after a closing cue', () => {
  it.each<[string, string, string, string]>([
    ['His allegiance has shifted from Lee to Hunt, Allen said during his speech to be a delegate.', 'Allen', 'said', 'His allegiance has shifted from Lee to Hunt'],
    ['Lee is open to the press, Tom Hunt insisted Thursday during a tour of morning news shows.', 'Tom Hunt', 'insisted', 'Lee is open to the press'],
    ['Today is a day for celebration, Hunt said in making his announcement in Port Ellis.', 'Hunt', 'said', 'Today is a day for celebration'],
    ['The pier will stay open, Ann Lee said after the crowd had left the square.', 'Ann Lee', 'said', 'The pier will stay open'],
  ])('the clause before is what was said: %j', (text, source, cue, content) => {
    expect(attributions(text)).toEqual([one(source, source, cue, [content], 'indirect')]);
  });

  it.each<[string, RegExp]>([
    ['Courted by donors, Hunt said on Friday during a news conference that he may wait.', /^that he may wait$/],
    ['Hunt told the Gazette before he spoke to the board that he believed Lee should resign.', /that he believed Lee should resign$/],
  ])('a clause of its own after the circumstance, or an object before it, keeps the cue leading: %j', (text, content) => {
    expect(attributions(text)[0]).toMatchObject({ source: 'Hunt', content: [expect.stringMatching(content)] });
  });
});

describe('attribute: a fronted participle\'s phrase before a parenthetical cue', () => {
  it('sets the scene; the quote after the cue is what was said', () => {
    expect(attributions('Asked about the pier, Ruth Allen said, “It is safe.”')).toContainEqual(one('Ruth Allen', 'Ruth Allen', 'said', ['It is safe'], 'direct'));
  });

  it('a gerund that is the subject of the sentence before a closing cue stays the content', () => {
    expect(attributions('Seeing the pier burn led her to quit, Ruth Allen said.')[0]).toEqual(one('Ruth Allen', 'Ruth Allen', 'said', ['Seeing the pier burn led her to quit'], 'indirect'));
  });
});

describe('attribute: a quoted title before the speaker', () => {
  it('closes no speaker\'s words: "On an episode of "The Harbour Hour," X said ..."', () => {
    expect(attributions('On an episode of “The Harbour Hour,” the former mayor said she wanted to speak “directly to the divers.”')).toEqual([
      one('former mayor', 'the former mayor', 'said', ['she wanted to speak “directly to the divers.”'], 'mixed'),
    ]);
  });

  it('a quoted phrase in lower case after a preposition is the speaker\'s words', () => {
    expect(attributions('The plan is an act of “pure folly,” the mayor said.')[0]).toMatchObject({ source: 'the mayor', cue: 'said', mode: 'mixed' });
  });
});

describe('attribute: a relative clause inside a speaker\'s aside', () => {
  it('is no parenthetical report: "X, a Republican who described herself as ..., said ..."', () => {
    const claims = attributions('Ms. Hunt, a Republican who described herself as a loyal member, said the pier was unsafe.');
    expect(claims[0]).toMatchObject({ speaker: 'Hunt', cue: 'said', content: ['the pier was unsafe'] });
    expect(claims.every((claim) => !claim.content.includes('Ms. Hunt'))).toBe(true);
  });
});

describe('attribute: a share of people who support a bare object', () => {
  it('reports the preference, as polls do: "About 6 in 10 fishermen supported Hunt."', () => {
    expect(attributions('About 6 in 10 fishermen supported Hunt.')).toEqual([one('About 6 in 10 fishermen', 'About 6 in 10 fishermen', 'supported', ['Hunt'], 'indirect')]);
  });

  it.each<[string, string, string]>([
    ['Two-thirds support the new pier.', 'Two-thirds', 'the new pier'],
    ['About three-quarters support a ban on night fishing.', 'About three-quarters', 'a ban on night fishing'],
    ['57 percent support the new pier.', '57 percent', 'the new pier'],
    ['Among divers, 43% support Hunt.', '43%', 'Hunt'],
  ])('a share word or a percentage alone is a share of people, and the verb after it no noun: %j', (text, source, content) => {
    expect(attributions(text)).toEqual([one(source, source, 'support', [content], 'indirect')]);
  });

  it.each<[string]>([['Lee won 62 percent support that year.'], ["It was Lee's 62 percent support that year."], ['Lee climbed to 43 percent support this month.']])(
    'a percentage that is an object or owned is no subject: %j',
    (text) => {
      expect(attributions(text).every((claim) => claim.cue === null)).toBe(true);
    },
  );

  it('a phrase ending on a share word keeps its speaker named as before: "The majority want ..."', () => {
    expect(attributions('The majority want the pier closed.')[0]).toMatchObject({ speaker: 'majority', source: 'The majority', cue: 'want' });
  });

  it('any other subject with a bare object reports nothing: "The divers support the plan."', () => {
    expect(attributions('The divers support the plan.').every((claim) => claim.cue === null)).toBe(true);
  });
});

describe('attribute: only verbs of saying stand before their speaker', () => {
  it('a cue after a long aside takes its object, not an inverted speaker: "X, ..., endorsed Ruth Allen."', () => {
    expect(attributions("Ann Hunt, the harbour's longest-serving diver and a member of the board since 1990, endorsed Ruth Allen.")).toEqual([
      one('Ann Hunt', "Ann Hunt, the harbour's longest-serving diver and a member of the board since 1990", 'endorsed', ['Ruth Allen'], 'indirect'),
    ]);
  });

  it('a verb of saying still inverts: "The pier is old, said Ann Hunt."', () => {
    expect(attributions('The pier is old, said Ann Hunt.')).toEqual([one('Ann Hunt', 'Ann Hunt', 'said', ['The pier is old'], 'indirect')]);
  });
});

describe('attribute: the review\'s sentences for the twelfth session\'s rules', () => {
  it.each<[string, string, string, string[]]>([
    // A fronted clause with its own main clause, written without a comma, is still what was said.
    ['If it rains the town will close the pier, the mayor said.', 'the mayor', 'said', ['If it rains the town will close the pier']],
    // "After" as a preposition opens no clause that would end the content early.
    ['After the vote Ruth Allen said the pier was safe, the dock was old and the road was closed.', 'Ruth Allen', 'said', ['the pier was safe, the dock was old and the road was closed']],
    // Before the cue every word is the speaker's: no second act or gloss is cut from it.
    ['The port cheats its workers and denied it for years, Ruth Allen said.', 'Ruth Allen', 'said', ['The port cheats its workers and denied it for years']],
    ['The board rebuilt the pier, the oldest in the county, Ruth Allen said.', 'Ruth Allen', 'said', ['The board rebuilt the pier, the oldest in the county']],
    // After a parenthetical cue, the speaker's own act is not what was said.
    ['The pier is safe, Ruth Allen said, then left the room.', 'Ruth Allen', 'said', ['The pier is safe']],
    ['The pier is safe, Ruth Allen said, visibly angry.', 'Ruth Allen', 'said', ['The pier is safe']],
    // A participle before a noun is an adjective, not a fronted clause.
    ['Wounded divers reached the shore, Ruth Allen said, “but the boat sank.”', 'Ruth Allen', 'said', ['Wounded divers reached the shore', 'but the boat sank']],
    // A plain parenthetical cue between commas still reports.
    ['The pier, a diver said, is safe.', 'a diver', 'said', ['The pier', 'is safe']],
  ])('%j', (text, source, cue, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue, content });
  });

  it('a share needs a number with "in", "out of" or "percent", or a share word with "of": "Most of the council supported the plan." reports nothing', () => {
    expect(attributions('Most of the council supported the plan.').every((claim) => claim.cue === null)).toBe(true);
  });
});
