/**
 * Smoke test of the benchmark: `node dist/bench.js --quick --json` runs every measurement
 * once on a small input, and its report has every row, with positive numbers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUnderLock, cleanEnv, ensureBuilt, ROOT } from '../cli/built-cli.js';
import type { BenchReport } from '../../src/bench/report.js';

const BENCH = join(ROOT, 'dist', 'bench.js');
const BENCH_OUTPUTS = [BENCH, join(ROOT, 'dist', 'bench-stages.js')];
const TIMEOUT = 240_000;

/**
 * ensureBuilt() runs `npx tsup` when the package itself is missing, which builds the
 * benchmark too. When only the benchmark is missing (a dist/ built before it existed), it
 * is built alone, without cleaning dist/ under the other test files, under the same lock.
 */
function ensureBenchBuilt(): void {
  ensureBuilt();
  buildUnderLock(
    () => BENCH_OUTPUTS.every((f) => existsSync(f)),
    // The bench entry of tsup.config.ts, alone.
    ['tsup', '--no-config', '--silent', '--entry.bench', 'src/bench/main.ts', '--entry.bench-stages', 'src/bench/stages.ts', '--format', 'esm', '--no-splitting', '--target', 'node20',
      '--external', 'compromise', '--external', 'wink-nlp', '--external', 'wink-eng-lite-web-model'],
  );
}

let report: BenchReport;
let benchRun: { status: number | null; stdout: string };

beforeAll(() => {
  ensureBenchBuilt();
  const result = spawnSync(process.execPath, [BENCH, '--quick', '--json'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), timeout: TIMEOUT, maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`bench exited ${result.status}: ${result.stderr.slice(-2000)}`);
  report = JSON.parse(result.stdout) as BenchReport;
  benchRun = { status: result.status, stdout: result.stdout };
}, TIMEOUT + 60_000);

const positive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0;

describe('npm run bench -- --quick --json', () => {
  it('prints one JSON report of a quick run', () => {
    expect(benchRun.status).toBe(0);
    expect(report.tool).toBe('claimex-bench');
    expect(report.quick).toBe(true);
    expect(report.reps).toBe(1);
    expect(positive(report.input.bytes)).toBe(true);
    expect(positive(report.machine.nproc)).toBe(true);
  });

  it('has the rows (a) wink-nlp, (b) claimex, (c) compromise, each with positive numbers', () => {
    expect(report.rows.map((row) => row.id)).toEqual(['wink', 'extract', 'compromise']);
    for (const row of report.rows) {
      expect(row.failures, row.id).toEqual([]);
      for (const key of ['articles', 'bytes', 'mbPerS', 'articlesPerS', 'ratioToWink', 'peakRssMB'] as const) {
        expect(positive(row[key]), `${row.id}.${key} = ${row[key]}`).toBe(true);
      }
    }
    expect(report.rows[0]!.ratioToWink).toBe(1);
  });

  it('measures the cold start, the scaling and every stage', () => {
    expect(positive(report.coldStart.medianMs), 'cold start').toBe(true);
    expect(positive(report.scaling.perByteRatio), 'scaling').toBe(true);
    expect(report.stages.rows.map((s) => s.stage)).toEqual(['tokenize', 'clean', 'segment', 'attribute', 'resolve', 'classify', 'assemble']);
    for (const stage of report.stages.rows) expect(positive(stage.ms), stage.stage).toBe(true);
    expect(positive(report.stages.totalMs)).toBe(true);
  });

  it("times the same pipeline as the built extractor (src/bench/stages.ts is in step with src/extractor.ts)", () => {
    // Only meaningful when dist/index.js and dist/bench-stages.js come from one build (as in `npm test`).
    const built = (f: string) => statSync(join(ROOT, 'dist', f)).mtimeMs;
    if (Math.abs(built('index.js') - built('bench-stages.js')) > 60_000) {
      console.warn('dist/index.js and dist/bench-stages.js come from different builds: replica check skipped');
      return;
    }
    expect(report.stages.replicaMismatch).toBeNull();
    expect(report.stages.replicaMatches).toBe(true);
  });

  it('measures the JSONL batch when the CLI has --jsonl, and says why not otherwise', () => {
    if (report.batch.status === 'skipped') {
      expect(report.batch.reason).not.toBe('');
      return;
    }
    expect(report.batch.status).toBe('ok');
    expect(positive(report.batch.records)).toBe(true);
    const plain = report.batch.plain;
    expect(plain).not.toBeNull();
    if (plain && plain.runs > 0) {
      expect(positive(plain.mbPerS)).toBe(true);
      expect(positive(plain.peakRssMB)).toBe(true);
      // The second half of the stream is timed from the line that completes the first half to the last line.
      expect(positive(plain.secondHalfRecordsPerS)).toBe(true);
    }
    for (const side of [report.batch.jobs1, report.batch.jobs2]) if (side && side.runs > 0) expect(positive(side.secondHalfRecordsPerS)).toBe(true);
    if (report.batch.jobs1?.runs && report.batch.jobs2?.runs) expect(positive(report.batch.jobsSpeedupSecondHalf)).toBe(true);
  });

  it('reports every target as PASS, FAIL or SKIP', () => {
    expect(report.targets.map((t) => t.id)).toEqual(['ratio-extract-wink', 'cold-start', 'batch-rss', 'per-byte-1mb', 'jobs-2-vs-1']);
    for (const t of report.targets) {
      expect(['PASS', 'FAIL', 'SKIP']).toContain(t.status);
      if (t.status !== 'SKIP') expect(positive(t.measured), t.id).toBe(true);
    }
  });
});
