import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Extraction } from '../../src/types.js';
import { assertValidExtraction } from '../helpers/schema.js';
import { allSpans, ensureBuilt, isExtraction, ROOT, runCli, type CliResult } from './built-cli.js';

const ARTICLE = [
  'Talks in Geneva end without a deal',
  '',
  'The minister said the talks were useful.',
  '“We will continue to work with our partners,” Foreign Ministry spokesperson Wang Wenbin told reporters on Monday.',
  '',
  'He urged both sides to show restraint — and voiced the hope that the café owners in Zürich 😀 would reopen.',
].join('\n');

let dir: string;
let article: string;
let other: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'claimex-cli-'));
  article = join(dir, 'article.txt');
  other = join(dir, 'other.txt');
  writeFileSync(article, ARTICLE);
  writeFileSync(other, 'The minister said the talks were useful.\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A usage or input error: exit 2 and exactly one line on stderr, no stack frame. */
function expectOneLineError(result: CliResult, status: number, pattern: RegExp): void {
  expect(result.status).toBe(status);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^claimex: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

function expectValidExtraction(value: unknown, text: string): asserts value is Extraction {
  expect(isExtraction(value)).toBe(true);
  assertValidExtraction(value, 'the printed extraction');
  const extraction = value as Extraction;
  expect(extraction.schemaVersion).toBe(SCHEMA_VERSION);
  for (const [where, span] of allSpans(extraction)) {
    expect(text.slice(span.start, span.end), where).toBe(span.text);
  }
}

describe('claimex --help and --version', () => {
  it.each([['--help'], ['-h'], ['help'], ['extract', '--help']])('%s prints the usage and exits 0', (...args) => {
    const result = runCli(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^claimex \d+\.\d+\.\d+/);
    for (const word of ['Usage:', 'claimex extract', 'claimex eval', '--json', '--jsonl', '--jobs', '--format', '--exit-zero', '--default-sample', '--verbose', 'Exit status']) {
      expect(result.stdout).toContain(word);
    }
  });

  it.each([['--version'], ['-V']])('%s prints the version of package.json', (flag) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = runCli([flag]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});

describe('claimex extract', () => {
  it('prints a table for a file', () => {
    const result = runCli(['extract', article]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const [title, ...rest] = result.stdout.trimEnd().split('\n');
    expect(title).toMatch(new RegExp(`^${escape(article)}: \\d+ claims?, \\d+ speakers?, \\d+ sentences?$`));
    if (rest[0] !== '  (no claims found)') {
      expect(rest[0]).toMatch(/^#\s+SPEAKER\s+CUE\s+TYPE\s+MODE/);
      expect(rest.join('\n')).toMatch(/^1\s/m);
    }
  });

  it.each(['60', '80', '132'])('fits the table to $COLUMNS=%s', (columns) => {
    const result = runCli(['extract', article], { env: { COLUMNS: columns } });
    expect(result.status).toBe(0);
    // Every line but the title (which holds the path) and the diagnostics.
    const lines = result.stdout.trimEnd().split('\n').slice(1).filter((l) => !/^ {2}(info|warning|error): /.test(l));
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(Number(columns));
  });

  it('prints one Extraction for one file with --json, honouring the offset invariant', () => {
    const result = runCli(['extract', '--json', article]);
    expect(result.status).toBe(0);
    expectValidExtraction(JSON.parse(result.stdout), ARTICLE);
  });

  it('prints an array of {file, extraction} for several files', () => {
    const result = runCli(['extract', article, other, '--json']);
    expect(result.status).toBe(0);
    const docs = JSON.parse(result.stdout) as { file: string; extraction: unknown }[];
    expect(docs.map((d) => d.file)).toEqual([article, other]);
    expectValidExtraction(docs[0]?.extraction, ARTICLE);
    expectValidExtraction(docs[1]?.extraction, readFileSync(other, 'utf8'));
  });

  it('prints one table block per file', () => {
    const result = runCli(['extract', article, other]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${escape(article)}: `, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^${escape(other)}: `, 'm'));
  });

  it('reads standard input when no file is given, and for "-"', () => {
    const fromFile = JSON.parse(runCli(['extract', '--json', article]).stdout) as unknown;
    const plain = runCli(['extract', '--json'], { input: ARTICLE });
    expect(plain.status).toBe(0);
    expect(JSON.parse(plain.stdout)).toEqual(fromFile);
    const dash = runCli(['extract', '-', '--json'], { input: ARTICLE });
    expect(dash.status).toBe(0);
    expect(JSON.parse(dash.stdout)).toEqual(fromFile);
    const table = runCli(['extract'], { input: ARTICLE });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^<stdin>: \d+ claims?/);
  });

  it('keeps a byte-order mark so offsets index the text as read', () => {
    const withBom = join(dir, 'bom.txt');
    writeFileSync(withBom, `\uFEFF${ARTICLE}`);
    const result = runCli(['extract', '--json', withBom]);
    expect(result.status).toBe(0);
    expectValidExtraction(JSON.parse(result.stdout), `\uFEFF${ARTICLE}`);
  });

  it('--default-sample reads the bundled sample when no file is given', () => {
    const result = runCli(['extract', '--default-sample', '--json']);
    expect(result.status).toBe(0);
    const sample = readFileSync(join(ROOT, 'corpus', 'sample-press-conference.txt'), 'utf8');
    expectValidExtraction(JSON.parse(result.stdout), sample);
  });

  it('--default-sample yields to a file given (npm start -- FILE)', () => {
    const result = runCli(['extract', '--default-sample', other]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${escape(other)}: `));
  });

  it('a missing file: exit 2, one line on stderr, no stack trace', () => {
    const missing = join(dir, 'nope.txt');
    expectOneLineError(runCli(['extract', missing]), 2, new RegExp(`cannot read ${escape(missing)}: no such file$`));
  });

  it('a missing file among good ones prints nothing to stdout', () => {
    expectOneLineError(runCli(['extract', article, join(dir, 'nope.txt')]), 2, /no such file/);
  });

  it('a directory: exit 2', () => {
    expectOneLineError(runCli(['extract', dir]), 2, /is a directory$/);
  });
});

describe('usage errors: exit 2 with one line', () => {
  it.each([
    [['extract', '--bogus'], /unknown option '--bogus'/],
    [['extract', '--json=yes'], /option '--json' takes no value/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--bogus'], /unknown option '--bogus'/],
    [[], /missing command/],
    [['eval'], /'eval' needs a DIR/],
    [['eval', 'a', 'b'], /one DIR/],
  ])('%j', (args, pattern) => {
    expectOneLineError(runCli(args), 2, pattern);
  });
});

describe('claimex eval', () => {
  it('a missing DIR: exit 2', () => {
    expectOneLineError(runCli(['eval', join(dir, 'no-such-dir')]), 2, /no such directory$/);
  });

  it('a folder without gold files: exit 2', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    expectOneLineError(runCli(['eval', empty]), 2, /no NAME\.gold\.jsonl/);
  });

  it('a malformed gold file: exit 2, one line', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'x.txt'), 'Some text.\n');
    writeFileSync(join(bad, 'x.gold.jsonl'), '{"sentence": \n');
    expectOneLineError(runCli(['eval', bad]), 2, /x\.gold\.jsonl/);
  });

  it('scores a folder of gold-annotated articles', () => {
    const gold = join(dir, 'gold');
    mkdirSync(gold, { recursive: true });
    writeFileSync(join(gold, 'talks.txt'), 'The minister said the talks were useful.\n');
    writeFileSync(
      join(gold, 'talks.gold.jsonl'),
      `${JSON.stringify({
        sentence: 'The minister said the talks were useful.',
        claim: true,
        speaker: 'The minister',
        aliases: [],
        group: false,
        cue: 'said',
        type: 'statement',
      })}\n`,
    );
    const text = runCli(['eval', gold]);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout.trim()).not.toBe('');
    const json = runCli(['eval', gold, '--json']);
    expect(json.status).toBe(0);
    expect(typeof JSON.parse(json.stdout)).toBe('object');
    expect(runCli(['eval', '--verbose', gold]).status).toBe(0);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
