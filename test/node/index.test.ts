/** claimex/node: files, the JSON Lines records mode (in this thread and in worker threads), evaluation; every export documented. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extractor.js';
import { createExtractor, extractClaims } from '../../src/index.js';
import {
  createRecordExtractor,
  evaluateFolder,
  extractFile,
  extractFiles,
  extractJsonl,
  FileReadError,
  formatReport,
  readArticle,
  type RecordResult,
} from '../../src/node/index.js';
import { ensureBuilt, ROOT } from '../cli/built-cli.js';

const SAMPLE = join(ROOT, 'corpus', 'sample-press-conference.txt');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimex-node-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** An extractor that counts its calls. */
function counting(): Extractor & { calls: number } {
  const inner = createExtractor();
  const counter = {
    calls: 0,
    extract(text: string) {
      counter.calls += 1;
      return inner.extract(text);
    },
  };
  return counter;
}

async function collect(results: AsyncIterable<RecordResult>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const result of results) out.push({ ...(JSON.parse(result.json) as Record<string, unknown>), ok: result.ok });
  return out;
}

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part, 'utf8');
}

describe('files', () => {
  it('reads an article as is, byte-order mark included', async () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, '\uFEFFThe minister said the talks were useful.');
    expect(await readArticle(path)).toBe('\uFEFFThe minister said the talks were useful.');
  });

  it('rejects an unreadable file with a FileReadError that says why', async () => {
    const missing = join(dir, 'missing.txt');
    await expect(readArticle(missing)).rejects.toThrow(new FileReadError(missing, 'no such file'));
    await expect(readArticle(dir)).rejects.toMatchObject({ name: 'FileReadError', path: dir, reason: 'is a directory' });
  });

  it('extracts a file as extractClaims extracts its text, with the default or a given extractor', async () => {
    const expected = extractClaims(readFileSync(SAMPLE, 'utf8'));
    expect(await extractFile(SAMPLE)).toEqual(expected);
    const extractor = counting();
    expect(await extractFile(SAMPLE, extractor)).toEqual(expected);
    expect(extractor.calls).toBe(1);
  });

  it('extracts several files in order, and reads them all before extracting any', async () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, '"We will rebuild," the mayor said.');
    const results = await extractFiles([other, SAMPLE]);
    expect(results.map((r) => r.file)).toEqual([other, SAMPLE]);
    expect(results[0]!.extraction).toEqual(extractClaims('"We will rebuild," the mayor said.'));
    const extractor = counting();
    await expect(extractFiles([SAMPLE, join(dir, 'nope.txt')], extractor)).rejects.toBeInstanceOf(FileReadError);
    expect(extractor.calls).toBe(0);
  });
});

describe('JSON Lines records', () => {
  const input = ['{"id": 1, "text": "The minister said the talks were useful."}', 'not json', '{"id": "x"}', '{"id": 4, "text": "\\"We will win,\\" Smith said."}'];

  it('gives one record per line, in order, errors as records, with the file name when given', async () => {
    const records = await collect(extractJsonl(chunks(`${input.join('\r\n')}\n`), { file: 'in.jsonl' }));
    expect(records.map((r) => [r.id, r.line, r.file, r.ok])).toEqual([
      [1, 1, 'in.jsonl', true],
      [null, 2, 'in.jsonl', false],
      ['x', 3, 'in.jsonl', false],
      [4, 4, 'in.jsonl', true],
    ]);
    expect(records[0]!.extraction).toEqual(extractClaims('The minister said the talks were useful.'));
    expect(records[2]!.error).toBe('the record has no "text"');
  });

  it('turns a line above maxLineBytes into an error record and reads on', async () => {
    const [long, short] = [input[0]!, input[3]!];
    expect(long.length).toBeGreaterThan(short.length);
    const records = await collect(extractJsonl(chunks(`${long}\n${short}\n`), { maxLineBytes: short.length }));
    expect(records.map((r) => [r.line, r.ok])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(String(records[0]!.error)).toMatch(`longer than the limit of ${short.length} bytes`);
  });

  it('rejects a number of jobs that is not a whole number of 1 or more', async () => {
    await expect(createRecordExtractor({ jobs: 0 })).rejects.toThrow(RangeError);
    await expect(createRecordExtractor({ jobs: 1.5 })).rejects.toThrow(/"jobs" must be a whole number/);
  });

  it('gives the same lines from a pool of worker threads as from this thread, over several inputs', async () => {
    ensureBuilt(); // the worker script is dist/cli-worker.js
    const many = Array.from({ length: 30 }, (_, i) => input[i % input.length]!).join('\n');
    const single = await createRecordExtractor();
    const pool = await createRecordExtractor({ jobs: 3 });
    try {
      expect(pool.jobs).toBe(3);
      for (const file of ['a.jsonl', 'b.jsonl']) {
        const one = await collect(single.extractLines(chunks(many), { file }));
        const three = await collect(pool.extractLines(chunks(many), { file }));
        expect(three).toHaveLength(30);
        expect(three).toEqual(one);
      }
    } finally {
      await Promise.all([single.close(), pool.close()]);
    }
  }, 120_000);
});

describe('evaluation', () => {
  it('scores the project corpus as `claimex eval corpus` does', () => {
    const corpus = join(ROOT, 'corpus');
    const report = evaluateFolder(corpus, extractClaims);
    const golds = readdirSync(corpus).filter((f) => f.endsWith('.gold.jsonl'));
    if (report.format !== 'gold') throw new Error(`read corpus/ as ${report.format}`);
    expect(report.articles.map((a) => a.file).sort()).toEqual(golds.sort());
    expect(formatReport(report)).toContain('sample-press-conference');
  });
});

describe('the module', () => {
  it('documents every export with a doc comment', () => {
    const entry = join(ROOT, 'src', 'node', 'index.ts');
    const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
    const checker = program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const exports = checker.getExportsOfModule(moduleSymbol);
    expect(exports.length).toBeGreaterThan(20);
    const undocumented = exports
      .filter((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === '';
      })
      .map((symbol) => symbol.name);
    expect(undocumented).toEqual([]);
  });
});
