import { describe, expect, it } from 'vitest';
import { loadTokenizer } from '../src/nlp.js';

const values = (tokens: ReturnType<ReturnType<typeof loadTokenizer>>) => tokens.map((t) => `${t.value}/${t.pos}`);

describe('loadTokenizer', () => {
  // Each first text teaches wink-nlp's lexicon a word whole ("Halloway’s" before a full
  // stop); read before the second, it used to keep that word whole there too.
  it.each([
    ['The decision was Halloway’s.', 'He cited Halloway’s proposed tax credit.'],
    ['A Brenton’s, then more.', 'Brenton’s statement came late.'],
    ['It is the mayor’s.', 'The mayor’s office said nothing.'],
  ])('tokenizes a text the same after %j as alone', (taught, text) => {
    const alone = values(loadTokenizer()(text));
    const tokenize = loadTokenizer();
    tokenize(taught);
    expect(values(tokenize(text))).toStrictEqual(alone);
  });

  // Two fuzz runs found articles that read differently after a new instance was loaded: words learned
  // from earlier texts had stayed in the lookup table (FUZZ_RUNS=2000 FUZZ_SEED=636633684 npm run fuzz, and
  // FUZZ_SEED=645743813 npm run fuzz, replay them). No learned word stays now.
  it('tokenizes the same after loading a new instance when the lexicon has learned its limit', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `Senator Qx${i}ambrel’s aide said on ${i} May that Vrell${i}’s plan was Qx${i}ambrel’s.`);
    const small = loadTokenizer({ maxLearnedWords: 5 });
    for (const text of texts) expect(values(small(text)), text).toStrictEqual(values(loadTokenizer()(text)));
  });
});

describe('loadTokenizer: titles written with a stop', () => {
  it.each([
    ['Sens. Hill and Marsh spoke.', 'Sens.'],
    ['The Rev. Ruth Allen spoke.', 'Rev.'],
    ['Later Pres. Hill spoke.', 'Pres.'],
  ])('keeps the stop with the title before a name: %j', (text, title) => {
    const tokens = loadTokenizer()(text);
    const token = tokens.find((t) => t.value.startsWith(title.slice(0, -1)));
    expect(token).toMatchObject({ value: title, pos: 'PROPN', start: text.indexOf(title), end: text.indexOf(title) + title.length });
  });

  it('leaves a stop alone after a word that is no title, before a lowercase word, or after a lowercase title', () => {
    expect(values(loadTokenizer()('He cut 10 sec. of tape.'))).toContain('./PUNCT');
    expect(values(loadTokenizer()('They met the Sec. later.'))).toContain('Sec/PROPN');
    expect(loadTokenizer()('See sec. Two.').map((t) => t.value)).toEqual(['See', 'sec', '.', 'Two', '.']);
  });
});

describe('loadTokenizer: a site\'s name with its domain', () => {
  it.each([
    ['Lee told Harbour.com on Monday that he would run.', 'Harbour.com'],
    ['The form is on HealthCare.gov now.', 'HealthCare.gov'],
  ])('keeps the stop and the domain with the name: %j', (text, site) => {
    const token = loadTokenizer()(text).find((t) => t.value.startsWith(site.split('.')[0]!));
    expect(token).toMatchObject({ value: site, pos: 'PROPN', start: text.indexOf(site), end: text.indexOf(site) + site.length });
  });

  it('leaves a stop alone before a spaced or unknown ending', () => {
    expect(loadTokenizer()('He left the pier. com is a word.').map((t) => t.value)).toContain('pier');
    expect(loadTokenizer()('Lee met Hunt.xyz today.').map((t) => t.value)).not.toContain('Hunt.xyz');
  });
});

