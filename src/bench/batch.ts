/**
 * The streaming measurements on the built CLI: peak RSS while a JSONL batch streams
 * through `claimex extract --jsonl`, and the throughput of `--jobs 1` against `--jobs 2`.
 * Both modes are probed first (help text, then one record), since the CLI may not have them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, now, ROOT, utf8Bytes } from './util.js';
import { JOBS_FLAG, JSONL_FLAG, VM_HWM, WHITESPACE_RUN } from '../regex.js';

export const CLI = join(ROOT, 'dist', 'cli.js');

/** How the CLI takes a JSONL batch, as probed. */
export interface JsonlSupport {
  available: boolean;
  /** Why not, when not available. */
  reason: string;
  /** Whether the batch goes on standard input or as a FILE argument. */
  input: 'stdin' | 'file';
  jobs: boolean;
  jobsReason: string;
}

/** One record of the batch: the shape the CLI is probed with. */
function record(id: string, text: string): string {
  return `${JSON.stringify({ id, text })}\n`;
}

function runSync(args: string[], input: string, timeoutMs = 60_000): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A run succeeded on a one-record batch: exit 0 and at least one JSON value on stdout. */
function gaveJson(result: { status: number | null; stdout: string }): boolean {
  if (result.status !== 0) return false;
  const first = result.stdout.split('\n').find((line) => line.trim() !== '');
  if (first === undefined) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    // Maybe one pretty-printed document rather than JSON lines.
    try {
      JSON.parse(result.stdout);
      return true;
    } catch {
      return false;
    }
  }
}

export function probeJsonl(tmp: string): JsonlSupport {
  const none = (reason: string): JsonlSupport => ({ available: false, reason, input: 'stdin', jobs: false, jobsReason: reason });
  if (!existsSync(CLI)) return none('dist/cli.js is missing');
  const help = runSync(['extract', '--help'], '');
  const helpText = `${help.stdout}\n${help.stderr}`;
  const one = record('probe', 'The minister said the talks were useful.');
  const probeFile = join(tmp, 'probe.jsonl');
  writeFileSync(probeFile, one);

  let input: 'stdin' | 'file' | null = null;
  if (gaveJson(runSync(['extract', '--jsonl'], one))) input = 'stdin';
  else if (gaveJson(runSync(['extract', '--jsonl', probeFile], ''))) input = 'file';
  if (input === null) {
    return none(JSONL_FLAG.test(helpText) ? '--jsonl is in the help but a one-record batch failed' : '--jsonl not available');
  }
  // `--jobs` is trusted from the help text (the timed runs show if it fails); without it in the help, one record is tried.
  const jobsInHelp = JOBS_FLAG.test(helpText);
  const jobsArgs = input === 'stdin' ? ['extract', '--jsonl', '--jobs', '2'] : ['extract', '--jsonl', '--jobs', '2', probeFile];
  const jobs = jobsInHelp || gaveJson(runSync(jobsArgs, input === 'stdin' ? one : ''));
  return { available: true, reason: '', input, jobs, jobsReason: jobs ? '' : '--jobs not available' };
}

/** Writes the batch: the articles cycled, one JSON line each, until `targetBytes` of JSONL. */
export function writeBatch(path: string, articles: readonly Article[], targetBytes: number): { records: number; jsonlBytes: number; textBytes: number } {
  const lines: string[] = [];
  let jsonlBytes = 0;
  let textBytes = 0;
  for (let round = 0; jsonlBytes < targetBytes; round += 1) {
    for (const article of articles) {
      if (jsonlBytes >= targetBytes) break;
      const line = record(`${article.id}#${round}`, article.text);
      lines.push(line);
      jsonlBytes += utf8Bytes(line);
      textBytes += utf8Bytes(article.text);
    }
  }
  writeFileSync(path, lines.join(''));
  return { records: lines.length, jsonlBytes, textBytes };
}

export interface BatchRun {
  args: string[];
  ms: number;
  status: number | null;
  /** Lines the CLI wrote to stdout. */
  outLines: number;
  /** Error records among them (`"error":` keys; no Extraction has that key, and inside strings the quotes are escaped). */
  errorLines: number;
  /** The sum, over every process of the CLI's tree, of each one's peak RSS (VmHWM), in bytes. */
  peakRssBytes: number | null;
  /** Time from the output line that completes the first half of the records to the last output line: the stream once warm. Null when fewer lines came. */
  secondHalfMs: number | null;
  /** How many processes the tree had at most. */
  processes: number;
  stderr: string;
}

const ERROR_KEY = Buffer.from('"error":');

/** Runs the CLI on the batch, streaming it in, counting the output lines and polling the tree's peak RSS. */
export function runBatch(extraArgs: string[], batchPath: string, support: JsonlSupport, timeoutMs: number, records: number): Promise<BatchRun> {
  const args = ['extract', '--jsonl', ...extraArgs, ...(support.input === 'file' ? [batchPath] : [])];
  return new Promise((resolvePromise) => {
    const start = now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let outLines = 0;
    let errorLines = 0;
    let halfAt: number | null = null;
    let lastLineAt: number | null = null;
    const half = Math.ceil(records / 2);
    let tail = Buffer.alloc(0);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = outLines;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) outLines += 1;
      if (outLines > before) lastLineAt = now();
      if (halfAt === null && records > 1 && outLines >= half) halfAt = lastLineAt;
      // Search the chunk with the end of the previous one, so that a key cut in two is found once.
      const window = Buffer.concat([tail, chunk]);
      for (let i = window.indexOf(ERROR_KEY); i >= 0; i = window.indexOf(ERROR_KEY, i + 1)) if (i + ERROR_KEY.length > tail.length) errorLines += 1;
      tail = window.subarray(Math.max(0, window.length - (ERROR_KEY.length - 1)));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    if (support.input === 'stdin') {
      const stream = createReadStream(batchPath);
      stream.pipe(child.stdin);
      child.stdin.on('error', () => stream.destroy());
    } else {
      child.stdin.end();
    }
    const peaks = new Map<number, number>();
    const poll = (): void => {
      if (child.pid !== undefined) sampleTree(child.pid, peaks);
    };
    const timer = setInterval(poll, 50);
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', () => poll());
    child.on('close', (status) => {
      const ms = now() - start;
      clearInterval(timer);
      clearTimeout(killer);
      const total = [...peaks.values()].reduce((a, b) => a + b, 0);
      // Up to the last line, not the exit: a pool's teardown is no part of the stream's rate.
      const secondHalfMs = halfAt === null || lastLineAt === null ? null : lastLineAt - halfAt;
      resolvePromise({ args, ms, status, outLines, errorLines, peakRssBytes: peaks.size > 0 ? total : null, secondHalfMs, processes: peaks.size, stderr: stderr.trim() });
    });
  });
}

/** Records VmHWM of `pid` and of its descendants (Linux /proc; elsewhere nothing). */
function sampleTree(pid: number, peaks: Map<number, number>): void {
  const hwm = readHwm(pid);
  if (hwm === null) return;
  peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwm));
  for (const childPid of childrenOf(pid)) sampleTree(childPid, peaks);
}

function readHwm(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = VM_HWM.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) for (const c of text.split(WHITESPACE_RUN)) out.push(Number(c));
    }
  } catch {
    // The process is gone, or the kernel has no children file.
  }
  return out;
}
