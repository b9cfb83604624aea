/**
 * `claimex extract --jsonl`: the records mode of claimex/node (src/node/jsonl.ts) wired to
 * the command line: FILEs or standard input in, standard output out with backpressure, a
 * progress line on a terminal, and the exit code.
 */
import { createReadStream, statSync } from 'node:fs';
import { createRecordExtractor } from '../node/jsonl.js';
import { describeFsError } from '../node/read.js';
import type { RecordResult } from '../node/records.js';
import type { ExtractCommand } from './args.js';
import { InputError } from './io.js';
import { Progress, type ProgressStream } from './progress.js';

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

/** Runs the records mode; resolves to the exit code: 0 when every record succeeded (or --exit-zero), else 1. */
export async function runJsonl(command: ExtractCommand, io: JsonlIO): Promise<number> {
  const sources = openSources(command.files, io);
  const named = command.files.length > 1;
  const started = performance.now();
  const extractor = await createRecordExtractor({ jobs: command.jobs });
  const ready = performance.now();
  // Records per second from here: loading the models is not part of the rate.
  const progress = new Progress(io.stderr);
  const summary: JsonlSummary = { records: 0, errors: 0 };

  const emit = async (result: RecordResult): Promise<void> => {
    summary.records += 1;
    if (!result.ok) summary.errors += 1;
    await writeLine(io.stdout, `${result.json}\n`);
    progress.update(summary.records, summary.errors);
  };

  try {
    for (const source of sources) {
      const options = { maxLineBytes: command.maxLineBytes, ...(named ? { file: source.name } : {}) };
      for await (const result of extractor.extractLines(source.open(), options)) await emit(result);
    }
  } finally {
    progress.done(summary.records, summary.errors);
    await extractor.close();
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
