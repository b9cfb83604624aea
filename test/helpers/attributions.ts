/**
 * The attribution tests' view of an extraction: each claim as its speaker's name, source, cue,
 * content and mode, checked against the output schema first. Shared by the test files of
 * test/attribute/ that mirror src/attribute's frame modules.
 */
import { extractClaims } from '../../src/index.js';
import type { ClaimMode } from '../../src/types.js';
import { expectValidExtraction } from './schema.js';

export interface Attribution {
  speaker: string | null;
  source: string | null;
  cue: string | null;
  content: string[];
  mode: ClaimMode;
}

export function attributions(text: string): Attribution[] {
  const extraction = extractClaims(text);
  expectValidExtraction(extraction, text);
  return extraction.claims.map((claim) => ({
    speaker: claim.speaker?.name ?? null,
    source: claim.source?.text ?? null,
    cue: claim.cue?.text ?? null,
    content: claim.content.map((piece) => piece.text),
    mode: claim.mode,
  }));
}

export function one(speaker: string | null, source: string | null, cue: string | null, content: string[], mode: ClaimMode): Attribution {
  return { speaker, source, cue, content, mode };
}
