/**
 * Small helpers shared by the benchmark's parent and child processes: statistics,
 * a seeded random generator, units, and the one-line JSON protocol of the children.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One million bytes: every MB in the benchmark is 10^6 bytes (throughput and RSS alike). */
export const MB = 1_000_000;

/** The repository root: dist/bench.js sits in ROOT/dist. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One article of the benchmark input. */
export interface Article {
  id: string;
  text: string;
}

/** What the parent writes to a temporary file and every child reads. */
export interface BenchInput {
  /** Where the articles came from: "polnear" (the PolNeAR train texts) or "generated" (corpus/*.txt variations). */
  source: 'polnear' | 'generated';
  /** The folder the texts were read from. */
  from: string;
  articles: Article[];
  /** Indexes into `articles` of the subset compromise is run on. */
  compromiseSubset: number[];
  /** The ~3 KB pieces of the scaling measurement; their join by blank lines is the large document. */
  pieces: string[];
  /** Indexes into `articles` of the few articles each child runs untimed first (JIT warm-up). */
  warmup: number[];
}

export function readInput(path: string): BenchInput {
  return JSON.parse(readFileSync(path, 'utf8')) as BenchInput;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function sumBytes(texts: readonly string[]): number {
  let total = 0;
  for (const text of texts) total += utf8Bytes(text);
  return total;
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function min(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** mulberry32: a small deterministic generator, so every run benchmarks the same input. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

/** The peak resident set size of this process so far, in bytes. */
export function peakRssBytes(): number {
  // process.resourceUsage().maxRSS is in kibibytes.
  return process.resourceUsage().maxRSS * 1024;
}

/** Children print exactly one line starting with this marker, followed by their JSON result. */
export const RESULT_MARKER = '@@claimex-bench-result ';

export function emitResult(result: unknown): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

export function parseResult<T>(stdout: string): T {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
  if (!line) throw new Error(`no result line in the child's output: ${stdout.slice(0, 300)}`);
  return JSON.parse(line.slice(RESULT_MARKER.length)) as T;
}

export function now(): number {
  return performance.now();
}
