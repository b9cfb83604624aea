/**
 * How src/attribute/subjects.ts finds a cue's subject, checked through the public API:
 * asides and appositions, fronted phrases, quantifiers and poll respondents, and names wink
 * mis-tags.
 */
import { describe, expect, it } from 'vitest';
import { attributions, one, type Attribution } from '../helpers/attributions.js';

describe('attribute: asides between the subject and its cue', () => {
  it.each<[string, string, Attribution[]]>([
    [
      'an apposition',
      'Hugh Hill, a doctor, said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill, a doctor', 'said', ['the water is clean'], 'indirect')],
    ],
    [
      'an apposition with a post-modifier',
      'Ruth Allen, the mayor of Harbour Town, said the pier is safe.',
      [one('Ruth Allen', 'Ruth Allen, the mayor of Harbour Town', 'said', ['the pier is safe'], 'indirect')],
    ],
    [
      'a "who" clause',
      'Hugh Hill, who runs the clinic, said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill, who runs the clinic', 'said', ['the water is clean'], 'indirect')],
    ],
    [
      'a bracketed aside',
      'Hugh Hill (a local doctor) said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill', 'said', ['the water is clean'], 'indirect')],
    ],
    [
      'a name set off after a noun that names no speaker by itself',
      'The running mate, Tom Hunt, plans to reopen the pier.',
      [one('Tom Hunt', 'The running mate, Tom Hunt', 'plans', ['to reopen the pier'], 'indirect')],
    ],
    [
      'a thing named in an aside is no speaker',
      'The boat, Sea Queen, was reported missing on Monday.',
      [one(null, null, null, ['The boat, Sea Queen, was reported missing on Monday'], 'narrated')],
    ],
    [
      'a name set off after a possessive noun phrase',
      "Lee's running mate, Port Gov. Tom Hunt, plans to reopen the pier.",
      [one('Tom Hunt', "Lee's running mate, Port Gov. Tom Hunt", 'plans', ['to reopen the pier'], 'indirect')],
    ],
    [
      'a name with its party in brackets, set off after a relative of someone, before a quote and a cue with an addressee',
      '"We have his back," Hunt\'s wife, Ann Price (D-Port Ellis), shouted to the crowd.',
      [one('Ann Price', "Hunt's wife, Ann Price (D-Port Ellis)", 'shouted', ['We have his back'], 'direct')],
    ],
    [
      'a name set off after a relative of someone, before a quote and a cue with an addressee',
      '"We have his back," the niece, Ann Price, said to the crowd.',
      [one('Ann Price', 'the niece, Ann Price', 'said', ['We have his back'], 'direct')],
    ],
    [
      'an adverb',
      'Hugh Hill also said the water is clean.',
      [one('Hugh Hill', 'Hugh Hill', 'said', ['the water is clean'], 'indirect')],
    ],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('attribute: a list\'s bullet before the subject', () => {
  it('a dash that opens a line joins no word to the subject', () => {
    expect(attributions('Harbour notes\n\n-Ann Lee explains why the pier closed.')).toContainEqual(expect.objectContaining({ source: 'Ann Lee', cue: 'explains' }));
  });

  it('a hyphen inside a line still joins its words: "pro-Lee says" has no subject "Lee"', () => {
    expect(attributions('The pro-Lee group says the pier is safe.').map((claim) => claim.source)).not.toContain('Lee');
  });
});

