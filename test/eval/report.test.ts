import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateFolder, evaluateGoldFolder, formatReport, type GoldEvalReport } from '../../src/eval/index.js';
import type { Extraction } from '../../src/types.js';
import { fakeExtraction, sentenceAt } from './fixtures.js';

const ALPHA = 'CGTN\n\nWang said  talks go on.\n';
const BETA = 'They agreed.';

const GOLD_FILES: Record<string, string> = {
  'alpha.txt': ALPHA,
  'alpha.gold.jsonl': [
    { sentence: 'CGTN', claim: false },
    { sentence: 'Wang said talks go on.', claim: true, speaker: 'Wang Wenbin', aliases: ['Wang'], group: false, cue: 'said', type: 'statement' },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n'),
  'beta.txt': BETA,
  'beta.gold.jsonl': JSON.stringify({ sentence: 'They agreed.', claim: true, speaker: null, aliases: [], group: false, cue: null, type: 'action' }),
  'unannotated.txt': 'Nobody annotated this.',
};

const PREDICTIONS = new Map<string, Extraction>([
  [
    ALPHA,
    fakeExtraction([
      { sentence: sentenceAt(ALPHA, 'CGTN\n\n', 'boilerplate') },
      { sentence: sentenceAt(ALPHA, 'Wang said  talks go on.\n'), claims: [{ type: 'statement', speaker: 'Wang', cue: 'said' }] },
    ]),
  ],
  [BETA, fakeExtraction([{ sentence: sentenceAt(BETA, BETA), claims: [{ type: 'statement', speaker: 'They', cue: 'agreed' }] }])],
]);

function fakeExtract(text: string): Extraction {
  const extraction = PREDICTIONS.get(text);
  if (extraction === undefined) throw new Error('unexpected text');
  return extraction;
}

let dir = '';
let report: GoldEvalReport;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-report-'));
  for (const [name, content] of Object.entries(GOLD_FILES)) writeFileSync(join(dir, name), content);
  report = evaluateGoldFolder(dir, fakeExtract);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('evaluateGoldFolder', () => {
  it('reports each annotated article and the totals', () => {
    expect(report.format).toBe('gold');
    expect(report.dir).toBe(dir);
    expect(report.articles.map((article) => [article.name, article.file, article.sentences, article.misses.length])).toEqual([
      ['alpha', 'alpha.gold.jsonl', 2, 0],
      ['beta', 'beta.gold.jsonl', 1, 3],
    ]);
    expect(report.total.sentences).toBe(3);
    expect(report.total.segmentation).toEqual({ correct: 3, total: 3, accuracy: 1 });
    expect(report.total.furniture).toEqual({ correct: 1, predicted: 1, gold: 1, precision: 1, recall: 1, f1: 1 });
    expect(report.total.speaker).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.total.cue).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.total.type).toMatchObject({ correct: 1, total: 2, accuracy: 0.5 });
    expect(report.total.type.macroF1).toBeCloseTo(1 / 3, 10);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('evaluateFolder handles gold folders the same way', () => {
    expect(evaluateFolder(dir, fakeExtract)).toEqual(report);
  });

  it('names the article when extraction throws', () => {
    expect(() =>
      evaluateGoldFolder(dir, () => {
        throw new Error('boom');
      }),
    ).toThrow('extraction failed on alpha.txt: boom');
  });
});

describe('formatReport', () => {
  const TABLE = [
    'article  sentences     seg  furn P  furn R  speaker     cue  type acc  type macro-F1',
    '-------  ---------  ------  ------  ------  -------  ------  --------  -------------',
    'alpha            2  100.0%  100.0%  100.0%   100.0%  100.0%    100.0%         100.0%',
    'beta             1  100.0%       -       -     0.0%    0.0%      0.0%           0.0%',
    '-------  ---------  ------  ------  ------  -------  ------  --------  -------------',
    'TOTAL            3  100.0%  100.0%  100.0%    50.0%   50.0%     50.0%          33.3%',
  ];

  const cases: { name: string; verbose: boolean; lines: string[] }[] = [
    { name: 'table with a TOTAL row, "-" for undefined ratios', verbose: false, lines: TABLE },
    {
      name: 'verbose: every miss under its article',
      verbose: true,
      lines: [
        ...TABLE,
        '',
        'alpha (alpha.gold.jsonl): no misses',
        '',
        'beta (beta.gold.jsonl): 3 misses',
        '  line 1 (#0): They agreed.',
        '      speaker: expected null, got "They"',
        '      cue: expected null, got "agreed"',
        '      type: expected "action", got "statement"',
      ],
    },
  ];
  it.each(cases)('$name', ({ verbose, lines }) => {
    expect(formatReport(report, { verbose })).toBe(`${lines.join('\n')}\n`);
  });

  it('cuts long sentences in the miss list', () => {
    const long = `${'word '.repeat(60)}end.`;
    const miss = { file: 'x.gold.jsonl', line: 1, sentence: 0, text: long, field: 'cue' as const, expected: 'said', got: null };
    const article = { ...report.articles[1]!, misses: [miss] };
    const output = formatReport({ ...report, articles: [article] }, { verbose: true });
    const sentenceLine = output.split('\n').find((line) => line.startsWith('  line 1 (#0): '));
    expect(sentenceLine?.endsWith('…')).toBe(true);
    expect(sentenceLine?.length).toBeLessThanOrEqual('  line 1 (#0): '.length + 160);
  });
});
