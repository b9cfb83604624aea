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
  detectFolderFormat,
  evaluateFolder,
  evaluateGoldArticle,
  evaluateGoldArticles,
  evaluateGoldFolder,
  type EvalReport,
  type ExtractFn,
  type GoldArticleReport,
  type GoldEvalReport,
} from './report.js';
export { formatRatio, formatReport, type FormatOptions } from './format.js';
export {
  ANN_SUFFIX,
  BRAT_ANN_DIR,
  BRAT_SPAN_LABELS,
  BRAT_TEXT_DIR,
  BratFormatError,
  baseRole,
  bratArticle,
  bratArticleName,
  bratRelations,
  codePointOffsets,
  fragmentsText,
  isBratFolder,
  loadBratFolder,
  parseAnn,
  type BratAnnotations,
  type BratArgument,
  type BratArticle,
  type BratEvent,
  type BratFragment,
  type BratRelation,
  type BratSpanLabel,
  type BratTextBound,
  type BratTextMismatch,
} from './brat.js';
export {
  BRAT_LABELS,
  BRAT_LABEL_NAMES,
  BRAT_ROWS,
  TRIM_CHARACTERS,
  emptyBratScores,
  isPredictedAttribution,
  matchExact,
  matchGreedy,
  predictedSpans,
  scoreBratArticle,
  sumBratScores,
  trimRange,
  type BratArticleScore,
  type BratError,
  type BratFigures,
  type BratLabel,
  type BratPartner,
  type BratRow,
  type BratScores,
  type Matching,
  type OverlapPair,
} from './brat-score.js';
export {
  evaluateBratArticle,
  evaluateBratArticles,
  evaluateBratFolder,
  type BratArticleReport,
  type BratEvalReport,
  type BratTotal,
} from './brat-report.js';
export {
  BRAT_FLOOR_FIGURES,
  bratFloorsCheck,
  validateBratFloors,
  type BratFloorFailure,
  type BratFloorFigure,
  type BratFloors,
} from './brat-floors.js';
export { formatBratError, formatBratReport, MAX_ERRORS_PER_ARTICLE, MAX_SPAN_CHARS, shortenSpan } from './brat-format.js';