describe('attribute: a fronted adjunct before the subject', () => {
  it.each<[string, string, string]>([
    ['In May, the poll shows a lead for the mayor.', 'shows', 'a lead for the mayor'],
    ['On Friday, the mayor said the pier was safe.', 'said', 'the pier was safe'],
    ['Still rebuilding, the town expects a busy summer.', 'expects', 'a busy summer'],
    ['In reply to the critics of the plan, the mayor explained her reasons.', 'explained', 'her reasons'],
  ])('is no content: %j', (text, cue, content) => {
    expect(attributions(text)).toEqual([expect.objectContaining({ cue, content: [content] })]);
  });

  it.each<[string, string, string]>([
    ['On Monday he said the pier would reopen.', 'he', 'said'],
    ['In 2019 she wrote that the harbour was silting up.', 'she', 'wrote'],
    ['Recently she announced that the ferry would stop.', 'she', 'announced'],
    ['Perhaps the divers will demand a vote.', 'the divers', 'demand'],
    ['Maybe Ann Lee thinks the pier is safe.', 'Ann Lee', 'thinks'],
    ['On Tuesday night Mayor Lee said the pier would reopen.', 'Mayor Lee', 'said'],
    ['In March 2021 the council said it would act.', 'the council', 'said'],
    ['In a radio interview Lee said the pier would reopen.', 'Lee', 'said'],
    ['In the letter he said the pier would reopen.', 'he', 'said'],
    ['At the meeting with Ann Lee they argued that the pier was safe.', 'they', 'argued'],
  ])('a time phrase, or a phrase ending on a common noun, with no comma before the subject: %j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it.each([
    'In the letter he wrote to the council, Ann Lee said the pier was unsafe.',
    'By the time she told the council, the pier had collapsed.',
  ])('a pronoun after a fronted phrase is no subject when its clause holds no clause and one follows a later comma: %j', (text) => {
    expect(attributions(text).map((claim) => claim.source)).not.toContain(/\b(he|she|they)\b/.exec(text)![0]);
  });

  it('a pronoun after a fronted phrase keeps a content that runs over commas', () => {
    expect(attributions('In the letter he said the pier was unsafe, the rails were rusted and the lights were out.')).toEqual([
      one('he', 'he', 'said', ['the pier was unsafe, the rails were rusted and the lights were out'], 'indirect'),
    ]);
  });

  it.each<[string, string]>([
    ['The mayor in 2010 said the pier would reopen.', 'The mayor'],
    ['Ruth Allen, who in 2010 said the pier would reopen, left the council.', 'who'],
  ])('a year after its preposition between the subject and its cue: %j', (text, source) => {
    expect(attributions(text).find((claim) => claim.cue === 'said')).toMatchObject({ source });
  });

  it.each<[string, string]>([
    ['Two councillors said the pier would reopen.', 'Two councillors'],
    ['The council said it would act.', 'The council'],
    ['About 1900 residents said the pier would reopen.', 'About 1900 residents'],
    ['April Lee said the pier would reopen.', 'April Lee'],
  ])('a number, a determiner, or a month or year with no preposition is no time phrase: %j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source });
  });
});

describe('attribute: words wink misreads around the source', () => {
  it('"according to" a compound noun whose first word wink reads as a verb', () => {
    expect(attributions('According to exit polls, the harbour party won the vote.')[0]).toMatchObject({ source: 'exit polls', cue: 'According to', content: ['the harbour party won the vote'] });
  });

  it.each<[string, string, string]>([
    ['The pier is old, but on Tuesday the mayor said it was safe.', 'the mayor', 'said'],
    ['The crews left early, and late Saturday she announced the pier was safe.', 'she', 'announced'],
  ])('a subject after a time phrase that opens a later clause: %j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it('a subject after a dateline and a spaced double hyphen', () => {
    expect(attributions('DOVER -- Mayor Ann Lee, opening the pier on Saturday, said it was safe.')[0]).toMatchObject({ cue: 'said', content: ['it was safe'] });
  });

  it.each<[string, string, string]>([
    ['Exit polling showed that the mayor won every ward.', 'Exit polling', 'showed'],
    ["The Gazette's reporting tells a different story.", "The Gazette's reporting", 'tells'],
    ['Some analyses suggest that the pier is unsafe.', 'Some analyses', 'suggest'],
  ])('a head wink reads as a verb, a gerund or a word in -s after a modifier: %j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it.each<[string, string]>([
    ['Harbour Today reported that the pier had been closed.', 'Harbour Today'],
    ['The pier had been closed, a reporter for Harbour Today wrote.', 'a reporter for Harbour Today'],
    ['Ruth Allen today said that the pier had been closed.', 'Ruth Allen'],
  ])('a capitalised "Today" after a name ends the name, a lowercase one is a time: %j', (text, source) => {
    expect(attributions(text)[0]?.source).toBe(source);
  });

  it('a word wink reads as a verb right after a determiner (and an adverb) is a noun of the subject', () => {
    const text = 'An earlier report in a Port Ellis paper said that the pier had been closed.';
    expect(attributions(text)[0]).toMatchObject({ source: 'An earlier report in a Port Ellis paper', cue: 'said' });
  });

  it('a participle before a proper noun inside the subject: "leading Republican candidates"', () => {
    expect(attributions('Several leading Republican candidates, including Mr. Lee, criticized the harbour plan.')[0]).toMatchObject({
      source: 'Several leading Republican candidates, including Mr. Lee',
      cue: 'criticized',
    });
  });

  it('a determiner and adjectives before the cue: the last word, which wink reads as an adjective, is the head', () => {
    expect(attributions('The democratic socialist said he would win the harbour seat.')[0]).toMatchObject({ source: 'The democratic socialist', cue: 'said', content: ['he would win the harbour seat'] });
  });
});

