import { beforeAll, describe, expect, it } from 'vitest';
import {
  headOf,
  isSpeakerLike,
  phraseEndingAt,
  phraseStartingAt,
  pastAddressee,
  reportedClauseStart,
  skipBackOverModifiers,
  skipForwardOverModifiers,
} from '../../src/attribute/phrases.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { rangeText, tokenRange } from '../helpers/pipeline.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

/** The noun phrase that ends just before `before` in `sentence`. */
function phraseBefore(sentence: string, before: string): string | null {
  const doc = { text: sentence, tokens: tokenize(sentence) };
  const [end] = tokenRange(doc, before);
  return rangeText(doc, [phraseEndingAt(doc.tokens, end, 0), end]);
}

describe('phraseEndingAt: the subject before a cue', () => {
  it.each<[string, string, string | null]>([
    ['Foreign Ministry spokesperson Wang Wenbin said the pier is safe.', 'said', 'Foreign Ministry spokesperson Wang Wenbin'],
    ['The spokesperson said the pier is safe.', 'said', 'The spokesperson'],
    ['He said the pier is safe.', 'said', 'He'],
    ["The mayor's spokesman said the pier is safe.", 'said', "The mayor's spokesman"],
    ['A spokesman for the Senate majority leader said the pier is safe.', 'said', 'A spokesman for the Senate majority leader'],
    ['The Show-Me Teachers Alliance said the pier is safe.', 'said', 'The Show-Me Teachers Alliance'],
    ['The two leaders said the talks went well.', 'said', 'The two leaders'],
    ['Both sides said the talks went well.', 'said', 'Both sides'],
    ['The pier is safe, Wang stressed.', 'stressed', 'Wang'],
    ['It said the pier is safe.', 'said', 'It'],
    ['Them said the pier is safe.', 'said', null],
    ['Mr. Rubio and his advisers said the pier is safe.', 'said', 'Mr. Rubio and his advisers'],
    ['She and her aides said the pier is safe.', 'said', 'She and her aides'],
    ['He and Mr. Allen said the pier is safe.', 'said', 'He and Mr. Allen'],
    ['The ferry docked and the council said the pier is safe.', 'said', 'the council'],
  ])('%j before %j -> %j', (sentence, before, expected) => {
    expect(phraseBefore(sentence, before)).toBe(expected);
  });

  it('reads back no further than its floor', () => {
    const sentence = 'Foreign Ministry spokesperson Wang Wenbin said it.';
    const tokens = tokenize(sentence);
    const said = tokens.findIndex((token) => token.value === 'said');
    expect(phraseEndingAt(tokens, said, 3)).toBe(3);
    expect(phraseEndingAt(tokens, said, said)).toBe(said);
  });
});

describe('phraseStartingAt: the source after a cue', () => {
  it.each<[string, string, string | null]>([
    ['According to the mayor, the pier is safe.', 'the', 'the mayor'],
    ['According to Mayor Ruth Allen, the pier is safe.', 'Mayor', 'Mayor Ruth Allen'],
    ['According to the Ministry of Fisheries, the quotas will rise.', 'the', 'the Ministry of Fisheries'],
    ['The pier is safe, said Smith.', 'Smith', 'Smith'],
    ['The pier is safe, said she.', 'she', 'she'],
    ['Mayor Tom Price, Jr. opened the pier.', 'Mayor', 'Mayor Tom Price, Jr.'],
    ['Mayor Tom Price, the builder, opened the pier.', 'Mayor', 'Mayor Tom Price'],
    // A capitalised word wink reads as a verb ends the name before a break, not before a noun.
    ['The pier is safe, said Representative Peter Welch, a diver.', 'Representative', 'Representative Peter Welch'],
    ['Ruth Allen reopened the pier.', 'Ruth', 'Ruth Allen'],
    ['The pier is safe, said the 46-year-old diver.', 'the', 'the 46-year-old diver'],
  ])('%j from %j -> %j', (sentence, from, expected) => {
    const doc = { text: sentence, tokens: tokenize(sentence) };
    const [start] = tokenRange(doc, from);
    expect(rangeText(doc, [start, phraseStartingAt(doc.tokens, start, doc.tokens.length)])).toBe(expected);
  });
});

describe('isSpeakerLike: who can be a source of speech', () => {
  it.each<[string, boolean]>([
    ['he', true],
    ['she', true],
    ['we', true],
    ['they', true],
    ['it', true],
    ['them', false],
    ['Wang Wenbin', true],
    ['the spokesperson', true],
    ['the spokesman', true],
    ['the ministry', true],
    ['the two leaders', true],
    ['both sides', true],
    ['the officials', true],
    ['a doctor', true],
    ['a person', true],
    ['an official familiar with the talks', true],
    ['the weather close to the pier', false],
    ['the weather', false],
    ['the pier', false],
    ['last week', false],
    ['the morning', false],
  ])('%j -> %s', (phrase, expected) => {
    const tokens = tokenize(phrase);
    expect(isSpeakerLike(tokens, [0, tokens.length])).toBe(expected);
  });

  it('an empty range is no speaker', () => {
    const tokens = tokenize('the mayor');
    expect(isSpeakerLike(tokens, [1, 1])).toBe(false);
  });
});

describe('headOf: the head noun of a phrase', () => {
  it.each<[string, string]>([
    ['the spokesperson', 'spokesperson'],
    ['groups in both countries', 'groups'],
    ['the Ministry of Fisheries', 'Ministry'],
    ['Foreign Ministry spokesperson Wang Wenbin', 'Wenbin'],
    ['an official familiar with the talks', 'official'],
    ['people close to the mayor', 'people'],
  ])('%j -> %j', (phrase, expected) => {
    const tokens = tokenize(phrase);
    expect(tokens[headOf(tokens, [0, tokens.length])]!.value).toBe(expected);
  });
});

