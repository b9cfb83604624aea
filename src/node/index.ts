/**
 * claimex/node: the parts of claimex that need Node.js (files, worker threads), apart from
 * the core (`claimex`), which runs in a browser too.
 *
 * - Files: `readArticle`, `extractFile`, `extractFiles`.
 * - JSON Lines records, as `claimex extract --jsonl` runs them: `extractJsonl`,
 *   `createRecordExtractor` (one thread or a pool of worker threads), `readLines`,
 *   `processRecord`.
 * - Evaluation against annotated folders, as `claimex eval DIR` runs it: `evaluateFolder`
 *   (gold or brat standoff), `evaluateGoldFolder`, `evaluateBratFolder`, `formatReport`.
 *
 * @module claimex/node
 */
export { describeFsError, FileReadError, readArticle } from './read.js';
export { extractFile, extractFiles, type FileExtraction } from './files.js';
export {
  createRecordExtractor,
  extractJsonl,
  WINDOW_PER_JOB,
  type ExtractLinesOptions,
  type RecordExtractor,
  type RecordExtractorOptions,
} from './jsonl.js';
export { DEFAULT_MAX_LINE_BYTES, readLines, type InputLine } from './lines.js';
export { INVALID_UTF8_RULE, processRecord, toJsonLine, type RecordResult, type RecordTask } from './records.js';
export {
  BratFormatError,
  detectFolderFormat,
  evaluateBratFolder,
  evaluateFolder,
  evaluateGoldFolder,
  formatBratReport,
  formatReport,
  GoldFormatError,
  loadBratFolder,
  loadGoldFolder,
  type Accuracy,
  type BratArticle,
  type BratArticleReport,
  type BratError,
  type BratEvalReport,
  type BratFigures,
  type BratFragment,
  type BratPartner,
  type BratRelation,
  type BratScores,
  type BratTextBound,
  type BratTextMismatch,
  type BratTotal,
  type EvalReport,
  type ExtractFn,
  type FormatOptions,
  type GoldArticle,
  type GoldArticleReport,
  type GoldEvalReport,
  type GoldLine,
  type GoldClaimLine,
  type GoldFurnitureLine,
  type GoldScores,
  type GoldSentence,
  type Miss,
  type MissField,
  type PrecisionRecall,
  type TypeScores,
} from '../eval/index.js';
