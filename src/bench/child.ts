/**
 * The measurements that run inside a fresh child process (`node dist/bench.js --only MODE
 * --input FILE`), one per process so that each peak RSS belongs to one thing. Every
 * library is imported here, lazily, so that a child loads only what its mode uses.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type * as Claimex from '../index.js';
import { type BenchInput, now, peakRssBytes, ROOT, sumBytes } from './util.js';

/** One timed pass over a set of texts. */
export interface PassResult {
  mode: string;
  articles: number;
  bytes: number;
  ms: number;
  peakRssBytes: number;
  /** A checksum of the work done (tokens, claims, terms), so no pass can be optimised away or silently empty. */
  work: number;
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
  peakRssBytes: number;
}

/** The built package, as a user imports it. */
export async function importClaimex(): Promise<typeof Claimex> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof Claimex;
}

function textsOf(input: BenchInput, indexes?: readonly number[]): string[] {
  return indexes ? indexes.map((i) => input.articles[i]!.text) : input.articles.map((a) => a.text);
}

function timePass(mode: string, texts: readonly string[], warmup: readonly string[], run: (text: string) => number): PassResult {
  for (const text of warmup) run(text);
  let work = 0;
  const start = now();
  for (const text of texts) work += run(text);
  const ms = now() - start;
  return { mode, articles: texts.length, bytes: sumBytes(texts), ms, peakRssBytes: peakRssBytes(), work };
}

/** (a) wink-nlp alone: readDoc, the sentences, and the tokens with their part of speech. */
export async function runWink(input: BenchInput): Promise<PassResult> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return timePass('wink', textsOf(input), textsOf(input, input.warmup), (text) => {
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
  return timePass('extract', textsOf(input), textsOf(input, input.warmup), (text) => {
    const extraction = extractor.extract(text);
    return extraction.sentences.length + extraction.claims.length;
  });
}

/** (c) compromise, the reference: nlp(text) tags the text, .json() reads every term out. */
export async function runCompromise(input: BenchInput): Promise<PassResult> {
  const { default: nlp } = await import('compromise');
  const warmup = textsOf(input, input.warmup.slice(0, 3));
  return timePass('compromise', textsOf(input, input.compromiseSubset), warmup, (text) => {
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
  const doc = input.pieces.join('\n\n');
  const extractor = createExtractor({ maxChars: Math.max(5_000_000, doc.length + 1) });
  for (const piece of input.pieces.slice(0, 8)) extractor.extract(piece);
  const timePieces = (): number => {
    const start = now();
    for (const piece of input.pieces) extractor.extract(piece);
    return now() - start;
  };
  const timeDoc = (): number => {
    const start = now();
    extractor.extract(doc);
    return now() - start;
  };
  let piecesMs: number;
  let docMs: number;
  if (docFirst) {
    docMs = timeDoc();
    piecesMs = timePieces();
  } else {
    piecesMs = timePieces();
    docMs = timeDoc();
  }
  return {
    mode: 'scaling',
    pieces: input.pieces.length,
    piecesBytes: sumBytes(input.pieces),
    piecesMs,
    docBytes: sumBytes([doc]),
    docMs,
    order: docFirst ? 'doc-first' : 'pieces-first',
    peakRssBytes: peakRssBytes(),
  };
}
