export {
  CLAIM_TYPES,
  GoldFormatError,
  loadGoldArticle,
  loadGoldFolder,
  locateGoldLines,
  parseGoldJsonl,
  parseGoldLine,
  type GoldArticle,
  type GoldClaimLine,
  type GoldFurnitureLine,
  type GoldLine,
  type GoldSentence,
} from './gold.js';
export { findFolded, locateSentences } from './locate.js';
export { alignGoldSentences, type AlignedSentence, type PredictedSpan } from './align.js';
export { normalizeCue, normalizeSpeaker, cueMatches, speakerMatches } from './normalize.js';
export { LEADING_ARTICLES, LEADING_TITLES } from './titles.js';
export type { Accuracy, PrecisionRecall } from './metrics.js';
export {
  TYPE_PRECEDENCE,
  scoreGoldArticle,
  strongestType,
  sumGoldScores,
  type GoldScores,
  type Miss,
  type MissField,
  type TypeScores,
} from './score.js';
export {
  evaluateFolder,
  evaluateGoldArticle,
  evaluateGoldArticles,
  evaluateGoldFolder,
  type EvalReport,
  type ExtractFn,
  type GoldArticleReport,
  type GoldEvalReport,
} from './report.js';
export { formatReport, type FormatOptions } from './format.js';
