import type { BratEvalReport, BratArticleReport } from './brat-report.js';
import { BRAT_ROWS, type BratError, type BratScores } from './brat-score.js';
import type { FormatOptions } from './format.js';
import { formatRatio, layoutTable } from './table.js';
import { WHITESPACE_RUNS } from '../regex.js';

/** Errors listed per article with `verbose`; the rest are counted in a "... N more" line. */
export const MAX_ERRORS_PER_ARTICLE = 30;

/** Longest span text shown in an error line before it is cut with an ellipsis. */
export const MAX_SPAN_CHARS = 80;

const HEADER = ['', 'gold', 'predicted', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'];

function rows(scores: BratScores): string[][] {
  return BRAT_ROWS.map((row) => {
    const { exact, overlap } = scores[row];
    return [
      row,
      String(exact.gold),
      String(exact.predicted),
      formatRatio(exact.precision),
      formatRatio(exact.recall),
      formatRatio(exact.f1),
      formatRatio(overlap.precision),
      formatRatio(overlap.recall),
      formatRatio(overlap.f1),
    ];
  });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Folds whitespace and cuts the text at MAX_SPAN_CHARS with an ellipsis. */
export function shortenSpan(text: string): string {
  const folded = text.replace(WHITESPACE_RUNS, ' ').trim();
  return folded.length <= MAX_SPAN_CHARS ? folded : `${folded.slice(0, MAX_SPAN_CHARS - 1)}…`;
}

function offsets(error: BratError): string {
  return error.fragments.map((fragment) => `${fragment.start}-${fragment.end}`).join(';');
}

/** One error: kind, row, offsets, text, and its partial (overlap) match if any. */
export function formatBratError(error: BratError): string {
  const partial = error.overlap === null ? '' : `  ~ overlaps ${error.overlap.start}-${error.overlap.end} ${JSON.stringify(shortenSpan(error.overlap.text))}`;
  return `${error.kind.padEnd(8)}  ${error.label.padEnd(8)}  ${offsets(error)}  ${JSON.stringify(shortenSpan(error.text))}${partial}`;
}

function formatArticleErrors(article: BratArticleReport): string[] {
  const missed = article.errors.filter((error) => error.kind === 'missed').length;
  const spurious = article.errors.length - missed;
  const mismatches = article.textMismatches === 0 ? '' : `, ${plural(article.textMismatches, 'annotation text')} differing from the article`;
  const heading = `${article.name} (${article.annFile}): ${missed} missed, ${spurious} spurious${mismatches}`;
  const shown = article.errors.slice(0, MAX_ERRORS_PER_ARTICLE).map((error) => `  ${formatBratError(error)}`);
  const hidden = article.errors.length - shown.length;
  return hidden > 0 ? [heading, ...shown, `  ... ${hidden} more`] : [heading, ...shown];
}

/**
 * A brat report as a table: rows source, cue, content and relation; gold and predicted
 * counts; exact and overlap precision, recall and F1 (micro over the articles). With
 * `verbose`, each article's missed gold spans and spurious predictions (exact matching;
 * "~ overlaps" names the partner under overlap matching), at most MAX_ERRORS_PER_ARTICLE each.
 */
export function formatBratReport(report: BratEvalReport, options: FormatOptions = {}): string {
  const { total } = report;
  const lines = [
    `brat evaluation: ${plural(total.articleCount, 'article')}${report.dir === '' ? '' : ` in ${report.dir}`}`,
    '',
    ...layoutTable(HEADER, rows(total)),
    '',
    'exact: same offsets after trimming spaces, quotes and punctuation; overlap: one-to-one, largest overlap first;',
    'relation: a predicted claim whose cue and source both match the gold cue and source.',
  ];
  if (total.textMismatches > 0) lines.push(`${plural(total.textMismatches, 'annotation text')} differ from the article text at their offsets.`);
  if (options.verbose) {
    for (const article of report.articles) lines.push('', ...formatArticleErrors(article));
  }
  return `${lines.join('\n')}\n`;
}
