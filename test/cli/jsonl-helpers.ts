/** Records and runners for the tests of `claimex extract --jsonl`. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Extraction } from '../../src/types.js';
import { assertValidExtraction } from '../helpers/schema.js';
import { allSpans, cleanEnv, CLI, isExtraction, ROOT } from './built-cli.js';

/** The corpus articles, by file name order. */
export function corpusArticles(): string[] {
  const dir = join(ROOT, 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * Texts built from the corpus: every whole article, then its paragraphs, cycling until
 * `count`. Short paragraphs keep long runs quick; whole articles keep them realistic.
 */
export function corpusTexts(count: number): string[] {
  const articles = corpusArticles();
  const pool = [...articles, ...articles.flatMap((a) => a.split(/\n\s*\n/).filter((p) => p.trim() !== ''))];
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]!);
}

/** The output lines of a --jsonl run, parsed. */
export interface OutputRecord {
  id: unknown;
  line: number;
  file?: string;
  extraction?: Extraction;
  error?: string;
}

/** The output lines of a --jsonl run, parsed; each extraction in them must match claimex/schema.json. */
export function parseOutput(stdout: string): OutputRecord[] {
  expect(stdout === '' || stdout.endsWith('\n'), 'output ends with a newline').toBe(true);
  const records = stdout
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as OutputRecord);
  for (const record of records) if (record.extraction !== undefined) assertValidExtraction(record.extraction, `output line ${record.line}`);
  return records;
}

/** A success record whose extraction honours the offset invariant for `text`. */
export function expectExtractionOf(record: OutputRecord | undefined, text: string): void {
  expect(record?.error).toBeUndefined();
  expect(isExtraction(record?.extraction)).toBe(true);
  for (const [where, span] of allSpans(record!.extraction!)) expect(text.slice(span.start, span.end), where).toBe(span.text);
}

export interface StreamedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Output lines counted (not kept). */
  lines: number;
  /** The first output line. */
  first: string | undefined;
}

/**
 * Runs the built CLI with `records` streamed to its stdin as they are made (with
 * backpressure, so the test never holds the whole input), counting output lines.
 * With `closeAfterFirstLine`, destroys the read end of stdout after the first line,
 * as `| head -1` does.
 */
export function streamThrough(
  args: string[],
  records: Iterable<string>,
  options: { env?: Record<string, string>; closeAfterFirstLine?: boolean; timeoutMs?: number } = {},
): Promise<StreamedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: cleanEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    let stderr = '';
    let lines = 0;
    let first: string | undefined;
    let partial = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (first === undefined) {
        partial += chunk;
        const end = partial.indexOf('\n');
        if (end !== -1) {
          first = partial.slice(0, end);
          partial = '';
          if (options.closeAfterFirstLine) {
            child.stdout.destroy();
            return;
          }
        }
      }
      for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) lines += 1;
    });
    // The child may stop reading (closed stdout): its stdin then fails with EPIPE, which is expected.
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stderr, lines, first });
    });

    const iterator = records[Symbol.iterator]();
    const pump = (): void => {
      for (;;) {
        if (child.stdin.destroyed) return;
        const next = iterator.next();
        if (next.done) {
          child.stdin.end();
          return;
        }
        if (!child.stdin.write(`${next.value}\n`)) {
          child.stdin.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

/** The stats line that CLAIMEX_DEBUG_STATS=1 prints on stderr. */
export function statsOf(stderr: string): { records: number; errors: number; maxRssKiB: number; recordsPerSecond: number } {
  const match = /^claimex: stats (\{.*\})$/m.exec(stderr);
  if (!match?.[1]) throw new Error(`no stats line in stderr: ${stderr.slice(0, 500)}`);
  return JSON.parse(match[1]) as { records: number; errors: number; maxRssKiB: number; recordsPerSecond: number };
}