describe('attribute: a loose subject with a modifier or a joined name', () => {
  it.each<[string, string, string, string[]]>([
    ['a slash inside a name in the subject', 'A Gazette/Harbour Radio poll showed that the mayor leads.', 'A Gazette/Harbour Radio poll', ['that the mayor leads']],
    ['an irregular participle in -n on the subject', 'Exit polls taken in Harbour Town found that the pier is unpopular.', 'Exit polls taken in Harbour Town', ['that the pier is unpopular']],
    ['an irregular participle in -n before "by"', 'A copy of the memo seen by the Gazette said the pier is unsafe.', 'A copy of the memo seen by the Gazette', ['the pier is unsafe']],
  ])('%s: %j', (_name, text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, content });
  });

  it.each<[string, string]>([
    ['Several divers I have spoken with said the pier was unsafe.', 'Several divers I have spoken with'],
    ['None of the builders we hired this year thought the pier was safe.', 'None of the builders we hired this year'],
  ])('a relative clause without "who" on the subject: %j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source, content: [expect.stringMatching(/^the pier was/)] });
  });

  it.each<[string, string, string[]]>([
    ['Organizers of the push to boycott the harbour speech said they are worried.', 'Organizers of the push to boycott the harbour speech', ['they are worried']],
    ['The first diver to reach the pier said the boat was gone.', 'The first diver to reach the pier', ['the boat was gone']],
    ['The last diver to lead a full-scale search for the wreck said the boat was gone.', 'The last diver to lead a full-scale search for the wreck', ['the boat was gone']],
  ])('an infinitive on the subject\'s noun: %j', (text, source, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'said', content });
  });

  it('an infinitive whose object takes a verb of its own opens no subject: "a commitment to help the town defend"', () => {
    const claims = attributions('Lee met Hunt to discuss trade and the commitment to help the town defend its harbour.');
    expect(claims.map((claim) => claim.cue)).not.toContain('defend');
  });

  it('a participle on the subject\'s noun before a preposition is no cue when the clause\'s own verb follows', () => {
    const claims = attributions('A statement posted on the website of the port said listings are generated by users.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ source: 'A statement posted on the website of the port', cue: 'said', content: ['listings are generated by users'] });
    // A participle on a name later in the clause ("a phone used by") is no finite verb of the subject.
    expect(attributions('Lee balked at hacking a phone used by one of the divers.')[0]).toMatchObject({ source: 'Lee', cue: 'balked at' });
  });

  it.each<[string, string, string, string]>([
    ['The lawyer argued in court the search was illegal.', 'The lawyer', 'argued', 'in court the search was illegal'],
    ['The mayor claimed in a statement the pier was unsafe.', 'The mayor', 'claimed', 'the pier was unsafe'],
  ])('a participle before a preposition stays the cue when the later verb is not a cue but the reported clause\'s: %j', (text, source, cue, content) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue, content: [content] });
  });

  it('a verb right after the cue shows a relative clause without "that" in the infinitive\'s object: no subject runs across it', () => {
    expect(attributions('A move to ban the boats Lee says are unsafe has stalled.')).toEqual([one('Lee', 'Lee', 'says', ['the boats', 'are unsafe'], 'indirect')]);
    expect(attributions('A plan to fix the pier officials say is unsafe was approved.').every((claim) => claim.cue === null)).toBe(true);
  });

  it('a subject that opens the sentence makes its cue the main verb before a later purpose', () => {
    const claims = attributions('A statement posted on the website of the port said listings are generated by users, and that the port kept the right to reject any at its discretion.');
    expect(claims[0]).toMatchObject({ source: 'A statement posted on the website of the port', cue: 'said' });
    expect(claims.map((claim) => claim.cue)).not.toContain('reject');
  });

  it('a cue inside a relative clause on the opening subject is not the main verb', () => {
    const claims = attributions('A woman who has accused Tom Hunt of fraud said Sunday that he called her weeks later.');
    expect(claims[0]).toMatchObject({ source: 'A woman who has accused Tom Hunt of fraud', cue: 'said', content: ['that he called her weeks later'] });
  });

  it('a participle inside a relative clause on the subject: the relative clause opens the modifier', () => {
    expect(attributions('The diver who wrote the speech delivered by the mayor says he will not vote.')).toContainEqual(
      expect.objectContaining({ source: 'The diver who wrote the speech delivered by the mayor', cue: 'says', content: ['he will not vote'] }),
    );
  });

  it('a verb of saying in -ed right after a name is its finite verb, not a participle on the subject', () => {
    const claims = attributions('Lee is accessible to the media, Tom Hunt insisted Thursday during a tour of morning news shows.');
    expect(claims.map((claim) => claim.cue)).not.toContain('shows');
    expect(claims[0]).toMatchObject({ source: 'Tom Hunt', cue: 'insisted' });
  });

  it('a relative clause whose cue ends on its preposition ends at the main verb', () => {
    expect(attributions('Divers who spoke anonymously about the collapse said the pier was unsafe.')).toEqual([
      one('Divers who spoke anonymously about the collapse', 'Divers who spoke anonymously about the collapse', 'said', ['the pier was unsafe'], 'indirect'),
      one('Divers', 'who', 'spoke anonymously about', ['the collapse'], 'indirect'),
    ]);
    const claims = attributions('Those who spoke publicly about the pier were fined, residents said.');
    expect(claims.flatMap((claim) => claim.content).filter((piece) => piece.startsWith('the pier'))).toEqual(['the pier']);
  });

  it('a name inside the subject before a passive participle keeps the participle on the subject', () => {
    expect(attributions('Comments by Ann Lee reported by the Gazette suggest the pier will close.')[0]).toMatchObject({
      source: 'Comments by Ann Lee reported by the Gazette',
      cue: 'suggest',
      content: ['the pier will close'],
    });
  });

  it.each<[string, string, string]>([
    ['Sailors who called for the pier proposed last year said it was needed.', 'called for', 'the pier proposed last year'],
    ['Workers who spoke about the cuts announced on Monday said they would strike.', 'spoke about', 'the cuts announced on Monday'],
  ])('a participle on the relative clause\'s object is no main verb: %j', (text, cue, object) => {
    const claims = attributions(text);
    expect(claims).toContainEqual(expect.objectContaining({ cue: 'said' }));
    expect(claims).toContainEqual(expect.objectContaining({ cue, content: [object] }));
  });

  it('a question word in the object holds its own verb: "spoke about what the mayor promised"', () => {
    expect(attributions('Residents who spoke about what the mayor promised said she had lied.')).toContainEqual(
      expect.objectContaining({ cue: 'spoke about', content: ['what the mayor promised'] }),
    );
  });

  it.each<[string, string]>([
    ['Those who spoke about the report published by the board were fined.', 'the report published by the board'],
    ['Those who spoke about the pier and the harbour were fined.', 'the pier and the harbour'],
  ])('a loose subject ending on "who": the object runs to the main verb: %j', (text, object) => {
    expect(attributions(text)).toContainEqual(expect.objectContaining({ cue: 'spoke about', content: [object] }));
  });

  it('a "whose" clause on the subject', () => {
    expect(attributions('The harbour officials whose piers were closed say the real change came from the courts.')[0]).toMatchObject({
      source: 'The harbour officials whose piers were closed',
      cue: 'say',
      content: ['the real change came from the courts'],
    });
  });

  it.each<[string, string]>([
    ['Ann Lee received more support from those who said the pier was safe.', 'Ann Lee received more support from those who'],
    ['This angered divers who viewed it as a mistake.', 'This angered divers who'],
  ])('a finite verb before a relative clause is no participle of the subject: %j', (text, wrong) => {
    expect(attributions(text).map((claim) => claim.source)).not.toContain(wrong);
  });

  it.each<[string, string]>([
    ['The things he wants to build will cost a lot.', 'The things he'],
    ['The harbour she promised to rebuild is still closed.', 'The harbour she'],
    ['Every time he speaks he says the same thing.', 'Every time he speaks he'],
  ])('a pronoun right before the cue is its subject, not part of a longer one: %j', (text, wrong) => {
    expect(attributions(text).map((claim) => claim.source)).not.toContain(wrong);
  });

  it('an irregular past tense before the cue is a verb of its own, not a participle on the subject', () => {
    expect(attributions('The heads of both firms told the Gazette they concluded the pier was safe.')[0]).toMatchObject({ source: 'The heads of both firms', cue: 'told' });
  });
});

