import { beforeAll, describe, expect, it } from 'vitest';
import { mainPredicate } from '../../src/classify/predicate.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import type { Modality } from '../../src/types.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

/** The main verb group of a whole clause, as "group text" plus its modality. */
function predicateOf(clause: string, headline = false): { group: string; verb: string; copula: boolean; modality: Modality } | null {
  const tokens = tokenize(clause);
  const found = mainPredicate(tokens, [0, tokens.length], headline);
  if (!found) return null;
  return {
    group: clause.slice(tokens[found.groupStart]!.start, tokens[found.verb]!.end),
    verb: tokens[found.verb]!.value,
    copula: found.copula,
    modality: found.modality,
  };
}

function modality(tense: Modality['tense'], modal: string | null = null, negated = false, conditional = false): Modality {
  return { tense, modal, negated, conditional };
}

describe('mainPredicate: tense, modal, negation, condition', () => {
  it.each<[string, string, Modality]>([
    ['the council has lifted the ban', 'has lifted', modality('past')],
    ['the council had lifted the ban', 'had lifted', modality('past')],
    ['the council lifted the ban', 'lifted', modality('past')],
    ['the council is lifting the ban', 'is lifting', modality('present')],
    ['the council will lift the ban', 'will lift', modality('future', 'will')],
    ['the council will continue to support the fishermen', 'will continue', modality('future', 'will')],
    ['the council will not lift the ban', 'will not lift', modality('future', 'will', true)],
    ["the council won't lift the ban", "won't lift", modality('future', 'will', true)],
    ['the council should reopen the pier', 'should reopen', modality('present', 'should')],
    ['the council should not close the pier', 'should not close', modality('present', 'should', true)],
    ['the council must stop the attacks', 'must stop', modality('present', 'must')],
    ['the council may reopen the pier', 'may reopen', modality('present', 'may')],
    ['the council has not responded to the letter', 'has not responded', modality('past', null, true)],
    ['the council did not respond to the letter', 'did not respond', modality('past', null, true)],
    ['the pier is safe', 'is', modality('present')],
    ['the pier was safe', 'was', modality('past')],
    ['the pier will be safe', 'will be', modality('future', 'will')],
    ['if the talks fail, we will close the pier', 'will close', modality('future', 'will', false, true)],
    ['unless the talks succeed, we will close the pier', 'will close', modality('future', 'will', false, true)],
    ['when the talks end, we will close the pier', 'will close', modality('future', 'will')],
  ])('%j: main verb group %j', (clause, group, expected) => {
    const found = predicateOf(clause);
    expect(found?.group).toBe(group);
    expect(found?.modality).toEqual(expected);
  });
});

describe('mainPredicate: which verb is the main one', () => {
  it.each<[string, string, boolean]>([
    ['the pier is safe', 'is', true],
    ['the two mayors had a discussion about the pier', 'had', false],
    ['carrying out repairs is important', 'is', true],
    ['the progress made in the talks is welcome', 'is', true],
    ['the two sides agreed to meet again', 'agreed', false],
    ['if the talks fail, we will close the pier', 'close', false],
    ['the ministers reviewed the plan and agreed to meet again', 'reviewed', false],
  ])('%j -> %j (copula %s)', (clause, verb, copula) => {
    const found = predicateOf(clause);
    expect([found?.verb, found?.copula]).toEqual([verb, copula]);
  });

  it('a verbless content has no predicate', () => {
    expect(predicateOf('new quotas on Monday')).toBeNull();
  });

  it('an infinitive alone is no finite verb', () => {
    expect(predicateOf('to reopen the pier in May')).toBeNull();
  });
});

describe('mainPredicate: headlines', () => {
  it('"X to reopen Y" in a headline is a future predicate', () => {
    expect(predicateOf('Harbour Town to reopen its ferry pier', true)).toEqual({
      group: 'to reopen',
      verb: 'reopen',
      copula: false,
      modality: modality('future'),
    });
  });

  it('"X to reopen Y" outside a headline is no predicate', () => {
    expect(predicateOf('Harbour Town to reopen its ferry pier')).toBeNull();
  });
});
