/** Counts and ratio of a yes/no measure; `accuracy` is null when `total` is 0. */
export interface Accuracy {
  /** Items judged right. */
  correct: number;
  /** Items judged. */
  total: number;
  /** `correct / total`, or null when `total` is 0. */
  accuracy: number | null;
}

/** Counts and ratios of a detection measure; each ratio is null when its denominator is 0. */
export interface PrecisionRecall {
  /** Items both predicted and gold (true positives). */
  correct: number;
  /** Items predicted. */
  predicted: number;
  /** Items in the gold. */
  gold: number;
  /** `correct / predicted`. */
  precision: number | null;
  /** `correct / gold`. */
  recall: number | null;
  /** `2 × correct / (predicted + gold)`: the harmonic mean of precision and recall. */
  f1: number | null;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

export function precisionRecall(correct: number, predicted: number, gold: number): PrecisionRecall {
  return {
    correct,
    predicted,
    gold,
    precision: ratio(correct, predicted),
    recall: ratio(correct, gold),
    f1: ratio(2 * correct, predicted + gold),
  };
}

/** Mean of the values that are not null; null when all are. */
export function meanOfDefined(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length === 0 ? null : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}
