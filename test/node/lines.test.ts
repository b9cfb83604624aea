/** The line reader of the records mode: line ends, BOM, UTF-8 across chunks, the length limit. */
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../src/node/lines.js';

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

  it('reads plain Uint8Array chunks, as a web stream gives them, like Buffers', async () => {
    async function* source() {
      const bytes = new TextEncoder().encode('xxa€\nb\n');
      yield bytes.subarray(2, 5);
      yield bytes.subarray(5);
    }
    const out: InputLine[] = [];
    for await (const line of readLines(source(), 100)) out.push(line);
    expect(texts(out)).toEqual(['a€', 'b']);
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
