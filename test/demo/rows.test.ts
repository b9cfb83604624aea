/** The demo page's claims table rows. */
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, claimRow, CONTENT_GAP, NARRATED } from '../../src/demo/rows.js';
import { makeClaim } from '../helpers/claim.js';

describe('claimRow', () => {
  it('gives speaker, cue, type, act with its CAMEO code, and the content pieces joined', () => {
    const claim = makeClaim(1, {
      type: 'demand',
      act: { name: 'demand', cameo: '10' },
      speaker: { id: 's1', name: 'Wang Wenbin' },
      cue: { start: 10, end: 15, text: 'urged', lemma: 'urge' },
      content: [
        { start: 0, end: 8, text: 'Stop now' },
        { start: 20, end: 31, text: 'and talk it' },
      ],
    });
    expect(claimRow(claim)).toEqual({
      speaker: 'Wang Wenbin',
      cue: 'urged',
      type: 'demand',
      act: 'demand (CAMEO 10)',
      content: `Stop now${CONTENT_GAP}and talk it`,
    });
  });

  it('names the outlet for narration and leaves a missing cue empty', () => {
    const row = claimRow(makeClaim(2, { mode: 'narrated', content: [{ start: 0, end: 4, text: 'Rain' }] }));
    expect([row.speaker, row.cue, row.content]).toEqual([NARRATED, '', 'Rain']);
  });

  it('has a cell for every column', () => {
    expect(Object.keys(claimRow(makeClaim(3))).sort()).toEqual(CLAIM_COLUMNS.map(([key]) => key).sort());
  });
});
