/** Extracting the claims of article files. */
import { extractClaims, type Extractor } from '../extractor.js';
import type { Extraction } from '../types.js';
import { readArticle } from './read.js';

/** One file's Extraction, as `extractFiles` gives it. */
export interface FileExtraction {
  /** The path as given. */
  file: string;
  /** What `extractFile` gives for that file. */
  extraction: Extraction;
}

/**
 * Reads one article file (see `readArticle`) and extracts its claims, with `extractor`
 * when given, else with the shared default extractor of `extractClaims`.
 */
export async function extractFile(path: string, extractor?: Extractor): Promise<Extraction> {
  const text = await readArticle(path);
  return extractor ? extractor.extract(text) : extractClaims(text);
}

/**
 * Reads every file first, so that an unreadable one rejects (with its FileReadError)
 * before any extraction is done, then extracts each in order, with `extractor` when
 * given, else with the shared default extractor of `extractClaims`.
 */
export async function extractFiles(paths: readonly string[], extractor?: Extractor): Promise<FileExtraction[]> {
  const texts = await Promise.all(paths.map((path) => readArticle(path)));
  return texts.map((text, i) => ({ file: paths[i]!, extraction: extractor ? extractor.extract(text) : extractClaims(text) }));
}
