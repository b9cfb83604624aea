/**
 * The measurements that run inside a fresh child process (`node dist/bench.js --only MODE
 * --input FILE`), one per process so that each peak RSS belongs to one thing. Every
 * library is imported here, lazily, so that a child loads only what its mode uses.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type * as Claimex from '../index.js';
import { type BenchInput, now, peakRssBytes, ROOT, sumBytes, utf8Bytes } from './util.js';

/** One timed pass over a set of texts. */
export interface PassResult {
  mode: string;
  /** Texts that went through; a text that throws is left out of the count, the bytes and the time. */
  articles: number;
  bytes: number;
  ms: number;
  peakRssBytes: number;
  /** A checksum of the work done (tokens, claims, terms), so no pass can be optimised away or silently empty. */
  work: number;
  /** Texts that threw, and the first of them with its error. */
  errors: number;
  firstError: string | null;
}

export interface ScalingResult {
  mode: 'scaling';
  pieces: number;
  piecesBytes: number;
  piecesMs: number;
  docBytes: number;
  docMs: number;
  /** Which ran first in this child. */
  order: 'pieces-first' | 'doc-first';
  /** Pieces that threw: they are left out of both sides. */
  errors: number;
  firstError: string | null;
  peakRssBytes: number;
}

export function describeError(label: string, err: unknown): string {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return `${label}: ${message}`;
}

/** The built package, as a user imports it. */
export async function importClaimex(): Promise<typeof Claimex> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof Claimex;
}

function textsOf(input: BenchInput, indexes?: readonly number[]): string[] {
  return indexes ? indexes.map((i) => input.articles[i]!.text) : input.articles.map((a) => a.text);
}

function idsOf(input: BenchInput, indexes?: readonly number[]): string[] {
  return indexes ? indexes.map((i) => input.articles[i]!.id) : input.articles.map((a) => a.id);
}

/** Times each text on its own and sums the times of those that went through. */
function timePass(mode: string, texts: readonly string[], ids: readonly string[], warmup: readonly string[], run: (text: string) => number): PassResult {
  for (const text of warmup) {
    try {
      run(text);
    } catch {
      // The timed pass reports it.
    }
  }
  let work = 0;
  let ms = 0;
  let bytes = 0;
  let articles = 0;
  let errors = 0;
  let firstError: string | null = null;
  texts.forEach((text, i) => {
    const start = now();
    try {
      work += run(text);
    } catch (err) {
      errors += 1;
      firstError ??= describeError(ids[i] ?? `#${i}`, err);
      return;
    }
    ms += now() - start;
    bytes += utf8Bytes(text);
    articles += 1;
  });
  return { mode, articles, bytes, ms, peakRssBytes: peakRssBytes(), work, errors, firstError };
}

/** (a) wink-nlp alone: readDoc, the sentences, and the tokens with their part of speech. */
export async function runWink(input: BenchInput): Promise<PassResult> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return timePass('wink', textsOf(input), idsOf(input), textsOf(input, input.warmup), (text) => {
    const doc = nlp.readDoc(text);
    const sentences = doc.sentences().out();
    const pos = doc.tokens().out(its.pos) as string[];
    return sentences.length + pos.length;
  });
}

/** (b) the full extraction, through one extractor created before the timing. */
export async function runExtract(input: BenchInput): Promise<PassResult> {
  const { createExtractor } = await importClaimex();
  const extractor = createExtractor();
  return timePass('extract', textsOf(input), idsOf(input), textsOf(input, input.warmup), (text) => {
    const extraction = extractor.extract(text);
    return extraction.sentences.length + extraction.claims.length;
  });
}

/** (c) compromise, the reference: nlp(text) tags the text, .json() reads every term out. */
export async function runCompromise(input: BenchInput): Promise<PassResult> {
  const { default: nlp } = await import('compromise');
  const warmup = textsOf(input, input.warmup.slice(0, 3));
  return timePass('compromise', textsOf(input, input.compromiseSubset), idsOf(input, input.compromiseSubset), warmup, (text) => {
    const json = nlp(text).json() as unknown[];
    return json.length;
  });
}

/**
 * The per-byte cost of one large document (the pieces joined by blank lines) against the
 * same text as ~3 KB pieces, extracted one by one.
 */
export async function runScaling(input: BenchInput, docFirst: boolean): Promise<ScalingResult> {
  const { createExtractor } = await importClaimex();
  const fullDoc = input.pieces.join('\n\n');
  const extractor = createExtractor({ maxChars: Math.max(5_000_000, fullDoc.length + 1) });
  for (const piece of input.pieces.slice(0, 8)) {
    try {
      extractor.extract(piece);
    } catch {
      // The timed pass reports it.
    }
  }
  let firstError: string | null = null;
  const timePieces = () => {
    let ms = 0;
    const good: string[] = [];
    input.pieces.forEach((piece, i) => {
      const start = now();
      try {
        extractor.extract(piece);
      } catch (err) {
        firstError ??= describeError(`piece ${i}`, err);
        return;
      }
      ms += now() - start;
      good.push(piece);
    });
    return { ms, good };
  };
  const timeDoc = (doc: string): number | null => {
    const start = now();
    try {
      extractor.extract(doc);
    } catch (err) {
      firstError ??= describeError('the large document', err);
      return null;
    }
    return now() - start;
  };
  let docMs: number | null = null;
  let doc = fullDoc;
  if (docFirst) docMs = timeDoc(fullDoc);
  const pieces = timePieces();
  // A piece that throws is left out of both sides: the document is rebuilt without it.
  if (pieces.good.length < input.pieces.length) doc = pieces.good.join('\n\n');
  if (!docFirst || docMs === null || doc !== fullDoc) docMs = timeDoc(doc);
  if (docMs === null) throw new Error(firstError ?? 'the large document failed');
  return {
    mode: 'scaling',
    pieces: pieces.good.length,
    piecesBytes: sumBytes(pieces.good),
    piecesMs: pieces.ms,
    docBytes: utf8Bytes(doc),
    docMs,
    order: docFirst ? 'doc-first' : 'pieces-first',
    errors: input.pieces.length - pieces.good.length,
    firstError,
    peakRssBytes: peakRssBytes(),
  };
}