describe('attribute: a list of parties as the subject', () => {
  it.each<[string, string]>([
    ['Ruth Allen, Tom Hunt and Ann Lee have all attacked the plan.', 'Ruth Allen, Tom Hunt and Ann Lee'],
    ['The crews, divers and harbour officials said the pier was safe.', 'The crews, divers and harbour officials'],
    ['Ruth Allen, Tom Hunt, and Ann Lee said the pier was safe.', 'Ruth Allen, Tom Hunt, and Ann Lee'],
  ])('takes every item back to where the clause opens: %j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source });
  });

  it.each<[string]>([['Today, Tom Hunt and Ann Lee said the pier was safe.'], ['Sunday, Tom Hunt and Ann Lee said the pier was safe.']])('stops at a fronted time word: %j', (text) => {
    expect(attributions(text)[0]).toMatchObject({ speaker: 'Tom Hunt and Ann Lee', source: 'Tom Hunt and Ann Lee' });
  });

  it('stops at a clause before the comma', () => {
    expect(attributions('When the storm hit the crews, divers and harbour officials said the pier was safe.')[0]).toMatchObject({ source: 'divers and harbour officials' });
  });
});

describe('attribute: a quantifier standing alone as the subject', () => {
  it.each<[string, string, string]>([
    ['Some say the pier is unsafe.', 'Some', 'say'],
    ['Many believe the ferry will return.', 'Many', 'believe'],
    ['But few believe the ferry will return.', 'few', 'believe'],
    ['Most said the pier was unsafe.', 'Most', 'said'],
    ['Several say the pier is unsafe.', 'Several', 'say'],
    ['One boatman praised the pier, while another said it was unsafe.', 'another', 'said'],
  ])('%j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it('a quantifier before a noun in -s opens a noun phrase, not a clause', () => {
    expect(attributions('Some reports say the pier is unsafe.')[0]).toMatchObject({ source: 'Some reports', cue: 'say' });
  });

  it('a quantifier read as an adverb inside the verb group is no subject', () => {
    expect(attributions('He most recently said the pier was unsafe.')[0]).toMatchObject({ source: 'He', cue: 'said' });
  });
});

