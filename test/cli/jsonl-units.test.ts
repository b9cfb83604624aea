/** The parts of `claimex extract --jsonl` in-process: the progress line, the options, backpressure (the line reader and one record: test/node/). */
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { parseCommandLine } from '../../src/cli/args.js';
import { OutputClosedError, writeLine } from '../../src/cli/jsonl.js';
import { Progress } from '../../src/cli/progress.js';

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
