import { describe, expect, it } from 'vitest';
import { alignGoldSentences } from '../../src/eval/align.js';
import type { GoldArticle } from '../../src/eval/gold.js';
import { scoreGoldArticle, strongestType, sumGoldScores } from '../../src/eval/score.js';
import type { ClaimType, Extraction } from '../../src/types.js';
import { claimLine, fakeExtraction, furnitureLine, goldArticle, sentenceAt, type FakeSentence } from './fixtures.js';

function score(article: GoldArticle, extraction: Extraction) {
  return scoreGoldArticle(`${article.name}.gold.jsonl`, alignGoldSentences(article.sentences, extraction));
}

/** One predicted sentence per gold sentence, exactly on it, with the given claims and kind. */
function onGold(article: GoldArticle, perSentence: readonly Omit<FakeSentence, 'sentence'>[], kinds: readonly string[] = []): Extraction {
  return fakeExtraction(
    article.sentences.map((gold, index) => ({
      sentence: { ...sentenceAt(article.text, article.text.slice(gold.start, gold.end)), kind: (kinds[index] ?? 'body') as 'body' },
      ...perSentence[index],
    })),
  );
}

describe('segmentation', () => {
  const text = 'Menu\nWang said\ntalks go on. Li agreed. It ended.';
  const article = goldArticle('seg', text, [
    furnitureLine('Menu'),
    claimLine('Wang said talks go on.'),
    claimLine('Li agreed.'),
    claimLine('It ended.'),
  ]);
  const cases: { name: string; pieces: string[]; correct: number; missGot: (string | null)[] }[] = [
    { name: 'all right, whitespace around pieces', pieces: ['Menu\n', 'Wang said\ntalks go on. ', 'Li agreed. ', 'It ended.'], correct: 4, missGot: [] },
    { name: 'a split and a merge', pieces: ['Menu', 'Wang said', 'talks go on.', 'Li agreed. It ended.'], correct: 1, missGot: ['5-14, 15-27', '28-48', '28-48'] },
    { name: 'a sentence not predicted at all', pieces: ['Menu', 'Wang said\ntalks go on.', 'Li agreed.'], correct: 3, missGot: [null] },
  ];
  it.each(cases)('$name', ({ pieces, correct, missGot }) => {
    const { scores, misses } = score(article, fakeExtraction(pieces.map((piece) => ({ sentence: sentenceAt(text, piece) }))));
    expect(scores.segmentation).toEqual({ correct, total: 4, accuracy: correct / 4 });
    const segMisses = misses.filter((miss) => miss.field === 'segmentation');
    expect(segMisses.map((miss) => miss.got)).toEqual(missGot);
  });

  it('records the gold offsets as expected', () => {
    const { misses } = score(article, fakeExtraction([]));
    expect(misses.filter((m) => m.field === 'segmentation').map((m) => m.expected)).toEqual(['0-4', '5-27', '28-38', '39-48']);
  });
});

describe('furniture precision and recall', () => {
  const text = 'Menu\nShare this\nWang said talks go on.\nLeaders met in Paris.\nLi said it works.';
  const article = goldArticle('furn', text, [
    furnitureLine('Menu'),
    furnitureLine('Share this'),
    claimLine('Wang said talks go on.'),
    claimLine('Leaders met in Paris.', { type: 'action' }),
    claimLine('Li said it works.'),
  ]);
  const statement = [{ type: 'statement' as ClaimType }];

  it('counts boilerplate/caption kinds and claimless sentences as predicted furniture', () => {
    const extraction = onGold(
      article,
      [{ claims: statement }, { claims: statement }, {}, { claims: [{ type: 'action' }] }, { claims: statement }],
      ['boilerplate', 'body', 'body', 'caption', 'body'],
    );
    const { scores, misses } = score(article, extraction);
    expect(scores.furniture).toEqual({ correct: 1, predicted: 3, gold: 2, precision: 1 / 3, recall: 1 / 2, f1: 0.4 });
    expect(misses.filter((m) => m.field === 'furniture').map((m) => [m.sentence, m.expected, m.got])).toEqual([
      [1, 'furniture', 'claim'],
      [2, 'claim', 'furniture'],
      [3, 'claim', 'furniture'],
    ]);
  });

  it('gives null ratios when nothing is predicted or gold', () => {
    const claimsOnly = goldArticle('c', 'Li said it works.', [claimLine('Li said it works.')]);
    const { scores } = score(claimsOnly, onGold(claimsOnly, [{ claims: statement }]));
    expect(scores.furniture).toEqual({ correct: 0, predicted: 0, gold: 0, precision: null, recall: null, f1: null });
  });
});

