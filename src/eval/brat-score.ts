/**
 * Scoring an extraction against a brat article: span-level precision, recall and F1
 * for Source, Cue and Content spans, and relation-level figures for (source, cue) pairs,
 * each under two matching rules.
 *
 * - Exact: both spans have the same offsets once surrounding whitespace, quote marks
 *   and punctuation are trimmed from both ends (TRIM_CHARACTERS). A discontinuous gold
 *   span is compared by its trimmed hull [first start, last end]. A span that is nothing
 *   but such characters (PolNeAR has ":" cues) is compared untrimmed.
 * - Overlap: a one-to-one matching of spans that share at least one character (after
 *   trimming; for a discontinuous gold span, characters of its fragments). Exact matches
 *   are paired first, then the remaining overlapping pairs greedily, largest overlap
 *   first (ties: earlier gold, then earlier prediction). So every exact match is also an
 *   overlap match. Pairs are found with a sweep over spans sorted by start, so an
 *   article costs O(n log n + k log k) for n spans and k overlapping pairs.
 *
 * Predictions: only claims with a cue or a source are attributions (narration claims
 * with neither are ignored). Their `source`, `cue` and every `content` piece are the
 * predicted spans of each label, identical offsets counted once; the cue is taken with
 * its verb group (`cue.phrase`: "has also said"), as PolNeAR marks cues. Predicted relations are
 * the distinct (cue, source) pairs of claims with a cue; a gold relation is an `E` with a
 * Cue, and it is found by a predicted relation whose cue matches its cue and whose source
 * matches its source (a gold relation without a Source needs a predicted source of null).
 */
import type { Claim, Extraction, Span } from '../types.js';
import type { BratArticle, BratFragment, BratTextBound } from './brat.js';
import { precisionRecall, type PrecisionRecall } from './metrics.js';
import { oneOfOrSpace } from '../regex.js';

/** The span labels scored, as named in the report. */
export const BRAT_LABELS = ['source', 'cue', 'content'] as const;
export type BratLabel = (typeof BRAT_LABELS)[number];

/** The report's rows: the three span labels and the (source, cue) relation. */
export const BRAT_ROWS = [...BRAT_LABELS, 'relation'] as const;
export type BratRow = (typeof BRAT_ROWS)[number];

/** The brat label of each scored span label. */
export const BRAT_LABEL_NAMES: Record<BratLabel, string> = { source: 'Source', cue: 'Cue', content: 'Content' };

/** Exact and overlap figures of one row. */
export interface BratFigures {
  /** A prediction matches a gold span only with the same bounds (after trimming). */
  exact: PrecisionRecall;
  /** A prediction matches a gold span it overlaps (each paired at most once). */
  overlap: PrecisionRecall;
}

/** The figures for one article or a whole folder: one entry per row. */
export interface BratScores extends Record<BratRow, BratFigures> {
  /** Source spans. */
  source: BratFigures;
  /** Cue spans. */
  cue: BratFigures;
  /** Content spans. */
  content: BratFigures;
  /** (source, cue) pairs of one attribution. */
  relation: BratFigures;
}

/** A span (or relation) paired with another only under overlap matching. */
export interface BratPartner {
  /** The partner's id, as in `BratError.id`. */
  id: string;
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** Its text, as in `BratError.text`. */
  text: string;
}

/** A gold span no prediction matches exactly, or a prediction matching no gold span exactly. */
export interface BratError {
  /** A gold span (or relation) missed, or a prediction that is not in the gold. */
  kind: 'missed' | 'spurious';
  /** The row it counts in. */
  label: BratRow;
  /** Gold: the T id (the E id for a relation). Predicted: the id of the first claim that gave it. */
  id: string;
  /** Untrimmed offsets of the first and last character; for a relation, of the cue. */
  start: number;
  /** Offset just past the last character (see `start`). */
  end: number;
  /** The fragments (one for predictions); for a relation, of the cue. */
  fragments: BratFragment[];
  /** The text (fragments joined by " … "); for a relation, `CUE (source: SOURCE)` or `CUE (no source)`. */
  text: string;
  /** Its partner under overlap matching (a partial match), or null when it has none. */
  overlap: BratPartner | null;
}