describe('attribute: poll respondents as the subject', () => {
  it.each<[string, string, string]>([
    ['Again, those surveyed said the pier was safe.', 'those surveyed', 'said'],
    ['Some 56 percent of the fishermen polled said the pier was safe.', 'Some 56 percent of the fishermen polled', 'said'],
    ['Half of those polled say the pier is safe.', 'Half of those polled', 'say'],
    ['About four out of 10 fishermen said the pier was safe.', 'About four out of 10 fishermen', 'said'],
    ['Nearly eight in 10 fishermen overall said the pier was safe.', 'Nearly eight in 10 fishermen', 'said'],
    ['The divers alone say the pier is safe.', 'The divers', 'say'],
    ['More than four in 10 fishermen said the pier was safe.', 'More than four in 10 fishermen', 'said'],
    ['Only about four in 10 fishermen say the pier is safe.', 'Only about four in 10 fishermen', 'say'],
    ['Fewer than a third of the fishermen said the pier was safe.', 'Fewer than a third of the fishermen', 'said'],
    ['At least two harbour officials said the pier was safe.', 'At least two harbour officials', 'said'],
    ['On Friday, at least two officials said the pier was safe.', 'at least two officials', 'said'],
    ['More than half of the divers say the pier is safe.', 'More than half of the divers', 'say'],
    ['Almost half of the divers say the pier is safe.', 'Almost half of the divers', 'say'],
  ])('%j', (text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue, content: [expect.stringContaining('the pier')] });
  });
});

