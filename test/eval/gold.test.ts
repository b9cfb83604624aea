import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GoldFormatError, loadGoldFolder, parseGoldJsonl, parseGoldLine } from '../../src/eval/gold.js';

const CLAIM = { sentence: 'Wang said so.', claim: true, speaker: 'Wang Wenbin', aliases: [], group: false, cue: 'said', type: 'statement' };
const line = (fields: Record<string, unknown>): string => JSON.stringify(fields);
const without = (field: string): Record<string, unknown> => Object.fromEntries(Object.entries(CLAIM).filter(([key]) => key !== field));

describe('parseGoldLine', () => {
  it('reads a claim line', () => {
    expect(parseGoldLine(line(CLAIM), 'a.gold.jsonl', 3)).toEqual({ ...CLAIM, line: 3 });
  });

  it('reads a furniture line and ignores claim fields on it', () => {
    expect(parseGoldLine(line({ sentence: 'CGTN', claim: false, speaker: null }), 'a.gold.jsonl', 1)).toEqual({ line: 1, sentence: 'CGTN', claim: false });
  });

  const errors: { name: string; source: string; message: string }[] = [
    { name: 'invalid JSON', source: '{"sentence": "x", ', message: 'a.gold.jsonl:7: invalid JSON' },
    { name: 'not an object', source: '["x"]', message: 'a.gold.jsonl:7: expected a JSON object (got ["x"])' },
    { name: 'missing sentence', source: line({ claim: false }), message: 'a.gold.jsonl:7: missing field "sentence"' },
    { name: 'empty sentence', source: line({ sentence: ' ', claim: false }), message: 'a.gold.jsonl:7: field "sentence" is empty' },
    { name: 'claim not boolean', source: line({ sentence: 'x', claim: 'yes' }), message: 'a.gold.jsonl:7: field "claim" must be true or false (got "yes")' },
    { name: 'missing speaker', source: line(without('speaker')), message: 'a.gold.jsonl:7: missing field "speaker"' },
    { name: 'speaker a number', source: line({ ...CLAIM, speaker: 3 }), message: 'a.gold.jsonl:7: field "speaker" must be a string or null (got 3)' },
    { name: 'aliases not strings', source: line({ ...CLAIM, aliases: ['MOFA', 1] }), message: 'a.gold.jsonl:7: field "aliases" must be an array of strings (got ["MOFA",1])' },
    { name: 'missing group', source: line(without('group')), message: 'a.gold.jsonl:7: missing field "group"' },
    { name: 'missing cue', source: line(without('cue')), message: 'a.gold.jsonl:7: missing field "cue"' },
    { name: 'unknown type', source: line({ ...CLAIM, type: 'request' }), message: 'a.gold.jsonl:7: field "type" must be one of action, demand, hope, statement (got "request")' },
    { name: 'missing type', source: line(without('type')), message: 'a.gold.jsonl:7: missing field "type"' },
    { name: 'unknown field (typo)', source: line({ ...CLAIM, alias: [] }), message: 'a.gold.jsonl:7: unknown field "alias"' },
    { name: 'group without speaker', source: line({ ...CLAIM, group: true, speaker: null }), message: 'a.gold.jsonl:7: field "group" is true but "speaker" is null' },
  ];
  it.each(errors)('rejects $name, naming file and line', ({ source, message }) => {
    let caught: unknown;
    try {
      parseGoldLine(source, 'a.gold.jsonl', 7);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GoldFormatError);
    expect((caught as GoldFormatError).message).toContain(message);
    expect((caught as GoldFormatError).message.indexOf(message)).toBe(0);
    expect((caught as GoldFormatError).file).toBe('a.gold.jsonl');
    expect((caught as GoldFormatError).line).toBe(7);
  });
});

describe('parseGoldJsonl', () => {
  it('skips blank lines but counts them in line numbers', () => {
    const content = `${line({ sentence: 'CGTN', claim: false })}\n\n${line(CLAIM)}\n`;
    expect(parseGoldJsonl(content, 'a.gold.jsonl').map((gold) => gold.line)).toEqual([1, 3]);
  });

  it('reports the line number of a bad line after blank lines', () => {
    expect(() => parseGoldJsonl(`${line(CLAIM)}\n\n{oops\n`, 'a.gold.jsonl')).toThrow(/^a\.gold\.jsonl:3: invalid JSON/);
  });

  it('rejects an empty file', () => {
    expect(() => parseGoldJsonl('\n', 'a.gold.jsonl')).toThrow('a.gold.jsonl: no gold lines');
  });
});

describe('loadGoldFolder', () => {
  let dir = '';
  const make = (files: Record<string, string>): string => {
    dir = mkdtempSync(join(tmpdir(), 'claimex-gold-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('reads pairs sorted by name, skips a .txt without gold, locates sentences', () => {
    const folder = make({
      'b.txt': 'Wang said\nso.',
      'b.gold.jsonl': line(CLAIM),
      'a.txt': 'CGTN',
      'a.gold.jsonl': line({ sentence: 'CGTN', claim: false }),
      'notes.txt': 'no gold here',
    });
    const articles = loadGoldFolder(folder);
    expect(articles.map((article) => article.name)).toEqual(['a', 'b']);
    expect(articles[1]?.sentences[0]).toMatchObject({ line: 1, start: 0, end: 13 });
    expect(articles[1]?.textPath).toBe(join(folder, 'b.txt'));
  });

  it('rejects a gold file without its text', () => {
    const folder = make({ 'a.gold.jsonl': line(CLAIM) });
    expect(() => loadGoldFolder(folder)).toThrow(`a.gold.jsonl: no matching text file a.txt in ${folder}`);
  });

  it('rejects a gold sentence that is not in the text, naming file and line', () => {
    const folder = make({
      'a.txt': 'CGTN\nWang said so.',
      'a.gold.jsonl': `${line({ sentence: 'CGTN', claim: false })}\n${line({ ...CLAIM, sentence: 'Wang said that.' })}\n`,
    });
    expect(() => loadGoldFolder(folder)).toThrow('a.gold.jsonl:2: sentence not found in a.txt after offset 4: "Wang said that."');
  });

  it('rejects a missing folder', () => {
    expect(() => loadGoldFolder('/nonexistent/claimex-gold')).toThrow('gold folder not found: /nonexistent/claimex-gold');
  });
});
