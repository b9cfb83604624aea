/// <reference lib="dom" />
/**
 * The demo page end to end: the built page (dist/demo/) and browser bundle
 * (dist/browser/claimex.js), served on 127.0.0.1, in headless Chromium driven by
 * playwright-core. Each corpus article is pasted and extracted in the page; the claims
 * table and the marks of the highlighted article must equal what extractClaims gives in
 * Node for the same text. Skipped, with a notice, only when no Chromium executable exists
 * (CHROMIUM_PATH, else `chromium` on the PATH; .ci/run installs Debian's).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, claimRow } from '../../src/demo/rows.js';
import type { Extraction, Span } from '../../src/types.js';
import { ensureBuilt, ROOT } from '../cli/built-cli.js';
import { serveDist, type StaticServer } from './serve.js';

/** The Chromium to drive: $CHROMIUM_PATH, else the first `chromium` or `chromium-browser` on the PATH. */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser']) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  return undefined;
}

const CHROMIUM = findChromium();
if (!CHROMIUM) {
  console.warn(
    'test/browser/demo.test.ts: SKIPPED, no Chromium found (set CHROMIUM_PATH, or install Debian\'s chromium package, as .ci/run does)',
  );
}

type Claimex = typeof import('../../src/index.js');

const CORPUS = join(ROOT, 'corpus');
const ARTICLES = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** What one stretch of the highlighted article is marked as. */
interface Run {
  text: string;
  /** Ids of the claims whose content covers it. */
  content: string[];
  /** Ids of the claims whose cue covers it. */
  cue: string[];
  /** Inside a speaker mark. */
  speaker: boolean;
}

/** Joins neighbouring stretches marked alike, so that two ways of cutting the text compare equal. */
function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    const same = last && last.speaker === run.speaker && last.content.join() === run.content.join() && last.cue.join() === run.cue.join();
    if (same) last.text += run.text;
    else if (run.text !== '') merged.push({ ...run });
  }
  return merged;
}

/** The runs renderHtml should mark in `text`, from the Extraction Node gives. */
function expectedRuns(text: string, extraction: Extraction): Run[] {
  const chars = Array.from({ length: text.length }, (_, i): Run => ({ text: text[i]!, content: [], cue: [], speaker: false }));
  const cover = (span: Span | null, mark: (run: Run) => void) => {
    if (span) for (let i = span.start; i < span.end; i++) mark(chars[i]!);
  };
  for (const claim of extraction.claims) {
    for (const piece of claim.content) cover(piece, (run) => run.content.push(claim.id));
    cover(claim.cue, (run) => run.cue.push(claim.id));
    cover(claim.source, (run) => (run.speaker = true));
  }
  for (const speaker of extraction.speakers) for (const mention of speaker.mentions) cover(mention, (run) => (run.speaker = true));
  for (const run of chars) {
    run.content.sort();
    run.cue.sort();
  }
  return mergeRuns(chars);
}

/** In the page: the highlighted article's text nodes with the marks around each, and each claim's type class. */
async function observedMarks(page: Page): Promise<{ runs: Run[]; types: Record<string, string[]> }> {
  return page.$eval('#highlighted .claimex-text', (root) => {
    const runs: { text: string; content: string[]; cue: string[]; speaker: boolean }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const run = { text: node.nodeValue ?? '', content: [] as string[], cue: [] as string[], speaker: false };
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        const claim = el.dataset.claim ?? '';
        if (el.classList.contains('claimex-content') && !run.content.includes(claim)) run.content.push(claim);
        if (el.classList.contains('claimex-cue') && !run.cue.includes(claim)) run.cue.push(claim);
        if (el.classList.contains('claimex-speaker')) run.speaker = true;
      }
      run.content.sort();
      run.cue.sort();
      runs.push(run);
    }
    const types: Record<string, string[]> = {};
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('.claimex-content'))) {
      const classes = Array.from(el.classList).filter((c) => c !== 'claimex-content');
      types[el.dataset.claim ?? ''] = [...new Set([...(types[el.dataset.claim ?? ''] ?? []), ...classes])];
    }
    return { runs, types };
  });
}

