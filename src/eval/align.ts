import type { Claim, Extraction, Sentence } from '../types.js';
import type { GoldSentence } from './gold.js';

/** A predicted sentence's offsets with surrounding whitespace trimmed off. */
export interface TrimmedSpan {
  start: number;
  end: number;
}

/** A predicted sentence's index in `Extraction.sentences` and trimmed offsets. */
export interface PredictedSpan extends TrimmedSpan {
  index: number;
}

/** One gold sentence and what the extraction predicted for it. */
export interface AlignedSentence {
  /** Position of the gold sentence in its gold file, from 0. */
  index: number;
  gold: GoldSentence;
  /** Exactly one predicted sentence has the gold sentence's start and end (after trimming). */
  segmentedRight: boolean;
  /** The predicted sentences overlapping the gold sentence, in order (trimmed offsets). */
  overlapping: PredictedSpan[];
  /** The overlapping predicted sentence with the largest overlap (first on ties), or null. */
  best: Sentence | null;
  /** Index of `best` in `Extraction.sentences`, or null. */
  bestIndex: number | null;
  /** The claims whose `sentence` is `bestIndex`, in extraction order. */
  claims: Claim[];
}

/** Trims whitespace from both ends of a predicted sentence, using its own text. */
export function trimSentenceSpan(sentence: Sentence): TrimmedSpan {
  const lead = sentence.text.length - sentence.text.trimStart().length;
  const trimmed = sentence.text.trim().length;
  const start = sentence.start + lead;
  return { start, end: start + trimmed };
}

/** Length of the intersection of two half-open spans (0 when disjoint). */
export function overlapLength(a: TrimmedSpan, b: TrimmedSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Groups claims by the index of their sentence. */
export function claimsBySentence(claims: readonly Claim[]): Map<number, Claim[]> {
  const grouped = new Map<number, Claim[]>();
  for (const claim of claims) {
    const list = grouped.get(claim.sentence);
    if (list === undefined) grouped.set(claim.sentence, [claim]);
    else list.push(claim);
  }
  return grouped;
}

/** Aligns one gold sentence (already located in the text) to the predicted sentences. */
export function alignSentence(
  gold: GoldSentence,
  index: number,
  predicted: readonly TrimmedSpan[],
  sentences: readonly Sentence[],
  claims: ReadonlyMap<number, Claim[]>,
): AlignedSentence {
  let exact = 0;
  let bestIndex: number | null = null;
  let bestOverlap = 0;
  const overlapping: PredictedSpan[] = [];
  for (const [position, span] of predicted.entries()) {
    if (span.start === gold.start && span.end === gold.end) exact += 1;
    const overlap = overlapLength(span, gold);
    if (overlap === 0) continue;
    overlapping.push({ index: position, start: span.start, end: span.end });
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      bestIndex = position;
    }
  }
  const best = bestIndex === null ? null : (sentences[bestIndex] ?? null);
  return {
    index,
    gold,
    segmentedRight: exact === 1,
    overlapping,
    best,
    bestIndex,
    claims: bestIndex === null ? [] : (claims.get(bestIndex) ?? []),
  };
}

/** Aligns every gold sentence of an article to the extraction's sentences and claims. */
export function alignGoldSentences(gold: readonly GoldSentence[], extraction: Extraction): AlignedSentence[] {
  const predicted = extraction.sentences.map(trimSentenceSpan);
  const claims = claimsBySentence(extraction.claims);
  return gold.map((sentence, index) => alignSentence(sentence, index, predicted, extraction.sentences, claims));
}
