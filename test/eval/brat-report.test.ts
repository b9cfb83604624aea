import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bratFloorsCheck,
  detectFolderFormat,
  evaluateBratFolder,
  evaluateFolder,
  formatReport,
  type BratEvalReport,
  type BratFloors,
} from '../../src/eval/index.js';
import type { Extraction } from '../../src/types.js';
import { fakeBratExtraction, tLine, writeBratFolder } from './brat-fixtures.js';

const ALPHA = 'Smith said: "Taxes will rise." Jones noted that the plan failed.';
const BETA = Array.from({ length: 35 }, (_, index) => `P${index} said.`).join(' ');

const ALPHA_ANN = [
  tLine('T1', 'Source', ALPHA, 'Smith'),
  tLine('T2', 'Cue', ALPHA, 'said'),
  tLine('T3', 'Content', ALPHA, '"Taxes will rise."'),
  tLine('T4', 'Attribution', ALPHA, 'said'),
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  tLine('T5', 'Source', ALPHA, 'Jones'),
  tLine('T6', 'Cue', ALPHA, 'noted'),
  tLine('T7', 'Content', ALPHA, 'that the plan failed'),
  tLine('T8', 'Attribution', ALPHA, 'noted'),
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  '',
].join('\n');

const BETA_ANN = Array.from({ length: 35 }, (_, index) => tLine(`T${index + 1}`, 'Cue', BETA, ['said', index])).join('\n');

const PREDICTIONS = new Map<string, Extraction>([
  [
    ALPHA,
    fakeBratExtraction(ALPHA, [
      { source: 'Smith', cue: 'said', content: ['Taxes will rise.'] },
      { source: 'Jones', cue: 'noted', content: ['the plan failed'] },
      { content: ['Smith said'] },
    ]),
  ],
  [BETA, fakeBratExtraction(BETA, [])],
]);

function fakeExtract(text: string): Extraction {
  const extraction = PREDICTIONS.get(text);
  if (extraction === undefined) throw new Error('unexpected text');
  return extraction;
}

const dirs: string[] = [];
let dir = '';
let report: BratEvalReport;

beforeAll(() => {
  dir = writeBratFolder({
    texts: { 'alpha.txt': ALPHA, 'beta.txt': BETA, 'unannotated.txt': 'Nobody annotated this.' },
    anns: { 'alpha_1a2b.ann': ALPHA_ANN, 'beta_ffff.ann': BETA_ANN },
  });
  dirs.push(dir);
  report = evaluateBratFolder(dir, fakeExtract);
});

afterAll(() => {
  for (const made of dirs) rmSync(made, { recursive: true, force: true });
});

describe('detectFolderFormat', () => {
  const made = (layout: (root: string) => void): string => {
    const root = mkdtempSync(join(tmpdir(), 'claimex-detect-'));
    dirs.push(root);
    layout(root);
    return root;
  };
  const cases: { name: string; layout: (root: string) => void; format: 'brat' | 'gold' }[] = [
    { name: 'text/ and attributions/ folders', layout: (root) => ['text', 'attributions'].forEach((sub) => mkdirSync(join(root, sub))), format: 'brat' },
    { name: 'gold files', layout: (root) => writeFileSync(join(root, 'a.gold.jsonl'), ''), format: 'gold' },
    { name: 'only text/', layout: (root) => mkdirSync(join(root, 'text')), format: 'gold' },
    {
      name: 'an attributions file, not a folder',
      layout: (root) => {
        mkdirSync(join(root, 'text'));
        writeFileSync(join(root, 'attributions'), '');
      },
      format: 'gold',
    },
  ];
  it.each(cases)('$name -> $format', ({ layout, format }) => {
    expect(detectFolderFormat(made(layout))).toBe(format);
  });
});