describe('attribute: a noun wink reads as an adjective after a hyphenated compound', () => {
  it('heads the subject: "The self-described socialist said"', () => {
    expect(attributions('The self-described socialist said the pier was safe.')[0]).toMatchObject({ source: 'The self-described socialist', cue: 'said' });
  });
});

describe('attribute: an approximation bounds only a number or a share', () => {
  it.each<[string, string]>([
    ['Only Ann Lee said the pier should close.', 'Ann Lee'],
    ['Only the mayor said the pier should close.', 'the mayor'],
    ['About a third of the divers said the pier should close.', 'About a third of the divers'],
    ['Nearly a dozen divers said the pier should close.', 'Nearly a dozen divers'],
  ])('%j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue: 'said' });
  });

  it('"At least" before a subject with no number is a sentence adverb: "At least the council admitted ..."', () => {
    expect(attributions('At least the council admitted the pier was unsafe.').some((claim) => claim.source === 'At least the council')).toBe(false);
  });

  it('"around" links the parts of a loose subject: "Divers in Port Ellis and around the coast say"', () => {
    expect(attributions('Divers in Port Ellis and around the coast say the pier is safe.')[0]).toMatchObject({ source: 'Divers in Port Ellis and around the coast' });
  });
});

describe('attribute: an approximation before a subject that opens no clause with it', () => {
  it('keeps the subject without it', () => {
    expect(attributions('The crews did more than about half said they would.').find((claim) => claim.cue === 'said')).toMatchObject({ source: 'about half' });
  });
});

