import { basename } from 'node:path';
import type { Extraction } from '../types.js';
import { alignGoldSentences } from './align.js';
import { isBratFolder } from './brat.js';
import { evaluateBratFolder, type BratEvalReport } from './brat-report.js';
import { loadGoldFolder, type GoldArticle } from './gold.js';
import { scoreGoldArticle, sumGoldScores, type GoldScores, type Miss } from './score.js';

export { formatReport, type FormatOptions } from './format.js';

/** Turns an article's text into an Extraction (e.g. `extractClaims`). */
export type ExtractFn = (text: string) => Extraction;

/** One article's figures and misses. */
export interface GoldArticleReport extends GoldScores {
  /** Article name: the file name without `.txt` / `.gold.jsonl`. */
  name: string;
  /** Gold file name, as used in the misses. */
  file: string;
  /** Every gold judgement the extraction got wrong, in file order. */
  misses: Miss[];
}

/** Evaluation of a folder of gold files. Plain JSON: no undefined, Map or NaN. */
export interface GoldEvalReport {
  /** Tells this report from a brat folder's. */
  format: 'gold';
  /** The folder as given. */
  dir: string;
  /** One report per article, by name. */
  articles: GoldArticleReport[];
  /** Counts summed over the articles, ratios recomputed from the sums. */
  total: GoldScores;
}

/** Every kind of evaluation report; `format` tells them apart. */
export type EvalReport = GoldEvalReport | BratEvalReport;

/** Scores one gold article against its extraction. */
export function evaluateGoldArticle(article: GoldArticle, extraction: Extraction): GoldArticleReport {
  const file = basename(article.goldPath);
  const aligned = alignGoldSentences(article.sentences, extraction);
  const { scores, misses } = scoreGoldArticle(file, aligned);
  return { name: article.name, file, ...scores, misses };
}

function runExtract(article: GoldArticle, extract: ExtractFn): Extraction {
  try {
    return extract(article.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`extraction failed on ${basename(article.textPath)}: ${reason}`, { cause: error });
  }
}

/** Scores already loaded gold articles; `dir` is only recorded in the report. */
export function evaluateGoldArticles(articles: readonly GoldArticle[], extract: ExtractFn, dir = ''): GoldEvalReport {
  const reports = articles.map((article) => evaluateGoldArticle(article, runExtract(article, extract)));
  return { format: 'gold', dir, articles: reports, total: sumGoldScores(reports) };
}

/** Reads NAME.txt + NAME.gold.jsonl pairs from `dir`, runs `extract` on each text, scores it. */
export function evaluateGoldFolder(dir: string, extract: ExtractFn): GoldEvalReport {
  return evaluateGoldArticles(loadGoldFolder(dir), extract, dir);
}

/** The annotation format of a folder: brat when it has `text/` and `attributions/` subfolders, else gold. */
export function detectFolderFormat(dir: string): EvalReport['format'] {
  return isBratFolder(dir) ? 'brat' : 'gold';
}

/**
 * Evaluates a folder of annotated articles: a brat standoff folder (`text/` and
 * `attributions/` subfolders, e.g. PolNeAR) or a folder of NAME.txt + NAME.gold.jsonl.
 */
export function evaluateFolder(dir: string, extract: ExtractFn): EvalReport {
  return detectFolderFormat(dir) === 'brat' ? evaluateBratFolder(dir, extract) : evaluateGoldFolder(dir, extract);
}
