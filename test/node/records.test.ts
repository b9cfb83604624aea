/** One JSON Lines record in, one JSON line out. */
import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extractor.js';
import { processRecord } from '../../src/node/records.js';
import { SCHEMA_VERSION, type Extraction } from '../../src/types.js';

describe('processRecord', () => {
  const extraction = (text: string): Extraction => ({
    schemaVersion: SCHEMA_VERSION,
    sentences: [{ start: 0, end: text.length, text, index: 0, paragraph: 0, kind: 'body' }],
    speakers: [],
    claims: [],
    messages: [],
  });
  const fake: Extractor = {
    extract(text) {
      if (text === 'boom') throw new RangeError('too long\nreally');
      return extraction(text);
    },
  };
  const run = (text: string, invalidUtf8 = false, file?: string) =>
    processRecord(fake, { text, line: 3, invalidUtf8, ...(file ? { file } : {}) });

  it('writes {id, line, extraction} on one line, with the id as given', () => {
    expect(run('{"id": 7, "text": "Hi."}')).toEqual({ json: JSON.stringify({ id: 7, line: 3, extraction: extraction('Hi.') }), ok: true });
    expect(JSON.parse(run('{"text": "Hi."}').json)).toMatchObject({ id: null, line: 3 });
    expect(JSON.parse(run('{"id": "x", "text": "Hi."}', false, 'a.jsonl').json)).toMatchObject({ id: 'x', file: 'a.jsonl', line: 3 });
  });

  it('reports a throwing extraction as an error record on one line', () => {
    expect(run('{"id": "b", "text": "boom"}')).toEqual({
      json: JSON.stringify({ id: 'b', line: 3, error: 'extraction failed: too long really' }),
      ok: false,
    });
  });

  it('adds the invalid-UTF-8 warning to a kept record', () => {
    const out = JSON.parse(run('{"id": 1, "text": "a\uFFFD"}', true).json) as { extraction: Extraction };
    expect(out.extraction.messages).toEqual([expect.objectContaining({ ruleId: 'input/invalid-utf8', severity: 'warning', source: 'claimex' })]);
  });

  it('cuts a very long error message, never inside a surrogate pair', () => {
    const long: Extractor = {
      extract() {
        throw new Error(`x${'😀'.repeat(400)}`);
      },
    };
    const result = processRecord(long, { text: '{"text": "a"}', line: 1, invalidUtf8: false });
    const { error } = JSON.parse(result.json) as { error: string };
    expect(error.length).toBeLessThanOrEqual(300);
    expect(error).toMatch(/^extraction failed: x(?:😀)+…$/u);
    expect(result.json).not.toMatch(/\\ud[89a-f]/i);
  });

  it('keeps lone surrogates that V8 quotes out of the error', () => {
    const result = run(`{"id": 1, "text": ${'😀'.repeat(3)}`);
    expect(JSON.parse(result.json)).toMatchObject({ id: null, error: expect.stringMatching(/^invalid JSON: /) });
    expect(result.json).not.toMatch(/\\ud[89a-f]/i);
  });
});
