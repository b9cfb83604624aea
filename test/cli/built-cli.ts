/** Helpers for tests that run the built package: build it once if dist/ is missing, run the bin. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction, Span } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');
const OUTPUTS = [
  'cli.js',
  'cli-worker.js',
  'index.js',
  'index.cjs',
  'index.d.ts',
  'index.d.cts',
  'node.js',
  'node.cjs',
  'node.d.ts',
  'browser/claimex.js',
  'demo/demo.js',
  'demo/index.html',
].map((f) => join(ROOT, 'dist', f));

const isBuilt = () => OUTPUTS.every((f) => existsSync(f));

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `npx tsup` once when dist/ lacks an output (`npm test` builds in pretest, a bare
 * `npx vitest run` may not have). A lock folder keeps parallel test files from building at once.
 */
export function ensureBuilt(): void {
  buildUnderLock(isBuilt, ['tsup']);
}

/**
 * Runs `npx ARGS` unless `isDone()` already holds, under a lock folder shared by every test
 * file, so that no two builds run at once; a lock left by a killed run goes after three minutes.
 */
export function buildUnderLock(isDone: () => boolean, args: string[]): void {
  if (isDone()) return;
  const lock = join(tmpdir(), `claimex-build-${Buffer.from(ROOT).toString('hex').slice(-32)}.lock`);
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      mkdirSync(lock);
    } catch {
      if (isDone()) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      if (Date.now() - statMtime(lock) > 180_000) rmSync(lock, { recursive: true, force: true });
      sleep(250);
      continue;
    }
    try {
      if (!isDone()) execFileSync('npx', args, { cwd: ROOT, stdio: 'pipe', env: cleanEnv() });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
}

function statMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** The environment without npm's script variables (npm_config_*, npm_package_*) and CLI knobs. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'COLUMNS' && key !== 'CLAIMEX_DEBUG') env[key] = value;
  }
  return { ...env, ...extra };
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: cleanEnv(options.env),
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every span of an extraction, with where it sits, for the offset invariant. */
export function allSpans(extraction: Extraction): [string, Span][] {
  const spans: [string, Span][] = [];
  extraction.sentences.forEach((s, i) => spans.push([`sentences[${i}]`, s]));
  extraction.speakers.forEach((sp, i) => sp.mentions.forEach((m, j) => spans.push([`speakers[${i}].mentions[${j}]`, m])));
  extraction.claims.forEach((c, i) => {
    for (const key of ['source', 'cue', 'actor', 'target'] as const) {
      const span = c[key];
      if (span) spans.push([`claims[${i}].${key}`, span]);
    }
    c.content.forEach((span, j) => spans.push([`claims[${i}].content[${j}]`, span]));
  });
  return spans;
}

/** Whether a value parsed from JSON has the basic shape of an Extraction. */
export function isExtraction(value: unknown): value is Extraction {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.schemaVersion === 'string' &&
    ['sentences', 'speakers', 'claims', 'messages'].every((key) => Array.isArray(v[key]))
  );
}