describe('evaluateBratFolder', () => {
  it('reports each annotated article and the micro totals', () => {
    expect(report.format).toBe('brat');
    expect(report.dir).toBe(dir);
    expect(report.articles.map((article) => [article.name, article.textFile, article.annFile, article.textMismatches, article.errors.length])).toEqual([
      ['alpha', 'alpha.txt', 'alpha_1a2b.ann', 0, 2],
      ['beta', 'beta.txt', 'beta_ffff.ann', 0, 35],
    ]);
    expect(report.total.articleCount).toBe(2);
    expect(report.total.textMismatches).toBe(0);
    expect(report.total.source.exact).toEqual({ correct: 2, predicted: 2, gold: 2, precision: 1, recall: 1, f1: 1 });
    expect(report.total.cue.exact).toEqual({ correct: 2, predicted: 2, gold: 37, precision: 1, recall: 2 / 37, f1: 4 / 39 });
    expect(report.total.content.exact).toEqual({ correct: 1, predicted: 2, gold: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(report.total.content.overlap).toEqual({ correct: 2, predicted: 2, gold: 2, precision: 1, recall: 1, f1: 1 });
    expect(report.total.relation.exact).toEqual({ correct: 2, predicted: 2, gold: 2, precision: 1, recall: 1, f1: 1 });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('is what evaluateFolder returns for a brat folder', () => {
    expect(evaluateFolder(dir, fakeExtract)).toEqual(report);
  });

  it('names the article when extraction throws', () => {
    expect(() =>
      evaluateFolder(dir, () => {
        throw new Error('boom');
      }),
    ).toThrow('extraction failed on alpha.txt: boom');
  });
});

describe('formatReport (brat)', () => {
  const table = (where: string): string[] => [
    `brat evaluation: 2 articles in ${where}`,
    '',
    '          gold  predicted  exact P  exact R  exact F1  overlap P  overlap R  overlap F1',
    '--------  ----  ---------  -------  -------  --------  ---------  ---------  ----------',
    'source       2          2   100.0%   100.0%    100.0%     100.0%     100.0%      100.0%',
    'cue         37          2   100.0%     5.4%     10.3%     100.0%       5.4%       10.3%',
    'content      2          2    50.0%    50.0%     50.0%     100.0%     100.0%      100.0%',
    'relation     2          2   100.0%   100.0%    100.0%     100.0%     100.0%      100.0%',
    '',
    'exact: same offsets after trimming spaces, quotes and punctuation; overlap: one-to-one, largest overlap first;',
    'relation: a predicted claim whose cue and source both match the gold cue and source.',
  ];

  it('prints a table of the rows with counts and the article count', () => {
    expect(formatReport(report)).toBe(`${table(dir).join('\n')}\n`);
  });

  it('verbose: missed and spurious spans per article, capped with a "... N more" line', () => {
    const lines = formatReport(report, { verbose: true }).trimEnd().split('\n');
    expect(lines.slice(0, 11)).toEqual(table(dir));
    expect(lines.slice(11, 16)).toEqual([
      '',
      'alpha (alpha_1a2b.ann): 1 missed, 1 spurious',
      '  missed    content   43-63  "that the plan failed"  ~ overlaps 48-63 "the plan failed"',
      '  spurious  content   48-63  "the plan failed"  ~ overlaps 43-63 "that the plan failed"',
      '',
    ]);
    expect(lines[16]).toBe('beta (beta_ffff.ann): 35 missed, 0 spurious');
    expect(lines.slice(17, 19)).toEqual(['  missed    cue       3-7  "said"', '  missed    cue       12-16  "said"']);
    expect(lines.slice(17)).toHaveLength(31);
    expect(lines.at(-1)).toBe('  ... 5 more');
  });

  it('cuts long span texts at 80 characters', () => {
    const text = `Ann said ${'word '.repeat(30)}end.`;
    const long = writeBratFolder({ texts: { 'long.txt': text }, anns: { 'long_0000.ann': tLine('T1', 'Content', text, `${'word '.repeat(30)}end`) } });
    dirs.push(long);
    const output = formatReport(evaluateFolder(long, () => fakeBratExtraction(text, [])), { verbose: true });
    const line = output.split('\n').find((entry) => entry.startsWith('  missed'));
    expect(line).toBe(`  missed    content   9-162  "${'word '.repeat(15)}word…"`);
  });

  it('notes annotation texts that differ from the article', () => {
    const odd = writeBratFolder({ texts: { 'odd.txt': ALPHA }, anns: { 'odd_0000.ann': 'T1\tSource 0 5\tSmyth\n' } });
    dirs.push(odd);
    const output = formatReport(evaluateFolder(odd, () => fakeBratExtraction(ALPHA, [])), { verbose: true });
    expect(output).toContain('\n1 annotation text differ from the article text at their offsets.\n');
    expect(output).toContain('odd (odd_0000.ann): 1 missed, 0 spurious, 1 annotation text differing from the article\n');
  });
});

describe('bratFloorsCheck', () => {
  const cases: { name: string; floors: BratFloors; failures: string[] }[] = [
    { name: 'no floors', floors: {}, failures: [] },
    { name: 'all met', floors: { source: { exactF1: 1, overlapF1: 1 }, cue: { exactF1: 0.1, overlapF1: 0.1 }, content: { exactF1: 0.5, overlapF1: 0.9 } }, failures: [] },
    {
      name: 'some below',
      floors: { source: { exactF1: 0.9 }, cue: { exactF1: 0.2, overlapF1: 0.05, exactRecall: 0.5 }, content: { exactF1: 0.6, overlapF1: 0.6 } },
      failures: ['cue exactRecall 5.4% is below the floor 50.0%', 'cue exactF1 10.3% is below the floor 20.0%', 'content exactF1 50.0% is below the floor 60.0%'],
    },
    { name: 'relation row', floors: { relation: { overlapPrecision: 1 } }, failures: [] },
  ];
  it.each(cases)('$name', ({ floors, failures }) => {
    expect(bratFloorsCheck(report, floors).map((failure) => failure.message)).toEqual(failures);
  });

  it('describes each failure', () => {
    expect(bratFloorsCheck(report, { content: { exactF1: 0.6 } })).toEqual([
      { row: 'content', figure: 'exactF1', floor: 0.6, actual: 0.5, message: 'content exactF1 50.0% is below the floor 60.0%' },
    ]);
  });

  it('fails an undefined figure', () => {
    const empty = evaluateBratFolder(dir, (text) => fakeBratExtraction(text, []));
    expect(bratFloorsCheck(empty, { source: { exactPrecision: 0, exactRecall: 0 } })).toEqual([
      { row: 'source', figure: 'exactPrecision', floor: 0, actual: null, message: 'source exactPrecision is undefined (nothing to measure), floor 0.0%' },
    ]);
  });

  const invalid: { name: string; floors: unknown; message: RegExp }[] = [
    { name: 'not an object', floors: [], message: /must be an object of rows/ },
    { name: 'an unknown row', floors: { speaker: { exactF1: 0.5 } }, message: /unknown row "speaker"/ },
    { name: 'an unknown figure', floors: { cue: { f1: 0.5 } }, message: /unknown figure "cue\.f1"/ },
    { name: 'a percentage', floors: { cue: { exactF1: 45 } }, message: /"cue\.exactF1" must be a ratio between 0 and 1 \(got 45\)/ },
    { name: 'a string', floors: { cue: { exactF1: '0.4' } }, message: /"cue\.exactF1" must be a ratio between 0 and 1 \(got "0\.4"\)/ },
  ];
  it.each(invalid)('rejects $name', ({ floors, message }) => {
    expect(() => bratFloorsCheck(report, floors as BratFloors)).toThrow(message);
  });
});
