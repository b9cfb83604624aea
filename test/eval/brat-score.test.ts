import { describe, expect, it } from 'vitest';
import {
  bratArticle,
  matchExact,
  matchGreedy,
  predictedSpans,
  scoreBratArticle,
  trimRange,
  type BratRow,
  type OverlapPair,
} from '../../src/eval/index.js';
import { fakeBratExtraction, spanOf, tLine, type FakeBratClaim } from './brat-fixtures.js';

const TEXT = 'Smith said: "Taxes will rise, and soon." Later, Jones noted that the plan failed, the aides said.';

function score(ann: readonly string[], claims: readonly FakeBratClaim[]) {
  const article = bratArticle('a', TEXT, ann.join('\n'), 'a_0000.ann', { textPath: 'a.txt', annPath: 'a_0000.ann' });
  return scoreBratArticle(article, fakeBratExtraction(TEXT, claims));
}

/** [exact correct, overlap correct, predicted, gold] of a row. */
type Counts = [number, number, number, number];

function counts(result: ReturnType<typeof score>, row: BratRow): Counts {
  const { exact, overlap } = result.scores[row];
  return [exact.correct, overlap.correct, exact.predicted, exact.gold];
}

describe('trimRange', () => {
  const cases: [string, string][] = [
    ['“Hello,” ', 'Hello'],
    ['  -- said. ', 'said'],
    ['"Taxes will rise, and soon."', 'Taxes will rise, and soon'],
    ['«Oui»', 'Oui'],
    ['‘quoted’;', 'quoted'],
    ['— well! —', 'well'],
    ['” … the pier is safe …', 'the pier is safe'],
    ['... and so on...', 'and so on'],
    ['(aside)', '(aside)'],
    ['don’t', 'don’t'],
    ['?!', ''],
  ];
  it.each(cases)('%j -> %j', (input, expected) => {
    const text = `[${input}]`;
    const { start, end } = trimRange(text, 1, 1 + input.length);
    expect(text.slice(start, end)).toBe(expected);
  });
});

