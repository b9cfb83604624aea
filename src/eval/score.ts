import type { Claim, ClaimType, Sentence } from '../types.js';
import type { AlignedSentence } from './align.js';
import { CLAIM_TYPES } from './gold.js';
import { accuracy, meanOfDefined, precisionRecall, type Accuracy, type PrecisionRecall } from './metrics.js';
import { cueMatches, speakerMatches } from './normalize.js';

/** When a sentence has claims of several types, the first of these is its type. */
export const TYPE_PRECEDENCE: readonly ClaimType[] = ['demand', 'hope', 'action', 'statement'];

/** Predicted sentence kinds that mark page furniture (as does a sentence with no claim). */
export const FURNITURE_KINDS: readonly Sentence['kind'][] = ['boilerplate', 'caption'];

/** The predicted type of a gold claim sentence that got no claim. */
export const NO_TYPE = 'none';

/** What a miss got wrong: the sentence's bounds, its furniture mark, or its claim's speaker, cue or type. */
export type MissField = 'segmentation' | 'furniture' | 'speaker' | 'cue' | 'type';

/** One gold judgement the extraction got wrong. */
export interface Miss {
  /** Gold file name, e.g. "article.gold.jsonl". */
  file: string;
  /** 1-based line in the gold file. */
  line: number;
  /** Position of the gold sentence in the gold file, from 0. */
  sentence: number;
  /** The gold sentence as written in the gold file. */
  text: string;
  /** What was wrong. */
  field: MissField;
  /** The gold value (null for none, e.g. a gold claim with no cue). */
  expected: string | null;
  /** The predicted value (null when the extraction gave none). */
  got: string | null;
}

/** Claim types: accuracy over gold claims, and precision and recall per type. */
export interface TypeScores extends Accuracy {
  /** Mean F1 over the types that occur in the gold or the predictions (others have f1 null). */
  macroF1: number | null;
  /** For each type, over the gold claims: how many have it in the gold, how many got it predicted, and both. */
  perType: Record<ClaimType, PrecisionRecall>;
}

/** The figures for one article or for a whole folder. */
export interface GoldScores {
  /** Gold sentences. */
  sentences: number;
  /** Gold sentences found as exactly one predicted sentence. */
  segmentation: Accuracy;
  /** Detection of page furniture (`claim: false`). */
  furniture: PrecisionRecall;
  /** Over gold claims whose `group` is false. */
  speaker: Accuracy;
  /** Over gold claims. */
  cue: Accuracy;
  /** Over gold claims. */
  type: TypeScores;
}

export interface GoldArticleScore {
  scores: GoldScores;
  misses: Miss[];
}

/** Strongest type among the claims, by TYPE_PRECEDENCE; null when there are none. */
export function strongestType(claims: readonly Claim[]): ClaimType | null {
  return TYPE_PRECEDENCE.find((type) => claims.some((claim) => claim.type === type)) ?? null;
}

/** Predicted furniture: a boilerplate or caption sentence, a sentence without claims, or no sentence. */
export function isPredictedFurniture(aligned: AlignedSentence): boolean {
  if (aligned.claims.length === 0) return true;
  return aligned.best !== null && FURNITURE_KINDS.includes(aligned.best.kind);
}

/** Speaker name of the sentence's first claim; null if no claim or a null speaker. */
export function predictedSpeaker(aligned: AlignedSentence): string | null {
  return aligned.claims[0]?.speaker?.name ?? null;
}

/** Cue text of the sentence's first claim; null if no claim or no cue. */
export function predictedCue(aligned: AlignedSentence): string | null {
  return aligned.claims[0]?.cue?.text ?? null;
}

type TypeTally = Record<ClaimType, { correct: number; predicted: number; gold: number }>;

interface Tally {
  sentences: number;
  segmentation: { correct: number; total: number };
  furniture: { correct: number; predicted: number; gold: number };
  speaker: { correct: number; total: number };
  cue: { correct: number; total: number };
  type: { correct: number; total: number; perType: TypeTally };
}

function emptyTally(): Tally {
  const perType = Object.fromEntries(CLAIM_TYPES.map((type) => [type, { correct: 0, predicted: 0, gold: 0 }])) as TypeTally;
  return {
    sentences: 0,
    segmentation: { correct: 0, total: 0 },
    furniture: { correct: 0, predicted: 0, gold: 0 },
    speaker: { correct: 0, total: 0 },
    cue: { correct: 0, total: 0 },
    type: { correct: 0, total: 0, perType },
  };
}

function tallyToScores(tally: Tally): GoldScores {
  const perType = Object.fromEntries(
    CLAIM_TYPES.map((type) => {
      const counts = tally.type.perType[type];
      return [type, precisionRecall(counts.correct, counts.predicted, counts.gold)];
    }),
  ) as Record<ClaimType, PrecisionRecall>;
  return {
    sentences: tally.sentences,
    segmentation: accuracy(tally.segmentation.correct, tally.segmentation.total),
    furniture: precisionRecall(tally.furniture.correct, tally.furniture.predicted, tally.furniture.gold),
    speaker: accuracy(tally.speaker.correct, tally.speaker.total),
    cue: accuracy(tally.cue.correct, tally.cue.total),
    type: {
      ...accuracy(tally.type.correct, tally.type.total),
      macroF1: meanOfDefined(CLAIM_TYPES.map((type) => perType[type].f1)),
      perType,
    },
  };
}

