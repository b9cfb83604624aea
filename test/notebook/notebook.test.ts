/**
 * The example notebook really runs: docs/notebook/claims.ipynb is executed headless by
 * jupyter-nbconvert with Deno's Jupyter kernel (the binary of the npm package `deno`), and
 * its outputs are checked against what the built library computes. The kernelspec goes to
 * a temporary Jupyter data folder, so nothing is installed in the user's home. Skipped, with
 * a notice saying why, where jupyter-nbconvert or the deno binary is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/types.js';
import { ensureBuilt, ROOT } from '../cli/built-cli.js';
import { findAll, first, parseHtml, textOf } from '../render/html-tree.js';

const NOTEBOOK = join(ROOT, 'docs', 'notebook', 'claims.ipynb');
const SAMPLE = readFileSync(join(ROOT, 'corpus', 'sample-press-conference.txt'), 'utf8');
const TYPES = ['action', 'demand', 'hope', 'statement'] as const;

/** The deno binary the npm package `deno` installed, or why there is none. */
function denoBinary(): { path: string } | { missing: string } {
  try {
    const install = createRequire(join(ROOT, 'package.json'))('deno/install_api.cjs') as { runInstall(): string };
    const path = install.runInstall();
    const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    if (version.status !== 0) return { missing: `${path} --version failed: ${version.stderr || version.error?.message}` };
    return { path };
  } catch (err) {
    return { missing: `the npm package "deno" is not installed (${(err as Error).message.split('\n')[0]})` };
  }
}

