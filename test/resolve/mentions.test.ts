import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { readMention, type MentionInfo } from '../../src/resolve/mentions.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

function read(phrase: string): MentionInfo {
  const tokens = tokenize(phrase);
  return readMention(tokens, [0, tokens.length], phrase);
}

describe('readMention: what a mention says about its speaker', () => {
  it.each<[string, Partial<MentionInfo>]>([
    [
      'Foreign Ministry spokesperson Wang Wenbin',
      { form: 'name', kind: 'person', name: 'Wang Wenbin', nameWords: ['wang', 'wenbin'], title: 'spokesperson', organization: 'Foreign Ministry' },
    ],
    ['Wang', { form: 'name', kind: 'person', name: 'Wang', nameWords: ['wang'] }],
    ['Wang Wenbin', { form: 'name', kind: 'person', name: 'Wang Wenbin' }],
    ['President Ruth Allen', { form: 'name', kind: 'person', name: 'Ruth Allen', title: 'President' }],
    ['Vice President Tom Price', { form: 'name', kind: 'person', name: 'Tom Price', title: 'Vice President' }],
    ['Prime Minister Ruth Allen', { form: 'name', kind: 'person', name: 'Ruth Allen', title: 'Prime Minister' }],
    ['Gov. Laura Whitcomb', { form: 'name', kind: 'person', name: 'Laura Whitcomb', title: 'Gov.' }],
    ['Foreign Minister Elena Marquez of Calvera', { form: 'name', kind: 'person', name: 'Elena Marquez', title: 'Foreign Minister', organization: 'Calvera' }],
    ['Hugh Hill, a doctor', { form: 'name', kind: 'person', name: 'Hugh Hill', title: 'doctor' }],
    ['Hugh Hill — a doctor', { form: 'name', kind: 'person', name: 'Hugh Hill', title: 'doctor' }],
    ['Hugh Hill - a doctor', { form: 'name', kind: 'person', name: 'Hugh Hill', title: 'doctor' }],
    // Dashes set off an apposition only around a noun phrase, and nothing inside brackets.
    ['Hugh Hill — without evidence —', { form: 'name', kind: 'person', name: 'Hugh Hill', title: undefined }],
    ['Rep. Hugh Hill (D - Ellis)', { form: 'name', kind: 'person', name: 'Hugh Hill', title: 'Rep.' }],
    // Two parties joined by "and", one a pronoun or a determined noun, are a group.
    ['Mr. Rubio and his advisers', { form: 'role', kind: 'group', name: 'Mr. Rubio and his advisers' }],
    ['She and her aides', { form: 'role', kind: 'group', name: 'She and her aides' }],
    // Two parties, each named or holding an office, joined by "and" are a group; a body's name with "and" is one party.
    ['Ruth Allen and Tom Hunt', { form: 'role', kind: 'group', name: 'Ruth Allen and Tom Hunt' }],
    ['Minister Allen and Minister Hunt', { form: 'role', kind: 'group', name: 'Minister Allen and Minister Hunt' }],
    ['Allen and Hunt', { form: 'role', kind: 'group', name: 'Allen and Hunt' }],
    ['The President and Vice President', { form: 'role', kind: 'group', name: 'The President and Vice President' }],
    ['the Ministry of Trade and Industry', { form: 'name', kind: 'organization', name: 'Ministry of Trade and Industry' }],
    ['the Committee to Protect Divers', { form: 'name', kind: 'organization', name: 'Committee to Protect Divers' }],
    ['the Harbour Council on Fishing Rights', { form: 'name', kind: 'organization', name: 'Harbour Council on Fishing Rights' }],
    ['the Campaign for Safe Piers', { form: 'name', kind: 'organization', name: 'Campaign for Safe Piers' }],
    // A list set off by commas, its last two items joined by "and", each a name or each a plural noun, is a group.
    ['Ruth Allen, Tom Hunt and Ann Lee', { form: 'role', kind: 'group', name: 'Ruth Allen, Tom Hunt and Ann Lee' }],
    ['The crews, divers and harbour officials', { form: 'role', kind: 'group', name: 'The crews, divers and harbour officials' }],
    ['Ruth Allen, Tom Hunt, and Ann Lee', { form: 'role', kind: 'group', name: 'Ruth Allen, Tom Hunt, and Ann Lee' }],
    ['Ruth Allen, Tom Hunt and Ann Lee, who run the port', { form: 'role', kind: 'group', name: 'Ruth Allen, Tom Hunt and Ann Lee' }],
    ['Ann Lee, president and chief executive of the port', { form: 'name', kind: 'person', name: 'Ann Lee' }],
    // A single word before "and" must hold an office to be a party of its own.
    ['Trade and Industry Minister Ruth Allen', { form: 'name', kind: 'person', name: 'Ruth Allen' }],
    // A share of people is named whole.
    ['Some 56 percent of the fishermen', { form: 'role', kind: 'group', name: 'Some 56 percent of the fishermen' }],
    ['Half of the divers', { form: 'role', kind: 'group', name: 'Half of the divers' }],
    ['two of the divers', { form: 'role', kind: 'group', name: 'two of the divers' }],
    ['some of them', { form: 'role', kind: 'group', name: 'some of them' }],
    ['one of the divers', { form: 'role', kind: 'person', name: 'one of the divers' }],
    ['Many of the divers', { form: 'role', kind: 'group', name: 'Many of the divers' }],
    ['None of the crews', { form: 'role', kind: 'group', name: 'None of the crews' }],
    // A determiner and a relative clause: the clause is what names the group.
    ['those who back the harbour plan', { form: 'role', kind: 'group', name: 'those who back the harbour plan' }],
    ['some who fish here', { form: 'role', kind: 'group', name: 'some who fish here' }],
    // A name inside a post-modifier (an adjective with its preposition, a participle) is not the speaker's.
    ['people close to Ruth Allen', { form: 'role', name: 'people close to Ruth Allen' }],
    ['a source familiar with Tom Hunt', { form: 'role', kind: 'person', name: 'source familiar with Tom Hunt' }],
    ['the report released by Tom Hunt', { form: 'role', name: 'report released by Tom Hunt' }],
    ['the letter signed Friday', { form: 'role', name: 'letter signed Friday' }],
    // A capitalised word that opens the sentence before such a modifier is no name; a participle before a noun is part of a title.
    ['People close to the mayor', { form: 'role', name: 'People close to the mayor' }],
    ['Officials involved in the talks', { form: 'role', name: 'Officials involved in the talks' }],
    ['Ann Lee who runs the port', { form: 'name', kind: 'person', name: 'Ann Lee' }],
    ['Gazette managing editor Tom Hunt', { form: 'name', kind: 'person', name: 'Tom Hunt' }],
    ['Harbour Board acting chair Ann Lee', { form: 'name', kind: 'person', name: 'Ann Lee' }],
    ['Port Ellis elected officials', { form: 'role', name: 'Port Ellis elected officials' }],
    ['people close to Mayor Ann Lee', { form: 'role', name: 'people close to Mayor Ann Lee', roles: [] }],
    ['The surgeon general of the navy', { form: 'role', kind: 'person' }],
    // A number joined to the next word by a hyphen is part of the noun, not a determiner.
    ['the 46-year-old', { form: 'role', name: '46-year-old' }],
    ['the two divers', { form: 'role', name: 'divers' }],
    // A party label names no one: the name and title are read without it.
    ['Sen. Ruth Allen (D-N.Y.)', { form: 'name', kind: 'person', name: 'Ruth Allen', title: 'Sen.' }],
    ['Rep. Tom Price (R), who chairs the panel', { form: 'name', kind: 'person', name: 'Tom Price', title: 'Rep.' }],
    ['he', { form: 'pronoun', kind: 'person', name: 'he' }],
    ['she', { form: 'pronoun', kind: 'person', name: 'she' }],
    ['they', { form: 'pronoun', kind: 'group', name: 'they' }],
    ['it', { form: 'pronoun', kind: 'organization', name: 'it' }],
    ['the spokesperson', { form: 'role', kind: 'person', name: 'spokesperson', roles: ['spokesperson'] }],
    ['the President', { form: 'role', kind: 'person', name: 'President' }],
    ['the Vice President', { form: 'role', kind: 'person', name: 'Vice President', nameWords: ['vice', 'president'] }],
    ['the ministry', { form: 'role', kind: 'organization', name: 'ministry' }],
    ['the Ministry of Fisheries', { form: 'name', kind: 'organization', name: 'Ministry of Fisheries' }],
    ['Chinese Foreign Ministry', { form: 'name', kind: 'organization', name: 'Chinese Foreign Ministry' }],
    ['MOFA', { form: 'name', kind: 'organization', name: 'MOFA' }],
    ['The two leaders', { form: 'role', kind: 'group', name: 'The two leaders' }],
    ['Both sides', { form: 'role', kind: 'group', name: 'Both sides' }],
    ['the weather', { form: 'role', kind: 'unknown' }],
  ])('%j', (phrase, expected) => {
    expect(read(phrase)).toMatchObject(expected);
  });

  it('a name with no title has no title or organization', () => {
    const info = read('Wang Wenbin');
    expect(info.title).toBeUndefined();
    expect(info.organization).toBeUndefined();
  });

  it('role nouns are collected, abbreviations expanded', () => {
    expect(read('Gov. Laura Whitcomb').roles).toEqual(['governor']);
    expect(read('Foreign Ministry spokesperson Wang Wenbin').roles).toEqual(['ministry', 'spokesperson']);
  });
});