describe('attribute: a surname read as a verb', () => {
  it('"Mr. Burke said" keeps Burke in the source', () => {
    expect(attributions('On the quay, Mr. Burke said he would ignore the parade route.')[0]).toMatchObject({ source: 'Mr. Burke', cue: 'said' });
  });

  it.each<[string, string, string, string]>([
    ['a verb-tagged surname first in the sentence', 'Cook declined to say whether the pier was safe.', 'Cook', 'declined'],
    ['a verb-tagged surname before an adverb', 'Cook also declined to say whether the pier was safe.', 'Cook', 'declined'],
    ['an auxiliary-tagged surname first in the sentence', 'Shall wrote that the pier was safe.', 'Shall', 'wrote'],
    ['an adverb-tagged surname after a quote', '"The pier is safe," Hardly said.', 'Hardly', 'said'],
    ['a verb-tagged surname after a title', '"The pier is safe," Dr. Lynch said.', 'Dr. Lynch', 'said'],
    ['a verb-tagged surname before a bracket', 'However, Rep. Ann Lynch (D-Mass.) said the pier was safe.', 'Rep. Ann Lynch (D-Mass.)', 'said'],
    ['a bracket and an aside after the name', 'Rep. Ann Hunt (D-N.Y.), chair of the harbour caucus, said the pier was safe.', 'Rep. Ann Hunt (D-N.Y.), chair of the harbour caucus', 'said'],
    ['an adverb-tagged surname after a clause and a comma', 'The ferry program works, Jolly said.', 'Jolly', 'said'],
    ['a verb-tagged first name after a fronted clause', 'When asked about the pier, Ted Cruz said it was safe.', 'Ted Cruz', 'said'],
    ['an auxiliary-tagged first name after a title', 'Harbour Chairman Will Rogers said the pier was safe.', 'Harbour Chairman Will Rogers', 'said'],
    ['two roles joined by "and", the second opened by an adjective', 'The former mayor and current harbour master said the pier was safe.', 'The former mayor and current harbour master', 'said'],
    ['a name and the medium it spoke in', 'Last week Ann Hunt in a televised interview said the pier was safe.', 'Ann Hunt', 'said'],
    ['a noun and the medium it stands in', 'A narrator in the harbour ad says the pier is safe.', 'A narrator in the harbour ad', 'says'],
    ['an aside whose "which" clause describes its noun', 'Ann Hunt, president of the Harbour Union, which represents the divers, said the pier was safe.', 'Ann Hunt, president of the Harbour Union', 'said'],
  ])('%s: %j', (_name, text, source, cue) => {
    expect(attributions(text)[0]).toMatchObject({ source, cue });
  });

  it.each<[string, string]>([
    ['Those close to her say that the pier is unsafe.', 'Those close to her'],
    ['People familiar with it said the pier was unsafe.', 'People familiar with it'],
  ])('an object pronoun after a preposition ends the subject: %j', (text, source) => {
    expect(attributions(text)[0]).toMatchObject({ source });
  });

  it('an adverb in -ly before an attributive participle stays in the subject: "newly filed reports"', () => {
    expect(attributions('An analysis of newly filed harbour reports shows that the pier is unsafe.')[0]).toMatchObject({
      source: 'An analysis of newly filed harbour reports',
      cue: 'shows',
    });
  });

  it('a lowercase word after an in-word hyphen ends a name: "Ban Ki-moon condemned"', () => {
    expect(attributions('Secretary General Lee Ki-moon condemned what he called a breach of the harbour rules.')[0]).toMatchObject({
      source: 'Secretary General Lee Ki-moon',
      cue: 'condemned',
    });
  });

  it('an untagged particle of a surname opens the name: "De/X Blasio said ... and said ..."', () => {
    const found = attributions('De Blasio said the pier was closed by the council and said, "We will reopen it."');
    expect(found.map((claim) => [claim.source, claim.cue, claim.content])).toEqual([
      ['De Blasio', 'said', ['the pier was closed by the council']],
      ['De Blasio', 'said', ['We will reopen it']],
    ]);
  });

  it.each<[string, string]>([
    ['an adverb opening the sentence', 'Also said the pier was safe.'],
    ['a modal before a base form', 'Will say the pier is safe.'],
  ])('no surname in %s: %j', (_name, text) => {
    expect(attributions(text).every((claim) => claim.source === null)).toBe(true);
  });
});

describe('attribute: a capitalised preposition inside a name', () => {
  it.each<[string, string]>([
    ['Divers Without Borders said the pier was unsafe.', 'the pier was unsafe'],
    ['The pier was unsafe, Divers Without Borders said.', 'The pier was unsafe'],
  ])('is part of the source: %j', (text, content) => {
    expect(attributions(text)).toEqual([one('Divers Without Borders', 'Divers Without Borders', 'said', [content], 'indirect')]);
  });

  it('not in a title-cased headline, where every word is capitalised', () => {
    expect(attributions('Mayor Flexes Muscles As Harbour Worries About Pier Row').map((claim) => claim.source)).not.toContain('Mayor Flexes Muscles As Harbour');
  });
});
