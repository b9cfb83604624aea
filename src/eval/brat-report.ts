import { basename } from 'node:path';
import type { Extraction } from '../types.js';
import { loadBratFolder, type BratArticle } from './brat.js';
import { scoreBratArticle, sumBratScores, type BratError, type BratScores } from './brat-score.js';
import type { ExtractFn } from './report.js';

/** One brat article's figures and errors. */
export interface BratArticleReport extends BratScores {
  /** Article name: the text file name without `.txt`. */
  name: string;
  /** Text file name, e.g. "NAME.txt". */
  textFile: string;
  /** Annotation file name, e.g. "NAME_4e07.ann". */
  annFile: string;
  /** `T` spans whose text in the .ann differs from the article text at their offsets. */
  textMismatches: number;
  /** Missed gold spans and spurious predictions (exact matching), in text order. */
  errors: BratError[];
}

/** The figures summed over a folder. */
export interface BratTotal extends BratScores {
  /** Articles evaluated. */
  articleCount: number;
  /** `T` spans whose .ann text differs from the article, over all articles. */
  textMismatches: number;
}

/** Evaluation of a brat standoff folder. Plain JSON: no undefined, Map or NaN; ratios null when undefined. */
export interface BratEvalReport {
  /** Tells this report from a gold folder's. */
  format: 'brat';
  /** The folder as given. */
  dir: string;
  /** One report per article, by name. */
  articles: BratArticleReport[];
  /** Counts summed over the articles, ratios recomputed from the sums (micro). */
  total: BratTotal;
}

/** Scores one brat article against its extraction. */
export function evaluateBratArticle(article: BratArticle, extraction: Extraction): BratArticleReport {
  const { scores, errors } = scoreBratArticle(article, extraction);
  return {
    name: article.name,
    textFile: basename(article.textPath),
    annFile: basename(article.annPath),
    textMismatches: article.textMismatches.length,
    ...scores,
    errors,
  };
}

function runExtract(article: BratArticle, extract: ExtractFn): Extraction {
  try {
    return extract(article.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`extraction failed on ${basename(article.textPath)}: ${reason}`, { cause: error });
  }
}

/** Scores already loaded brat articles; `dir` is only recorded in the report. */
export function evaluateBratArticles(articles: readonly BratArticle[], extract: ExtractFn, dir = ''): BratEvalReport {
  const reports = articles.map((article) => evaluateBratArticle(article, runExtract(article, extract)));
  return {
    format: 'brat',
    dir,
    articles: reports,
    total: {
      articleCount: reports.length,
      textMismatches: reports.reduce((sum, report) => sum + report.textMismatches, 0),
      ...sumBratScores(reports),
    },
  };
}

/** Reads DIR/text/NAME.txt + DIR/attributions/NAME_xxxx.ann pairs, runs `extract` on each text, scores it. */
export function evaluateBratFolder(dir: string, extract: ExtractFn): BratEvalReport {
  return evaluateBratArticles(loadBratFolder(dir), extract, dir);
}
