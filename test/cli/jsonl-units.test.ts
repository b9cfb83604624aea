/** The parts of `claimex extract --jsonl` in-process: the line reader, one record, the progress line. */
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { parseCommandLine } from '../../src/cli/args.js';
import { OutputClosedError, writeLine } from '../../src/cli/jsonl.js';
import { readLines, type InputLine } from '../../src/cli/lines.js';
import { Progress } from '../../src/cli/progress.js';
import { processRecord } from '../../src/cli/records.js';
import type { Extractor } from '../../src/extractor.js';
import { SCHEMA_VERSION, type Extraction } from '../../src/types.js';

async function lines(chunks: (string | number[])[], maxLineBytes = 1 << 20): Promise<InputLine[]> {
  async function* source() {
    for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
  }
  const out: InputLine[] = [];
  for await (const line of readLines(source(), maxLineBytes)) out.push(line);
  return out;
}

const texts = (ls: InputLine[]) => ls.map((l) => l.text);

describe('readLines', () => {
  it('splits on LF and CRLF, wherever the chunks break', async () => {
    expect(texts(await lines(['a\nb\r\nc\n']))).toEqual(['a', 'b', 'c']);
    expect(texts(await lines(['a\r', '\nb', '\r', '\n', 'c\n']))).toEqual(['a', 'b', 'c']);
    expect((await lines(['x\ny\n'])).map((l) => l.line)).toEqual([1, 2]);
  });

  it('counts a final line without a newline, and no empty line after a final newline', async () => {
    expect(texts(await lines(['a\nb']))).toEqual(['a', 'b']);
    expect(texts(await lines(['a\n']))).toEqual(['a']);
    expect(texts(await lines([]))).toEqual([]);
    expect(texts(await lines(['\n\n']))).toEqual(['', '']);
  });

  it('drops a BOM on the first line only', async () => {
    expect(texts(await lines(['\uFEFFa\n\uFEFFb\n']))).toEqual(['a', '\uFEFFb']);
    expect(texts(await lines([[0xef], [0xbb, 0xbf, 0x61, 0x0a]]))).toEqual(['a']);
  });

  it('decodes a character split across chunks, and flags invalid UTF-8', async () => {
    const euro = [...Buffer.from('€')];
    const [whole] = await lines([[0x61, euro[0]!], [euro[1]!, euro[2]!, 0x0a]]);
    expect(whole).toMatchObject({ text: 'a€', invalidUtf8: false });
    const [bad, good] = await lines([[0x61, 0xff, 0x62, 0x0a], 'c\uFFFD\n']);
    expect(bad).toMatchObject({ text: 'a\uFFFDb', invalidUtf8: true });
    expect(good).toMatchObject({ text: 'c\uFFFD', invalidUtf8: false });
  });

  it('skips a line over the limit, keeping its number, and reads on', async () => {
    const out = await lines(['short\n', 'x'.repeat(6), 'y'.repeat(6), 'z\nok\n'], 10);
    expect(out.map((l) => [l.line, l.text, l.tooLong])).toEqual([
      [1, 'short', false],
      [2, '', true],
      [3, 'ok', false],
    ]);
    expect(out[1]?.bytes).toBe(13);
  });
});

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

describe('Progress', () => {
  function recorder(isTTY: boolean) {
    const written: string[] = [];
    let t = 0;
    const progress = new Progress({ isTTY, write: (s: string) => written.push(s) }, () => t);
    return { written, progress, advance: (ms: number) => (t += ms) };
  }

  it('stays silent when stderr is not a terminal', () => {
    const { written, progress, advance } = recorder(false);
    for (let i = 1; i <= 500; i++) {
      advance(10);
      progress.update(i, 0);
    }
    progress.done(500, 0);
    expect(written).toEqual([]);
  });

  it('stays silent up to 100 records, then shows records/s at most twice a second', () => {
    const { written, progress, advance } = recorder(true);
    for (let i = 1; i <= 100; i++) {
      advance(10);
      progress.update(i, 0);
    }
    expect(written).toEqual([]);
    advance(10);
    progress.update(101, 1);
    expect(written).toEqual(['\r\x1b[Kclaimex: 101 records (1 error), 100.0 records/s']);
    advance(100);
    progress.update(102, 1);
    expect(written).toHaveLength(1);
    advance(500);
    progress.update(150, 1);
    expect(written).toHaveLength(2);
    progress.done(150, 1);
    expect(written.at(-1)).toBe('\n');
  });
});

describe('parseCommandLine: extract options', () => {
  it('defaults, aliases and the records mode', () => {
    expect(parseCommandLine(['extract'])).toMatchObject({ format: 'table', jsonl: false, jobs: 1 });
    expect(parseCommandLine(['extract', '--json'])).toMatchObject({ format: 'json' });
    expect(parseCommandLine(['extract', '--format', 'jsonl', 'a.txt'])).toMatchObject({ format: 'jsonl', jsonl: false, files: ['a.txt'] });
    expect(parseCommandLine(['extract', '--jsonl', '-j', '3', 'x.jsonl'])).toMatchObject({ format: 'jsonl', jsonl: true, jobs: 3, files: ['x.jsonl'] });
    expect(parseCommandLine(['extract', '--jsonl', '--format', 'jsonl', '--jobs=2'])).toMatchObject({ jobs: 2 });
    expect(parseCommandLine(['extract', '--format=json', '--json'])).toMatchObject({ format: 'json' });
    expect(parseCommandLine(['extract', '--format', 'table'])).toMatchObject({ format: 'table', jsonl: false });
    expect(parseCommandLine(['extract', '--jsonl', '--exit-zero'])).toMatchObject({ exitZero: true, maxLineBytes: 64 * 1024 * 1024 });
  });
});

describe('writeLine: backpressure', () => {
  /** A stdout whose buffer is full after `room` writes. */
  class FakeOut extends EventEmitter {
    written: string[] = [];
    destroyed = false;
    constructor(private room: number) {
      super();
    }
    write(chunk: string): boolean {
      this.written.push(chunk);
      this.room -= 1;
      return this.room > 0;
    }
  }

  it('goes on at once while write() returns true, and waits for drain when it returns false', async () => {
    const out = new FakeOut(2);
    await writeLine(out, 'a\n');
    let done = false;
    const waiting = writeLine(out, 'b\n').then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    out.emit('drain');
    await waiting;
    expect(done).toBe(true);
    expect(out.written).toEqual(['a\n', 'b\n']);
    expect(out.listenerCount('drain') + out.listenerCount('close') + out.listenerCount('error')).toBe(0);
  });

  it('stops with OutputClosedError when the reader goes away', async () => {
    const closing = new FakeOut(1);
    const waiting = writeLine(closing, 'x\n');
    closing.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    await expect(waiting).rejects.toBeInstanceOf(OutputClosedError);
    const closed = new FakeOut(5);
    closed.destroyed = true;
    await expect(writeLine(closed, 'y\n')).rejects.toBeInstanceOf(OutputClosedError);
    expect(closed.written).toEqual([]);
  });
});
