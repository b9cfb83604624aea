/** The demo page's claims table: one row of plain text per claim (no DOM here, so it is testable in Node). */
import type { Claim } from '../types.js';

/** The table's columns, in order, with their headings. */
export const CLAIM_COLUMNS = [
  ['speaker', 'Speaker'],
  ['cue', 'Cue'],
  ['type', 'Type'],
  ['act', 'Act'],
  ['content', 'Content'],
] as const;

export type ClaimRow = Record<(typeof CLAIM_COLUMNS)[number][0], string>;

/** What the speaker cell shows for the outlet's own narration (a claim without a speaker). */
export const NARRATED = '(the outlet)';
/** Between the pieces of a content that a cue or an aside interrupts. */
export const CONTENT_GAP = ' … ';

/** A claim as the cells of its row. */
export function claimRow(claim: Claim): ClaimRow {
  return {
    speaker: claim.speaker?.name ?? NARRATED,
    cue: claim.cue?.text ?? '',
    type: claim.type,
    act: `${claim.act.name} (CAMEO ${claim.act.cameo})`,
    content: claim.content.map((piece) => piece.text).join(CONTENT_GAP),
  };
}