function scoresToTally(scores: GoldScores): Tally {
  const tally = emptyTally();
  tally.sentences = scores.sentences;
  tally.segmentation = { correct: scores.segmentation.correct, total: scores.segmentation.total };
  tally.furniture = { correct: scores.furniture.correct, predicted: scores.furniture.predicted, gold: scores.furniture.gold };
  tally.speaker = { correct: scores.speaker.correct, total: scores.speaker.total };
  tally.cue = { correct: scores.cue.correct, total: scores.cue.total };
  tally.type.correct = scores.type.correct;
  tally.type.total = scores.type.total;
  for (const type of CLAIM_TYPES) {
    const counts = scores.type.perType[type];
    tally.type.perType[type] = { correct: counts.correct, predicted: counts.predicted, gold: counts.gold };
  }
  return tally;
}

function addTally(into: Tally, from: Tally): void {
  into.sentences += from.sentences;
  for (const key of ['segmentation', 'speaker', 'cue'] as const) {
    into[key].correct += from[key].correct;
    into[key].total += from[key].total;
  }
  into.furniture.correct += from.furniture.correct;
  into.furniture.predicted += from.furniture.predicted;
  into.furniture.gold += from.furniture.gold;
  into.type.correct += from.type.correct;
  into.type.total += from.type.total;
  for (const type of CLAIM_TYPES) {
    into.type.perType[type].correct += from.type.perType[type].correct;
    into.type.perType[type].predicted += from.type.perType[type].predicted;
    into.type.perType[type].gold += from.type.perType[type].gold;
  }
}

/** Totals over several articles: counts are summed, ratios recomputed from the sums (micro). */
export function sumGoldScores(list: readonly GoldScores[]): GoldScores {
  const total = emptyTally();
  for (const scores of list) addTally(total, scoresToTally(scores));
  return tallyToScores(total);
}

type MissSink = (field: MissField, expected: string | null, got: string | null) => void;

function spanLabel(start: number, end: number): string {
  return `${start}-${end}`;
}

function scoreSegmentation(tally: Tally, aligned: AlignedSentence, miss: MissSink): void {
  tally.segmentation.total += 1;
  if (aligned.segmentedRight) {
    tally.segmentation.correct += 1;
    return;
  }
  const got = aligned.overlapping.map((span) => spanLabel(span.start, span.end));
  miss('segmentation', spanLabel(aligned.gold.start, aligned.gold.end), got.length === 0 ? null : got.join(', '));
}

function scoreFurniture(tally: Tally, aligned: AlignedSentence, miss: MissSink): void {
  const gold = !aligned.gold.claim;
  const predicted = isPredictedFurniture(aligned);
  if (gold) tally.furniture.gold += 1;
  if (predicted) tally.furniture.predicted += 1;
  if (gold && predicted) tally.furniture.correct += 1;
  if (gold !== predicted) miss('furniture', gold ? 'furniture' : 'claim', predicted ? 'furniture' : 'claim');
}

function scoreClaim(tally: Tally, aligned: AlignedSentence, miss: MissSink): void {
  const gold = aligned.gold;
  if (!gold.claim) return;

  if (!gold.group) {
    tally.speaker.total += 1;
    const got = predictedSpeaker(aligned);
    if (speakerMatches(got, gold.speaker, gold.aliases)) tally.speaker.correct += 1;
    else miss('speaker', gold.speaker, got);
  }

  tally.cue.total += 1;
  const cue = predictedCue(aligned);
  if (cueMatches(cue, gold.cue)) tally.cue.correct += 1;
  else miss('cue', gold.cue, cue);

  tally.type.total += 1;
  tally.type.perType[gold.type].gold += 1;
  const type = strongestType(aligned.claims);
  if (type !== null) tally.type.perType[type].predicted += 1;
  if (type === gold.type) {
    tally.type.correct += 1;
    tally.type.perType[type].correct += 1;
  } else {
    miss('type', gold.type, type ?? NO_TYPE);
  }
}

/** Scores one article's aligned sentences; `file` names the gold file in the misses. */
export function scoreGoldArticle(file: string, aligned: readonly AlignedSentence[]): GoldArticleScore {
  const tally = emptyTally();
  const misses: Miss[] = [];
  for (const sentence of aligned) {
    const miss: MissSink = (field, expected, got) => {
      misses.push({ file, line: sentence.gold.line, sentence: sentence.index, text: sentence.gold.sentence, field, expected, got });
    };
    tally.sentences += 1;
    scoreSegmentation(tally, sentence, miss);
    scoreFurniture(tally, sentence, miss);
    scoreClaim(tally, sentence, miss);
  }
  return { scores: tallyToScores(tally), misses };
}
