import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BratFormatError,
  GoldFormatError,
  bratArticle,
  bratArticleName,
  bratRelations,
  codePointOffsets,
  loadBratFolder,
  parseAnn,
} from '../../src/eval/index.js';
import { tLine, writeBratFolder } from './brat-fixtures.js';

const TEXT = 'Smith said "taxes will rise, and soon" on Monday.';
const PATHS = { textPath: 'a.txt', annPath: 'a_0000.ann' };

function expectBratError(run: () => unknown, message: string, line: number | undefined): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BratFormatError);
  expect(caught).toBeInstanceOf(GoldFormatError);
  expect((caught as BratFormatError).message).toBe(message);
  expect((caught as BratFormatError).line).toBe(line);
}

describe('parseAnn', () => {
  it('reads T lines, discontinuous fragments and E lines with their roles', () => {
    const ann = [
      tLine('T1', 'Source', TEXT, 'Smith'),
      tLine('T2', 'Cue', TEXT, 'said'),
      tLine('T3', 'Content', TEXT, 'taxes will rise', 'soon'),
      tLine('T4', 'Attribution', TEXT, 'said'),
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
      '',
    ].join('\n');
    const parsed = parseAnn(ann, 'a_0000.ann');
    expect(parsed.textBounds).toEqual([
      { id: 'T1', line: 1, label: 'Source', fragments: [{ start: 0, end: 5 }], text: 'Smith' },
      { id: 'T2', line: 2, label: 'Cue', fragments: [{ start: 6, end: 10 }], text: 'said' },
      { id: 'T3', line: 3, label: 'Content', fragments: [{ start: 12, end: 27 }, { start: 33, end: 37 }], text: 'taxes will rise soon' },
      { id: 'T4', line: 4, label: 'Attribution', fragments: [{ start: 6, end: 10 }], text: 'said' },
    ]);
    expect(parsed.events).toEqual([
      {
        id: 'E1',
        line: 5,
        type: 'Attribution',
        trigger: 'T4',
        arguments: [
          { role: 'Source', ref: 'T1' },
          { role: 'Cue', ref: 'T2' },
          { role: 'Content', ref: 'T3' },
        ],
      },
    ]);
  });

  it('ignores notes, attributes, relations and normalisations', () => {
    const ann = ['T1\tCue 6 10\tsaid', '#1\tAnnotatorNotes T1\tcheck this', 'A1\tNegated T1', 'R1\tLink Arg1:T1 Arg2:T1', 'N1\tReference T1 Wiki:1\tx', '*\tAlias T1 T1'].join('\n');
    const parsed = parseAnn(ann, 'a_0000.ann');
    expect(parsed.textBounds.map((bound) => bound.id)).toEqual(['T1']);
    expect(parsed.events).toEqual([]);
  });

  it('continues a span text over line breaks, blank lines included, but not into trailing blank lines', () => {
    // "ab\n\ncd" is 6 characters.
    const ann = 'T1\tContent 0 6\tab\n\ncd\nT2\tCue 7 8\tx\n\n';
    const parsed = parseAnn(ann, 'a_0000.ann');
    expect(parsed.textBounds.map((bound) => [bound.id, bound.line, bound.text])).toEqual([
      ['T1', 1, 'ab\n\ncd'],
      ['T2', 4, 'x'],
    ]);
  });

  const errors: { name: string; ann: string; message: string; line: number | undefined }[] = [
    { name: 'a stray line before any span', ann: 'hello', message: 'a_0000.ann:1: expected an annotation line (T, E, R, A, M, N, # or *, then a tab), got "hello"', line: 1 },
    { name: 'a stray line after a complete span', ann: 'T1\tCue 6 10\tsaid\nE1 Attribution:T1', message: 'a_0000.ann:2: expected an annotation line (T, E, R, A, M, N, # or *, then a tab), got "E1 Attribution:T1"', line: 2 },
    { name: 'offsets that are not numbers', ann: 'T1\tCue 6 x\tsaid', message: 'a_0000.ann:1: T1: bad offsets "6 x": expected "START END" pieces separated by ";"', line: 1 },
    { name: 'a fragment ending before it starts', ann: 'T1\tCue 10 6\tsaid', message: 'a_0000.ann:1: T1: fragment 10-6 ends before it starts', line: 1 },
    { name: 'a T line without its text', ann: 'T1\tCue 6 10', message: 'a_0000.ann:1: T1: expected "LABEL START END<TAB>TEXT"', line: 1 },
    { name: 'a T line without offsets', ann: 'T1\tCue\tsaid', message: 'a_0000.ann:1: T1: expected "LABEL START END<TAB>TEXT", got "Cue"', line: 1 },
    { name: 'a duplicate id', ann: 'T1\tCue 6 10\tsaid\nT1\tCue 6 10\tsaid', message: 'a_0000.ann:2: duplicate id T1 (first on line 1)', line: 2 },
    { name: 'an E argument without a colon', ann: 'T1\tCue 6 10\tsaid\nE1\tAttribution:T1 Cue', message: 'a_0000.ann:2: E1: expected "Role:ID" arguments, got "Cue"', line: 2 },
    { name: 'an E pointing nowhere', ann: 'T1\tCue 6 10\tsaid\nE1\tAttribution:T1 Source:T9', message: 'a_0000.ann:2: E1: Source points to T9, which is not in this file', line: 2 },
    { name: 'an E whose trigger is not a T', ann: 'T1\tCue 6 10\tsaid\nE1\tAttribution:T1\nE2\tAttribution:E1', message: 'a_0000.ann:3: E2: trigger E1 is not a text span (T) of this file', line: 3 },
  ];
  it.each(errors)('rejects $name, naming file and line', ({ ann, message, line }) => {
    expectBratError(() => parseAnn(ann, 'a_0000.ann'), message, line);
  });
});