describe('skipping modifiers between a subject and its cue', () => {
  it.each<[string, string, string]>([
    ['The ministry on Friday announced new quotas.', 'announced', 'The ministry'],
    ['The mayor also said the pier is safe.', 'said', 'The mayor'],
    ['The mayor has said the pier is safe.', 'said', 'The mayor'],
    ['The mayor last week said the pier is safe.', 'said', 'The mayor'],
    ['The mayor earlier this month said the pier is safe.', 'said', 'The mayor'],
    ['Lee and Hill both said the pier is safe.', 'said', 'Lee and Hill'],
    ['Lee and Hill have all said the pier is safe.', 'said', 'Lee and Hill'],
    ['The divers overall said the pier is safe.', 'said', 'The divers'],
    ['Both the Gazette and the Harbour Times confirmed the story.', 'confirmed', 'Both the Gazette and the Harbour Times'],
    ['The divers both said the pier is safe.', 'said', 'The divers'],
  ])('back from the cue of %j: the subject ends after %j', (sentence, cue, subject) => {
    const doc = { text: sentence, tokens: tokenize(sentence) };
    const [at] = tokenRange(doc, cue);
    const end = skipBackOverModifiers(doc.tokens, at, 0);
    expect(rangeText(doc, [phraseEndingAt(doc.tokens, end, 0), end])).toBe(subject);
  });

  it.each<[string, string, string]>([
    ['"The pier is safe," she said on Friday.', 'on', '.'],
    ['"The pier is safe," she said later.', 'later', '.'],
    ['"The pier is safe," she said, "and ready."', ',', ','],
  ])('forward from %j at %j stops at %j', (sentence, from, stop) => {
    const doc = { text: sentence, tokens: tokenize(sentence) };
    const [at] = tokenRange(doc, from);
    expect(doc.tokens[skipForwardOverModifiers(doc.tokens, at, doc.tokens.length)]!.value).toBe(stop);
  });
});

describe('reportedClauseStart: the clause after a cue\'s object or preposition', () => {
  it.each<[string, string, string]>([
    ['The mayor told reporters that the pier is safe.', 'reporters', 'that the pier is safe.'],
    ['The mayor said on Friday that the pier is safe.', 'on', 'that the pier is safe.'],
    ['The mayor expressed concern that the pier is unsafe.', 'concern', 'that the pier is unsafe.'],
    ['The mayor told the council at its meeting that the pier is safe.', 'the', 'that the pier is safe.'],
    ['The mayor said that the pier is safe.', 'that', 'that the pier is safe.'],
    ['The mayor said the builders knew that the pier is safe.', 'the', 'the builders knew that the pier is safe.'],
    ['The mayor said, in short, that the pier is safe.', 'in', 'that the pier is safe.'],
    ['The mayor said at a rally in Dayton, Ohio, that the pier is safe.', 'at', 'that the pier is safe.'],
    ['The mayor told one of the older harbour board members on a regular basis that the pier is safe.', 'one', 'that the pier is safe.'],
    ['The mayor named delays at the pier, the docks and elsewhere that he blamed on the builders.', 'delays', 'delays at the pier, the docks and elsewhere that he blamed on the builders.'],
    ['The mayor said the pier, which opened in May, is safe.', 'the', 'the pier, which opened in May, is safe.'],
    ['The mayor welcomed the news because that pier is safe.', 'the', 'the news because that pier is safe.'],
    ['The mayor warned of delays at the pier.', 'of', 'delays at the pier.'],
    ['The mayor warned of delays that could last a month.', 'of', 'delays that could last a month.'],
    ['The mayor said in a statement the pier is safe.', 'in', 'in a statement the pier is safe.'],
  ])('in %j from %j -> %j', (sentence, from, expected) => {
    const doc = { text: sentence, tokens: tokenize(sentence) };
    const [at] = tokenRange(doc, from);
    const start = reportedClauseStart(doc.tokens, at, doc.tokens.length);
    expect(sentence.slice(doc.tokens[start]!.start)).toBe(expected);
  });
});

describe('pastAddressee: the content of "told reporters he ..." starts past the addressee', () => {
  it.each<[string, string, string, string]>([
    ['The mayor told reporters he is sure the pier is safe.', 'tell', 'reporters', 'he is sure the pier is safe.'],
    ['The mayor told them they would sail on Friday.', 'tell', 'them', 'they would sail on Friday.'],
    ['The mayor asked the crew whether the pier is safe.', 'ask', 'the', 'whether the pier is safe.'],
    ['The mayor assured Tom Webb it would hold.', 'assure', 'Tom', 'it would hold.'],
    ['The mayor told reporters the pier is safe.', 'tell', 'reporters', 'reporters the pier is safe.'],
    ['The mayor said the crew he hired is safe.', 'say', 'the', 'the crew he hired is safe.'],
    ['The mayor told reporters.', 'tell', 'reporters', 'reporters.'],
    ['The mayor told divers this weekend he would close the pier.', 'tell', 'divers', 'he would close the pier.'],
    ['The mayor told divers on Friday night they could sail.', 'tell', 'divers', 'they could sail.'],
    ['The mayor told divers in Hull they could sail.', 'tell', 'divers', 'divers in Hull they could sail.'],
  ])('in %j after %j from %j -> %j', (sentence, lemma, from, expected) => {
    const doc = { text: sentence, tokens: tokenize(sentence) };
    const [at] = tokenRange(doc, from);
    const start = pastAddressee(doc.tokens, lemma, at, doc.tokens.length);
    expect(sentence.slice(doc.tokens[start]!.start)).toBe(expected);
  });
});
