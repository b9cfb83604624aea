import { describe, expect, it } from 'vitest';
import { cueMatches, normalizeSpeaker, speakerMatches } from '../../src/eval/normalize.js';

describe('normalizeSpeaker', () => {
  const cases: [string | null, string | null][] = [
    ['Wang Wenbin', 'wang wenbin'],
    ['Foreign Ministry spokesperson Wang Wenbin', 'wang wenbin'],
    ['Vice President Kamala Harris', 'kamala harris'],
    ['President Biden', 'biden'],
    ['Secretary of State Antony Blinken', 'antony blinken'],
    ['Sen. Chuck Schumer', 'chuck schumer'],
    ['Dr. Vivian Balakrishnan', 'vivian balakrishnan'],
    ['Minister for Foreign Affairs Dr Vivian Balakrishnan', 'vivian balakrishnan'],
    ['the Chinese Foreign Ministry', 'chinese foreign ministry'],
    ['Joseph R. Biden, Jr.', 'joseph r biden jr'],
    ['Jean-Yves Le Drian', 'jean yves le drian'],
    ['Drew Smith', 'drew smith'],
    ['President', 'president'],
    ['  Prime   Minister\nScott Morrison ', 'scott morrison'],
    [null, null],
  ];
  it.each(cases)('%j -> %j', (name, expected) => {
    expect(normalizeSpeaker(name)).toBe(expected);
  });
});

describe('speakerMatches', () => {
  const cases: { name: string; got: string | null; gold: string | null; aliases: string[]; expected: boolean }[] = [
    { name: 'same name', got: 'Wang Wenbin', gold: 'Wang Wenbin', aliases: [], expected: true },
    { name: 'title on the prediction', got: 'Foreign Ministry spokesperson Wang Wenbin', gold: 'Wang Wenbin', aliases: [], expected: true },
    { name: 'case and punctuation', got: 'joseph r biden jr', gold: 'Joseph R. Biden, Jr.', aliases: [], expected: true },
    { name: 'an alias', got: 'Foreign Ministry', gold: 'MOFA', aliases: ['Chinese Foreign Ministry', 'Foreign Ministry'], expected: true },
    { name: 'an alias with a title', got: 'President Joe Biden', gold: 'Joseph R. Biden, Jr.', aliases: ['Joe Biden'], expected: true },
    { name: 'a short form not listed', got: 'Wang', gold: 'Wang Wenbin', aliases: [], expected: false },
    { name: 'null gold, null prediction', got: null, gold: null, aliases: [], expected: true },
    { name: 'null gold, a prediction', got: 'Wang Wenbin', gold: null, aliases: [], expected: false },
    { name: 'a gold speaker, null prediction', got: null, gold: 'Wang Wenbin', aliases: [], expected: false },
  ];
  it.each(cases)('$name', ({ got, gold, aliases, expected }) => {
    expect(speakerMatches(got, gold, aliases)).toBe(expected);
  });
});

describe('cueMatches', () => {
  const cases: [string | null, string | null, boolean][] = [
    ['said', 'said', true],
    ['according to', 'According to', true],
    ['voiced  the\nhope', 'voiced the hope', true],
    [' stressed ', 'stressed', true],
    ['said', 'stressed', false],
    ['voiced', 'voiced the hope', false],
    [null, null, true],
    ['said', null, false],
    [null, 'said', false],
  ];
  it.each(cases)('%j vs gold %j -> %j', (got, gold, expected) => {
    expect(cueMatches(got, gold)).toBe(expected);
  });
});
