/** `claimex extract --jsonl`, run as the built bin: the line-for-line contract pipelines rely on. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidExtraction } from '../helpers/schema.js';
import { ensureBuilt, runCli, type CliResult } from './built-cli.js';
import { expectExtractionOf, parseOutput, type OutputRecord } from './jsonl-helpers.js';

const T1 = 'The minister said the talks were useful.';
const T2 = '“We will continue to work with our partners,” Foreign Ministry spokesperson Wang Wenbin told reporters on Monday.';
const T3 = 'He urged both sides to show restraint and voiced the hope that the café owners in Zürich 😀 would reopen.';
const RECORDS = [
  { id: 1, text: T1 },
  { id: 'a-2', text: T2 },
  { text: T3 },
];
const LINES = RECORDS.map((r) => JSON.stringify(r));

let dir: string;
/** The output for LINES joined by "\n" with a final "\n": what every variant must give. */
let reference: CliResult;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'claimex-jsonl-'));
  reference = runCli(['extract', '--jsonl'], { input: `${LINES.join('\n')}\n` });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('claimex extract --jsonl: one output line per input line', () => {
  it('keeps numeric, string and missing ids, in input order, with 1-based line numbers', () => {
    expect(reference.stderr).toBe('');
    expect(reference.status).toBe(0);
    const out = parseOutput(reference.stdout);
    expect(out.map((r) => [r.id, r.line])).toEqual([
      [1, 1],
      ['a-2', 2],
      [null, 3],
    ]);
    out.forEach((record, i) => expectExtractionOf(record, RECORDS[i]!.text));
    expect(out[0]?.extraction?.claims.length).toBeGreaterThan(0);
  });

  it('turns bad lines into error records, goes on, and exits 1', () => {
    const input = [
      JSON.stringify({ id: 1, text: T1 }),
      '',
      '   ',
      '{"id": 4, "text": ',
      JSON.stringify({ id: 5 }),
      JSON.stringify({ id: 6, text: 42 }),
      JSON.stringify({ id: 7, text: null }),
      '[1, 2]',
      '"just a string"',
      JSON.stringify({ id: { batch: 'b', n: 10 }, text: T2 }),
      JSON.stringify({ id: null, text: '' }),
      JSON.stringify({ id: 12, text: `${T1}\u2028${T3}` }),
    ].join('\n');
    const result = runCli(['extract', '--jsonl'], { input: `${input}\n` });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    // --exit-zero: the same records, exit 0, for engines that fail a task on exit 1.
    expect(runCli(['extract', '--jsonl', '--exit-zero'], { input: `${input}\n` })).toEqual({ ...result, status: 0 });
    // U+2028 and U+2029 are escaped, so no line reader splits a record.
    expect(result.stdout).not.toMatch(/[\u2028\u2029]/);
    const out = parseOutput(result.stdout);
    expect(out.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const error = (r: OutputRecord | undefined) => [r?.id, r?.error];
    expectExtractionOf(out[0], T1);
    expect(error(out[1])).toEqual([null, expect.stringMatching(/^empty line/)]);
    expect(error(out[2])).toEqual([null, expect.stringMatching(/^empty line/)]);
    expect(error(out[3])).toEqual([null, expect.stringMatching(/^invalid JSON: /)]);
    expect(error(out[4])).toEqual([5, 'the record has no "text"']);
    expect(error(out[5])).toEqual([6, '"text" must be a string, got number']);
    expect(error(out[6])).toEqual([7, '"text" must be a string, got null']);
    expect(error(out[7])).toEqual([null, expect.stringMatching(/must be a JSON object .*got an array/)]);
    expect(error(out[8])).toEqual([null, expect.stringMatching(/must be a JSON object .*got a string/)]);
    expect(out[9]?.id).toEqual({ batch: 'b', n: 10 });
    expectExtractionOf(out[9], T2);
    expect(out[10]?.id).toBeNull();
    expect(out[10]?.extraction?.sentences).toEqual([]);
    expectExtractionOf(out[11], `${T1}\u2028${T3}`);
    for (const record of out) {
      expect(Object.keys(record).sort()).toEqual(record.error === undefined ? ['extraction', 'id', 'line'] : ['error', 'id', 'line']);
      if (record.error !== undefined) expect(record.error).not.toMatch(/\n/);
    }
  });

  it('reads CRLF line ends as LF', () => {
    const result = runCli(['extract', '--jsonl'], { input: `${LINES.join('\r\n')}\r\n` });
    expect(result).toEqual(reference);
  });

  it('reads a final line without a newline', () => {
    const result = runCli(['extract', '--jsonl'], { input: LINES.join('\n') });
    expect(result).toEqual(reference);
  });

  it('drops a UTF-8 BOM before the first record', () => {
    const result = runCli(['extract', '--jsonl'], { input: `\uFEFF${LINES.join('\r\n')}` });
    expect(result).toEqual(reference);
  });

  it('reads invalid UTF-8 as U+FFFD and says so in messages; an invalid line mentions it', () => {
    const good = Buffer.from(JSON.stringify({ id: 'bad-bytes', text: 'The minister said the talks were useful. XY' }));
    // Replace "XY" with a lone continuation byte and a truncated 3-byte sequence.
    const at = good.indexOf('XY');
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0x80, 0xe2, 0x82]), good.subarray(at + 2)]);
    const real = Buffer.from(JSON.stringify({ id: 'real-fffd', text: 'The minister said \uFFFD was useful.' }));
    const input = Buffer.concat([bytes, Buffer.from('\n{"id": 2, "text": \xff}\n', 'latin1'), real, Buffer.from('\n')]);
    const result = runCli(['extract', '--jsonl'], { input });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const [first, second, third] = parseOutput(result.stdout);
    expect(first?.id).toBe('bad-bytes');
    expect(first?.extraction?.sentences.map((s) => s.text).join(' ')).toContain('useful. \uFFFD\uFFFD');
    expect(first?.extraction?.messages).toContainEqual(expect.objectContaining({ severity: 'warning', ruleId: 'input/invalid-utf8' }));
    expect(first?.extraction?.claims.length).toBeGreaterThan(0);
    expect(second?.error).toMatch(/^invalid JSON: .*not valid UTF-8/);
    // A U+FFFD that the input really holds is no problem.
    expect(third?.extraction?.messages.map((m) => m.ruleId)).not.toContain('input/invalid-utf8');
  });

  it('prints nothing for empty input and exits 0', () => {
    expect(runCli(['extract', '--jsonl'], { input: '' })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('skips a line longer than --max-line-bytes with an error record', () => {
    const long = JSON.stringify({ id: 'long', text: T1.repeat(10) });
    const result = runCli(['extract', '--jsonl', '--max-line-bytes', '200'], { input: `${LINES[0]}\n${long}\n${LINES[1]}\n` });
    expect(result.status).toBe(1);
    const out = parseOutput(result.stdout);
    expect(out.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(out[1]?.error).toBe(`line of ${Buffer.byteLength(long)} bytes is longer than the limit of 200 bytes (--max-line-bytes); skipped`);
    expectExtractionOf(out[2], T2);
  });
});

describe('claimex extract --jsonl FILE...', () => {
  it('reads files in order, numbers lines per file and names the file when several are given', () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, `${LINES[0]}\n${LINES[1]}\n`);
    writeFileSync(b, `${LINES[2]}\n`);
    const one = runCli(['extract', '--jsonl', a]);
    expect(one.status).toBe(0);
    expect(parseOutput(one.stdout).map((r) => [r.id, r.line, r.file])).toEqual([
      [1, 1, undefined],
      ['a-2', 2, undefined],
    ]);
    const two = runCli(['extract', '--jsonl', a, '-', b], { input: '{"id": "stdin", "text": "Hi."}\n' });
    expect(two.status).toBe(0);
    expect(parseOutput(two.stdout).map((r) => [r.id, r.file, r.line])).toEqual([
      [1, a, 1],
      ['a-2', a, 2],
      ['stdin', '-', 1],
      [null, b, 1],
    ]);
  });

  it('a missing file: exit 2 and no output at all', () => {
    const a = join(dir, 'ok.jsonl');
    writeFileSync(a, `${LINES[0]}\n`);
    const result = runCli(['extract', '--jsonl', a, join(dir, 'missing.jsonl')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^claimex: cannot read .*missing\.jsonl: no such file\n$/);
  });
});

describe('claimex extract --format', () => {
  it('--format json is --json; --format jsonl prints one {file, extraction} line per file', () => {
    const a = join(dir, 'article-a.txt');
    const b = join(dir, 'article-b.txt');
    writeFileSync(a, T1);
    writeFileSync(b, T2);
    const json = runCli(['extract', '--json', a]);
    expect(json.status).toBe(0);
    expect(runCli(['extract', '--format', 'json', a])).toEqual(json);
    const lines = runCli(['extract', '--format', 'jsonl', a, b]);
    expect(lines.status).toBe(0);
    const out = lines.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; extraction: unknown });
    expect(out.map((r) => r.file)).toEqual([a, b]);
    for (const record of out) expectValidExtraction(record.extraction, record.file);
    expect(out[0]?.extraction).toEqual(JSON.parse(json.stdout));
  });
});

describe('usage errors of the records mode: exit 2 with one line', () => {
  it.each([
    [['extract', '--jsonl', '--jobs', '0'], /'--jobs' takes a whole number from 1 to 256, got '0'/],
    [['extract', '--jsonl', '--jobs', 'two'], /'--jobs' takes a whole number/],
    [['extract', '--jsonl', '--jobs'], /option '--jobs' needs a value/],
    [['extract', '--jobs', '2', 'a.txt'], /'--jobs' applies to '--jsonl' only/],
    [['extract', '--format', 'xml'], /unknown format 'xml' for '--format' \(formats: table, json, jsonl, csv, html\)/],
    [['extract', '--json', '--format', 'table'], /'--json' contradicts '--format table'/],
    [['extract', '--jsonl', '--format', 'table'], /'--jsonl' writes JSON Lines/],
    [['extract', '--jsonl', '--json'], /'--jsonl' writes JSON Lines/],
    [['extract', '--jsonl', '--default-sample'], /'--default-sample' is for article files/],
    [['extract', '--max-line-bytes', '9'], /'--max-line-bytes' applies to '--jsonl' only/],
    [['extract', '--exit-zero'], /'--exit-zero' applies to '--jsonl' only/],
  ])('%j', (args, pattern) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });
});
