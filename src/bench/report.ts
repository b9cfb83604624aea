/** The benchmark report: its JSON shape, the targets, and the table printed on stdout. */
import { MB } from './util.js';

export type TargetStatus = 'PASS' | 'FAIL' | 'SKIP';

export interface Target {
  id: 'ratio-extract-wink' | 'cold-start' | 'batch-rss' | 'per-byte-1mb' | 'jobs-2-vs-1';
  label: string;
  /** The limit, as text ("<= 4.0"). */
  limit: string;
  /** The measured value, in the target's unit; null when skipped. */
  measured: number | null;
  unit: string;
  status: TargetStatus;
  note?: string;
}

export interface RowRun {
  ms: number;
  mbPerS: number;
  peakRssMB: number;
}

export interface Row {
  id: 'wink' | 'extract' | 'compromise';
  label: string;
  articles: number;
  bytes: number;
  /** Medians over the runs. */
  mbPerS: number;
  articlesPerS: number;
  /** Time per byte relative to (a), the median of the per-repetition ratios (each paired with that repetition's wink run). */
  ratioToWink: number;
  peakRssMB: number;
  runs: RowRun[];
  /** Child processes that failed. */
  failures: string[];
  /** Articles that threw (most in one run); they are left out of the timing. */
  errors: number;
  firstError: string | null;
  note?: string;
}

export interface StageRow {
  stage: string;
  /** Median milliseconds over the runs, over the articles. */
  ms: number;
  /** Share of the pipeline's total time, over the articles. */
  share: number;
  /** MB/s of this stage alone over the articles. */
  mbPerS: number;
  /** Per-byte time of the stage on the large document over that on its ~3 KB pieces. */
  docVsPiecesPerByte: number;
  docMs: number;
  piecesMs: number;
}

export interface BatchSide {
  runs: number;
  /** Medians over the runs. */
  ms: number;
  mbPerS: number;
  recordsPerS: number;
  /** Records/s over the second half of the records (from the line that completes the first half to the last line): the rate once warmed up. */
  secondHalfRecordsPerS: number | null;
  peakRssMB: number | null;
  processes: number;
  outLines: number;
  /** Error records in the output (median over the runs): records that did not extract. */
  errorLines: number;
  failures: string[];
}

export interface BenchReport {
  tool: 'claimex-bench';
  version: 1;
  quick: boolean;
  reps: number;
  machine: { nproc: number; cpu: string; node: string; platform: string; date: string; loadavg: number[] };
  input: {
    source: string;
    from: string;
    articles: number;
    bytes: number;
    meanArticleBytes: number;
    compromise: { articles: number; bytes: number };
    scaling: { pieces: number; meanPieceBytes: number; docBytes: number };
  };
  rows: Row[];
  coldStart: { medianMs: number; runsMs: number[]; readyMs: number; createMs: number; extractMs: number; article: string; failures: string[] };
  scaling: {
    perByteRatio: number;
    docMBps: number;
    piecesMBps: number;
    runs: { docMs: number; piecesMs: number; order: string }[];
    peakRssMB: number;
    failures: string[];
    errors: number;
    firstError: string | null;
  };
  stages: {
    rows: StageRow[];
    totalMs: number;
    docTotalMs: number;
    piecesTotalMs: number;
    replicaMatches: boolean;
    replicaChecked: number;
    replicaMismatch: string | null;
    peakRssMB: number;
    failures: string[];
    errors: number;
    firstError: string | null;
  };
  batch: {
    status: 'ok' | 'skipped';
    reason: string;
    input: string;
    records: number;
    jsonlBytes: number;
    textBytes: number;
    /** The plain streaming run (`extract --jsonl`); when the CLI has --jobs, the --jobs 1 runs (its default). */
  plain: BatchSide | null;
    jobs1: BatchSide | null;
    jobs2: BatchSide | null;
    jobsSpeedup: number | null;
    /** The same ratio over the second half of the stream, once each worker has warmed up (not the target's figure). */
    jobsSpeedupSecondHalf: number | null;
    jobsReason: string;
  };
  targets: Target[];
  durationS: number;
}

