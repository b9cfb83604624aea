/**
 * The size budget of the browser bundle: `size-limit` (what `npm run size` runs after the
 * build) measures dist/browser/claimex.js gzipped against the limit in .size-limit.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, ROOT } from '../cli/built-cli.js';

interface SizeLimitResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

const BUNDLE = join(ROOT, 'dist', 'browser', 'claimex.js');
const SIZE_LIMIT_BIN = join(dirname(createRequire(import.meta.url).resolve('size-limit/package.json')), 'bin.js');

let results: SizeLimitResult[];
let status: number | null;
let stderr: string;

beforeAll(() => {
  ensureBuilt();
  const run = spawnSync(process.execPath, [SIZE_LIMIT_BIN, '--json'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), timeout: 120_000 });
  status = run.status;
  stderr = run.stderr;
  results = JSON.parse(run.stdout) as SizeLimitResult[];
}, 180_000);

describe('the browser bundle', () => {
  it('is within its size budget (gzip)', () => {
    expect(results.map((r) => r.name)).toEqual([expect.stringMatching(/^claimex\/browser/)]);
    for (const result of results) {
      expect(result.passed, `${result.name}: ${result.size} bytes, limit ${result.sizeLimit}`).toBe(true);
      expect(result.size).toBeLessThanOrEqual(result.sizeLimit);
    }
    expect(status, stderr).toBe(0);
  });

  it('is measured as it is: the size size-limit reports is the gzipped file', () => {
    const gzipped = gzipSync(readFileSync(BUNDLE)).length;
    // size-limit gzips at its own level; the two agree within a few per cent.
    expect(Math.abs(results[0]!.size - gzipped) / gzipped).toBeLessThan(0.05);
  });

  it('has a budget close to its size, so that growth is noticed (limit at most 15% above)', () => {
    const [result] = results;
    expect(result!.sizeLimit).toBeLessThan(result!.size * 1.15);
  });
});
