import { LEADING_ARTICLES, LEADING_TITLES } from './titles.js';
import { DASHES, PUNCTUATION, WHITESPACE_RUNS } from '../regex.js';

/** Trims and folds every whitespace run to one space. */
export function foldWhitespace(value: string): string {
  return value.trim().replace(WHITESPACE_RUNS, ' ');
}

/** Cue text as compared: case-insensitive, whitespace folded. */
export function normalizeCue(cue: string | null): string | null {
  return cue === null ? null : foldWhitespace(cue).toLowerCase();
}

/** Lower-cases, turns dashes into spaces, drops other punctuation, folds whitespace. */
function normalizeWords(value: string): string {
  return foldWhitespace(
    value
      .toLowerCase()
      .replace(DASHES, ' ')
      .replace(PUNCTUATION, ''),
  );
}

/** The title table normalised like names, longest first so "vice president" beats "president". */
const NORMALIZED_PREFIXES: readonly string[] = [...new Set([...LEADING_ARTICLES, ...LEADING_TITLES].map(normalizeWords))]
  .filter((title) => title.length > 0)
  .sort((a, b) => b.length - a.length);

/** Removes one leading title or article, or returns null when none leads. Never empties the name. */
function stripOnePrefix(name: string): string | null {
  for (const prefix of NORMALIZED_PREFIXES) {
    if (name.startsWith(`${prefix} `)) return name.slice(prefix.length + 1);
  }
  return null;
}

/**
 * A speaker name as compared: lower-cased, punctuation dropped, leading articles and
 * titles removed (repeatedly: "the Foreign Minister Dr. X" -> "x"). Null stays null.
 */
export function normalizeSpeaker(name: string | null): string | null {
  if (name === null) return null;
  let current = normalizeWords(name);
  for (let next = stripOnePrefix(current); next !== null; next = stripOnePrefix(current)) {
    current = next;
  }
  return current;
}

/** True when the predicted speaker is the gold speaker or one of its aliases; null matches only null. */
export function speakerMatches(predicted: string | null, gold: string | null, aliases: readonly string[]): boolean {
  const got = normalizeSpeaker(predicted);
  if (gold === null) return got === null;
  if (got === null) return false;
  return [gold, ...aliases].some((name) => normalizeSpeaker(name) === got);
}

/** True when the cues are equal ignoring case and whitespace runs; null matches only null. */
export function cueMatches(predicted: string | null, gold: string | null): boolean {
  return normalizeCue(predicted) === normalizeCue(gold);
}