async function tableRows(page: Page): Promise<{ claim: string; cells: string[] }[]> {
  return page.$$eval('#claims tbody tr', (rows) =>
    rows.map((row) => ({ claim: (row as HTMLElement).dataset.claim ?? '', cells: Array.from((row as HTMLTableRowElement).cells).map((cell) => cell.textContent ?? '') })),
  );
}

/** Pastes `text` into the page, presses Extract and waits for the status to report the result. */
async function extractInPage(page: Page, text: string): Promise<void> {
  await page.fill('#article', text);
  await page.evaluate(() => {
    document.getElementById('status')!.textContent = '';
  });
  await page.click('#extract');
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '');
}

describe.skipIf(!CHROMIUM)('the demo page in headless Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  /** The Node build of the same sources as the browser bundle (dist/index.js), which the page must agree with. */
  let extractClaims: Claimex['extractClaims'];

  beforeAll(async () => {
    ensureBuilt();
    ({ extractClaims } = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Claimex);
    server = await serveDist(join(ROOT, 'dist'));
    // playwright-core runs it headless, with a fresh profile folder of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM!,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext();
    context.on('request', (request) => {
      if (new URL(request.url()).origin !== server.origin && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(`${server.origin}/demo/index.html`);
    await page.waitForSelector('#extract:not([disabled])', { timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the browser bundle from its own origin and says it is ready', async () => {
    expect(server.requested).toEqual(expect.arrayContaining(['/demo/index.html', '/demo/demo.js', '/browser/claimex.js']));
    expect(await page.textContent('#status')).toMatch(/^Ready/);
    expect(await page.isHidden('#claims')).toBe(true);
  });

  it.each(ARTICLES)('shows the claims of corpus/%s as Node extracts them', async (name) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const extraction = extractClaims(text);
    expect(extraction.claims.length, 'an article with claims').toBeGreaterThan(0);
    await extractInPage(page, text);
    expect(await page.inputValue('#article')).toBe(text);
    expect(await page.textContent('#status')).toMatch(new RegExp(`^${extraction.claims.length} claims?, ${extraction.speakers.length} speakers? `));

    // The table: one row per claim, in order, with speaker, cue, type, act and content.
    expect(await page.$$eval('#claims thead th', (ths) => ths.map((th) => th.textContent))).toEqual(CLAIM_COLUMNS.map(([, heading]) => heading));
    expect(await tableRows(page)).toEqual(
      extraction.claims.map((claim) => {
        const row = claimRow(claim);
        return { claim: claim.id, cells: CLAIM_COLUMNS.map(([key]) => row[key]) };
      }),
    );

    // The article: all of its text, with each claim's content, cue and the speakers marked where Node puts them.
    expect(await page.textContent('#highlighted .claimex-text')).toBe(text);
    const { runs, types } = await observedMarks(page);
    expect(mergeRuns(runs)).toEqual(expectedRuns(text, extraction));
    expect(types).toEqual(Object.fromEntries(extraction.claims.filter((c) => c.content.length > 0).map((c) => [c.id, [`claimex-${c.type}`]])));
  });

  it('shows markup in the article as text, and runs none of it', async () => {
    const text = '"<img src=x onerror=\'window.injected=1\'> <b>We</b> will not <script>window.injected=2</script> yield," the minister said.';
    await extractInPage(page, text);
    expect(await page.textContent('#highlighted .claimex-text')).toBe(text);
    expect(await page.$$('#highlighted img, #highlighted b, #highlighted script, #claims img, #claims b')).toEqual([]);
    const rows = await tableRows(page);
    expect(rows.map((row) => row.cells)).toEqual(extractClaims(text).claims.map((claim) => CLAIM_COLUMNS.map(([key]) => claimRow(claim)[key])));
    expect(rows.some((row) => row.cells[4]?.includes('<b>We</b> will not <script>')), 'the markup shown as text in a cell').toBe(true);
    expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
  });

  it('reports an empty article as no claims, with an empty table', async () => {
    await extractInPage(page, '');
    expect(await page.textContent('#status')).toMatch(/^0 claims, 0 speakers /);
    expect(await tableRows(page)).toEqual([]);
  });

  it('logged no console error and asked no other host for anything', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