describe('loadTokenizer: verbs in -ed that wink reads as adjectives', () => {
  it.each([
    ['On Friday, she hedged on whether the pier would open.', 'hedged'],
    ['They hedged their bets.', 'hedged'],
    ['Allen belittled the issue of the loans.', 'belittled'],
  ])('%j: %s after a subject pronoun, or after a name and before an object, is a verb', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/VERB`);
  });

  it.each([
    ['The tired divers rested.', 'tired'],
    ['Allen unconvinced the pier is safe', 'unconvinced'],
  ])('leaves an adjective in -ed before a noun, or one in un-, alone: %j', (text, word) => {
    expect(values(loadTokenizer()(text))).not.toContain(`${word}/VERB`);
  });

  it('"said" is a verb unless a determiner stands before it: "Ian Read said/ADJ company leaders", "the said company"', () => {
    expect(values(loadTokenizer()('Harbour chief executive Ian Read said company leaders had paid attention.'))).toContain('said/VERB');
    expect(values(loadTokenizer()('The said company closed.'))).toContain('said/ADJ');
  });

  it('leaves an adjective after a question\'s copula and its pronoun alone', () => {
    expect(values(loadTokenizer()('Was she sophisticated?'))).toContain('sophisticated/ADJ');
  });
});

describe('loadTokenizer: names that wink reads as verbs', () => {
  it.each([
    ['"The pier is safe," said Bellow, the harbour master.', 'Bellow'],
    ['"The pier is safe," said Bellow.', 'Bellow'],
    ['On Friday, spokeswoman Hope Marr denied it.', 'Hope'],
    ['The plan was backed by Sen. Ted Allen on Friday.', 'Ted'],
  ])('%j: a capitalised "verb" inside a sentence, before a name, a comma or a full stop, is a name (%s)', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/PROPN`);
  });

  it.each([
    ['Harbour chief executive Ian Read said company leaders had paid attention.', 'Read'],
    ['Quarterback Tom Manning was supporting him.', 'Manning'],
    ['Analyst Dan Cook wrote this week that the pier was safe.', 'Cook'],
    ['Ian Read also said the pier was old.', 'Read'],
    ['Ian Read also strongly denied the report.', 'Read'],
    ['Ian Read speaking at the summit said the pier was safe.', 'Read'],
  ])('%j: a capitalised "verb" between a capitalised name and a lowercase verb is a surname (%s)', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/PROPN`);
  });

  it.each([
    ['Allen Says new pier is safe', 'Says'],
    ['Mayor Allen Warns rising seas will flood the town', 'Warns'],
    ['In Port Ellis, Allen Says little about the budget.', 'Says'],
    ['Harbour Board Votes to Encourage Smith on Pier', 'Encourage'],
    ['Why Voters Will Not Renounce Smith', 'Renounce'],
    ['Hope Marr denied it.', 'Hope'],
  ])('leaves a capitalised verb after "to", an auxiliary or a capitalised word, or at the start, alone: %j', (text, word) => {
    expect(values(loadTokenizer()(text))).not.toContain(`${word}/PROPN`);
  });
});

describe('loadTokenizer: a verb in -s after an apposition', () => {
  it.each([
    ['Tom Hunt, a Democrat, advocates a harbour tax.', 'advocates'],
    ['Tom Hunt, a Democrat on the finance committee, notes that the tax is fair.', 'notes'],
  ])('%j: a cue verb\'s -s form after the comma that closes an aside on a name is a verb (%s)', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/VERB`);
  });

  it('leaves a noun after an aside on a common noun alone: "The pier, a ruin, reports say, ..."', () => {
    expect(values(loadTokenizer()('The pier, a ruin, reports say, is unsafe.'))).toContain('reports/NOUN');
  });
});

