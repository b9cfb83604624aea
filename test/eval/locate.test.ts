import { describe, expect, it } from 'vitest';
import { findFolded, locateSentences } from '../../src/eval/locate.js';

describe('findFolded', () => {
  const cases: { name: string; text: string; needle: string; from?: number; expected: [number, number] | null }[] = [
    { name: 'exact', text: 'Hi. He said so.', needle: 'He said so.', expected: [4, 15] },
    { name: 'newline inside the sentence in the text', text: 'A.\nHe said\nso.', needle: 'He said so.', expected: [3, 14] },
    { name: 'double space and tab in the text', text: 'He  said\t so.', needle: 'He said so.', expected: [0, 13] },
    { name: 'gold with its own runs and edges', text: 'He said so.', needle: '  He   said so. ', expected: [0, 11] },
    { name: 'regex characters are literal', text: 'x (Cover: a.b? [c]) y', needle: '(Cover: a.b? [c])', expected: [2, 19] },
    { name: 'search starts at from', text: 'Yes. Yes.', needle: 'Yes.', from: 1, expected: [5, 9] },
    { name: 'a space the text does not have', text: 'He saidso.', needle: 'He said so.', expected: null },
    { name: 'absent', text: 'He said so.', needle: 'She said so.', expected: null },
    { name: 'blank needle', text: 'He said so.', needle: '   ', expected: null },
  ];
  it.each(cases)('$name', ({ text, needle, from, expected }) => {
    const span = findFolded(text, needle, from);
    expect(span === null ? null : [span.start, span.end]).toEqual(expected);
    if (span !== null) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('locateSentences', () => {
  it('finds repeated sentences in order, each after the previous one', () => {
    const text = 'I agree\n\nHe said  so.\nI agree';
    const spans = locateSentences(text, ['I agree', 'He said so.', 'I agree']);
    expect(spans.map((span) => span && [span.start, span.end])).toEqual([
      [0, 7],
      [9, 21],
      [22, 29],
    ]);
  });

  it('gives null for a sentence that is not there and keeps searching from the last match', () => {
    const spans = locateSentences('One. Two.', ['One.', 'Missing.', 'Two.']);
    expect(spans.map((span) => span && span.start)).toEqual([0, null, 5]);
  });
});
