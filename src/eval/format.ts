import { formatBratReport } from './brat-format.js';
import type { EvalReport, GoldArticleReport, GoldEvalReport } from './report.js';
import type { GoldScores, Miss } from './score.js';
import { formatRatio, layoutTable } from './table.js';
import { WHITESPACE_RUNS } from '../regex.js';

export { formatRatio } from './table.js';

/** How `formatReport` prints an evaluation report. */
export interface FormatOptions {
  /** List every miss (gold) or the missed and spurious spans (brat) under its article, after the table. */
  verbose?: boolean;
}

/** Longest gold sentence text shown under a miss before it is cut with an ellipsis. */
const MAX_SENTENCE_CHARS = 160;

interface Column {
  header: string;
  cell: (scores: GoldScores) => string;
}

const COLUMNS: readonly Column[] = [
  { header: 'sentences', cell: (s) => String(s.sentences) },
  { header: 'seg', cell: (s) => formatRatio(s.segmentation.accuracy) },
  { header: 'furn P', cell: (s) => formatRatio(s.furniture.precision) },
  { header: 'furn R', cell: (s) => formatRatio(s.furniture.recall) },
  { header: 'speaker', cell: (s) => formatRatio(s.speaker.accuracy) },
  { header: 'cue', cell: (s) => formatRatio(s.cue.accuracy) },
  { header: 'type acc', cell: (s) => formatRatio(s.type.accuracy) },
  { header: 'type macro-F1', cell: (s) => formatRatio(s.type.macroF1) },
];

function row(name: string, scores: GoldScores): string[] {
  return [name, ...COLUMNS.map((column) => column.cell(scores))];
}

function showValue(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

function shorten(text: string): string {
  const folded = text.replace(WHITESPACE_RUNS, ' ').trim();
  return folded.length <= MAX_SENTENCE_CHARS ? folded : `${folded.slice(0, MAX_SENTENCE_CHARS - 1)}…`;
}

/** One miss: which field, what the gold says, what was predicted. */
export function formatMiss(miss: Miss): string {
  return `${miss.field}: expected ${showValue(miss.expected)}, got ${showValue(miss.got)}`;
}

/** Splits misses into runs that concern the same gold sentence (misses come in sentence order). */
function groupBySentence(misses: readonly Miss[]): Miss[][] {
  const groups: Miss[][] = [];
  for (const miss of misses) {
    const last = groups.at(-1);
    if (last !== undefined && last[0]?.sentence === miss.sentence) last.push(miss);
    else groups.push([miss]);
  }
  return groups;
}

function formatSentenceMisses(group: readonly Miss[]): string[] {
  const first = group[0];
  if (first === undefined) return [];
  return [`  line ${first.line} (#${first.sentence}): ${shorten(first.text)}`, ...group.map((miss) => `      ${formatMiss(miss)}`)];
}

function formatArticleMisses(article: GoldArticleReport): string[] {
  const count = article.misses.length;
  const heading = `${article.name} (${article.file}): ${count === 0 ? 'no misses' : `${count} miss${count === 1 ? '' : 'es'}`}`;
  return [heading, ...groupBySentence(article.misses).flatMap(formatSentenceMisses)];
}

/** A readable table (one row per article and a TOTAL row); with `verbose`, every miss below it. */
function formatGoldReport(report: GoldEvalReport, options: FormatOptions): string {
  const header = ['article', ...COLUMNS.map((column) => column.header)];
  const body = report.articles.map((article) => row(article.name, article));
  const lines = layoutTable(header, body, row('TOTAL', report.total));
  if (options.verbose) {
    for (const article of report.articles) lines.push('', ...formatArticleMisses(article));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A readable report. Gold folders: one row per article and a TOTAL row; with `verbose`,
 * every miss below it. Brat folders: see `formatBratReport`.
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  return report.format === 'brat' ? formatBratReport(report, options) : formatGoldReport(report, options);
}
