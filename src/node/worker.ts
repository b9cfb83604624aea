/**
 * The worker thread of the records pool (`claimex extract --jsonl --jobs N`, and
 * `createRecordExtractor({ jobs })` of claimex/node), built by tsup to dist/cli-worker.js
 * beside dist/cli.js and dist/node.js. Each worker thread loads the NLP models once, on
 * start, and then runs the records piscina hands it.
 */
import { createExtractor } from '../extractor.js';
import { processRecord, type RecordResult, type RecordTask } from './records.js';

const extractor = createExtractor();

export default function extractRecord(task: RecordTask): RecordResult {
  return processRecord(extractor, task);
}
