import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extractor.js';
import { CSV_COLUMNS, formatCsv, toCsv } from '../../src/render/csv.js';
import { SCHEMA_VERSION, type Extraction, type Span } from '../../src/types.js';
import { makeClaim } from '../helpers/claim.js';
import { parseCsv } from './csv-read.js';

const SAMPLE = readFileSync(new URL('../../corpus/sample-press-conference.txt', import.meta.url), 'utf8');

/** The rows of a CSV as objects keyed by the header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
  });
}

const TEXT = '=HYPERLINK("http://x") is what she typed, the clerk said, adding: "no, never"\n- and +1.';

function spanOf(part: string): Span {
  const start = TEXT.indexOf(part);
  return { start, end: start + part.length, text: part };
}

function handMade(): Extraction {
  return {
    schemaVersion: SCHEMA_VERSION,
    sentences: [{ ...spanOf(TEXT), index: 0, paragraph: 0, kind: 'body' }],
    speakers: [{ id: 's1', name: 'the clerk', kind: 'person', mentions: [spanOf('the clerk')] }],
    claims: [
      makeClaim(1, {
        speaker: { id: 's1', name: 'the clerk' },
        source: spanOf('the clerk'),
        cue: { ...spanOf('said'), lemma: 'say' },
        content: [spanOf('=HYPERLINK("http://x") is what she typed')],
        mode: 'direct',
      }),
      makeClaim(2, {
        type: 'demand',
        act: { name: 'reject', cameo: '12' },
        content: [spanOf('"no, never"\n- and'), spanOf('+1')],
        mode: 'narrated',
      }),
    ],
    messages: [],
  };
}

describe('toCsv', () => {
  const extraction = handMade();
  const csv = toCsv(extraction);

  it('starts with the header row and has one CRLF-ended row per claim', () => {
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + extraction.claims.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks, so they read back whole', () => {
    const [, second] = records(toCsv(extraction, { escapeFormulas: false }));
    expect(second!.content).toBe('"no, never"\n- and … +1');
    expect(csv).toContain('"""no, never""\n- and … +1"');
  });

  it('writes ids, types, act, CAMEO code, mode and offsets, and leaves nulls empty', () => {
    const [first, second] = records(csv);
    expect(first).toMatchObject({ id: 'c1', sentence: '0', speaker_id: 's1', speaker: 'the clerk', source: 'the clerk', cue: 'said' });
    expect(first).toMatchObject({ type: 'statement', act: 'assert', cameo: '01', mode: 'direct' });
    const [source, cue, content] = [spanOf('the clerk'), spanOf('said'), spanOf('=HYPERLINK("http://x") is what she typed')];
    expect(first).toMatchObject({
      source_start: String(source.start), source_end: String(source.end),
      cue_start: String(cue.start), cue_end: String(cue.end),
      content_start: String(content.start), content_end: String(content.end),
    });
    expect(second).toMatchObject({ speaker_id: '', speaker: '', source: '', cue: '', source_start: '', cue_end: '', type: 'demand', act: 'reject', cameo: '12' });
    // Several pieces: the offsets run from the first piece's start to the last one's end.
    expect(second!.content_start).toBe(String(spanOf('"no, never"').start));
    expect(second!.content_end).toBe(String(spanOf('+1').end));
  });

  it("guards against formula injection: a text cell opening with = + - @ gets a leading ', unless asked not to", () => {
    const [first] = records(csv);
    expect(first!.content).toBe(`'=HYPERLINK("http://x") is what she typed`);
    expect(records(toCsv(extraction, { escapeFormulas: false }))[0]!.content).toBe('=HYPERLINK("http://x") is what she typed');
    const cells = parseCsv(formatCsv([['+1', '-2', '@a', '\tb', 'a=b', 3]]))[0];
    expect(cells).toEqual(["'+1", "'-2", "'@a", "'\tb", 'a=b', '3']);
  });

  it('throws a TypeError for a non-Extraction', () => {
    expect(() => toCsv(undefined as unknown as Extraction)).toThrow(TypeError);
  });

  it('gives just the header for an extraction without claims', () => {
    expect(parseCsv(toCsv(extractClaims('')))).toEqual([[...CSV_COLUMNS]]);
  });
});

describe('toCsv on a real extraction', () => {
  const extraction = extractClaims(SAMPLE);
  const rows = records(toCsv(extraction, { escapeFormulas: false }));

  it('has a row per claim whose offsets locate its source, cue and content in the input', () => {
    expect(rows.map((r) => r.id)).toEqual(extraction.claims.map((c) => c.id));
    for (const row of rows) {
      const at = (name: string) => SAMPLE.slice(Number(row[`${name}_start`]), Number(row[`${name}_end`]));
      if (row.source_start !== '') expect(at('source')).toBe(row.source);
      if (row.cue_start !== '') expect(at('cue')).toBe(row.cue);
      expect(at('content').startsWith((row.content ?? '').split(' … ')[0]!)).toBe(true);
    }
  });
});