describe('speaker and cue', () => {
  const text =
    'Foreign Ministry spokesperson Wang Wenbin said talks go on. The two leaders agreed to meet. The talks ended. MOFA said it acts. He added more.';
  const article = goldArticle('spk', text, [
    claimLine('Foreign Ministry spokesperson Wang Wenbin said talks go on.', { speaker: 'Wang Wenbin', cue: 'said' }),
    claimLine('The two leaders agreed to meet.', { speaker: 'The two leaders', group: true, cue: 'agreed', type: 'action' }),
    claimLine('The talks ended.', { type: 'action' }),
    claimLine('MOFA said it acts.', { speaker: 'MOFA', aliases: ['Chinese Foreign Ministry'], cue: 'said' }),
    claimLine('He added more.', { speaker: 'Wang Wenbin', cue: 'added' }),
  ]);
  const extraction = onGold(article, [
    { claims: [{ type: 'statement', speaker: 'Foreign Ministry spokesperson Wang Wenbin', cue: 'Said' }] },
    { claims: [{ type: 'action', speaker: 'Somebody else', cue: 'agreed' }] },
    { claims: [{ type: 'action', speaker: null, cue: null }] },
    {
      claims: [
        { type: 'statement', speaker: 'the Chinese Foreign Ministry', cue: 'stated' },
        { type: 'statement', speaker: 'MOFA', cue: 'said' },
      ],
    },
    {},
  ]);
  const { scores, misses } = score(article, extraction);

  it('scores speakers over non-group gold claims, from the first claim, null against null', () => {
    expect(scores.speaker).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
  });

  it('scores cues over all gold claims, case-insensitively', () => {
    expect(scores.cue).toEqual({ correct: 3, total: 5, accuracy: 0.6 });
  });

  it('keeps every miss with file, line, sentence, text, field, expected and got', () => {
    expect(misses).toEqual([
      { file: 'spk.gold.jsonl', line: 4, sentence: 3, text: 'MOFA said it acts.', field: 'cue', expected: 'said', got: 'stated' },
      { file: 'spk.gold.jsonl', line: 5, sentence: 4, text: 'He added more.', field: 'furniture', expected: 'claim', got: 'furniture' },
      { file: 'spk.gold.jsonl', line: 5, sentence: 4, text: 'He added more.', field: 'speaker', expected: 'Wang Wenbin', got: null },
      { file: 'spk.gold.jsonl', line: 5, sentence: 4, text: 'He added more.', field: 'cue', expected: 'added', got: null },
      { file: 'spk.gold.jsonl', line: 5, sentence: 4, text: 'He added more.', field: 'type', expected: 'statement', got: 'none' },
    ]);
  });
});

describe('strongestType', () => {
  const cases: [ClaimType[], ClaimType | null][] = [
    [[], null],
    [['statement'], 'statement'],
    [['statement', 'action'], 'action'],
    [['action', 'hope'], 'hope'],
    [['hope', 'statement', 'demand'], 'demand'],
  ];
  it.each(cases)('%j -> %j', (types, expected) => {
    const extraction = fakeExtraction([{ sentence: sentenceAt('x', 'x'), claims: types.map((type) => ({ type })) }]);
    expect(strongestType(extraction.claims)).toBe(expected);
  });
});

describe('type accuracy and macro-F1', () => {
  // gold:      action  action     statement  demand        hope
  // predicted: action  statement  statement  demand(>hope) none
  // action    tp1 pred1 gold2  F1 2/3
  // statement tp1 pred2 gold1  F1 2/3
  // demand    tp1 pred1 gold1  F1 1
  // hope      tp0 pred0 gold1  F1 0
  // macro-F1 = (2/3 + 2/3 + 1 + 0) / 4 = 7/12; accuracy 3/5
  const text = 'A one. A two. S three. D four. H five.';
  const goldTypes: ClaimType[] = ['action', 'action', 'statement', 'demand', 'hope'];
  const sentences = ['A one.', 'A two.', 'S three.', 'D four.', 'H five.'];
  const article = goldArticle(
    'types',
    text,
    sentences.map((sentence, index) => claimLine(sentence, { type: goldTypes[index] })),
  );
  const predicted: ClaimType[][] = [['statement', 'action'], ['statement'], ['statement'], ['hope', 'demand'], []];
  const { scores, misses } = score(
    article,
    onGold(
      article,
      predicted.map((types) => ({ claims: types.map((type) => ({ type })) })),
    ),
  );

  it('computes the hand-worked example', () => {
    expect(scores.type.correct).toBe(3);
    expect(scores.type.total).toBe(5);
    expect(scores.type.accuracy).toBe(0.6);
    expect(scores.type.macroF1).toBeCloseTo(7 / 12, 10);
    expect(scores.type.perType.action).toEqual({ correct: 1, predicted: 1, gold: 2, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(scores.type.perType.statement).toEqual({ correct: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(scores.type.perType.hope).toEqual({ correct: 0, predicted: 0, gold: 1, precision: null, recall: 0, f1: 0 });
    expect(misses.filter((m) => m.field === 'type').map((m) => [m.sentence, m.expected, m.got])).toEqual([
      [1, 'action', 'statement'],
      [4, 'hope', 'none'],
    ]);
  });

  it('leaves types absent from gold and predictions out of the macro average', () => {
    const two = goldArticle('two', 'A one. S two.', [claimLine('A one.', { type: 'action' }), claimLine('S two.')]);
    const result = score(two, onGold(two, [{ claims: [{ type: 'action' }] }, { claims: [{ type: 'action' }] }]));
    // action F1 = 2*1/(2+1) = 2/3, statement F1 = 0, demand and hope undefined
    expect(result.scores.type.perType.demand.f1).toBeNull();
    expect(result.scores.type.macroF1).toBeCloseTo(1 / 3, 10);
  });

  it('sums counts over articles and recomputes the ratios', () => {
    const total = sumGoldScores([scores, scores]);
    expect(total.sentences).toBe(10);
    expect(total.type).toMatchObject({ correct: 6, total: 10, accuracy: 0.6 });
    expect(total.type.perType.action).toMatchObject({ correct: 2, predicted: 2, gold: 4 });
    expect(total.type.macroF1).toBeCloseTo(7 / 12, 10);
  });
});
