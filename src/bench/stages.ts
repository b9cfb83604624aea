/**
 * The extraction pipeline with a stopwatch on every stage, for the per-stage breakdown.
 *
 * The stage functions are internal, and src/extractor.ts keeps its runPipeline private, so
 * this file replicates runPipeline's stage order and calls exactly (keep the two in step:
 * the benchmark checks that this replica's output equals the built extractor's and says so
 * when it does not). tsup bundles it, with the stages it imports, into dist/bench-stages.js,
 * which dist/bench.js loads only in the child that measures the stages.
 */
import { attribute, compileCues, type CueMatcher, type Frame } from '../attribute/index.js';
import { classify } from '../classify/index.js';
import { markLines } from '../clean/index.js';
import { report, type Doc, type Token } from '../document.js';
import { loadTokenizer, type Tokenize } from '../nlp.js';
import { CONTROL_CHARACTERS } from '../regex.js';
import { resolveSpeakers } from '../resolve/index.js';
import { segment } from '../segment/index.js';
import type { Claim, Extraction, Sentence, Span } from '../types.js';
import { SCHEMA_VERSION } from '../types.js';
import { describeError, importClaimex } from './child.js';
import { type BenchInput, now, peakRssBytes, sumBytes } from './util.js';

/** The stages in pipeline order; "assemble" is the output objects built after the last stage. */
export const STAGES = ['tokenize', 'clean', 'segment', 'attribute', 'resolve', 'classify', 'assemble'] as const;
export type StageName = (typeof STAGES)[number];
export type StageTimes = Record<StageName, number>;

export function zeroTimes(): StageTimes {
  return { tokenize: 0, clean: 0, segment: 0, attribute: 0, resolve: 0, classify: 0, assemble: 0 };
}

/** Loads the models once, like createExtractor, and returns a pipeline that adds each stage's milliseconds to `times`. */
export function createTimedPipeline(): (text: string, times: StageTimes) => Extraction {
  const tokenize = loadTokenizer();
  const matchCue = compileCues();
  return (text, times) => runTimedPipeline(text, tokenize, matchCue, times);
}

/** src/extractor.ts runPipeline, stage for stage, with a clock read between stages. */
function runTimedPipeline(text: string, tokenize: Tokenize, matchCue: CueMatcher, times: StageTimes): Extraction {
  if (text.trim() === '') return { schemaVersion: SCHEMA_VERSION, sentences: [], speakers: [], claims: [], messages: [] };
  let t0 = now();
  const doc: Doc = { text, tokens: tokenize(text), lines: [], sentences: [], messages: [] };
  let t1 = now();
  times.tokenize += t1 - t0;

  t0 = t1;
  checkCharacters(doc);
  doc.lines = markLines(text);
  t1 = now();
  times.clean += t1 - t0;

  t0 = t1;
  doc.sentences = segment(doc.tokens, doc.lines, doc.text);
  t1 = now();
  times.segment += t1 - t0;

  t0 = t1;
  const frames = attribute(doc, matchCue);
  t1 = now();
  times.attribute += t1 - t0;

  t0 = t1;
  const { speakers, speakerOf } = resolveSpeakers(doc, frames);
  const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  t1 = now();
  times.resolve += t1 - t0;

  t0 = t1;
  const frameIds = attributionIds(frames);
  const claims = frames.flatMap((frame, index) => (frame.hidden ? [] : [toClaim(doc, frame, frameIds.get(frame)!, speakerOf[index] ?? null, names)]));
  t1 = now();
  times.classify += t1 - t0;

  t0 = t1;
  claims.forEach((claim, index) => (claim.id = `c${index + 1}`));
  const extraction: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    sentences: doc.sentences.map((sentence, index): Sentence => ({ ...span(text, sentence.start, sentence.end), index, paragraph: sentence.paragraph, kind: sentence.kind })),
    speakers,
    claims,
    messages: doc.messages,
  };
  times.assemble += now() - t0;
  return extraction;
}

function checkCharacters(doc: Doc): void {
  const match = CONTROL_CHARACTERS.exec(doc.text);
  if (match) {
    report(doc, {
      severity: 'warning',
      ruleId: 'input/control-characters',
      reason: 'The text contains control characters; they are kept and treated as spaces or symbols.',
      place: { start: match.index, end: match.index + match[0].length },
    });
  }
}

/** src/extractor.ts CONTINUING_RULES: rules whose frame continues another's attribution rather than starting one. */
const CONTINUING_RULES = new Set(['attribute/quote-continues', 'attribute/floating-quote', 'attribute/transcript']);

/** src/extractor.ts attributionIds: one id per attribution; a quote's later sentences share the id of the frame that opened it. */
function attributionIds(frames: Frame[]): Map<Frame, string> {
  const ids = new Map<Frame, string>();
  for (const frame of frames) {
    const opener = CONTINUING_RULES.has(frame.rule) && frame.inherits ? ids.get(frame.inherits) : undefined;
    ids.set(frame, opener ?? `f${ids.size + 1}`);
  }
  return ids;
}

/**
 * src/extractor.ts toClaim. The classification's own fields (type, act, modality, confidence,
 * evidence, ...) are spread rather than listed, so that a field added to it reaches the
 * claim here as it does there; the replica check compares with sorted keys.
 */
function toClaim(doc: Doc, frame: Frame, frameId: string, speakerId: string | null, names: Map<string, string>): Claim {
  const { actor, target, ...decided } = classify(doc.tokens, frame);
  return {
    id: '',
    sentence: frame.sentence,
    frame: frameId,
    ...decided,
    speaker: speakerId ? { id: speakerId, name: names.get(speakerId) ?? '' } : null,
    source: tokenSpan(doc, frame.source),
    cue: frame.cue ? { ...tokenSpan(doc, [frame.cue.first, frame.cue.last])!, lemma: frame.cue.lemma } : null,
    content: frame.content.map((range) => tokenSpan(doc, range)!).filter(Boolean),
    mode: frame.mode,
    actor: tokenSpan(doc, actor),
    target: tokenSpan(doc, target),
  };
}

function tokenSpan(doc: Doc, range: [number, number] | null): Span | null {
  if (!range || range[1] <= range[0]) return null;
  const first: Token = doc.tokens[range[0]]!;
  const last: Token = doc.tokens[range[1] - 1]!;
  return span(doc.text, first.start, last.end);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The stage times of one set of texts. */
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
