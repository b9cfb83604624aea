/**
 * Splits a byte stream into lines without buffering more than one line: the JSON Lines
 * reader of the records mode (`claimex extract --jsonl`, `extractJsonl`). Works on bytes,
 * so it can tell invalid UTF-8 apart from a U+FFFD that the input really holds.
 */
import { isUtf8 } from 'node:buffer';

/** One line of a JSON Lines input, as `readLines` yields it. */
export interface InputLine {
  /** 1-based line number within its stream. */
  line: number;
  /** The line decoded as UTF-8 (invalid sequences as U+FFFD), without its "\n" or "\r\n". */
  text: string;
  /** The line's bytes were not valid UTF-8. */
  invalidUtf8: boolean;
  /** The line was longer than the limit: `text` is empty and the bytes were dropped. */
  tooLong: boolean;
  /** Its length in bytes, as read (without the line end). */
  bytes: number;
}

/** Longest input line the records mode reads by default (64 MiB); longer lines become error records. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Yields each line of `source`. Line ends are "\n" or "\r\n"; a final line without one
 * still counts, and an input ending in "\n" has no empty line after it. A UTF-8 BOM at
 * the start of the stream is dropped. A line longer than `maxLineBytes` is not kept: its
 * bytes are skipped up to the next "\n" and it is yielded with `tooLong`, so memory stays
 * bounded by `maxLineBytes` plus one chunk whatever the input.
 */
export async function* readLines(source: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let skipped = 0;
  let line = 0;

  const finish = (): InputLine => {
    line += 1;
    if (tooLong) {
      const result = { line, text: '', invalidUtf8: false, tooLong: true, bytes: skipped };
      tooLong = false;
      skipped = 0;
      return result;
    }
    let bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    if (line === 1 && bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
    return { line, text: bytes.toString('utf8'), invalidUtf8: !isUtf8(bytes), tooLong: false, bytes: bytes.length };
  };

  const add = (piece: Buffer): void => {
    if (piece.length === 0) return;
    if (tooLong) {
      skipped += piece.length;
      return;
    }
    // One byte of slack: a "\r" before the "\n" does not count towards the limit.
    if (pendingBytes + piece.length > maxLineBytes + 1) {
      tooLong = true;
      skipped = pendingBytes + piece.length;
      pending = [];
      pendingBytes = 0;
      return;
    }
    pending.push(piece);
    pendingBytes += piece.length;
  };

  for await (const data of source) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    let from = 0;
    for (let at = chunk.indexOf(LF, from); at !== -1; at = chunk.indexOf(LF, from)) {
      add(chunk.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    // Copy the tail: a subarray would keep the whole chunk alive until the line ends.
    if (from < chunk.length) add(from === 0 ? chunk : Buffer.from(chunk.subarray(from)));
  }
  if (pendingBytes > 0 || tooLong) yield finish();
}
