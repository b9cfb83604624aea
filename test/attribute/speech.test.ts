/**
 * Transcript headers ("Remarks by X") and readout headlines ("Readout from X on ..."):
 * src/attribute/speech.ts, checked through the public API.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { expectValidExtraction } from '../helpers/schema.js';

/** Per sentence text: the speaker's name and the rule that gave it. */
function speakers(text: string): Array<[string, string | null, string]> {
  const extraction = extractClaims(text);
  expectValidExtraction(extraction, text);
  return extraction.claims.map((claim) => [extraction.sentences[claim.sentence]!.text, claim.speaker?.name ?? null, claim.evidence[0]!]);
}

describe('speechHeader: "Remarks by X" gives X the unattributed sentences after it', () => {
  it.each<[string, string, Array<[string, string | null, string]>]>([
    [
      'a title-case header',
      'Remarks by Mayor Ruth Allen at the Pier Opening\nThank you all for coming.\nWe checked every beam of this pier.',
      [
        ['Remarks by Mayor Ruth Allen at the Pier Opening', null, 'attribute/narration'],
        ['Thank you all for coming.', 'Ruth Allen', 'attribute/transcript'],
        ['We checked every beam of this pier.', 'Ruth Allen', 'attribute/transcript'],
      ],
    ],
    [
      'an all-caps header over two lines',
      'REMARKS BY\nMAYOR RUTH ALLEN AT THE PIER OPENING\nThank you all for coming.',
      [
        ['REMARKS BY\nMAYOR RUTH ALLEN AT THE PIER OPENING', null, 'attribute/narration'],
        ['Thank you all for coming.', 'RUTH ALLEN', 'attribute/transcript'],
      ],
    ],
    [
      'a header with a word before the noun',
      'Opening Remarks by Mayor Ruth Allen at the Pier Opening\nThank you all for coming.',
      [
        ['Opening Remarks by Mayor Ruth Allen at the Pier Opening', null, 'attribute/narration'],
        ['Thank you all for coming.', 'Ruth Allen', 'attribute/transcript'],
      ],
    ],
    [
      'a statement by an organisation',
      'Statement by the Ministry of Fisheries on the New Quotas\nThe quotas will protect the stocks.',
      [
        ['Statement by the Ministry of Fisheries on the New Quotas', null, 'attribute/narration'],
        ['The quotas will protect the stocks.', 'Ministry of Fisheries', 'attribute/transcript'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('"I" and "we" with a cue inside the transcript are its speaker', () => {
    const text = 'Remarks by Mayor Ruth Allen at the Pier Opening\nI thank the crew for their work.\nWe believe the pier is safe.';
    const extraction = extractClaims(text);
    expect(extraction.claims.slice(1).map((claim) => [claim.source?.text, claim.cue?.text, claim.speaker?.name])).toEqual([
      ['I', 'thank', 'Ruth Allen'],
      ['We', 'believe', 'Ruth Allen'],
    ]);
    expect(extraction.speakers.map((speaker) => speaker.name)).toEqual(['Ruth Allen']);
  });

  it('a sentence with a speaker of its own keeps it inside a transcript', () => {
    const text = 'Remarks by Mayor Ruth Allen at the Pier Opening\nThe harbour council said the beams are sound.\nWe will keep the pier open.';
    expect(speakers(text).slice(1)).toEqual([
      ['The harbour council said the beams are sound.', 'harbour council', 'attribute/leading'],
      ['We will keep the pier open.', 'Ruth Allen', 'attribute/transcript'],
    ]);
  });

  it.each<[string, string]>([
    ['"by" not after a header noun', 'The pier was opened by the mayor on Monday.\nThe crowd cheered loudly.'],
    ['"by" too far into the line', 'The long awaited opening of the pier by the mayor\nThe crowd cheered loudly.'],
    ['a header noun and "by" with no speaker after', 'Harbour news\nRemarks by the pier were heard.\nThe crowd cheered loudly.'],
  ])('no transcript: %s', (_name, text) => {
    expect(speakers(text).every(([, speaker]) => speaker === null)).toBe(true);
  });
});

describe('issuedFromHeader: "Readout from X on ..." headlines', () => {
  it('X is the speaker of the headline only', () => {
    const text = 'Readout from Mayor Ruth Allen on the Pier Opening\nThe mayor met residents on Monday.';
    const extraction = extractClaims(text);
    const [headline, body] = extraction.claims;
    expect(headline).toMatchObject({ sentence: 0, speaker: { name: 'Ruth Allen' }, source: { text: 'Mayor Ruth Allen' }, cue: null, mode: 'indirect' });
    expect(headline!.content.map((piece) => piece.text)).toEqual(['Readout from Mayor Ruth Allen on the Pier Opening']);
    expect(body).toMatchObject({ sentence: 1, speaker: null, mode: 'narrated' });
  });

  it('"Readout from X" in a body sentence is no readout header', () => {
    const text = 'Harbour Town to reopen pier\nReadout from Mayor Ruth Allen on the Pier Opening.';
    expect(extractClaims(text).claims[1]).toMatchObject({ speaker: null, mode: 'narrated' });
  });
});

describe('a transcript turn ("Ann Lee: ...") speaks for the rest of its paragraph', () => {
  const text = [
    'Spokesperson Ann Lee holds a briefing on the pier',
    '',
    'Gazette: The board said it would close the pier. What is your response?',
    '',
    'Ann Lee: We have noted the reports. The closure hurts the divers. We urge the board to reopen the pier.',
    '',
    'The briefing ended at noon.',
  ].join('\n');

  it('the later sentences of the turn, and its "we", are the turn speaker\'s; the next paragraph is narration again', () => {
    expect(speakers(text).map(([sentence, speaker]) => [sentence, speaker])).toEqual([
      ['Spokesperson Ann Lee holds a briefing on the pier', null],
      ['Gazette: The board said it would close the pier.', 'Gazette'],
      ['Gazette: The board said it would close the pier.', 'board'],
      ['What is your response?', 'Gazette'],
      ['Ann Lee: We have noted the reports.', 'Ann Lee'],
      ['Ann Lee: We have noted the reports.', 'Ann Lee'],
      ['The closure hurts the divers.', 'Ann Lee'],
      ['We urge the board to reopen the pier.', 'Ann Lee'],
      ['The briefing ended at noon.', null],
    ]);
  });

  it.each<[string, string]>([
    ['a single turn, as news quotes one line', 'Pier row\n\nAnn Lee: The pier is safe. The crowd left at nine.'],
    ['turns whose colon is followed by a quote', 'Pier row\n\nAnn Lee: "The pier is safe." The crowd left at nine.\n\nTom Hunt: "It is not." The vote is on Friday.'],
  ])('no transcript: %s', (_name, text) => {
    expect(speakers(text).filter(([, , rule]) => rule === 'attribute/transcript')).toEqual([]);
  });

  it('another speaker\'s claim ends what the turn speaks for', () => {
    const text = 'Pier row\n\nAnn Lee: The pier is safe. "It is not," Tom Hunt shouted. The crowd cheered.\n\nTom Hunt: We will sue. The board must listen.';
    expect(speakers(text).map(([sentence, speaker]) => [sentence, speaker])).toEqual([
      ['Pier row', null],
      ['Ann Lee: The pier is safe.', 'Ann Lee'],
      ['"It is not," Tom Hunt shouted.', 'Tom Hunt'],
      ['The crowd cheered.', null],
      ['Tom Hunt: We will sue.', 'Tom Hunt'],
      ['The board must listen.', 'Tom Hunt'],
    ]);
  });
});
