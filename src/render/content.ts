/** How the renderers and the CLI write a claim's content, whose pieces may be apart in the text. */
import { WHITESPACE_RUNS } from '../regex.js';
import type { Claim } from '../types.js';

/** Joins the pieces of a content (a quote split around its cue, a quote over sentences). */
export const CONTENT_PIECE_SEPARATOR = ' … ';

/** The claim's content pieces on one line: each piece's whitespace runs as one space, joined by " … ". */
export function contentOnOneLine(claim: Claim): string {
  return claim.content.map((piece) => piece.text.replace(WHITESPACE_RUNS, ' ').trim()).join(CONTENT_PIECE_SEPARATOR);
}
