/** `claimex extract --format csv|html`: the formatters in-process, then the built bin end to end. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_FORMATTERS, type FileResult } from '../../src/cli/formats.js';
import { extractClaims } from '../../src/extractor.js';
import { CSV_COLUMNS, toCsv } from '../../src/render/csv.js';
import { renderHtml, renderHtmlPage } from '../../src/render/html.js';
import type { Extraction } from '../../src/types.js';
import { parseCsv } from '../render/csv-read.js';
import { findAll, first, parseHtml, textOf } from '../render/html-tree.js';
import { ensureBuilt, ROOT, runCli } from './built-cli.js';

const A = 'The minister said that the talks were useful, and urged "calm" <now>.\n\nHe added: "=1+1".';
const B = 'Foreign Ministry spokesperson Wang Wenbin stressed that China opposes the move.';
const CONTEXT = { columns: undefined, env: {} };

const result = (file: string, text: string): FileResult => ({ file, text, extraction: extractClaims(text) });

describe('the csv and html formatters', () => {
  it('csv: one file gives toCsv; several get a first column "file" ("<stdin>" for -)', () => {
    const a = result('a.txt', A);
    expect(FILE_FORMATTERS.csv([a], CONTEXT)).toBe(toCsv(a.extraction));
    const rows = parseCsv(FILE_FORMATTERS.csv([a, result('-', B)], CONTEXT));
    expect(rows[0]).toEqual(['file', ...CSV_COLUMNS]);
    const files = rows.slice(1).map((row) => row[0]);
    expect(files).toEqual([
      ...extractClaims(A).claims.map(() => 'a.txt'),
      ...extractClaims(B).claims.map(() => '<stdin>'),
    ]);
    expect(rows.slice(1).every((row) => row.length === CSV_COLUMNS.length + 1)).toBe(true);
  });

  it('html: one file gives renderHtmlPage titled by its name; several, a section per file showing each text', () => {
    const a = result('a.txt', A);
    expect(FILE_FORMATTERS.html([a], CONTEXT)).toBe(renderHtmlPage(a.extraction, { text: A, title: 'a.txt' }));
    const page = FILE_FORMATTERS.html([a, result('-', B)], CONTEXT);
    const sections = findAll(parseHtml(page), (e) => e.tag === 'section');
    expect(sections.map((s) => textOf(findAll(s, (e) => e.tag === 'h2')[0]!))).toEqual(['a.txt', '<stdin>']);
    expect(sections.map((s) => textOf(first(s, 'claimex-text')))).toEqual([A, B]);
    expect(page).toContain(renderHtml(extractClaims(B), { text: B }));
  });
});

describe('claimex extract --format csv|html (built)', () => {
  let dir: string;
  let file: string;

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'claimex-formats-'));
    file = join(dir, 'a.txt');
    writeFileSync(file, A);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const jsonOf = (args: string[], input?: string) => JSON.parse(runCli(['extract', '--json', ...args], { input }).stdout) as Extraction;

  it('--format csv writes a row per claim of the same extraction --json gives', () => {
    const run = runCli(['extract', '--format', 'csv', file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const extraction = jsonOf([file]);
    expect(run.stdout).toBe(toCsv(extraction));
    const rows = parseCsv(run.stdout);
    expect(rows).toHaveLength(1 + extraction.claims.length);
    expect(extraction.claims.length).toBeGreaterThan(1);
  });

  it('--format html writes a whole page showing the file as read, from a file or standard input', () => {
    const fromFile = runCli(['extract', '--format', 'html', file]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(textOf(first(parseHtml(fromFile.stdout), 'claimex-text'))).toBe(A);
    const fromStdin = runCli(['extract', '--format', 'html'], { input: A });
    expect(fromStdin.stdout).toBe(renderHtmlPage(jsonOf([], A), { text: A, title: '<stdin>' }));
  });

  it('the sample article as a page: every claim of the library marked', () => {
    const sample = readFileSync(join(ROOT, 'corpus', 'sample-press-conference.txt'), 'utf8');
    const page = parseHtml(runCli(['extract', '--format', 'html', '--default-sample']).stdout);
    const marked = new Set(findAll(page, (e) => e.attrs['data-claim'] !== undefined).map((e) => e.attrs['data-claim']));
    expect([...marked].sort()).toEqual(extractClaims(sample).claims.map((c) => c.id).sort());
  });

  it.each([
    [['extract', '--format', 'xml'], /unknown format 'xml' for '--format' \(formats: table, json, jsonl, csv, html\)/],
    [['extract', '--json', '--format', 'csv'], /'--json' contradicts '--format csv'/],
    [['extract', '--jsonl', '--format', 'html'], /'--jsonl' writes JSON Lines/],
  ])('usage error %j', (args, pattern) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
  });

  it('--help lists the formats', () => {
    expect(runCli(['--help']).stdout).toContain('--format FORMAT   table (the default), json, jsonl, csv or html.');
  });
});
