/**
 * Where a content starts and ends (src/attribute/clauses.ts), checked through the public
 * API: a "that"-clause, circumstances before it, a trailing medium, and a text that ends
 * inside a clause.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { attributions, one, type Attribution } from '../helpers/attributions.js';

// A content keeps its complementizer "that": it belongs to the reported clause (as PolNeAR marks contents).
describe('attribute: reported speech', () => {
  it.each<[string, string, Attribution[]]>([
    [
      'subject, cue, "that"-clause',
      'Foreign Ministry spokesperson Wang Wenbin stressed that the pier is safe.',
      [one('Wang Wenbin', 'Foreign Ministry spokesperson Wang Wenbin', 'stressed', ['that the pier is safe'], 'indirect')],
    ],
    ['subject, cue, bare clause', 'Ruth Allen said the pier is safe.', [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')]],
    [
      'an addressee wink misreads and a time before "that"',
      'Ruth Allen told The Associated Press on Friday that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'told', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a quoted title in the addressee before "that"',
      'Ruth Allen told the Gazette’s “Harbour Hour” on Friday that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'told', ['that the pier is safe'], 'indirect')],
    ],
    [
      'an addressee and a time before an embedded question',
      'Ruth Allen told the Gazette on Thursday how surprised she is.',
      [one('Ruth Allen', 'Ruth Allen', 'told', ['how surprised she is'], 'indirect')],
    ],
    [
      'a span of time placed against now or then before "that"',
      'Ruth Allen said a few days ago that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a place before "that"',
      'Ruth Allen said at a meeting in Port Ellis, Maine, that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a place with a noun wink reads as a verb before "that"',
      'Ruth Allen said at a campaign stop in Port Ellis, Maine, that the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a trailing phrase naming the medium of the report',
      'Ruth Allen said the pier is safe in a statement on Friday.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a trailing medium after "a series of" and a hyphenated adjective',
      'Ruth Allen attacked the mayor in a series of early-morning tweets.',
      [one('Ruth Allen', 'Ruth Allen', 'attacked', ['the mayor'], 'indirect')],
    ],
    [
      'a medium noun that is no trailing phrase stays in the content',
      'Ruth Allen said the pier is safe in a statement that the council published.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe in a statement that the council published'], 'indirect')],
    ],
    [
      'the object of a cue that takes no addressee, before "that", stays in the content',
      'Ruth Allen rejected the notion that the pier is unsafe.',
      [one('Ruth Allen', 'Ruth Allen', 'rejected', ['the notion that the pier is unsafe'], 'indirect')],
    ],
    [
      'a relative clause on the object of such a cue stays in the content',
      'Ruth Allen cited reports that her divers wrote.',
      [one('Ruth Allen', 'Ruth Allen', 'cited', ['reports that her divers wrote'], 'indirect')],
    ],
    [
      'an addressee before "that" is left out',
      'Ruth Allen warned the divers that the pier is unsafe.',
      [one('Ruth Allen', 'Ruth Allen', 'warned', ['that the pier is unsafe'], 'indirect')],
    ],
    [
      'a relative "that" stays in the content',
      'Ruth Allen proposed a rule last month that would close the pier.',
      [one('Ruth Allen', 'Ruth Allen', 'proposed', ['a rule last month that would close the pier'], 'indirect')],
    ],
    [
      'a closing parenthesis the content did not open stays outside it',
      '(Ruth Allen said the pier is safe.)',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a parenthesis opened and closed inside the content stays in it',
      'Ruth Allen said the pier (the old one) is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier (the old one) is safe'], 'indirect')],
    ],
    [
      "the reported clause's own fronted phrase keeps its clause in the content",
      'Ruth Allen says despite the storm, she plans to reopen the pier.',
      [one('Ruth Allen', 'Ruth Allen', 'says', ['despite the storm, she plans to reopen the pier'], 'indirect')],
    ],
    [
      'a later clause after a comma still ends the content',
      'Ruth Allen said the pier is safe, though she plans to close it.',
      [
        one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect'),
        one('Ruth Allen', 'she', 'plans', ['to close it'], 'indirect'),
      ],
    ],
    [
      'one pair of brackets around a whole sentence is dropped with its stop',
      '[The pier reopened on Monday.]',
      [one(null, null, null, ['The pier reopened on Monday'], 'narrated')],
    ],
    [
      'currency and percent signs stay with their numbers',
      'Ruth Allen said the repairs cost $275 billion, up 40%.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the repairs cost $275 billion, up 40%'], 'indirect')],
    ],
    [
      "an editor's brackets at a quote's start stay in it",
      '"[Allen] should stay," Hill added.',
      [one('Hill', 'Hill', 'added', ['[Allen] should stay'], 'direct')],
    ],
    ['"..., Wang stressed."', 'The pier is safe, Wang stressed.', [one('Wang', 'Wang', 'stressed', ['The pier is safe'], 'indirect')]],
    ['", said Smith."', 'The pier is safe, said Smith.', [one('Smith', 'Smith', 'said', ['The pier is safe'], 'indirect')]],
    [
      'a time phrase between subject and cue',
      'The mayor on Friday said the pier is safe.',
      [one('mayor', 'The mayor', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a colon introduction without quotes',
      'Ruth Allen said: the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      '"According to X, ..."',
      'According to Mayor Ruth Allen, the pier is safe.',
      [one('Ruth Allen', 'Mayor Ruth Allen', 'According to', ['the pier is safe'], 'indirect')],
    ],
    [
      '"..., according to X."',
      'The pier is safe, according to the Harbour Town council.',
      [one('Harbour Town council', 'the Harbour Town council', 'according to', ['The pier is safe'], 'indirect')],
    ],
    [
      'a multi-word cue',
      'Wang Wenbin pointed out that the pier is safe.',
      [one('Wang Wenbin', 'Wang Wenbin', 'pointed out', ['that the pier is safe'], 'indirect')],
    ],
    [
      'a hope cue with a possessive',
      'Wang Wenbin expressed his hope that the talks will succeed.',
      [one('Wang Wenbin', 'Wang Wenbin', 'expressed his hope', ['that the talks will succeed'], 'indirect')],
    ],
    [
      'a partly quoted content is mixed',
      'Ruth Allen said the pier is "perfectly safe".',
      [one('Ruth Allen', 'Ruth Allen', 'said', ['the pier is "perfectly safe"'], 'mixed')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('attribute: a relative clause set off by a comma at the end of a content', () => {
  it.each<[string, string[]]>([
    ['Ann Lee said the rule was struck down, which the court has since put on hold.', ['the rule was struck down']],
    ['Ann Lee praised Tom Hunt, who is 70.', ['Tom Hunt']],
    ['The board argued that the pier should close, which would cost the town dearly.', ['that the pier should close']],
    ['Ann Lee added that Tom Hunt, who was elected in May, would resign.', ['that Tom Hunt, who was elected in May, would resign']],
    ['Ann Lee said the town "will rebuild the pier, which we love."', ['the town "will rebuild the pier, which we love."']],
    ["Ann Lee said the ruling was 'a victory, which we will build on'.", ["the ruling was 'a victory, which we will build on"]],
    ['Ann Lee said the plan, which the board backs — and divers like — is sound.', ['the plan, which the board backs — and divers like — is sound']],
    ['Dan Gol said Tom Hunt, who chairs the board should resign.', ['Tom Hunt, who chairs the board should resign']],
    ['Ann Lee said that it was Hunt, not Allen, who had leaked the report.', ['that it was Hunt, not Allen, who had leaked the report']],
    ['Ann Lee said it was unclear, who would lead the board.', ['it was unclear, who would lead the board']],
    ['Tom Hunt said the question was, which side would blink first.', ['the question was, which side would blink first']],
    ['Ann Lee said the dam could fail, which would flood the valley.', ['the dam could fail']],
    ['Ann Lee praised the plan, which voters rejected.', ['the plan']],
  ])('is the writer\'s aside, left out; one closed by a mark, quoted, with a second verb, a cleft or a question stays: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual(content);
  });
});

describe('attribute: a clause joined by ", and" or ", but", or a concession, after a bare object or an infinitive', () => {
  it.each<[string, string[]]>([
    ['Ann Lee urged voters to back the plan, but turnout was low.', ['voters to back the plan']],
    ['Ann Lee praised the plan, and the board approved it.', ['the plan']],
    ['Ann Lee praised the plan, although the board was not convinced.', ['the plan']],
    ['Ann Lee said the pier was safe, but the board disagreed.', ['the pier was safe, but the board disagreed']],
    ['Ruth Allen vowed to stay, even though the club was losing money.', ['to stay']],
    ['Ann Lee promised to carry on as though nothing had happened.', ['to carry on as though nothing had happened']],
    ['Tom Hunt urged voters to accept that although taxes rise, services improve.', ['voters to accept that although taxes rise, services improve']],
    ['Ruth Allen said the plan, although costly, would pass.', ['the plan, although costly, would pass']],
    ["Ann Lee described the deal as 'fair, though late'.", ["the deal as 'fair, though late"]],
    ['Tom Hunt promised to cut taxes, and prices would fall.', ['to cut taxes, and prices would fall']],
    ['Tom Hunt praised the plan, though not its cost.', ['the plan, though not its cost']],
    ['Ann Lee told reporters the plan would fail, and costs would rise.', ['reporters the plan would fail, and costs would rise']],
    ['Tom Hunt is promising lower fares and "boats, boats, boats," but he has also cut the harbour budget.', ['lower fares and "boats, boats, boats,"']],
    ['The crowd chanted "Close the pier," and "Save the bay."', ['"Close the pier," and "Save the bay."']],
  ])('is the writer\'s, left out; after a reported clause, inside a clause, quote or interruption, going on with a promise, or with no clause, it stays: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual(content);
  });
});

describe('attribute: a participle of consequence after a bare object or an infinitive', () => {
  it.each<[string, string[]]>([
    ['Ann Lee declared war on the council, leading to a long feud over the pier.', ['war on the council']],
    ['Ruth Allen pledged to rebuild the pier, reversing her earlier stance.', ['to rebuild the pier']],
    ['Ruth Allen vowed to close the pier, ending a century of fishing and angering locals.', ['to close the pier']],
  ])('is the writer\'s account of what followed, left out: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual(content);
  });

  it.each<[string, string[]]>([
    ['Tom Hunt praised the plans, including the pier.', ['the plans, including the pier']],
    ['Economists predict two more rate rises, depending on the harbour trade.', ['two more rate rises, depending on the harbour trade']],
    ['Ann Lee points out in a column, doing interviews gives Hunt an edge.', ['in a column, doing interviews gives Hunt an edge']],
    ['Hunt proposed a new tax, targeting the wealthy.', ['a new tax, targeting the wealthy']],
    ['Hunt ordered crews to clear the pier, working overnight if needed.', ['crews to clear the pier, working overnight if needed']],
    ['Hunt accused the council of wasting money, raising taxes and ignoring voters.', ['the council of wasting money, raising taxes and ignoring voters']],
    ['Hunt proposed a levy on landlords, giving tenants a fund for repairs.', ['a levy on landlords, giving tenants a fund for repairs']],
  ])('stays when it works as a preposition, is the subject of a verb after it, says no clear consequence or follows another gerund in a list: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual(content);
  });
});

describe('attribute: a time phrase right after the cue', () => {
  it.each<[string, string[]]>([
    ['Ruth Allen said Friday she would close the pier.', ['she would close the pier']],
    ['The harbour court ruled Tuesday against the pier plan.', ['against the pier plan']],
    ['Ruth Allen said last week the pier would close.', ['the pier would close']],
  ])('is no content: %j', (text, content) => {
    expect(attributions(text)[0]).toMatchObject({ content });
  });

  it('a time word with a possessive stays in the content', () => {
    expect(attributions('Ruth Allen announced Monday\'s schedule for the pier.')[0]).toMatchObject({ content: ["Monday's schedule for the pier"] });
  });
});

describe('attribute: a clause after a comma that ends the text', () => {
  it('a cue in a trailing clause with no full stop after it', () => {
    expect(attributions('The pier is safe, a process that began in May and concluded Monday')).toHaveLength(1);
  });

  it('a time word alone is no content: "... and concluded Monday"', () => {
    expect(attributions('The pier is safe, a process that began in May and concluded Monday.')[0]).toMatchObject({ cue: null, mode: 'narrated' });
  });
});

describe('attribute: a doubled closing mark that ends the text', () => {
  it('a comma and a doubled mark as the last tokens open no second claim', () => {
    expect(attributions("Ruth Allen said it was ''a good day,''")[0]).toMatchObject({ source: 'Ruth Allen', cue: 'said' });
  });
});

describe('attribute: a noun phrase set off at the end of an indirect content', () => {
  it.each<[string, string]>([
    ['Ruth Allen praised the speech of Ann Hunt, the mother of a fallen diver.', 'the speech of Ann Hunt'],
    ['Ruth Allen said the pier is safe, a claim that the board disputes.', 'the pier is safe'],
    ['Ruth Allen said the board rebuilt the pier — a project funded by the port.', 'the board rebuilt the pier'],
    ['Ruth Allen said she did not back Tom Hunt, the presumed harbour favorite.', 'she did not back Tom Hunt'],
  ])('is the writer\'s gloss, left out: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });

  it.each<[string, string, string]>([
    ['a list\'s last items', 'Ruth Allen named the pier, the dock and the road.', 'the pier, the dock and the road'],
    ['a clause after the comma', 'Ruth Allen said the pier is old, the dock is new.', 'the pier is old, the dock is new'],
    ['a gloss inside a quote', 'Ruth Allen said the pier is "safe, a good place".', 'the pier is "safe, a good place"'],
    ['a comma after a verb', 'Ruth Allen said the pier was, say, the best in the county.', 'the pier was, say, the best in the county'],
    ['a clause whose verb ends in -ed', 'Ruth Allen said the pier was safe, the board voted to close it.', 'the pier was safe, the board voted to close it'],
  ])('stays when it is %s: %j', (_name, text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });
});

describe('attribute: a second cue after "and" in the first cue\'s tense', () => {
  it('goes on the first cue\'s subject when the content\'s verb has another tense', () => {
    expect(attributions('Ruth Allen said she lives in Port Ellis and questioned how the board would pay.')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['she lives in Port Ellis'], 'indirect'),
      one('Ruth Allen', 'Ruth Allen', 'questioned', ['how the board would pay'], 'indirect'),
    ]);
  });

  it('stays in the content when the content\'s verb has the same tense: the "and" may be the content\'s', () => {
    expect(attributions('Ruth Allen said the board met on Monday and questioned the plan.')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'said', ['the board met on Monday and questioned the plan'], 'indirect'),
    ]);
  });

  it('a second report with its own "that"-clause goes on the first cue\'s subject whatever the tenses', () => {
    expect(attributions('Ruth Allen rejected the idea that the board met in secret and said that the pier was safe.')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'rejected', ['the idea that the board met in secret'], 'indirect'),
      one('Ruth Allen', 'Ruth Allen', 'said', ['that the pier was safe'], 'indirect'),
    ]);
  });

  it('a second report in another tense than the cue\'s and the content\'s ends the content before "and"', () => {
    expect(attributions('Ruth Allen agrees the pier is "a danger" and said "the board must act."')).toEqual([
      one('Ruth Allen', 'Ruth Allen', 'agrees', ['the pier is "a danger"'], 'mixed'),
      one('Ruth Allen', 'Ruth Allen', 'said', ['the board must act'], 'direct'),
    ]);
  });

  it.each<[string, string, [string, string[]], [string, string[]]]>([
    ['a plural subject\'s base form', 'His aides say the pier is old but noted that the board met.', ['say', ['the pier is old']], ['noted', ['that the board met']]],
    ['a progressive', 'Ann Lee is telling divers that the pier is safe and says she will reopen it.', ['telling', ['that the pier is safe']], ['says', ['she will reopen it']]],
  ])('reads the cue\'s tense from %s: %j', (_name, text, first, second) => {
    expect(attributions(text).map((claim) => [claim.cue, claim.content])).toEqual([first, second]);
  });

  it('a second report with a quote after its comma goes on the first cue\'s subject: "and said, "...""', () => {
    expect(attributions('Ann Lee confirmed she had been there and said, "The pier has a problem."').map((claim) => [claim.cue, claim.content])).toEqual([
      ['confirmed', ['she had been there']],
      ['said', ['The pier has a problem']],
    ]);
  });

  it('a text that ends on the quote mark after "and said," gives no empty claim', () => {
    expect(attributions('Ann Lee confirmed she had been there and said, "').every((claim) => claim.content.every((piece) => /\w/.test(piece)))).toBe(true);
  });

  it('stays in the content when the verb after "and" is no cue', () => {
    expect(attributions('Ruth Allen said she lives in Port Ellis and moved the boat.')[0]!.content).toEqual(['she lives in Port Ellis and moved the boat']);
  });
});

describe('attribute: a verb after "and" or "but" once a cue\'s object has no verb of its own', () => {
  it.each<[string, string]>([
    ['Ruth Allen called the plan "reckless" and walked out of the meeting.', 'the plan "reckless"'],
    ['Ruth Allen declined the post and has since left the harbour board.', 'the post'],
    ['The mayor described the crash as "a terrible accident," but stopped short of blaming the crew.', 'the crash as "a terrible accident,"'],
    ['The board urged the divers to stay ashore but was ignored.', 'the divers to stay ashore'],
    ['Tom Hunt denied the charges and faces trial in May.', 'the charges'],
  ])('goes on the cue\'s subject: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });

  it.each<[string, string, string]>([
    ['a clause with a verb of its own before the "and"', 'Ruth Allen said the pier was old and needed repairs.', 'the pier was old and needed repairs'],
    ['a clause whose subject comes before the "and"', 'Ruth Allen said that divers and trained crews would help.', 'that divers and trained crews would help'],
    ['a relative clause in the object', 'Ruth Allen praised the crews who rebuilt the pier and repaired the road.', 'the crews who rebuilt the pier and repaired the road'],
    ['a passive participle joined to an adjective', 'Ruth Allen called the charges unfounded and invented by former divers.', 'the charges unfounded and invented by former divers'],
  ])('stays in the content with %s: %j', (_name, text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });
});

describe('attribute: a time or occasion after a cue\'s object', () => {
  it.each<[string, string]>([
    ['Ruth Allen thanked her supporters at a rally in Port Ellis.', 'her supporters'],
    ['Ruth Allen praised the plan on Tuesday.', 'the plan'],
    ['Ruth Allen criticized the mayor last week.', 'the mayor'],
  ])('tells when the act happened, not what was said: %j', (text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });

  it.each<[string, string, string]>([
    ['a time word inside the noun phrase', 'Ruth Allen wished the crew a safe weekend.', 'the crew a safe weekend'],
    ['a reported clause', 'Ruth Allen said the board met at a rally.', 'the board met at a rally'],
    ['a place that is no occasion', 'Ruth Allen criticized the meeting at the harbour.', 'the meeting at the harbour'],
    ['an occasion that places an event', 'Ruth Allen condemned the shooting at a rally in Port Ellis.', 'the shooting at a rally in Port Ellis'],
  ])('stays with %s: %j', (_name, text, content) => {
    expect(attributions(text)[0]!.content).toEqual([content]);
  });
});

describe('attribute: a medium phrase before a clause without "that"', () => {
  it.each<[string, string, string]>([
    ['The mayor said in a statement the pier is safe.', 'said in a statement', 'the pier is safe'],
    ['The mayor said in an interview the pier is safe.', 'said', 'the pier is safe'],
    ['The mayor wrote on Twitter she would resign.', 'wrote', 'she would resign'],
  ])('is no part of the content: %j', (text, phrase, content) => {
    const [claim] = extractClaims(text).claims;
    expect(claim?.cue?.phrase?.text ?? claim?.cue?.text).toBe(phrase);
    expect(claim?.content.map((piece) => piece.text)).toEqual([content]);
  });
});