describe('bratRelations', () => {
  const cases: { name: string; event: string; expected: { source: string | null; cue: string | null; content: string[] } }[] = [
    { name: 'all roles', event: 'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', expected: { source: 'T1', cue: 'T2', content: ['T3'] } },
    { name: 'no source', event: 'E1\tAttribution-no-source:T4 Content:T3 Cue:T2', expected: { source: null, cue: 'T2', content: ['T3'] } },
    { name: 'no cue, no content', event: 'E1\tAttribution:T4 Source:T1', expected: { source: 'T1', cue: null, content: [] } },
    { name: 'numbered second content', event: 'E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3 Content2:T5', expected: { source: 'T1', cue: 'T2', content: ['T3', 'T5'] } },
    { name: 'unknown roles ignored', event: 'E1\tAttribution:T4 Cue:T2 Other:T1', expected: { source: null, cue: 'T2', content: [] } },
  ];
  const spans = ['T1\tSource 0 5\tSmith', 'T2\tCue 6 10\tsaid', 'T3\tContent 12 27\ttaxes will rise', 'T4\tAttribution 6 10\tsaid', 'T5\tContent 33 37\tsoon'];
  it.each(cases)('ties roles to spans: $name', ({ event, expected }) => {
    const [relation] = bratRelations(parseAnn([...spans, event].join('\n'), 'a_0000.ann'), 'a_0000.ann');
    expect({ source: relation?.source?.id ?? null, cue: relation?.cue?.id ?? null, content: relation?.content.map((bound) => bound.id) }).toEqual(expected);
    expect(relation?.id).toBe('E1');
  });

  it('rejects a role pointing to an event', () => {
    const ann = ['T2\tCue 6 10\tsaid', 'E1\tAttribution:T2', 'E2\tAttribution:T2 Source:E1'].join('\n');
    expectBratError(() => bratRelations(parseAnn(ann, 'a_0000.ann'), 'a_0000.ann'), 'a_0000.ann:3: E2: Source must point to a text span (T), got E1', 3);
  });
});

