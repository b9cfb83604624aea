import type { Span } from '../types.js';
import { WHITESPACE_RUN, wordsWithAnySpacing } from '../regex.js';

/**
 * Finds `needle` in `text` at or after `from`, letting every whitespace run in the
 * needle match any non-empty whitespace run in the text (spaces, newlines, tabs).
 * The match starts and ends on non-space characters. Null when absent or blank.
 */
export function findFolded(text: string, needle: string, from = 0): Span | null {
  const words = needle.split(WHITESPACE_RUN).filter((word) => word.length > 0);
  if (words.length === 0) return null;
  const pattern = wordsWithAnySpacing(words);
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (match === null) return null;
  return { start: match.index, end: match.index + match[0].length, text: match[0] };
}

/**
 * Locates each sentence in order, each search starting where the previous match ended
 * (or where the previous search started, when that sentence was not found).
 */
export function locateSentences(text: string, sentences: readonly string[]): (Span | null)[] {
  let from = 0;
  return sentences.map((sentence) => {
    const span = findFolded(text, sentence, from);
    if (span !== null) from = span.end;
    return span;
  });
}
