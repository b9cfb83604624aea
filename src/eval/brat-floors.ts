import type { BratEvalReport } from './brat-report.js';
import { BRAT_ROWS, type BratRow } from './brat-score.js';
import { formatRatio } from './table.js';

/** The figures a floor can be set on. */
export const BRAT_FLOOR_FIGURES = ['exactPrecision', 'exactRecall', 'exactF1', 'overlapPrecision', 'overlapRecall', 'overlapF1'] as const;
export type BratFloorFigure = (typeof BRAT_FLOOR_FIGURES)[number];

/**
 * Minimum figures, as ratios in [0, 1] like the report (0.42 for 42%), e.g.
 * `{ source: { exactF1: 0.4, overlapF1: 0.6 }, cue: { ... }, content: { ... } }`.
 * Rows and figures left out are not checked.
 */
export type BratFloors = Partial<Record<BratRow, Partial<Record<BratFloorFigure, number>>>>;

/** One figure below its floor. */
export interface BratFloorFailure {
  row: BratRow;
  figure: BratFloorFigure;
  floor: number;
  /** The figure in the report's total; null when undefined (nothing predicted or no gold). */
  actual: number | null;
  /** E.g. "source exactF1 38.2% is below the floor 40.0%". */
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `floors` (typically read from a JSON file) names only known rows and
 * figures with numbers in [0, 1]; a typo would otherwise silently check nothing.
 * Throws a TypeError naming the offending entry.
 */
export function validateBratFloors(floors: unknown): BratFloors {
  if (!isRecord(floors)) throw new TypeError('brat floors must be an object of rows');
  for (const [row, figures] of Object.entries(floors)) {
    if (!(BRAT_ROWS as readonly string[]).includes(row)) throw new TypeError(`brat floors: unknown row "${row}" (expected ${BRAT_ROWS.join(', ')})`);
    if (!isRecord(figures)) throw new TypeError(`brat floors: "${row}" must be an object of figures`);
    for (const [figure, floor] of Object.entries(figures)) {
      if (!(BRAT_FLOOR_FIGURES as readonly string[]).includes(figure)) {
        throw new TypeError(`brat floors: unknown figure "${row}.${figure}" (expected ${BRAT_FLOOR_FIGURES.join(', ')})`);
      }
      if (typeof floor !== 'number' || !(floor >= 0 && floor <= 1)) {
        throw new TypeError(`brat floors: "${row}.${figure}" must be a ratio between 0 and 1 (got ${JSON.stringify(floor)})`);
      }
    }
  }
  return floors as BratFloors;
}

function figureOf(report: BratEvalReport, row: BratRow, figure: BratFloorFigure): number | null {
  const variant = figure.startsWith('exact') ? report.total[row].exact : report.total[row].overlap;
  if (figure.endsWith('Precision')) return variant.precision;
  if (figure.endsWith('Recall')) return variant.recall;
  return variant.f1;
}

/**
 * The figures of the report's total that fall below their floor, in row then figure
 * order; an empty list when all hold. An undefined figure (null) fails any floor.
 * Invalid floors throw (see `validateBratFloors`).
 */
export function bratFloorsCheck(report: BratEvalReport, floors: BratFloors): BratFloorFailure[] {
  validateBratFloors(floors);
  const failures: BratFloorFailure[] = [];
  for (const row of BRAT_ROWS) {
    const figures = floors[row];
    if (figures === undefined) continue;
    for (const figure of BRAT_FLOOR_FIGURES) {
      const floor = figures[figure];
      if (floor === undefined) continue;
      const actual = figureOf(report, row, figure);
      if (actual !== null && actual >= floor) continue;
      const message =
        actual === null
          ? `${row} ${figure} is undefined (nothing to measure), floor ${formatRatio(floor)}`
          : `${row} ${figure} ${formatRatio(actual)} is below the floor ${formatRatio(floor)}`;
      failures.push({ row, figure, floor, actual, message });
    }
  }
  return failures;
}