export function target(
  id: Target['id'],
  label: string,
  limit: string,
  measured: number | null,
  unit: string,
  pass: (value: number) => boolean,
  note?: string,
): Target {
  const ok = measured !== null && Number.isFinite(measured);
  const t: Target = { id, label, limit, measured: ok ? measured : null, unit, status: ok ? (pass(measured) ? 'PASS' : 'FAIL') : 'SKIP' };
  if (note) t.note = note;
  return t;
}

function fmt(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toFixed(digits);
}

function table(headers: string[], rows: string[][], right: boolean[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => (right[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(r: BenchReport): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`claimex benchmark${r.quick ? ' (--quick: small input, 1 repetition; not for the record)' : ''}`);
  out.push(`${m.date}  node ${m.node}  ${m.platform}  ${m.nproc} CPU (${m.cpu})  load ${m.loadavg.map((l) => l.toFixed(2)).join(' ')}`);
  out.push(
    `input: ${r.input.source} (${r.input.from}): ${r.input.articles} articles, ${fmt(r.input.bytes / MB, 2)} MB, mean ${fmt(r.input.meanArticleBytes / 1000, 1)} KB; ` +
      `medians of ${r.reps} repetition${r.reps === 1 ? '' : 's'}, each in a fresh process; MB = 10^6 bytes of UTF-8`,
  );
  out.push('');
  out.push(
    table(
      ['row', 'articles', 'MB', 'MB/s', 'articles/s', 'x (a)', 'peak RSS MB'],
      r.rows.map((row) => [row.label, String(row.articles), fmt(row.bytes / MB, 2), fmt(row.mbPerS, 3), fmt(row.articlesPerS, 1), fmt(row.ratioToWink, 2), fmt(row.peakRssMB, 0)]),
      [false, true, true, true, true, true, true],
    ),
  );
  out.push('  x (a): time per byte over that of (a), the median of the per-repetition ratios (each run paired with the (a) run of its repetition)');
  for (const row of r.rows) {
    if (row.note) out.push(`  ${row.label}: ${row.note}`);
    if (row.failures.length) out.push(`  ${row.label}: ${row.failures.length} failed run(s): ${row.failures[0]}`);
    if (row.errors) out.push(`  ${row.label}: ${row.errors} article(s) threw, left out of the timing; first: ${row.firstError}`);
  }
  out.push('');
  const cs = r.coldStart;
  if (cs.failures.length) out.push(`cold start: ${cs.failures.length} failed run(s): ${cs.failures[0]}`);
  out.push(
    `cold start (fresh node, import claimex, extract ${cs.article}): median ${fmt(cs.medianMs / 1000, 3)} s wall (runs ${cs.runsMs.map((v) => fmt(v / 1000, 2)).join(', ')}); ` +
      `in the child: node start + import ${fmt(cs.readyMs, 0)} ms, createExtractor ${fmt(cs.createMs, 0)} ms, first extract ${fmt(cs.extractMs, 0)} ms`,
  );
  const sc = r.scaling;
  out.push(
    `scaling: one ${fmt(r.input.scaling.docBytes / MB, 2)} MB document ${fmt(sc.docMBps, 3)} MB/s vs ${r.input.scaling.pieces} pieces of ~${fmt(r.input.scaling.meanPieceBytes / 1000, 1)} KB ${fmt(sc.piecesMBps, 3)} MB/s: ` +
      `per-byte time ratio ${fmt(sc.perByteRatio, 2)} (median of the per-repetition ratios; peak RSS ${fmt(sc.peakRssMB, 0)} MB)`,
  );
  if (sc.failures.length) out.push(`  scaling: ${sc.failures.length} failed run(s): ${sc.failures[0]}`);
  if (sc.errors) out.push(`  scaling: ${sc.errors} piece(s) threw and were left out of both sides; first: ${sc.firstError}`);
  const b = r.batch;
  if (b.status === 'skipped') {
    out.push(`JSONL batch: skipped: ${b.reason}`);
  } else {
    out.push(`JSONL batch (${b.records} records, ${fmt(b.jsonlBytes / MB, 1)} MB JSONL, ${fmt(b.textBytes / MB, 1)} MB text, via ${b.input}):`);
    const side = (name: string, s: BatchSide | null): string =>
      s ? `  ${name}: ${fmt(s.mbPerS, 3)} MB/s, ${fmt(s.recordsPerS, 1)} records/s, ${fmt(s.ms / 1000, 1)} s, peak RSS ${fmt(s.peakRssMB, 0)} MB over ${s.processes} process(es), ${s.runs} run(s)${s.errorLines ? `, ${s.errorLines} error record(s)` : ''}${s.failures.length ? `, ${s.failures.length} failed: ${s.failures[0]}` : ''}` : `  ${name}: –`;
    if (b.jobs1 || b.jobs2) {
      out.push(side('--jobs 1 (the default, in-process)', b.jobs1));
      out.push(side('--jobs 2', b.jobs2));
      out.push(`  jobs 2 / jobs 1 throughput: ${fmt(b.jobsSpeedup, 2)} (over the second half of the stream, once each worker is warm: ${fmt(b.jobsSpeedupSecondHalf, 2)})`);
    } else {
      out.push(side('extract --jsonl', b.plain));
      out.push(`  --jobs: skipped: ${b.jobsReason}`);
    }
  }
  out.push('');
  const st = r.stages;
  const replica =
    st.replicaChecked === 0
      ? 'not compared with the built extractor'
      : st.replicaMatches
        ? `same output as the built extractor on ${st.replicaChecked} articles`
        : `WARNING: differs from the built extractor on ${st.replicaMismatch}; update it from src/extractor.ts, or rebuild dist`;
  out.push(`per-stage breakdown (the pipeline replicated in src/bench/stages.ts; ${replica}):`);
  if (st.failures.length) out.push(`  stages: ${st.failures.length} failed run(s): ${st.failures[0]}`);
  if (st.errors) out.push(`  stages: ${st.errors} article(s) threw, left out; first: ${st.firstError}`);
  out.push(
    table(
      ['stage', 'ms', 'share', 'MB/s', `${fmt(r.input.scaling.docBytes / MB, 1)} MB doc ms`, 'pieces ms', 'doc/pieces per byte'],
      [
        ...st.rows.map((s) => [s.stage, fmt(s.ms, 0), `${fmt(s.share * 100, 1)}%`, fmt(s.mbPerS, 2), fmt(s.docMs, 0), fmt(s.piecesMs, 0), fmt(s.docVsPiecesPerByte, 2)]),
        ['total', fmt(st.totalMs, 0), '100%', fmt(r.input.bytes / MB / (st.totalMs / 1000), 3), fmt(st.docTotalMs, 0), fmt(st.piecesTotalMs, 0), fmt((st.docTotalMs / r.input.scaling.docBytes) / (st.piecesTotalMs / totalPieceBytes(r)), 2)],
      ],
      [false, true, true, true, true, true, true],
    ),
  );
  out.push('');
  out.push('targets:');
  out.push(
    table(
      ['target', 'limit', 'measured', 'result'],
      r.targets.map((t) => [t.label, t.limit, t.measured === null ? '–' : `${fmt(t.measured, 2)} ${t.unit}`.trim(), t.status === 'SKIP' ? `SKIP${t.note ? ` (${t.note})` : ''}` : t.status]),
      [false, false, true, false],
    ),
  );
  out.push('');
  out.push(`benchmark took ${fmt(r.durationS, 0)} s`);
  return out.join('\n');
}

function totalPieceBytes(r: BenchReport): number {
  return r.input.scaling.meanPieceBytes * r.input.scaling.pieces;
}
