/**
 * claimex's benchmark: `npm run bench` (builds, then runs `node dist/bench.js`).
 *
 * The parent process gathers the input, writes it to a temporary file outside the
 * repository, and runs every measurement in a fresh child (`node dist/bench.js --only MODE
 * --input FILE`), so that each child's peak RSS belongs to one thing. Repetitions
 * alternate the order of the children to spread the drift of a shared machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type BatchRun, probeJsonl, runBatch, writeBatch } from './batch.js';
import type { PassResult, ScalingResult } from './child.js';
import { buildInput, describeSizes, type SourceChoice } from './corpus.js';
import { type BatchSide, type BenchReport, formatReport, type Row, type StageRow, target } from './report.js';
import type { StagesResult } from './stages.js';
import { type BenchInput, MB, median, now, parseResult, readInput, RESULT_MARKER, ROOT, sumBytes, utf8Bytes } from './util.js';
import { CPU_MODEL, ERROR_LINE, MODULE_NOT_FOUND } from '../regex.js';

const SELF = fileURLToPath(import.meta.url);
const STAGE_NAMES = ['tokenize', 'clean', 'segment', 'attribute', 'resolve', 'classify', 'assemble'] as const;

const HELP = `claimex benchmark

Usage: node dist/bench.js [options]      (npm run bench -- [options] builds first)

  --quick             Small input, 1 repetition, small batch: a smoke run.
  --json              Print the report as JSON instead of the table.
  --reps N            Repetitions of each measurement (default 5; --quick: 1).
  --mb N              MB of articles to measure (default 2; --quick: 0.04).
  --compromise-mb N   MB of those articles compromise runs on (default 0.25; --quick: 0.01).
  --scaling-mb N      Size of the one large document (default 1; --quick: 0.03).
  --batch-mb N        Size of the JSONL batch (default 20; --quick: 0.03).
  --batch-reps N      Runs of each of --jobs 1 and --jobs 2, or of the plain
                      --jsonl run when the CLI has no --jobs (default 3; --quick: 1).
  --no-batch          Skip the JSONL batch measurements.
  --save FILE         Also write the JSON report to FILE.
  --source S          auto (default), polnear or generated.
  --only MODE         Internal: run one measurement child (wink, extract, compromise,
                      scaling, stages) on --input FILE and print its result.
  -h, --help          Show this help.
`;

interface Options {
  quick: boolean;
  json: boolean;
  reps: number;
  mb: number;
  compromiseMb: number;
  scalingMb: number;
  batchMb: number;
  batchReps: number;
  batch: boolean;
  source: SourceChoice;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      quick: { type: 'boolean' },
      json: { type: 'boolean' },
      reps: { type: 'string' },
      mb: { type: 'string' },
      'compromise-mb': { type: 'string' },
      'scaling-mb': { type: 'string' },
      'batch-mb': { type: 'string' },
      'batch-reps': { type: 'string' },
      'no-batch': { type: 'boolean' },
      source: { type: 'string' },
      only: { type: 'string' },
      input: { type: 'string' },
      'doc-first': { type: 'boolean' },
      save: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const quick = values.quick === true;
  const number = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got '${raw}'`);
    return n;
  };
  const source = (values.source ?? 'auto') as SourceChoice;
  if (!['auto', 'polnear', 'generated'].includes(source)) throw new Error(`--source must be auto, polnear or generated, got '${source}'`);
  const options: Options = {
    quick,
    json: values.json === true,
    reps: Math.round(number('reps', values.reps, quick ? 1 : 5)),
    mb: number('mb', values.mb, quick ? 0.04 : 2),
    compromiseMb: number('compromise-mb', values['compromise-mb'], quick ? 0.01 : 0.25),
    scalingMb: number('scaling-mb', values['scaling-mb'], quick ? 0.03 : 1),
    batchMb: number('batch-mb', values['batch-mb'], quick ? 0.03 : 20),
    batchReps: Math.round(number('batch-reps', values['batch-reps'], quick ? 1 : 3)),
    batch: values['no-batch'] !== true,
    source,
  };

  if (values.only !== undefined) {
    await runOnly(values.only, values.input, values['doc-first'] === true, options);
    return;
  }
  const report = await runAll(options);
  if (values.save !== undefined) writeFileSync(values.save, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
}

/** Child mode: one measurement, its result as one marked JSON line. */
async function runOnly(mode: string, inputPath: string | undefined, docFirst: boolean, options: Options): Promise<void> {
  const input = inputPath ? readInput(inputPath) : makeInput(options);
  const child = await import('./child.js');
  let result: unknown;
  switch (mode) {
    case 'wink':
      result = await child.runWink(input);
      break;
    case 'extract':
      result = await child.runExtract(input);
      break;
    case 'compromise':
      result = await child.runCompromise(input);
      break;
    case 'scaling':
      result = await child.runScaling(input, docFirst);
      break;
    case 'stages': {
      // A separate bundle, so that no other child loads the stage sources (and compromise with them).
      const stages = (await import(new URL('./bench-stages.js', import.meta.url).href)) as typeof import('./stages.js');
      result = await stages.runStages(input, docFirst);
      break;
    }
    default:
      throw new Error(`unknown --only mode '${mode}' (wink, extract, compromise, scaling, stages)`);
  }
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

function makeInput(options: Options): BenchInput {
  return buildInput({
    source: options.source,
    targetBytes: options.mb * MB,
    compromiseBytes: options.compromiseMb * MB,
    scalingBytes: options.scalingMb * MB,
    pieceBytes: 3000,
  });
}

interface ChildOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs a child; once more if it could not load a module (dist/ being rebuilt by a
 * concurrent `tsup`, whose clean step empties it for a moment).
 */
async function spawnNode(args: string[], timeoutMs: number): Promise<ChildOutcome> {
  const outcome = await spawnOnce(args, timeoutMs);
  if (outcome.status === 0 || !MODULE_NOT_FOUND.test(outcome.stderr)) return outcome;
  await new Promise((r) => setTimeout(r, 3000));
  return spawnOnce(args, timeoutMs);
}

function spawnOnce(args: string[], timeoutMs: number): Promise<ChildOutcome> {
  return new Promise((resolvePromise) => {
    const start = now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(killer);
      resolvePromise({ status, stdout, stderr, ms: now() - start });
    });
  });
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

