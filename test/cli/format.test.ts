import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  formatExtractionTable,
  oneLine,
  terminalWidth,
  truncate,
} from '../../src/cli/format.js';
import { SCHEMA_VERSION, type Claim, type Extraction } from '../../src/types.js';

const TEXT =
  'Foreign Ministry spokesperson Wang Wenbin stressed that China firmly opposes the move and urges the\nUnited States to stop at once.';

function span(part: string) {
  const start = TEXT.indexOf(part);
  return { start, end: start + part.length, text: part };
}

function claim(overrides: Partial<Claim>): Claim {
  return {
    id: 'c0',
    sentence: 0,
    frame: 'f0',
    type: 'statement',
    act: { name: 'assert', cameo: '01' },
    speaker: { id: 's0', name: 'Wang Wenbin' },
    source: span('Foreign Ministry spokesperson Wang Wenbin'),
    cue: { ...span('stressed'), lemma: 'stress' },
    content: [span('China firmly opposes the move and urges the\nUnited States to stop at once')],
    mode: 'indirect',
    actor: null,
    target: null,
    modality: { tense: 'present', modal: null, negated: false, conditional: false },
    confidence: 0.9,
    evidence: ['cue/stress'],
    ...overrides,
  };
}

const EXTRACTION: Extraction = {
  schemaVersion: SCHEMA_VERSION,
  sentences: [{ ...span(TEXT), index: 0, paragraph: 0, kind: 'body' }],
  speakers: [{ id: 's0', name: 'Wang Wenbin', kind: 'person', mentions: [span('Wang Wenbin')] }],
  claims: [
    claim({}),
    claim({ id: 'c1', type: 'demand', speaker: null, cue: null, mode: 'narrated', content: [span('stop'), span('at once')] }),
  ],
  messages: [{ severity: 'warning', ruleId: 'input/control-characters', reason: 'Odd\ncharacters', place: { start: 3, end: 4 }, source: 'claimex' }],
};

describe('formatExtractionTable', () => {
  const wide = formatExtractionTable('press.txt', EXTRACTION, 160).split('\n');
  const narrow = formatExtractionTable('press.txt', EXTRACTION, 80).split('\n');

  it('starts with a title line counting claims, speakers and sentences', () => {
    expect(wide[0]).toBe('press.txt: 2 claims, 1 speaker, 1 sentence');
    expect(narrow[0]).toBe(wide[0]);
  });

  it('on a wide terminal: one line per claim, #, SPEAKER, CUE, TYPE, MODE, CONTENT aligned', () => {
    expect(wide[1]).toMatch(/^#\s+SPEAKER\s+CUE\s+TYPE\s+MODE\s+CONTENT$/);
    expect(wide[2]).toMatch(/^1\s+Wang Wenbin\s+stressed\s+statement\s+indirect\s+China firmly opposes the move and urges the United States to stop at once$/);
    expect(wide[3]).toMatch(/^2\s+—\s+—\s+demand\s+narrated\s+stop … at once$/);
    const contentAt = (wide[1] ?? '').indexOf('CONTENT');
    expect((wide[2] ?? '').indexOf('China')).toBe(contentAt);
    expect((wide[3] ?? '').indexOf('stop')).toBe(contentAt);
  });

  it('on an 80-column terminal: the content on its own line under each row', () => {
    expect(narrow.slice(1, 7)).toEqual([
      '#  SPEAKER      CUE       TYPE       MODE',
      '   CONTENT',
      '1  Wang Wenbin  stressed  statement  indirect',
      '   China firmly opposes the move and urges the United States to stop at once',
      '2  —            —         demand     narrated',
      '   stop … at once',
    ]);
  });

  it.each([20, 40, 60, 80, 100, 120])('fits every row into %i columns, content cut with "…"', (width) => {
    const longer = {
      ...EXTRACTION,
      claims: EXTRACTION.claims.map((c) => ({ ...c, speaker: { id: 's', name: 'Foreign Ministry spokesperson Wang Wenbin' }, content: [span(TEXT)] })),
    };
    const lines = formatExtractionTable('x', longer, width).split('\n').slice(1, -1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(Math.max(width, 50));
    expect(lines.some((line) => line.endsWith('…'))).toBe(true);
  });

  it('folds newlines inside content', () => {
    expect(wide.join('\n')).not.toContain('the\nUnited');
  });

  it('lists the diagnostics after the rows', () => {
    expect(wide.at(-1)).toBe('  warning: Odd characters [input/control-characters] (at 3-4)');
  });

  it('says so when there are no claims', () => {
    const empty = { ...EXTRACTION, claims: [], messages: [] };
    expect(formatExtractionTable('-', empty)).toBe('-: 0 claims, 1 speaker, 1 sentence\n  (no claims found)');
  });
});

describe('truncate and displayWidth', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a longer sentence', 10, 'a longer…'],
    ['😀😀😀😀', 4, '😀…'],
    ['王文斌说', 5, '王文…'],
    ['abc', 0, ''],
  ])('truncate(%j, %i) = %j', (input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
    expect(displayWidth(truncate(input, max))).toBeLessThanOrEqual(Math.max(0, max));
  });

  it('counts wide and combining characters', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('王文斌')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('oneLine folds whitespace runs', () => {
    expect(oneLine('  a\n\n b\tc ')).toBe('a b c');
  });
});

describe('terminalWidth', () => {
  it.each([
    [120, undefined, 120],
    [undefined, '100', 100],
    [undefined, 'x', 80],
    [undefined, undefined, 80],
    [0, '0', 80],
  ])('tty %s, $COLUMNS %s → %i', (tty, env, expected) => {
    expect(terminalWidth(tty, env)).toBe(expected);
  });
});
