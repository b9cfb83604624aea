/**
 * `claimex extract --jsonl` at pipeline scale, as the built bin: a worker pool gives the same
 * output as one process, a closed stdout ends the run quietly, and memory stays flat.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './built-cli.js';
import { corpusTexts, expectExtractionOf, parseOutput, statsOf, streamThrough } from './jsonl-helpers.js';

beforeAll(() => {
  ensureBuilt();
});

/** ~200 records from the corpus: numeric, string and missing ids, and a few bad lines among them. */
function mixedRecords(): { lines: string[]; texts: (string | undefined)[] } {
  const lines: string[] = [];
  const texts: (string | undefined)[] = [];
  corpusTexts(200).forEach((text, i) => {
    const id = i % 3 === 0 ? i : i % 3 === 1 ? `doc-${i}` : undefined;
    lines.push(JSON.stringify(id === undefined ? { text } : { id, text }));
    texts.push(text);
    if (i % 50 === 25) {
      lines.push('{"id": "broken", "text": ', '', JSON.stringify({ id: `no-text-${i}` }));
      texts.push(undefined, undefined, undefined);
    }
  });
  return { lines, texts };
}

describe('--jobs', () => {
  it('--jobs 2 writes exactly what --jobs 1 writes, in input order', () => {
    const { lines, texts } = mixedRecords();
    const input = `${lines.join('\n')}\n`;
    const one = runCli(['extract', '--jsonl'], { input });
    const two = runCli(['extract', '--jsonl', '--jobs', '2'], { input });
    // Not a terminal: no progress line, even for more than 100 records.
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);

    const out = parseOutput(one.stdout);
    expect(out).toHaveLength(lines.length);
    expect(out.map((r) => r.line)).toEqual(lines.map((_, i) => i + 1));
    out.forEach((record, i) => {
      const text = texts[i];
      if (text === undefined) {
        expect(record.error, `line ${i + 1}`).toBeTypeOf('string');
        return;
      }
      const sent = JSON.parse(lines[i]!) as { id?: unknown };
      expect(record.id, `line ${i + 1}`).toEqual(sent.id ?? null);
      // An extraction that throws is an error record, never a lost or shifted line.
      if (record.error === undefined) expectExtractionOf(record, text);
    });
  }, 90_000);
});

describe('--jobs and the records read before', () => {
  it('gives each record the output it has alone, whichever worker read what before it', () => {
    // The first record teaches wink-nlp's lexicon "Halloway's" whole; the others used to
    // come out differently on the worker that had read it.
    const taught = JSON.stringify({ id: 'taught', text: 'The plan was Halloway’s.' });
    const text = 'Senator Brand then interjected, calling Halloway’s proposed credit “a welfare payment.”';
    const lines = [taught, ...Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: i, text }))];
    const one = runCli(['extract', '--jsonl'], { input: `${lines.join('\n')}\n` });
    const two = runCli(['extract', '--jsonl', '--jobs', '2'], { input: `${lines.join('\n')}\n` });
    const alone = runCli(['extract', '--jsonl'], { input: `${lines[1]}\n` });
    const extractions = (stdout: string) => parseOutput(stdout).map((r) => r.extraction);
    expect(extractions(two.stdout)).toStrictEqual(extractions(one.stdout));
    for (const extraction of extractions(one.stdout).slice(1)) expect(extraction).toStrictEqual(extractions(alone.stdout)[0]);
  }, 60_000);
});

describe('a closed stdout (| head -1)', () => {
  it.each([['1'], ['2']])('--jobs %s exits 0 quietly, with no stack trace', async (jobs) => {
    const records = corpusTexts(300).map((text, id) => JSON.stringify({ id, text }));
    const run = await streamThrough(['extract', '--jsonl', '--jobs', jobs], records, { closeAfterFirstLine: true });
    expect(run.first).toMatch(/^\{"id":0,"line":1,"extraction":/);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  }, 60_000);
});

describe('memory', () => {
  /** Records from the corpus, each padded with an ignored 30 kB field: 3,000 of them are ~90 MB. */
  function* padded(count: number): Generator<string> {
    const pad = 'p'.repeat(30_000);
    const texts = corpusTexts(Math.min(count, 400));
    for (let id = 0; id < count; id++) yield JSON.stringify({ id, text: texts[id % texts.length], pad });
  }

  /** The peak RSS of one streaming run over `count` padded records, in kB. */
  async function peakRssKiB(count: number): Promise<number> {
    const run = await streamThrough(['extract', '--jsonl'], padded(count), { env: { CLAIMEX_DEBUG_STATS: '1' } });
    expect(run.lines).toBe(count);
    const stats = statsOf(run.stderr);
    expect(stats.records).toBe(count);
    return stats.maxRssKiB;
  }

  it('stays flat: 3,000 records (~90 MB) peak no higher than 300 records, give or take 60 MB', async () => {
    const small = await peakRssKiB(300);
    // The lowest peak of three runs: how soon V8 collects its old generation varies from run to
    // run and only ever adds to a peak (a streaming run adds about 27 MB; in some runs, up to half
    // of them since the eighteenth session's rules, some 20-30 MB more), while input held in memory
    // would add its ~90 MB to every run.
    const large = Math.min(await peakRssKiB(3000), await peakRssKiB(3000), await peakRssKiB(3000));
    // Holding the input would add ~90 MB at least; a streaming run adds far less.
    expect(large - small, `peak RSS ${small} kB for 300 records, ${large} kB for 3,000 (lowest of three runs)`).toBeLessThan(60 * 1024);
  }, 90_000);
});