type Mode = 'wink' | 'extract' | 'compromise' | 'scaling' | 'stages' | 'cold';
const MODES: readonly Mode[] = ['wink', 'extract', 'compromise', 'scaling', 'stages', 'cold'];

interface ColdResult {
  /** From the process's start to the end of `import('claimex')`. */
  readyMs: number;
  /** createExtractor(): the wink model and the cue lexicon. */
  createMs: number;
  /** The first extract() call. */
  extractMs: number;
  claims: number;
}

async function runAll(options: Options): Promise<BenchReport> {
  const started = now();
  const tmp = mkdtempSync(join(tmpdir(), 'claimex-bench-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const input = makeInput(options);
    const inputPath = join(tmp, 'input.json');
    writeFileSync(inputPath, JSON.stringify(input));
    const sizes = describeSizes(input);
    progress(`input: ${input.source}, ${sizes.articles} articles, ${(sizes.bytes / MB).toFixed(2)} MB; ${options.reps} repetition(s)`);

    const coldArticle = pickColdArticle(input);
    const coldPath = join(tmp, 'cold.txt');
    writeFileSync(coldPath, coldArticle.text);

    const passes: Record<'wink' | 'extract' | 'compromise', (PassResult | null)[]> = { wink: [], extract: [], compromise: [] };
    const failures: Record<Mode, string[]> = { wink: [], extract: [], compromise: [], scaling: [], stages: [], cold: [] };
    const scaling: ScalingResult[] = [];
    const stages: StagesResult[] = [];
    const cold: { wallMs: number; result: ColdResult }[] = [];
    const timeout = options.quick ? 120_000 : 1_800_000;

    for (let rep = 0; rep < options.reps; rep += 1) {
      const order = rep % 2 === 0 ? MODES : [...MODES].reverse();
      const docFirst = rep % 2 === 1;
      for (const mode of order) {
        progress(`repetition ${rep + 1}/${options.reps}: ${mode}`);
        if (mode === 'cold') {
          const outcome = await spawnNode(['--input-type=module', '-e', coldStartScript(coldPath)], timeout);
          try {
            if (outcome.status !== 0) throw new Error(firstLine(outcome.stderr) || `exit ${outcome.status}`);
            cold.push({ wallMs: outcome.ms, result: parseResult<ColdResult>(outcome.stdout) });
          } catch (err) {
            failures.cold.push(message(err));
          }
          continue;
        }
        const args = [SELF, '--only', mode, '--input', inputPath, ...(docFirst ? ['--doc-first'] : [])];
        const outcome = await spawnNode(args, timeout);
        try {
          if (outcome.status !== 0) throw new Error(firstLine(outcome.stderr) || `exit ${outcome.status}`);
          if (mode === 'scaling') scaling.push(parseResult<ScalingResult>(outcome.stdout));
          else if (mode === 'stages') stages.push(parseResult<StagesResult>(outcome.stdout));
          else passes[mode][rep] = parseResult<PassResult>(outcome.stdout);
        } catch (err) {
          failures[mode].push(message(err));
          if (mode === 'wink' || mode === 'extract' || mode === 'compromise') passes[mode][rep] = null;
        }
      }
    }

    const rows = buildRows(input, passes, failures);
    const batch = options.batch ? await measureBatch(input, tmp, options) : skippedBatch('--no-batch');
    const report: BenchReport = {
      tool: 'claimex-bench',
      version: 1,
      quick: options.quick,
      reps: options.reps,
      machine: machine(),
      input: {
        source: input.source,
        from: input.from,
        articles: sizes.articles,
        bytes: sizes.bytes,
        meanArticleBytes: sizes.meanArticleBytes,
        compromise: { articles: input.compromiseSubset.length, bytes: sumBytes(input.compromiseSubset.map((i) => input.articles[i]!.text)) },
        scaling: { pieces: input.pieces.length, meanPieceBytes: sumBytes(input.pieces) / Math.max(1, input.pieces.length), docBytes: utf8Bytes(input.pieces.join('\n\n')) },
      },
      rows,
      coldStart: {
        medianMs: median(cold.map((c) => c.wallMs)),
        runsMs: cold.map((c) => c.wallMs),
        readyMs: median(cold.map((c) => c.result.readyMs)),
        createMs: median(cold.map((c) => c.result.createMs)),
        extractMs: median(cold.map((c) => c.result.extractMs)),
        article: `${coldArticle.id} (${(utf8Bytes(coldArticle.text) / 1000).toFixed(1)} KB)`,
        failures: failures.cold,
      },
      scaling: summariseScaling(scaling, failures.scaling),
      stages: summariseStages(stages, failures.stages),
      batch,
      targets: [],
      durationS: 0,
    };
    report.targets = targets(report);
    report.durationS = (now() - started) / 1000;
    return report;
  } finally {
    cleanup();
  }
}

/**
 * A fresh Node importing the built package and extracting one short article, as
 * extractClaims would (createExtractor, then extract), reporting when each step ended.
 */
function coldStartScript(articlePath: string): string {
  const url = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
  return [
    `import { readFileSync } from 'node:fs';`,
    `const { createExtractor } = await import(${JSON.stringify(url)});`,
    `const ready = performance.now();`,
    `const extractor = createExtractor();`,
    `const created = performance.now();`,
    `const result = extractor.extract(readFileSync(${JSON.stringify(articlePath)}, 'utf8'));`,
    `const done = performance.now();`,
    `process.stdout.write(${JSON.stringify(RESULT_MARKER)} + JSON.stringify({ readyMs: ready, createMs: created - ready, extractMs: done - created, claims: result.claims.length }) + '\\n');`,
  ].join('\n');
}

/** The bundled sample article (what `npm start` runs), else the shortest input article of 1 KB or more. */
function pickColdArticle(input: BenchInput): { id: string; text: string } {
  const sample = join(ROOT, 'corpus', 'sample-press-conference.txt');
  if (existsSync(sample)) return { id: 'corpus/sample-press-conference.txt', text: readFileSync(sample, 'utf8') };
  const sorted = [...input.articles].sort((a, b) => a.text.length - b.text.length);
  return sorted.find((a) => a.text.length >= 1000) ?? sorted[0]!;
}

const LABELS = {
  wink: '(a) wink-nlp: readDoc, sentences, tokens + POS',
  extract: '(b) claimex createExtractor().extract',
  compromise: '(c) compromise nlp(text).json()',
} as const;

function buildRows(
  input: BenchInput,
  passes: Record<'wink' | 'extract' | 'compromise', (PassResult | null)[]>,
  failures: Record<Mode, string[]>,
): Row[] {
  const perByte = (p: PassResult) => p.ms / p.bytes;
  return (['wink', 'extract', 'compromise'] as const).map((id) => {
    const runs = passes[id].filter((p): p is PassResult => p !== null && p !== undefined);
    const ratios = passes[id].flatMap((p, rep) => {
      const wink = passes.wink[rep];
      return p && wink ? [perByte(p) / perByte(wink)] : [];
    });
    const first = runs[0];
    const row: Row = {
      id,
      label: LABELS[id],
      articles: first?.articles ?? 0,
      bytes: first?.bytes ?? 0,
      mbPerS: median(runs.map((p) => p.bytes / MB / (p.ms / 1000))),
      articlesPerS: median(runs.map((p) => p.articles / (p.ms / 1000))),
      ratioToWink: median(ratios),
      peakRssMB: median(runs.map((p) => p.peakRssBytes / MB)),
      runs: runs.map((p) => ({ ms: p.ms, mbPerS: p.bytes / MB / (p.ms / 1000), peakRssMB: p.peakRssBytes / MB })),
      failures: failures[id],
      errors: Math.max(0, ...runs.map((p) => p.errors)),
      firstError: runs.find((p) => p.firstError !== null)?.firstError ?? null,
    };
    if (id === 'compromise' && input.compromiseSubset.length < input.articles.length) {
      row.note = `run on ${input.compromiseSubset.length} of the ${input.articles.length} articles (every k-th, same size mix), as it is about ten times slower; MB/s and the ratio are per byte, so they scale`;
    }
    return row;
  });
}

function summariseScaling(runs: ScalingResult[], failures: string[]): BenchReport['scaling'] {
  const ratios = runs.map((r) => r.docMs / r.docBytes / (r.piecesMs / r.piecesBytes));
  return {
    perByteRatio: median(ratios),
    docMBps: median(runs.map((r) => r.docBytes / MB / (r.docMs / 1000))),
    piecesMBps: median(runs.map((r) => r.piecesBytes / MB / (r.piecesMs / 1000))),
    runs: runs.map((r) => ({ docMs: r.docMs, piecesMs: r.piecesMs, order: r.order })),
    peakRssMB: median(runs.map((r) => r.peakRssBytes / MB)),
    failures,
    errors: Math.max(0, ...runs.map((r) => r.errors)),
    firstError: runs.find((r) => r.firstError !== null)?.firstError ?? null,
  };
}

function summariseStages(runs: StagesResult[], failures: string[]): BenchReport['stages'] {
  const first = runs[0];
  const totals = runs.map((r) => r.articles.totalMs);
  const totalMs = median(totals);
  const rows: StageRow[] = STAGE_NAMES.map((stage) => {
    const ms = median(runs.map((r) => r.articles.times[stage]));
    const docMs = median(runs.map((r) => r.doc.times[stage]));
    const piecesMs = median(runs.map((r) => r.pieces.times[stage]));
    const bytes = first?.articles.bytes ?? Number.NaN;
    return {
      stage,
      ms,
      share: ms / totalMs,
      mbPerS: bytes / MB / (ms / 1000),
      docVsPiecesPerByte: median(runs.map((r) => r.doc.times[stage] / r.doc.bytes / (r.pieces.times[stage] / r.pieces.bytes))),
      docMs,
      piecesMs,
    };
  });
  return {
    rows,
    totalMs,
    docTotalMs: median(runs.map((r) => r.doc.totalMs)),
    piecesTotalMs: median(runs.map((r) => r.pieces.totalMs)),
    replicaMatches: runs.length > 0 && runs.every((r) => r.replicaMatches),
    replicaChecked: first?.replicaChecked ?? 0,
    replicaMismatch: runs.find((r) => !r.replicaMatches)?.replicaMismatch ?? null,
    peakRssMB: median(runs.map((r) => r.peakRssBytes / MB)),
    failures,
    errors: Math.max(0, ...runs.map((r) => r.articles.errors)),
    firstError: runs.find((r) => r.firstError !== null)?.firstError ?? null,
  };
}

function skippedBatch(reason: string, jobsReason = reason): BenchReport['batch'] {
  return { status: 'skipped', reason, input: '', records: 0, jsonlBytes: 0, textBytes: 0, plain: null, jobs1: null, jobs2: null, jobsSpeedup: null, jobsSpeedupSecondHalf: null, jobsReason };
}

async function measureBatch(input: BenchInput, tmp: string, options: Options): Promise<BenchReport['batch']> {
  progress('JSONL batch: probing `node dist/cli.js extract --jsonl`');
  const support = probeJsonl(tmp);
  if (!support.available) {
    progress(`JSONL batch: skipped: ${support.reason}`);
    return skippedBatch(support.reason);
  }
  const batchPath = join(tmp, 'batch.jsonl');
  const written = writeBatch(batchPath, input.articles, options.batchMb * MB);
  const timeout = options.quick ? 300_000 : 3_600_000;
  const side = (runs: BatchRun[]): BatchSide | null => {
    if (runs.length === 0) return null;
    // Exit 1 with one output line per record means some records gave error lines: the run itself streamed through.
    const isOk = (r: BatchRun) => r.status === 0 || (r.status === 1 && r.outLines === written.records);
    const ok = runs.filter(isOk);
    const failed = runs.filter((r) => !isOk(r)).map((r) => `exit ${r.status}: ${firstLine(r.stderr)}`);
    return {
      runs: ok.length,
      ms: median(ok.map((r) => r.ms)),
      mbPerS: median(ok.map((r) => written.textBytes / MB / (r.ms / 1000))),
      recordsPerS: median(ok.map((r) => written.records / (r.ms / 1000))),
      // In records, not bytes: the second half of the records need not hold half the text.
      secondHalfRecordsPerS: ok.length > 0 && ok.every((r) => r.secondHalfMs !== null && r.secondHalfMs > 0) ? median(ok.map((r) => (written.records - Math.ceil(written.records / 2)) / (r.secondHalfMs! / 1000))) : null,
      peakRssMB: ok.some((r) => r.peakRssBytes !== null) ? median(ok.flatMap((r) => (r.peakRssBytes === null ? [] : [r.peakRssBytes / MB]))) : null,
      processes: Math.max(0, ...ok.map((r) => r.processes)),
      outLines: median(ok.map((r) => r.outLines)),
      errorLines: median(ok.map((r) => r.errorLines)),
      failures: failed,
    };
  };
  const plain: BatchRun[] = [];
  const jobs1: BatchRun[] = [];
  const jobs2: BatchRun[] = [];
  if (support.jobs) {
    // The CLI's default is one job, in-process: the --jobs 1 runs are also the plain streaming runs.
    for (let rep = 0; rep < options.batchReps; rep += 1) {
      const order: Array<1 | 2> = rep % 2 === 0 ? [1, 2] : [2, 1];
      for (const jobs of order) {
        progress(`JSONL batch (${written.records} records, ${(written.jsonlBytes / MB).toFixed(1)} MB): --jobs ${jobs} (${rep + 1}/${options.batchReps})`);
        const run = await runBatch(['--jobs', String(jobs)], batchPath, support, timeout, written.records);
        (jobs === 1 ? jobs1 : jobs2).push(run);
      }
    }
  } else {
    for (let rep = 0; rep < options.batchReps; rep += 1) {
      progress(`JSONL batch (${written.records} records, ${(written.jsonlBytes / MB).toFixed(1)} MB): extract --jsonl (${rep + 1}/${options.batchReps})`);
      plain.push(await runBatch([], batchPath, support, timeout, written.records));
    }
  }
  const s1 = side(jobs1);
  const s2 = side(jobs2);
  return {
    status: 'ok',
    reason: '',
    input: support.input === 'stdin' ? 'standard input' : 'a FILE argument',
    records: written.records,
    jsonlBytes: written.jsonlBytes,
    textBytes: written.textBytes,
    plain: support.jobs ? s1 : side(plain),
    jobs1: s1,
    jobs2: s2,
    jobsSpeedup: s1 && s2 ? s2.mbPerS / s1.mbPerS : null,
    jobsSpeedupSecondHalf: s1?.secondHalfRecordsPerS && s2?.secondHalfRecordsPerS ? s2.secondHalfRecordsPerS / s1.secondHalfRecordsPerS : null,
    jobsReason: support.jobsReason,
  };
}

function targets(r: BenchReport): BenchReport['targets'] {
  const extract = r.rows.find((row) => row.id === 'extract');
  const batchNote = r.batch.status === 'skipped' ? r.batch.reason : r.batch.plain?.failures[0] ? `runs failed: ${r.batch.plain.failures[0]}` : undefined;
  return [
    target('ratio-extract-wink', 'ratio (b)/(a), time per byte', '<= 4.0', extract?.ratioToWink ?? null, 'x', (v) => v <= 4.0),
    target('cold-start', 'cold start, wall time of the child', '<= 1.0 s', r.coldStart.medianMs / 1000, 's', (v) => v <= 1.0),
    target('batch-rss', 'peak RSS streaming the JSONL batch', '<= 300 MB', r.batch.plain?.peakRssMB ?? null, 'MB', (v) => v <= 300, batchNote),
    target('per-byte-1mb', `per-byte time, ${(r.input.scaling.docBytes / MB).toFixed(1)} MB document / 3 KB pieces`, '<= 1.5', r.scaling.perByteRatio, 'x', (v) => v <= 1.5),
    target('jobs-2-vs-1', 'throughput --jobs 2 / --jobs 1', '>= 1.6', r.batch.jobsSpeedup, 'x', (v) => v >= 1.6, r.batch.jobsSpeedup === null ? jobsSkipReason(r.batch) : undefined),
  ];
}

function jobsSkipReason(batch: BenchReport['batch']): string {
  if (batch.status === 'skipped') return batch.reason;
  const failure = batch.jobs2?.failures[0] ?? batch.jobs1?.failures[0];
  return failure ? `runs failed: ${failure}` : batch.jobsReason;
}

function machine(): BenchReport['machine'] {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = CPU_MODEL.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: keep os.cpus()'s model.
  }
  return { nproc: availableParallelism(), cpu, node: process.version, platform: `${process.platform}-${process.arch}`, date: new Date().toISOString(), loadavg: loadavg() };
}

/** The line of a child's stderr that names the error, else its first line. */
function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return (lines.find((l) => ERROR_LINE.test(l)) ?? lines[0] ?? '').slice(0, 300);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
