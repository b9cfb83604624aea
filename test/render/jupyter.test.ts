import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, extractClaims } from '../../src/extractor.js';
import { renderHtml } from '../../src/render/html.js';
import { describeExtraction, JUPYTER_DISPLAY } from '../../src/render/jupyter.js';
import type { Extraction } from '../../src/types.js';
import { makeClaim } from '../helpers/claim.js';

const SAMPLE = readFileSync(new URL('../../corpus/sample-press-conference.txt', import.meta.url), 'utf8');

type Displayable = Extraction & { [JUPYTER_DISPLAY]?: () => Record<string, string> };

describe("Extractions display as HTML in Jupyter (Symbol.for('Jupyter.display'))", () => {
  const extraction = extractClaims(SAMPLE) as Displayable;

  it('have the display method, from extractClaims and from an extractor', () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for('Jupyter.display'));
    expect(typeof extraction[JUPYTER_DISPLAY]).toBe('function');
    expect(typeof (createExtractor().extract('He said it works.') as Displayable)[JUPYTER_DISPLAY]).toBe('function');
  });

  it('which returns the HTML of renderHtml over the exact input, and a plain-text summary', () => {
    const bundle = extraction[JUPYTER_DISPLAY]!();
    expect(Object.keys(bundle).sort()).toEqual(['text/html', 'text/plain']);
    expect(bundle['text/html']).toBe(renderHtml(extraction, { text: SAMPLE }));
    const plain = bundle['text/plain']!.split('\n');
    expect(plain[0]).toBe(`Extraction: ${extraction.claims.length} claims, ${extraction.speakers.length} speakers, ${extraction.sentences.length} sentences`);
    expect(describeExtraction(extractClaims('The minister said the talks were useful.')).split('\n')[0]).toBe('Extraction: 1 claim, 1 speaker, 1 sentence');
    expect(plain).toHaveLength(1 + extraction.claims.length);
    expect(plain[1]).toContain(`${extraction.claims[0]!.id} ${extraction.claims[0]!.type}`);
  });

  it('and leaves JSON, keys, structured clones and deep equality as they were', () => {
    const plain = JSON.parse(JSON.stringify(extraction)) as Extraction;
    expect(Object.keys(extraction)).toEqual(['schemaVersion', 'sentences', 'speakers', 'claims', 'messages']);
    expect(JSON.stringify(extraction)).toBe(JSON.stringify(plain));
    expect(extraction).toEqual(plain);
    expect(extraction).toStrictEqual(plain);
    expect(plain).toStrictEqual(extraction);
    expect(structuredClone(extraction)).toStrictEqual(plain);
    expect(Object.getOwnPropertySymbols({ ...extraction })).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(extraction, JUPYTER_DISPLAY)?.enumerable).toBe(false);
  });
});

describe('describeExtraction', () => {
  it('cuts long contents to 100 characters on one line', () => {
    const long = 'the talks\nwent on '.repeat(20);
    const e: Extraction = { schemaVersion: '1.0.0', sentences: [], speakers: [], messages: [], claims: [makeClaim(1, { content: [{ start: 0, end: long.length, text: long }] })] };
    const line = describeExtraction(e).split('\n')[1]!;
    expect(line.startsWith('  c1 statement (narrated): the talks went on the talks')).toBe(true);
    expect(line).not.toContain('\n');
    expect(line.endsWith('…')).toBe(true);
    expect(Array.from(line.slice(line.indexOf(': ') + 2))).toHaveLength(100);
  });
});
