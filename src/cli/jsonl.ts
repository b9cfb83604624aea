/**
 * `claimex extract --jsonl`: JSON Lines records in, one JSON line out per input line, in
 * input order, streamed in constant memory. With --jobs N > 1 the records are extracted by a
 * piscina pool of N worker threads, and a bounded reorder window keeps the output in order.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina as PiscinaPool } from 'piscina';
import { CliError, type ExtractCommand } from './args.js';
import { describeFsError, InputError, packageRoot } from './io.js';
import { readLines } from './lines.js';
import { Progress, type ProgressStream } from './progress.js';
import { errorRecord, processRecord, tooLongRecord, type RecordResult, type RecordTask } from './records.js';

/** Records in flight per worker thread: enough to keep every worker busy, few enough to keep memory flat. */
export const WINDOW_PER_JOB = 4;
/** The built worker script, beside the built CLI in dist/. */
export const WORKER_FILE = 'cli-worker.js';

/** The part of a writable stream the records mode needs: write, and wait for 'drain'. */
export interface OutputStream {
  write(chunk: string): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  once(event: 'error', listener: (err: Error) => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'error', listener: (err: Error) => void): unknown;
  readonly destroyed?: boolean;
  readonly writableEnded?: boolean;
}

export interface JsonlIO {
  /** Standard input as bytes. */
  openStdin(): AsyncIterable<Buffer | string>;
  stdinIsTTY: boolean;
  stdout: OutputStream;
  /** Where the progress line goes (stderr); shown only when it is a terminal. */
  stderr: ProgressStream;
  error(text: string): void;
  env: Record<string, string | undefined>;
}

/** Standard output was closed by its reader (`| head -1`): stop quietly, exit 0. */
export class OutputClosedError extends Error {
  constructor() {
    super('standard output was closed');
    this.name = 'OutputClosedError';
  }
}

export interface JsonlSummary {
  records: number;
  errors: number;
}

interface Source {
  name: string;
  open(): AsyncIterable<Buffer | string>;
}

/** One record at a time, or a pool of workers. */
interface Engine {
  run(task: RecordTask): RecordResult | Promise<RecordResult>;
  close(): Promise<void>;
}

/** Runs the records mode; resolves to the exit code: 0 when every record succeeded (or --exit-zero), else 1. */
export async function runJsonl(command: ExtractCommand, io: JsonlIO): Promise<number> {
  const sources = openSources(command.files, io);
  const named = command.files.length > 1;
  const started = performance.now();
  const engine = command.jobs > 1 ? await startPool(command.jobs) : await inProcess();
  const ready = performance.now();
  // Records per second from here: loading the models is not part of the rate.
  const progress = new Progress(io.stderr);
  const window = command.jobs > 1 ? WINDOW_PER_JOB * command.jobs : 1;
  const summary: JsonlSummary = { records: 0, errors: 0 };

  const emit = async (result: RecordResult): Promise<void> => {
    summary.records += 1;
    if (!result.ok) summary.errors += 1;
    await writeLine(io.stdout, `${result.json}\n`);
    progress.update(summary.records, summary.errors);
  };

  // Results in input order; each promise settles to a result, never rejects.
  const inFlight: Promise<RecordResult>[] = [];
  try {
    for (const source of sources) {
      const file = named ? source.name : undefined;
      for await (const input of readLines(source.open(), command.maxLineBytes)) {
        const result = input.tooLong
          ? tooLongRecord(input.line, input.bytes, command.maxLineBytes, file)
          : engine.run({ text: input.text, line: input.line, invalidUtf8: input.invalidUtf8, ...(file === undefined ? {} : { file }) });
        if (window === 1 && !(result instanceof Promise)) {
          await emit(result);
          continue;
        }
        inFlight.push(Promise.resolve(result));
        while (inFlight.length >= window) await emit(await inFlight.shift()!);
      }
    }
    while (inFlight.length > 0) await emit(await inFlight.shift()!);
  } finally {
    progress.done(summary.records, summary.errors);
    await engine.close();
  }
  if (io.env.CLAIMEX_DEBUG_STATS === '1') reportStats(io, summary, started, ready, command.jobs);
  return summary.errors > 0 && !command.exitZero ? 1 : 0;
}

/** The inputs, each checked before any output so a bad path stops the run with exit 2 up front. */
function openSources(files: string[], io: JsonlIO): Source[] {
  if (files.length === 0) {
    if (io.stdinIsTTY) io.error('claimex: reading JSON Lines records from standard input; end them with Ctrl-D (see claimex --help)\n');
    files = ['-'];
  }
  return files.map((name): Source => {
    if (name === '-') return { name, open: () => io.openStdin() };
    let isDirectory: boolean;
    try {
      isDirectory = statSync(name).isDirectory();
    } catch (err) {
      throw new InputError(name, describeFsError(err));
    }
    if (isDirectory) throw new InputError(name, 'is a directory');
    return { name, open: () => readFileStream(name) };
  });
}

async function* readFileStream(path: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
}

/** Writes one chunk; when the stream's buffer is full, waits for 'drain' before going on. */
export async function writeLine(out: OutputStream, chunk: string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new OutputClosedError();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new OutputClosedError());
    };
    const onError = (err: Error) => {
      cleanup();
      reject((err as NodeJS.ErrnoException).code === 'EPIPE' ? new OutputClosedError() : err);
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
    out.once('error', onError);
  });
}

async function inProcess(): Promise<Engine> {
  const { createExtractor } = await import('../extractor.js');
  const extractor = createExtractor();
  return { run: (task) => processRecord(extractor, task), close: async () => {} };
}

/** The built worker script: beside the running CLI bundle, else in the package's dist/. */
export function workerPath(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (existsSync(beside)) return beside;
  const inDist = join(packageRoot(), 'dist', WORKER_FILE);
  if (existsSync(inDist)) return inDist;
  throw new CliError(`cannot find the worker script ${WORKER_FILE} beside the CLI (is the package built? run 'npx tsup')`, 1);
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

/** CLAIMEX_DEBUG_STATS=1: one JSON line on stderr with the counts, the speed and the peak memory. */
function reportStats(io: JsonlIO, summary: JsonlSummary, started: number, ready: number, jobs: number): void {
  const end = performance.now();
  const seconds = (end - started) / 1000;
  const working = (end - ready) / 1000;
  const stats = {
    records: summary.records,
    errors: summary.errors,
    jobs,
    /** Whole run, model loading included. */
    seconds: Number(seconds.toFixed(3)),
    /** Loading the models (and starting the workers). */
    startupSeconds: Number(((ready - started) / 1000).toFixed(3)),
    /** Records per second once the models are loaded. */
    recordsPerSecond: Number((summary.records / Math.max(working, 1e-3)).toFixed(1)),
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  io.error(`claimex: stats ${JSON.stringify(stats)}\n`);
}