describe('span scoring', () => {
  const cases: { name: string; ann: string[]; claims: FakeBratClaim[]; row: BratRow; expected: Counts }[] = [
    {
      name: 'identical spans match exactly',
      ann: [tLine('T1', 'Source', TEXT, 'Smith')],
      claims: [{ source: 'Smith', cue: 'said' }],
      row: 'source',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'quotes and punctuation are trimmed from both spans',
      ann: [tLine('T1', 'Content', TEXT, '"Taxes will rise, and soon."')],
      claims: [{ cue: 'said', content: ['Taxes will rise, and soon.'] }],
      row: 'content',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'a shorter prediction only overlaps',
      ann: [tLine('T1', 'Content', TEXT, 'that the plan failed')],
      claims: [{ cue: 'noted', content: ['the plan failed'] }],
      row: 'content',
      expected: [0, 1, 1, 1],
    },
    {
      name: 'a discontinuous span is compared exactly by its trimmed hull',
      ann: [tLine('T1', 'Content', TEXT, '"Taxes will rise', 'soon."')],
      claims: [{ cue: 'said', content: ['Taxes will rise, and soon'] }],
      row: 'content',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'a prediction inside the gap of a discontinuous span does not overlap',
      ann: [tLine('T1', 'Content', TEXT, 'Taxes will rise', 'soon')],
      claims: [{ cue: 'said', content: ['and'] }],
      row: 'content',
      expected: [0, 0, 1, 1],
    },
    {
      name: 'a prediction overlapping any fragment overlaps',
      ann: [tLine('T1', 'Content', TEXT, 'Taxes will rise', 'soon')],
      claims: [{ cue: 'said', content: ['and soon'] }],
      row: 'content',
      expected: [0, 1, 1, 1],
    },
    {
      name: 'identical predicted spans count once',
      ann: [tLine('T1', 'Source', TEXT, 'Smith')],
      claims: [
        { source: 'Smith', cue: 'said' },
        { source: 'Smith', cue: 'said', content: ['Taxes'] },
      ],
      row: 'source',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'narration claims (no cue, no source) are not predictions',
      ann: [tLine('T1', 'Content', TEXT, 'the plan failed')],
      claims: [{ content: ['the plan failed'] }],
      row: 'content',
      expected: [0, 0, 0, 1],
    },
    {
      name: 'a claim with a source and no cue is a prediction',
      ann: [tLine('T1', 'Content', TEXT, 'the plan failed')],
      claims: [{ source: 'Jones', content: ['the plan failed'] }],
      row: 'content',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'the pieces of one attribution are one discontinuous content',
      ann: [tLine('T1', 'Content', TEXT, 'Taxes will rise', 'soon')],
      claims: [{ cue: 'said', content: ['Taxes will rise', 'soon'] }],
      row: 'content',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'the pieces of one attribution do not match two separate contents exactly',
      ann: [tLine('T1', 'Content', TEXT, 'Taxes will rise'), tLine('T2', 'Content', TEXT, 'soon')],
      claims: [{ cue: 'said', content: ['Taxes will rise', 'soon'] }],
      row: 'content',
      expected: [0, 1, 1, 2],
    },
    {
      name: 'overlap matching is one to one',
      ann: [tLine('T1', 'Content', TEXT, 'Taxes will rise'), tLine('T2', 'Content', TEXT, 'and soon')],
      claims: [{ cue: 'said', content: ['Taxes will rise, and soon'] }],
      row: 'content',
      expected: [0, 1, 1, 2],
    },
    {
      name: 'a span of punctuation only (a ":" cue) is compared untrimmed',
      ann: [tLine('T1', 'Cue', TEXT, ':')],
      claims: [{ source: 'Smith', cue: ':' }],
      row: 'cue',
      expected: [1, 1, 1, 1],
    },
    {
      name: 'other labels (Attribution, Discuss) are not scored',
      ann: [tLine('T1', 'Attribution', TEXT, 'said'), tLine('T2', 'Discuss', TEXT, 'noted')],
      claims: [{ cue: 'said' }],
      row: 'cue',
      expected: [0, 0, 1, 0],
    },
  ];
  it.each(cases)('$name', ({ ann, claims, row, expected }) => {
    expect(counts(score(ann, claims), row)).toEqual(expected);
  });

  it('computes precision, recall and F1, null when undefined', () => {
    const result = score([tLine('T1', 'Source', TEXT, 'Smith'), tLine('T2', 'Source', TEXT, 'Jones')], [{ source: 'Smith', cue: 'said' }]);
    expect(result.scores.source.exact).toEqual({ correct: 1, predicted: 1, gold: 2, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(result.scores.content.exact).toEqual({ correct: 0, predicted: 0, gold: 0, precision: null, recall: null, f1: null });
  });

  it('matches greedily by largest overlap and lists errors with their overlap partners', () => {
    const result = score(
      [tLine('T1', 'Content', TEXT, 'Taxes will rise, and soon'), tLine('T2', 'Source', TEXT, 'Smith')],
      [
        { source: 'Smith', cue: 'said', content: ['Taxes'] },
        { source: 'Smith', cue: 'said', content: ['will rise, and soon'] },
      ],
    );
    const content = result.errors.filter((error) => error.label === 'content');
    expect(content).toEqual([
      {
        kind: 'missed',
        label: 'content',
        id: 'T1',
        ...spanOf(TEXT, 'Taxes will rise, and soon'),
        fragments: [{ start: 13, end: 38 }],
        overlap: { id: 'c1', ...spanOf(TEXT, 'will rise, and soon') },
      },
      { kind: 'spurious', label: 'content', id: 'c0', ...spanOf(TEXT, 'Taxes'), fragments: [{ start: 13, end: 18 }], overlap: null },
      {
        kind: 'spurious',
        label: 'content',
        id: 'c1',
        ...spanOf(TEXT, 'will rise, and soon'),
        fragments: [{ start: 19, end: 38 }],
        overlap: { id: 'T1', ...spanOf(TEXT, 'Taxes will rise, and soon') },
      },
    ]);
  });

  it('shows a discontinuous span with its fragments', () => {
    const result = score([tLine('T1', 'Content', TEXT, 'Taxes will rise', 'soon')], []);
    expect(result.errors).toEqual([
      { kind: 'missed', label: 'content', id: 'T1', start: 13, end: 38, fragments: [{ start: 13, end: 28 }, { start: 34, end: 38 }], text: 'Taxes will rise … soon', overlap: null },
    ]);
  });
});

describe('a cue with its verb group', () => {
  const text = 'Smith has also said the plan failed.';
  const ann = [tLine('T1', 'Cue', text, 'has also said'), tLine('T2', 'Source', text, 'Smith'), tLine('T3', 'Attribution', text, 'has also said'), 'E1\tAttribution:T3 Source:T2 Cue:T1'];
  const article = bratArticle('b', text, ann.join('\n'), 'b_0000.ann', {
    textPath: 'b.txt',
    annPath: 'b_0000.ann',
  });

  it('is scored by its phrase when the claim gives one, in spans and relations', () => {
    const extraction = fakeBratExtraction(text, [{ source: 'Smith', cue: 'said' }]);
    const claim = extraction.claims[0]!;
    claim.cue = { ...claim.cue!, phrase: spanOf(text, 'has also said') };
    const result = scoreBratArticle(article, extraction);
    expect(result.scores.cue.exact.correct).toBe(1);
    expect(result.scores.relation.exact.correct).toBe(1);
    expect(predictedSpans(extraction.claims, 'cue').map(({ span }) => span.text)).toEqual(['has also said']);
  });

  it('is scored by the cue alone when there is no phrase', () => {
    const result = scoreBratArticle(article, fakeBratExtraction(text, [{ source: 'Smith', cue: 'said' }]));
    expect(result.scores.cue.exact.correct).toBe(0);
    expect(result.scores.cue.overlap.correct).toBe(1);
    expect(result.scores.relation.exact.correct).toBe(0);
  });
});

describe('relation scoring', () => {
  const GOLD = [
    tLine('T1', 'Source', TEXT, 'Smith'),
    tLine('T2', 'Cue', TEXT, 'said'),
    tLine('T3', 'Content', TEXT, 'Taxes will rise, and soon'),
    tLine('T4', 'Attribution', TEXT, 'said'),
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  ];
  const NO_SOURCE = [tLine('T5', 'Cue', TEXT, 'noted'), tLine('T6', 'Attribution', TEXT, 'noted'), 'E2\tAttribution-no-source:T6 Cue:T5'];
  const cases: { name: string; ann: string[]; claims: FakeBratClaim[]; expected: Counts }[] = [
    { name: 'same cue and source', ann: GOLD, claims: [{ source: 'Smith', cue: 'said' }], expected: [1, 1, 1, 1] },
    { name: 'content does not matter', ann: GOLD, claims: [{ source: 'Smith', cue: 'said', content: ['Later'] }], expected: [1, 1, 1, 1] },
    { name: 'another source', ann: GOLD, claims: [{ source: 'Jones', cue: 'said' }], expected: [0, 0, 1, 1] },
    { name: 'another cue', ann: GOLD, claims: [{ source: 'Smith', cue: ['said', 1] }], expected: [0, 0, 1, 1] },
    { name: 'overlapping cue and source', ann: GOLD, claims: [{ source: 'Smith said', cue: 'said:' }], expected: [0, 1, 1, 1] },
    { name: 'overlapping cue, other source', ann: GOLD, claims: [{ source: 'Jones', cue: 'said:' }], expected: [0, 0, 1, 1] },
    { name: 'no source where gold has one', ann: GOLD, claims: [{ cue: 'said' }], expected: [0, 0, 1, 1] },
    { name: 'no source where gold has none', ann: NO_SOURCE, claims: [{ cue: 'noted' }], expected: [1, 1, 1, 1] },
    { name: 'a source where gold has none', ann: NO_SOURCE, claims: [{ source: 'Jones', cue: 'noted' }], expected: [0, 0, 1, 1] },
    { name: 'claims without a cue are not predicted relations', ann: GOLD, claims: [{ source: 'Smith' }], expected: [0, 0, 0, 1] },
    { name: 'gold events without a cue are not gold relations', ann: [...GOLD.slice(0, 4), 'E1\tAttribution:T4 Source:T1 Content:T3'], claims: [], expected: [0, 0, 0, 0] },
    {
      name: 'claims with the same cue and source count once',
      ann: GOLD,
      claims: [
        { source: 'Smith', cue: 'said', content: ['Taxes will rise'] },
        { source: 'Smith', cue: 'said', content: ['soon'] },
      ],
      expected: [1, 1, 1, 1],
    },
    {
      name: 'one predicted claim finds one gold relation',
      ann: [...GOLD, tLine('T7', 'Attribution', TEXT, 'said'), 'E3\tAttribution:T7 Source:T1 Cue:T2'],
      claims: [{ source: 'Smith', cue: 'said' }],
      expected: [1, 1, 1, 2],
    },
  ];
  it.each(cases)('$name', ({ ann, claims, expected }) => {
    expect(counts(score(ann, claims), 'relation')).toEqual(expected);
  });

  it('lists a missed relation by its cue, naming the source', () => {
    const result = score(GOLD, [{ source: 'Jones', cue: 'said' }]);
    expect(result.errors.filter((error) => error.label === 'relation').map((error) => [error.kind, error.id, error.text])).toEqual([
      ['missed', 'E1', 'said (source: Smith)'],
      ['spurious', 'c0', 'said (source: Jones)'],
    ]);
  });
});

describe('predictedSpans', () => {
  it('dedupes identical offsets, sorts by position and skips narration', () => {
    const extraction = fakeBratExtraction(TEXT, [
      { source: 'Jones', cue: 'noted', content: ['the plan failed'] },
      { source: 'Smith', cue: 'said', content: ['Taxes will rise'] },
      { source: 'Smith', cue: 'said', content: ['soon'] },
      { content: ['Later'] },
    ]);
    expect(predictedSpans(extraction.claims, 'source').map(({ id, span }) => [id, span.text])).toEqual([
      ['c1', 'Smith'],
      ['c0', 'Jones'],
    ]);
    expect(predictedSpans(extraction.claims, 'content').map(({ span }) => span.text)).toEqual(['Taxes will rise', 'soon', 'the plan failed']);
  });
});

describe('matching', () => {
  it('matchExact pairs equal keys one to one in order', () => {
    expect(matchExact(['a', 'b', 'a'], ['a', 'a', 'a', 'c'])).toEqual({ goldToPred: [0, -1, 1], predToGold: [0, 2, -1, -1], correct: 2 });
  });

  const greedy: { name: string; pairs: OverlapPair[]; goldToPred: number[] }[] = [
    {
      name: 'largest overlap first',
      pairs: [
        { gold: 0, pred: 0, overlap: 3 },
        { gold: 0, pred: 1, overlap: 5 },
        { gold: 1, pred: 1, overlap: 4 },
      ],
      goldToPred: [1, -1],
    },
    {
      name: 'ties go to the earlier gold, then the earlier prediction',
      pairs: [
        { gold: 1, pred: 0, overlap: 2 },
        { gold: 0, pred: 1, overlap: 2 },
        { gold: 0, pred: 0, overlap: 2 },
      ],
      goldToPred: [0, -1],
    },
    {
      name: 'each side used once',
      pairs: [
        { gold: 0, pred: 0, overlap: 9 },
        { gold: 1, pred: 0, overlap: 8 },
        { gold: 1, pred: 1, overlap: 1 },
      ],
      goldToPred: [0, 1],
    },
  ];
  it.each(greedy)('matchGreedy: $name', ({ pairs, goldToPred }) => {
    const none = { goldToPred: [-1, -1], predToGold: [-1, -1], correct: 0 };
    const result = matchGreedy(none, pairs);
    expect(result.goldToPred).toEqual(goldToPred);
    expect(result.correct).toBe(goldToPred.filter((pred) => pred !== -1).length);
  });

  it('matchGreedy keeps the exact matches it starts from', () => {
    const exact = { goldToPred: [1, -1], predToGold: [-1, 0], correct: 1 };
    const result = matchGreedy(exact, [
      { gold: 0, pred: 0, overlap: 9 },
      { gold: 1, pred: 0, overlap: 1 },
    ]);
    expect(result).toEqual({ goldToPred: [1, 0], predToGold: [1, 0], correct: 2 });
  });
});