function nbconvertMissing(): string | undefined {
  const result = spawnSync('jupyter', ['nbconvert', '--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status === 0) return undefined;
  return `jupyter-nbconvert is not installed (apt-get install jupyter-nbconvert): ${result.error?.message ?? result.stderr.trim().split('\n').pop()}`;
}

const deno = denoBinary();
const missing = 'missing' in deno ? deno.missing : nbconvertMissing();
if (missing) console.warn(`test/notebook: skipping the notebook run: ${missing}`);

interface Output {
  output_type: string;
  data?: Record<string, string | string[]>;
  text?: string | string[];
  ename?: string;
  evalue?: string;
}
interface Cell {
  id: string;
  cell_type: string;
  execution_count?: number | null;
  outputs?: Output[];
}

const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('') : (value ?? ''));

describe.skipIf(missing !== undefined)('docs/notebook/claims.ipynb', () => {
  let work: string;
  let cells: Map<string, Cell>;
  let lib: typeof import('../../src/index.js');

  beforeAll(async () => {
    ensureBuilt();
    lib = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof lib;
    work = mkdtempSync(join(tmpdir(), 'claimex-notebook-'));
    const data = join(work, 'jupyter');
    mkdirSync(join(data, 'kernels', 'deno'), { recursive: true });
    // What `deno jupyter --install` writes, but here: it always installs into the home folder.
    const kernel = { argv: [(deno as { path: string }).path, 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' };
    writeFileSync(join(data, 'kernels', 'deno', 'kernel.json'), JSON.stringify(kernel));
    const env = {
      ...process.env,
      JUPYTER_DATA_DIR: data,
      JUPYTER_PATH: data,
      JUPYTER_CONFIG_DIR: join(work, 'config'),
      JUPYTER_RUNTIME_DIR: join(work, 'runtime'),
      DENO_DIR: join(work, 'deno'),
      DENO_NO_UPDATE_CHECK: '1',
      NO_COLOR: '1',
    };
    // nbclient waits only 4 s by default for a cell's outputs after the kernel's reply and then
    // drops them with a warning: on a loaded machine, wait longer, and fail loudly if it is not
    // enough. (Outputs a kernel sends after reporting a cell done are dropped whatever the wait:
    // the notebook displays its results explicitly for that; see docs/notebook.md.)
    const args = [
      'nbconvert', '--to', 'notebook', '--execute',
      '--ExecutePreprocessor.timeout=60', '--ExecutePreprocessor.iopub_timeout=60',
      '--ExecutePreprocessor.raise_on_iopub_timeout=True', '--ExecutePreprocessor.kernel_name=deno',
    ];
    const run = spawnSync('jupyter', [...args, '--output-dir', work, '--output', 'executed.ipynb', NOTEBOOK], { env, encoding: 'utf8', timeout: 90_000 });
    if (run.status !== 0) throw new Error(`jupyter nbconvert failed (${run.status ?? run.signal}):\n${run.stderr}`);
    const executed = JSON.parse(readFileSync(join(work, 'executed.ipynb'), 'utf8')) as { cells: Cell[] };
    cells = new Map(executed.cells.map((cell) => [cell.id, cell]));
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const outputs = (id: string): Output[] => {
    const cell = cells.get(id);
    if (!cell) throw new Error(`no cell "${id}" in the notebook`);
    return cell.outputs ?? [];
  };
  const html = (id: string) => outputs(id).map((o) => joined(o.data?.['text/html'])).filter(Boolean);

  it('runs every code cell without an error', () => {
    const code = [...cells.values()].filter((cell) => cell.cell_type === 'code');
    expect(code.length).toBeGreaterThanOrEqual(5);
    for (const cell of code) {
      expect(cell.execution_count, cell.id).toBeTypeOf('number');
      expect(cell.outputs?.filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`), cell.id).toEqual([]);
      expect(cell.outputs?.length, cell.id).toBeGreaterThan(0);
    }
  });

  it('shows the extraction of the sample article as renderHtml draws it', () => {
    const extraction = lib.extractClaims(SAMPLE);
    expect(html('extract')).toEqual([lib.renderHtml(extraction, { text: SAMPLE })]);
    const article = first(parseHtml(html('extract')[0]!), 'claimex-text');
    expect(textOf(article)).toBe(SAMPLE);
    expect(findAll(article, (e) => e.attrs['data-claim'] !== undefined).length).toBeGreaterThan(extraction.claims.length);
  });

  it('tabulates the claims per speaker, the main speaker first', () => {
    const claims = lib.extractClaims(SAMPLE).claims;
    const expected = new Map<string, Extraction['claims']>();
    for (const claim of claims) {
      const name = claim.speaker?.name ?? '(narration)';
      expected.set(name, [...(expected.get(name) ?? []), claim]);
    }
    const [table] = html('per-speaker');
    const rows = findAll(parseHtml(table!), (e) => e.tag === 'tr').map((tr) =>
      tr.children.filter((cell) => typeof cell !== 'string').map(textOf),
    );
    expect(rows[0]).toEqual(['speaker', 'claims', ...TYPES, 'cues']);
    expect(rows).toHaveLength(1 + expected.size);
    const most = Math.max(...[...expected.values()].map((c) => c.length));
    expect(expected.get(rows[1]![0]!)?.length).toBe(most);
    for (const row of rows.slice(1)) {
      const mine = expected.get(row[0]!);
      expect(mine, row[0]).toBeDefined();
      expect(row.slice(1, 6)).toEqual([mine!.length, ...TYPES.map((t) => mine!.filter((c) => c.type === t).length)].map(String));
    }
  });

  it('counts the claims by type', () => {
    const claims = lib.extractClaims(SAMPLE).claims;
    const markdown = outputs('by-type').map((o) => joined(o.data?.['text/markdown'])).join('');
    for (const type of TYPES) expect(markdown).toContain(`| ${type} | ${claims.filter((c) => c.type === type).length} |`);
  });

  it('prints the CSV and displays an extraction of its own text', () => {
    const printed = outputs('csv').map((o) => joined(o.text)).join('');
    expect(printed.startsWith(`${lib.CSV_COLUMNS.join(',')}\n`)).toBe(true);
    expect(html('own-text')[0]).toContain('class="claimex-content');
  });
});