describe('loadTokenizer: "say" read as a noun', () => {
  it.each([
    ['Nearly a third say they will vote.', 'say'],
    ['Six in 10 say the pier is unsafe.', 'say'],
    ['It is a tax that many economists say is fair.', 'say'],
  ])('%j: before a subject, a verb or "that", it is the verb', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/VERB`);
  });

  it.each([['The harbour board has the final say on the pier.'], ['Residents want a say in the plan.'], ['The final say rests with the mayor.'], ['One say is enough.']])('%j: before a preposition it stays a noun', (text) => {
    expect(values(loadTokenizer()(text))).toContain('say/NOUN');
  });
});

describe('loadTokenizer: a surname read as a verb before an aside', () => {
  it.each([['Attorney General Ann Cooper (D), the mayor\'s rival, called for a vote.'], ['Ann Cooper, the attorney general, said the pier was safe.']])('%j: a base-form "verb" after a name and before a bracket or comma is a name', (text) => {
    expect(values(loadTokenizer()(text))).toContain('Cooper/PROPN');
  });

  it('leaves a headline\'s inflected verb alone: "Lee Warns, Hunt Replies"', () => {
    expect(values(loadTokenizer()('Lee Warns, Hunt Replies.'))).toContain('Warns/VERB');
  });
});

describe('loadTokenizer: an adverb read as a verb', () => {
  it.each([['"His luck has changed," it further wrote.'], ['She further announced the plan.']])('%j: "further" before a verb is an adverb', (text) => {
    expect(values(loadTokenizer()(text))).toContain('further/ADV');
  });

  it('stays a verb before its object: "to further the cause"', () => {
    expect(values(loadTokenizer()('They worked to further the cause.'))).toContain('further/VERB');
  });
});

describe('loadTokenizer: a hyphen with a space on each side', () => {
  it('reads as a dash, its offsets those of the hyphen; a hyphen inside a word stays one', () => {
    const tokens = loadTokenizer()('The well-known scholars - Hunt and Lee - agreed.');
    expect(tokens.filter((t) => t.value === '–').map((t) => t.start)).toEqual([24, 39]);
    expect(tokens.filter((t) => t.value === '-').map((t) => t.start)).toEqual([8]);
  });

  it('stays a hyphen between two numbers: a score or a range', () => {
    expect(loadTokenizer()('The Lions won 3 - 1 in 2015 - 2016.').filter((t) => t.value === '–')).toEqual([]);
  });
});

describe('loadTokenizer: phrasal cue verbs that wink reads as nouns', () => {
  it.each([
    ['Lee shot back that the pier was safe.', 'shot'],
    ['Hunt points out that the pier is safe.', 'points'],
    ['Hunt points out how the plan would fail.', 'points'],
  ])('%j: a cue verb\'s inflected form after a name and before a particle is a verb (%s)', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/VERB`);
  });

  it.each([
    ['The Gazette poll out today is grim.', 'poll'],
    ['Forest fires back in 2019 destroyed the pier.', 'fires'],
    ['Exit points out of the harbour were closed.', 'points'],
    ['The gun shot back then was heard.', 'shot'],
  ])('leaves a noun alone when no name stands before it, no clause, object or mark after it, or it is no cue\'s: %j', (text, word) => {
    expect(values(loadTokenizer()(text))).not.toContain(`${word}/VERB`);
  });
});

describe('loadTokenizer: gerunds after a possessive, or an article and a modifier', () => {
  it.each([
    ['People close to her thinking say the pier is safe.', 'thinking'],
    ['His handling of the storm was poor.', 'handling'],
    ['The most recent polling in Port Ellis shows Lee ahead.', 'polling'],
  ])('%j: with no object after it, %s is a noun', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/NOUN`);
  });

  it.each([
    ['They recalled his opposing the plan.', 'opposing'],
    ["The mayor's calling for calm.", 'calling'],
    ['The board praised her saying the truth.', 'saying'],
    ['They are still waiting for the ferry.', 'waiting'],
  ])('leaves a gerund with an object, or after "\'s" (which may be "is"), a verb: %j', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/VERB`);
  });
});

describe('loadTokenizer: the participle of a hyphenated compound', () => {
  it.each([
    ['The so-called experts left.', 'called'],
    ['A well-known diver left.', 'known'],
  ])('%j: before the word it modifies, %s is an adjective', (text, word) => {
    expect(values(loadTokenizer()(text))).toContain(`${word}/ADJ`);
  });

  it('leaves a participle with no word after it to modify alone: "the pier was well-known."', () => {
    expect(values(loadTokenizer()('The pier was well-known.'))).not.toContain('known/ADJ');
  });
});

describe('loadTokenizer: a word whose UTF-8 was read as Latin-1', () => {
  it.each([
    ['President FranÃ§ois Gol said so.', 'FranÃ§ois/PROPN'],
    ['President Enrique PeÃ±a Nieto said so.', 'PeÃ±a/PROPN'],
    // The lead byte decomposed into a letter and a combining tilde, with a control character after it.
    ['President FranA\u0303\u0083A\u0302\u0082A\u0302§ois Gol said so.', 'FranA\u0303\u0083A\u0302\u0082A\u0302§ois/PROPN'],
  ])('is one token again: %j', (text, token) => {
    const tokens = loadTokenizer()(text);
    expect(values(tokens)).toContain(token);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it('leaves a word and a symbol that spell no such letter apart: "A§3", "Lee©"', () => {
    expect(values(loadTokenizer()('Section A§3 was cited by Lee©.')).some((v) => v.startsWith('A§') || v.startsWith('Lee©'))).toBe(false);
  });
});