export interface BratArticleScore {
  scores: BratScores;
  /** Errors in text order: by start, missed before spurious at the same start, then by end and row. */
  errors: BratError[];
}

/** Characters trimmed from both ends of every span before comparing: whitespace, quote marks, punctuation. */
export const TRIM_CHARACTERS = `"“”‘’'«»,.…:;!?—–-`;

const TRIMMED = oneOfOrSpace(TRIM_CHARACTERS);

/** The offsets of `text.slice(start, end)` without surrounding whitespace, quotes and punctuation. */
export function trimRange(text: string, start: number, end: number): BratFragment {
  let from = start;
  let to = end;
  while (from < to && TRIMMED.test(text.charAt(from))) from += 1;
  while (to > from && TRIMMED.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

/** A span ready for matching. */
interface Item {
  id: string;
  fragments: BratFragment[];
  /** Untrimmed hull. */
  rawStart: number;
  rawEnd: number;
  /** Trimmed hull (the untrimmed one when trimming would leave nothing). */
  start: number;
  end: number;
  /** The fragments clipped to the trimmed hull (non-empty ones). */
  pieces: BratFragment[];
  text: string;
}

function makeItem(text: string, id: string, fragments: readonly BratFragment[]): Item {
  const sorted = [...fragments].sort((a, b) => a.start - b.start || a.end - b.end);
  const rawStart = Math.min(...sorted.map((fragment) => fragment.start));
  const rawEnd = Math.max(...sorted.map((fragment) => fragment.end));
  // A span of nothing but punctuation (a ":" cue) is kept whole rather than emptied.
  const trimmed = trimRange(text, rawStart, rawEnd);
  const { start, end } = trimmed.end > trimmed.start ? trimmed : { start: rawStart, end: rawEnd };
  const pieces = sorted
    .map((fragment) => ({ start: Math.max(fragment.start, start), end: Math.min(fragment.end, end) }))
    .filter((piece) => piece.end > piece.start);
  const shown = sorted.map((fragment) => text.slice(fragment.start, fragment.end)).join(' … ');
  return { id, fragments: sorted, rawStart, rawEnd, start, end, pieces, text: shown };
}

function exactKey(item: Item): string {
  return `${item.start}:${item.end}`;
}

/** Characters two items share (over their trimmed pieces). */
function sharedLength(a: Item, b: Item): number {
  let shared = 0;
  for (const x of a.pieces) {
    for (const y of b.pieces) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
}

export interface OverlapPair {
  gold: number;
  pred: number;
  overlap: number;
}

/**
 * Every (gold, predicted) pair of items sharing characters, by a sweep over both lists
 * sorted by trimmed start: each item is paired with the still-open items of the other list.
 */
function overlappingPairs(gold: readonly Item[], pred: readonly Item[]): OverlapPair[] {
  type Entry = { side: 0 | 1; index: number; item: Item };
  const entries: Entry[] = [
    ...gold.map((item, index): Entry => ({ side: 0, index, item })),
    ...pred.map((item, index): Entry => ({ side: 1, index, item })),
  ].filter((entry) => entry.item.end > entry.item.start);
  entries.sort((a, b) => a.item.start - b.item.start || a.side - b.side || a.index - b.index);
  const open: [Entry[], Entry[]] = [[], []];
  const pairs: OverlapPair[] = [];
  for (const entry of entries) {
    const at = entry.item.start;
    open[0] = open[0].filter((other) => other.item.end > at);
    open[1] = open[1].filter((other) => other.item.end > at);
    for (const other of open[entry.side === 0 ? 1 : 0]) {
      const [g, p] = entry.side === 0 ? [entry, other] : [other, entry];
      const overlap = sharedLength(g.item, p.item);
      if (overlap > 0) pairs.push({ gold: g.index, pred: p.index, overlap });
    }
    open[entry.side].push(entry);
  }
  return pairs;
}

/** A one-to-one matching: the partner of each gold and each predicted item, or -1. */
export interface Matching {
  goldToPred: number[];
  predToGold: number[];
  correct: number;
}

/** Pairs gold and predicted items with equal keys, one to one, in list order. */
export function matchExact(goldKeys: readonly string[], predKeys: readonly string[]): Matching {
  const waiting = new Map<string, number[]>();
  goldKeys.forEach((key, index) => {
    const list = waiting.get(key);
    if (list === undefined) waiting.set(key, [index]);
    else list.push(index);
  });
  const goldToPred = goldKeys.map(() => -1);
  const predToGold = predKeys.map(() => -1);
  let correct = 0;
  predKeys.forEach((key, pred) => {
    const gold = waiting.get(key)?.shift();
    if (gold === undefined) return;
    goldToPred[gold] = pred;
    predToGold[pred] = gold;
    correct += 1;
  });
  return { goldToPred, predToGold, correct };
}

/**
 * Extends `initial` (e.g. the exact matching) one to one with the candidate pairs,
 * largest overlap first; ties go to the earlier gold item, then the earlier prediction.
 */
export function matchGreedy(initial: Matching, pairs: readonly OverlapPair[]): Matching {
  const goldToPred = [...initial.goldToPred];
  const predToGold = [...initial.predToGold];
  let correct = initial.correct;
  const sorted = [...pairs].sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  for (const pair of sorted) {
    if (goldToPred[pair.gold] !== -1 || predToGold[pair.pred] !== -1) continue;
    goldToPred[pair.gold] = pair.pred;
    predToGold[pair.pred] = pair.gold;
    correct += 1;
  }
  return { goldToPred, predToGold, correct };
}

/** Whether a claim counts as a predicted attribution. */
export function isPredictedAttribution(claim: Claim): boolean {
  return claim.cue !== null || claim.source !== null;
}

function spanFragments(span: Span): BratFragment[] {
  return [{ start: span.start, end: span.end }];
}

/**
 * Predicted contents: one per attribution, its pieces as fragments — the pieces of a
 * quote split around its cue, and the sentences a quote runs on into (claims sharing
 * a `frame`), as PolNeAR annotates one discontinuous content.
 */
export function predictedContents(claims: readonly Claim[]): { id: string; fragments: BratFragment[] }[] {
  const byFrame = new Map<string, { id: string; fragments: BratFragment[]; attributed: boolean }>();
  for (const claim of claims) {
    const group = byFrame.get(claim.frame) ?? { id: claim.id, fragments: [], attributed: false };
    group.attributed ||= isPredictedAttribution(claim);
    group.fragments.push(...claim.content.map((span) => ({ start: span.start, end: span.end })));
    byFrame.set(claim.frame, group);
  }
  return [...byFrame.values()].filter((group) => group.attributed && group.fragments.length > 0).map(({ id, fragments }) => ({ id, fragments }));
}

/** A claim's cue as PolNeAR marks cues: with the rest of its verb group ("has also said"), when the claim gives it. */
export function cueSpan(claim: Claim): Span | null {
  return claim.cue === null ? null : (claim.cue.phrase ?? claim.cue);
}

/** The distinct predicted spans of a label, in text order. */
export function predictedSpans(claims: readonly Claim[], label: BratLabel): { id: string; span: Span }[] {
  const seen = new Set<string>();
  const spans: { id: string; span: Span }[] = [];
  for (const claim of claims) {
    if (!isPredictedAttribution(claim)) continue;
    const candidates = label === 'content' ? claim.content : [label === 'source' ? claim.source : cueSpan(claim)];
    for (const span of candidates) {
      if (span === null) continue;
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({ id: claim.id, span });
    }
  }
  return spans.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function byPosition(a: Item, b: Item): number {
  return a.rawStart - b.rawStart || a.rawEnd - b.rawEnd;
}

function partner(item: Item | undefined): BratPartner | null {
  return item === undefined ? null : { id: item.id, start: item.rawStart, end: item.rawEnd, text: item.text };
}

function errorsOf(label: BratRow, gold: readonly Item[], pred: readonly Item[], exact: Matching, overlap: Matching): BratError[] {
  const errors: BratError[] = [];
  const push = (kind: BratError['kind'], item: Item, other: Item | undefined): void => {
    errors.push({ kind, label, id: item.id, start: item.rawStart, end: item.rawEnd, fragments: item.fragments, text: item.text, overlap: partner(other) });
  };
  gold.forEach((item, index) => {
    if (exact.goldToPred[index] === -1) push('missed', item, pred[overlap.goldToPred[index] ?? -1]);
  });
  pred.forEach((item, index) => {
    if (exact.predToGold[index] === -1) push('spurious', item, gold[overlap.predToGold[index] ?? -1]);
  });
  return errors;
}

function figures(exact: Matching, overlap: Matching, predicted: number, gold: number): BratFigures {
  return { exact: precisionRecall(exact.correct, predicted, gold), overlap: precisionRecall(overlap.correct, predicted, gold) };
}

function scoreItems(label: BratRow, gold: Item[], pred: Item[]): { figures: BratFigures; errors: BratError[] } {
  const exact = matchExact(gold.map(exactKey), pred.map(exactKey));
  const overlap = matchGreedy(exact, overlappingPairs(gold, pred));
  return { figures: figures(exact, overlap, pred.length, gold.length), errors: errorsOf(label, gold, pred, exact, overlap) };
}

/** A relation for matching: its cue, and its source or null. */
interface RelationItem {
  id: string;
  cue: Item;
  source: Item | null;
}

function relationKey(relation: RelationItem): string {
  return `${exactKey(relation.cue)}|${relation.source === null ? '-' : exactKey(relation.source)}`;
}

/** Text order: by cue, then by source (none first). */
function relationOrder(a: RelationItem, b: RelationItem): number {
  return byPosition(a.cue, b.cue) || (a.source?.rawStart ?? -1) - (b.source?.rawStart ?? -1) || (a.source?.rawEnd ?? -1) - (b.source?.rawEnd ?? -1);
}

/** The relation shown as one item: the cue's place, a text naming cue and source. */
function relationAsItem(relation: RelationItem): Item {
  const source = relation.source === null ? 'no source' : `source: ${relation.source.text}`;
  return { ...relation.cue, id: relation.id, text: `${relation.cue.text} (${source})` };
}

/** Gold relations: every E with a Cue. */
function goldRelations(text: string, article: BratArticle): RelationItem[] {
  return article.relations
    .flatMap((relation) =>
      relation.cue === null
        ? []
        : [{ id: relation.id, cue: boundItem(text, relation.cue), source: relation.source === null ? null : boundItem(text, relation.source) }],
    )
    .sort(relationOrder);
}

/** Predicted relations: the distinct (cue, source) offsets of claims with a cue. */
function predictedRelations(text: string, claims: readonly Claim[]): RelationItem[] {
  const seen = new Set<string>();
  const relations: RelationItem[] = [];
  for (const claim of claims) {
    const cue = cueSpan(claim);
    if (cue === null) continue;
    const key = `${cue.start}:${cue.end}|${claim.source === null ? '-' : `${claim.source.start}:${claim.source.end}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({
      id: claim.id,
      cue: makeItem(text, claim.id, spanFragments(cue)),
      source: claim.source === null ? null : makeItem(text, claim.id, spanFragments(claim.source)),
    });
  }
  return relations.sort(relationOrder);
}

/**
 * Relation matching. Exact: equal trimmed cue and equal trimmed source (or both none).
 * Overlap: cues overlapping and sources overlapping (or both none), greedy by the summed overlap.
 */
function scoreRelations(text: string, article: BratArticle, claims: readonly Claim[]): { figures: BratFigures; errors: BratError[] } {
  const gold = goldRelations(text, article);
  const pred = predictedRelations(text, claims);
  const exact = matchExact(gold.map(relationKey), pred.map(relationKey));
  const candidates: OverlapPair[] = [];
  const cuePairs = overlappingPairs(
    gold.map((relation) => relation.cue),
    pred.map((relation) => relation.cue),
  );
  for (const pair of cuePairs) {
    const goldSource = gold[pair.gold]?.source ?? null;
    const predSource = pred[pair.pred]?.source ?? null;
    if (goldSource === null || predSource === null) {
      if (goldSource === predSource) candidates.push(pair);
      continue;
    }
    const sourceOverlap = sharedLength(goldSource, predSource);
    if (sourceOverlap > 0) candidates.push({ ...pair, overlap: pair.overlap + sourceOverlap });
  }
  const overlap = matchGreedy(exact, candidates);
  return {
    figures: figures(exact, overlap, pred.length, gold.length),
    errors: errorsOf('relation', gold.map(relationAsItem), pred.map(relationAsItem), exact, overlap),
  };
}

function boundItem(text: string, bound: BratTextBound): Item {
  return makeItem(text, bound.id, bound.fragments);
}

function errorOrder(a: BratError, b: BratError): number {
  const kind = a.kind === b.kind ? 0 : a.kind === 'missed' ? -1 : 1;
  return a.start - b.start || kind || a.end - b.end || BRAT_ROWS.indexOf(a.label) - BRAT_ROWS.indexOf(b.label);
}

/** Frames whose cue is the colon after their source: "MOFA: ...", "WALLACE: ...". */
const COLON_RULES = new Set(['attribute/headline-colon', 'attribute/transcript-turn']);

/**
 * The output contract gives a headline "SOURCE: claim" no cue (ANNOTATION.md); PolNeAR marks
 * its colon as the cue. For scoring, such a claim's cue is the colon after its source.
 */
function withColonCue(text: string, claim: Claim): Claim {
  if (claim.cue !== null || claim.source === null || !claim.evidence.some((rule) => COLON_RULES.has(rule))) return claim;
  const colon = text.indexOf(':', claim.source.end);
  if (colon < 0 || colon > claim.source.end + 2) return claim;
  return { ...claim, cue: { start: colon, end: colon + 1, text: ':', lemma: ':' } };
}

/** Scores one article's extraction against its brat annotations. */
export function scoreBratArticle(article: BratArticle, input: Extraction): BratArticleScore {
  const text = article.text;
  const extraction = { ...input, claims: input.claims.map((claim) => withColonCue(text, claim)) };
  const errors: BratError[] = [];
  const scores = {} as BratScores;
  for (const label of BRAT_LABELS) {
    const gold = article.textBounds
      .filter((bound) => bound.label === BRAT_LABEL_NAMES[label])
      .map((bound) => boundItem(text, bound))
      .sort(byPosition);
    const pred =
      label === 'content'
        ? predictedContents(extraction.claims).map(({ id, fragments }) => makeItem(text, id, fragments))
        : predictedSpans(extraction.claims, label).map(({ id, span }) => makeItem(text, id, spanFragments(span)));
    const scored = scoreItems(label, gold, pred);
    scores[label] = scored.figures;
    errors.push(...scored.errors);
  }
  const relations = scoreRelations(text, article, extraction.claims);
  scores.relation = relations.figures;
  errors.push(...relations.errors);
  errors.sort(errorOrder);
  return { scores, errors };
}

/** Empty figures (no gold, no predictions). */
export function emptyBratScores(): BratScores {
  const empty = (): BratFigures => ({ exact: precisionRecall(0, 0, 0), overlap: precisionRecall(0, 0, 0) });
  return { source: empty(), cue: empty(), content: empty(), relation: empty() };
}

/** Totals over several articles: counts summed, ratios recomputed from the sums (micro). */
export function sumBratScores(list: readonly BratScores[]): BratScores {
  const total = emptyBratScores();
  for (const row of BRAT_ROWS) {
    for (const variant of ['exact', 'overlap'] as const) {
      let correct = 0;
      let predicted = 0;
      let gold = 0;
      for (const scores of list) {
        correct += scores[row][variant].correct;
        predicted += scores[row][variant].predicted;
        gold += scores[row][variant].gold;
      }
      total[row][variant] = precisionRecall(correct, predicted, gold);
    }
  }
  return total;
}