describe('bratArticle', () => {
  it('converts code-point offsets to UTF-16 past astral characters', () => {
    const text = '😀 Ann said 𝒳 yes.';
    // In code points: "😀"=0, " "=1, "Ann"=2..5, "said"=6..10, "𝒳"=11, "yes"=13..16.
    const ann = 'T1\tSource 2 5\tAnn\nT2\tCue 6 10\tsaid\nT3\tContent 13 16\tyes';
    const article = bratArticle('a', text, ann, 'a_0000.ann', PATHS);
    expect(article.textBounds.map((bound) => text.slice(bound.fragments[0]?.start, bound.fragments[0]?.end))).toEqual(['Ann', 'said', 'yes']);
    expect(article.textMismatches).toEqual([]);
  });

  it('maps code points to UTF-16 offsets', () => {
    const map = codePointOffsets('a😀b');
    expect([0, 1, 2, 3].map(map)).toEqual([0, 1, 3, 4]);
    expect(codePointOffsets('plain')(3)).toBe(3);
  });

  it('counts span texts that differ from the text slice instead of failing', () => {
    const ann = [tLine('T1', 'Source', TEXT, 'Smith'), 'T2\tCue 6 10\tsays', tLine('T3', 'Content', TEXT, 'taxes will rise', 'soon')].join('\n');
    const article = bratArticle('a', TEXT, ann, 'a_0000.ann', PATHS);
    expect(article.textMismatches).toEqual([{ id: 'T2', line: 2, annotated: 'says', actual: 'said' }]);
  });

  it('rejects offsets past the end of the text', () => {
    expectBratError(() => bratArticle('a', 'short', 'T1\tCue 2 9\tort', 'a_0000.ann', PATHS), 'a_0000.ann:1: T1: offset 9 is past the end of a.txt (5 characters)', 1);
  });
});

describe('bratArticleName', () => {
  const cases: [string, string | null][] = [
    ['breitbart_2016-09-12_stealth_ef2d.ann', 'breitbart_2016-09-12_stealth'],
    ['article_4E07.ann', 'article'],
    ['article_ef2.ann', null],
    ['article_zzzz.ann', null],
    ['article.ann', null],
    ['_ef2d.ann', null],
  ];
  it.each(cases)('%s -> %s', (file, name) => {
    expect(bratArticleName(file)).toBe(name);
  });
});

describe('loadBratFolder', () => {
  const dirs: string[] = [];
  const folder = (files: Parameters<typeof writeBratFolder>[0]): string => {
    const dir = writeBratFolder(files);
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('pairs each NAME_xxxx.ann with text/NAME.txt, sorted, skipping unannotated texts', () => {
    const dir = folder({
      texts: { 'b_x.txt': TEXT, 'a.txt': TEXT, 'lonely.txt': 'No annotations.' },
      anns: { 'b_x_1234.ann': 'T1\tCue 6 10\tsaid\n', 'a_abcd.ann': 'T1\tSource 0 5\tSmith\n', 'notes.txt': 'ignored' },
    });
    const articles = loadBratFolder(dir);
    expect(articles.map((article) => [article.name, article.textPath, article.annPath])).toEqual([
      ['a', join(dir, 'text', 'a.txt'), join(dir, 'attributions', 'a_abcd.ann')],
      ['b_x', join(dir, 'text', 'b_x.txt'), join(dir, 'attributions', 'b_x_1234.ann')],
    ]);
    expect(articles[0]?.text).toBe(TEXT);
  });

  const errors: { name: string; files: Parameters<typeof writeBratFolder>[0]; message: RegExp }[] = [
    { name: 'an .ann without its text', files: { texts: { 'a.txt': TEXT }, anns: { 'b_1234.ann': '' } }, message: /^b_1234\.ann: no matching text file text\/b\.txt in / },
    { name: 'an .ann whose name lacks the suffix', files: { texts: { 'a.txt': TEXT }, anns: { 'a.ann': '' } }, message: /^a\.ann: name must be NAME_xxxx\.ann/ },
    { name: 'two .ann files for one text', files: { texts: { 'a.txt': TEXT }, anns: { 'a_1234.ann': '', 'a_5678.ann': '' } }, message: /^a_5678\.ann: a_1234\.ann already annotates text\/a\.txt$/ },
    { name: 'no .ann at all', files: { texts: { 'a.txt': TEXT } }, message: /attributions: no \.ann files$/ },
    { name: 'a bad line, naming the file', files: { texts: { 'a.txt': TEXT }, anns: { 'a_1234.ann': 'T1\tCue 6 10\tsaid\nE1 oops' } }, message: /^a_1234\.ann:2: expected an annotation line/ },
  ];
  it.each(errors)('rejects $name', ({ files, message }) => {
    const dir = folder(files);
    expect(() => loadBratFolder(dir)).toThrow(message);
  });

  it('rejects a folder without text/ and attributions/', () => {
    expect(() => loadBratFolder(join(folder({}), 'text'))).toThrow(/^not a brat folder/);
  });
});
