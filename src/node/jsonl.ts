/**
 * The records mode: JSON Lines records `{"id", "text"}` in, one JSON line out per input
 * line, in input order, streamed in constant memory. With `jobs` > 1 the records are
 * extracted by a piscina pool of worker threads, and a bounded reorder window keeps the
 * output in order. `claimex extract --jsonl` is this, wired to files and standard output.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina as PiscinaPool } from 'piscina';
import { DEFAULT_MAX_LINE_BYTES, readLines } from './lines.js';
import { packageRoot } from './package.js';
import { errorRecord, processRecord, tooLongRecord, type RecordResult, type RecordTask } from './records.js';

/** Records in flight per worker thread: enough to keep every worker busy, few enough to keep memory flat. */
export const WINDOW_PER_JOB = 4;
/** The built worker script, beside the built bundles in dist/. */
export const WORKER_FILE = 'cli-worker.js';

/** How a RecordExtractor runs. */
export interface RecordExtractorOptions {
  /** Worker threads; 1 (the default) extracts in this thread. */
  jobs?: number;
}

/** How one input stream is read. */
export interface ExtractLinesOptions {
  /** A name put as `"file"` into each record, to tell several inputs apart. */
  file?: string;
  /** Longest line kept, in bytes (default 64 MiB); a longer line gives an error record. */
  maxLineBytes?: number;
}

/**
 * Extracts JSON Lines records, in this thread or in a pool of worker threads that load the
 * NLP models once. Reuse it across inputs; `close()` it at the end (it ends the threads).
 */
export interface RecordExtractor {
  /** The worker threads it runs (1: this thread). */
  readonly jobs: number;
  /**
   * Yields one output line (without its "\n") per line of `input`, in input order: a
   * success `{"id", "line", "extraction"}` or an error record `{"id", "line", "error"}`
   * (empty line, invalid JSON, no string "text", a line over `maxLineBytes`, a failed
   * extraction); it never throws for a bad record. At most 4 × jobs records are in flight,
   * so a slow consumer holds the reading back (backpressure).
   */
  extractLines(input: AsyncIterable<Uint8Array | string>, options?: ExtractLinesOptions): AsyncGenerator<RecordResult>;
  /** Ends the worker threads (nothing to do for one job). */
  close(): Promise<void>;
}

/** One record at a time, or a pool of workers. */
interface Engine {
  run(task: RecordTask): RecordResult | Promise<RecordResult>;
  close(): Promise<void>;
}

/**
 * Creates a RecordExtractor. With `jobs` > 1 it starts the worker threads and runs one
 * record through them first, so that a pool that cannot start rejects here, once, with
 * its reason. Rejects with a RangeError when `jobs` is not a whole number of 1 or more.
 */
export async function createRecordExtractor(options: RecordExtractorOptions = {}): Promise<RecordExtractor> {
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`claimex: option "jobs" must be a whole number, 1 or more, got ${String(jobs)}`);
  const engine = jobs > 1 ? await startPool(jobs) : await inProcess();
  const window = jobs > 1 ? WINDOW_PER_JOB * jobs : 1;
  return {
    jobs,
    extractLines: (input, lineOptions = {}) => orderedRecords(engine, window, input, lineOptions),
    close: () => engine.close(),
  };
}

/**
 * Extracts the JSON Lines records of one input (see `RecordExtractor.extractLines`) with
 * a RecordExtractor made for it, closed when the input ends or the caller stops early.
 */
export async function* extractJsonl(
  input: AsyncIterable<Uint8Array | string>,
  options: RecordExtractorOptions & ExtractLinesOptions = {},
): AsyncGenerator<RecordResult> {
  const extractor = await createRecordExtractor(options);
  try {
    yield* extractor.extractLines(input, options);
  } finally {
    await extractor.close();
  }
}

async function* orderedRecords(
  engine: Engine,
  window: number,
  input: AsyncIterable<Uint8Array | string>,
  { file, maxLineBytes = DEFAULT_MAX_LINE_BYTES }: ExtractLinesOptions,
): AsyncGenerator<RecordResult> {
  // Results in input order; each promise settles to a result, never rejects.
  const inFlight: Promise<RecordResult>[] = [];
  for await (const line of readLines(input, maxLineBytes)) {
    const result = line.tooLong
      ? tooLongRecord(line.line, line.bytes, maxLineBytes, file)
      : engine.run({ text: line.text, line: line.line, invalidUtf8: line.invalidUtf8, ...(file === undefined ? {} : { file }) });
    if (window === 1 && !(result instanceof Promise)) {
      yield result;
      continue;
    }
    inFlight.push(Promise.resolve(result));
    while (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

async function inProcess(): Promise<Engine> {
  const { createExtractor } = await import('../extractor.js');
  const extractor = createExtractor();
  return { run: (task) => processRecord(extractor, task), close: async () => {} };
}

/** The built worker script: beside the running bundle, else in the package's dist/. */
export function workerPath(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (existsSync(beside)) return beside;
  const inDist = join(packageRoot(), 'dist', WORKER_FILE);
  if (existsSync(inDist)) return inDist;
  throw new Error(`cannot find the worker script ${WORKER_FILE} of claimex (is the package built? run 'npx tsup')`);
}

async function startPool(jobs: number): Promise<Engine> {
  const filename = workerPath();
  const { Piscina } = await import('piscina');
  const pool: PiscinaPool<RecordTask, RecordResult> = new Piscina<RecordTask, RecordResult>({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: 1,
  });
  // One record through a worker first: a worker that cannot start fails the run once,
  // with its reason, instead of turning every record into an error record.
  try {
    await pool.run({ text: '{"text":""}', line: 0, invalidUtf8: false });
  } catch (err) {
    await pool.destroy();
    throw new Error(`cannot start the worker threads: ${err instanceof Error ? err.message : String(err)}`);
  }
  return {
    run: (task) =>
      pool.run(task).then(
        (result) => result,
        (err: unknown) =>
          errorRecord(null, task.line, task.file, `extraction failed in a worker thread: ${err instanceof Error ? err.message : String(err)}`),
      ),
    close: () => pool.destroy(),
  };
}
