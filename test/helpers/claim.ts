import type { Claim } from '../../src/types.js';

/**
 * A claim for evaluation tests, built by hand: an indirect statement with no speaker, source,
 * cue or content, its own frame, and whatever `overrides` set.
 */
export function makeClaim(id: number, overrides: Partial<Claim> = {}): Claim {
  return {
    id: `c${id}`,
    sentence: 0,
    frame: `f${id}`,
    type: 'statement',
    act: { name: 'assert', cameo: '01' },
    speaker: null,
    source: null,
    cue: null,
    content: [],
    mode: 'indirect',
    actor: null,
    target: null,
    modality: { tense: 'past', modal: null, negated: false, conditional: false },
    confidence: 1,
    evidence: [],
    ...overrides,
  };
}
