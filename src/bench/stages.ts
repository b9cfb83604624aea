/**
 * The extraction pipeline with a stopwatch on every stage, for the per-stage breakdown.
 *
 * It runs src/extractor.ts's own runPipeline with its stage hook. tsup bundles it, with the
 * stages, into dist/bench-stages.js, which dist/bench.js loads only in the child that
 * measures the stages.
 */
import { compileCues } from '../attribute/index.js';
import { runPipeline, STAGES, type StageName } from '../extractor.js';
import { loadTokenizer } from '../nlp.js';
import type { Extraction } from '../types.js';
import { describeError, importClaimex } from './child.js';
import { type BenchInput, now, peakRssBytes, sumBytes } from './util.js';

export { STAGES };
export type { StageName };
export type StageTimes = Record<StageName, number>;

export function zeroTimes(): StageTimes {
  return { tokenize: 0, clean: 0, segment: 0, attribute: 0, resolve: 0, classify: 0, assemble: 0 };
}

/** Loads the models once, like createExtractor, and returns the pipeline with a clock read as each stage ends. */
export function createTimedPipeline(): (text: string, times: StageTimes) => Extraction {
  const tokenize = loadTokenizer();
  const matchCue = compileCues();
  return (text, times) => {
    let last = now();
    return runPipeline(text, tokenize, matchCue, (stage) => {
      const at = now();
      times[stage] += at - last;
      last = at;
    });
  };
}

export interface StagePass {
  /** Texts that went through; one that throws is left out, its partial stage times too. */
  texts: number;
  bytes: number;
  times: StageTimes;
  totalMs: number;
  errors: number;
}

export interface StagesResult {
  mode: 'stages';
  /** The benchmark articles, one by one. */
  articles: StagePass;
  /** The scaling measurement's large document, in one piece. */
  doc: StagePass;
  /** The scaling measurement's ~3 KB pieces, one by one (the same text as `doc`). */
  pieces: StagePass;
  /** Whether this replica gave the same Extraction as the built extractor on the articles checked. */
  replicaMatches: boolean;
  replicaChecked: number;
  /** The first article where they differed, if any. */
  replicaMismatch: string | null;
  firstError: string | null;
  peakRssBytes: number;
}

type TimedRun = (text: string, times: StageTimes) => Extraction;

function timeStages(run: TimedRun, texts: readonly string[], onError: (index: number, err: unknown) => void): { pass: StagePass; good: string[] } {
  const times = zeroTimes();
  const good: string[] = [];
  texts.forEach((text, index) => {
    const before = { ...times };
    try {
      run(text, times);
      good.push(text);
    } catch (err) {
      Object.assign(times, before);
      onError(index, err);
    }
  });
  const pass = { texts: good.length, bytes: sumBytes(good), times, totalMs: STAGES.reduce((sum, stage) => sum + times[stage], 0), errors: texts.length - good.length };
  return { pass, good };
}

/** The child of `--only stages`: the breakdown over the articles, the large document and its pieces. */
export async function runStages(input: BenchInput, docFirst: boolean): Promise<StagesResult> {
  const run = createTimedPipeline();
  let firstError: string | null = null;
  const scratch = zeroTimes();
  for (const index of input.warmup) {
    try {
      run(input.articles[index]!.text, scratch);
    } catch {
      // The timed pass reports it.
    }
  }

  const articles = timeStages(
    run,
    input.articles.map((a) => a.text),
    (i, err) => (firstError ??= describeError(input.articles[i]!.id, err)),
  ).pass;
  const fullDoc = input.pieces.join('\n\n');
  const onPieceError = (i: number, err: unknown) => (firstError ??= describeError(`piece ${i}`, err));
  const onDocError = (_i: number, err: unknown) => (firstError ??= describeError('the large document', err));
  let docPass: StagePass | null = null;
  if (docFirst) {
    const first = timeStages(run, [fullDoc], onDocError).pass;
    if (first.errors === 0) docPass = first;
  }
  const pieces = timeStages(run, input.pieces, onPieceError);
  // A piece that throws is left out of both sides: the document is rebuilt without it.
  if (docPass === null || pieces.good.length < input.pieces.length) docPass = timeStages(run, [pieces.good.join('\n\n')], onDocError).pass;

  // The replica must stay the pipeline: compare it with the built extractor on a few articles.
  // Both start fresh and read the same articles in the same order, since a wink-nlp instance
  // keeps state from the documents it has read (winkjs/wink-nlp#143): a POS tag, and so a
  // claim, can differ after other documents.
  const { createExtractor } = await importClaimex();
  const extractor = createExtractor();
  const replica = createTimedPipeline();
  let replicaMismatch: string | null = null;
  let checked = 0;
  for (const article of input.articles.slice(0, 25)) {
    let mine: string;
    let theirs: string;
    try {
      mine = canonical(replica(article.text, scratch));
    } catch (err) {
      mine = `throws ${describeError('', err)}`;
    }
    try {
      theirs = canonical(extractor.extract(article.text));
    } catch (err) {
      theirs = `throws ${describeError('', err)}`;
    }
    checked += 1;
    if (mine !== theirs) {
      replicaMismatch = article.id;
      break;
    }
  }
  return {
    mode: 'stages',
    articles,
    doc: docPass,
    pieces: pieces.pass,
    replicaMatches: replicaMismatch === null,
    replicaChecked: checked,
    replicaMismatch,
    firstError,
    peakRssBytes: peakRssBytes(),
  };
}

/** JSON with every object's keys sorted, so that key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
