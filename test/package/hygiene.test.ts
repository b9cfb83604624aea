/**
 * Package hygiene, as `npm run check:package` and `npm run docs` check it: publint finds no
 * error or warning in package.json; @arethetypeswrong/cli resolves every entry point's
 * types and code alike for node10, node16 (ESM and CommonJS) and bundlers, but for the one
 * problem `claimex/browser` has by design (an ES module only: `require` gets ESM); TypeDoc
 * documents every public export and the committed docs/api is what it writes now.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, ROOT } from '../cli/built-cli.js';

const TIMEOUT = 180_000;
const BIN = join(ROOT, 'node_modules', '.bin');
const DOCS = join(ROOT, 'docs', 'api');
const TYPEDOC_OPTIONS = join(ROOT, 'docs', 'typedoc.json');

interface Run {
  status: number | null;
  output: string;
}

/** Runs a tool of node_modules/.bin from the repository root, without npm's script variables. */
function run(tool: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(BIN, tool), args, { cwd: ROOT, env: cleanEnv({ NO_COLOR: '1' }), timeout: TIMEOUT });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let work: string;
let publint: Run;
let attw: Run;
let typedoc: Run;
let undocumented: Run;

// The four tools run at once (each takes 5 to 25 seconds); the tests read their results.
beforeAll(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'claimex-hygiene-'));
  const project = join(work, 'undocumented');
  mkdirSync(project);
  writeFileSync(join(project, 'index.ts'), '/** Documented. */\nexport const documented = 1;\nexport const undocumented = 2;\n');
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true }, files: ['index.ts'] }));
  // The project's options with this project's sources (a tsconfig given on the command line
  // would not replace the one docs/typedoc.json names).
  writeFileSync(
    join(project, 'typedoc.json'),
    JSON.stringify({ extends: [TYPEDOC_OPTIONS], tsconfig: './tsconfig.json', entryPoints: ['./index.ts'], out: './api' }),
  );
  [publint, attw, typedoc, undocumented] = await Promise.all([
    run('publint', ['--strict']),
    run('attw', ['--pack', '.', '--format', 'json']),
    run('typedoc', ['--options', TYPEDOC_OPTIONS, '--out', join(work, 'api')]),
    run('typedoc', ['--options', join(project, 'typedoc.json')]),
  ]);
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('package.json', () => {
  it('passes publint --strict: no error and no warning', () => {
    expect(publint.status, publint.output).toBe(0);
    expect(publint.output).not.toMatch(/^(Errors|Warnings):/m);
  });
});

describe('types of every entry point (@arethetypeswrong/cli)', () => {
  interface Problem {
    kind: string;
    entrypoint?: string;
    resolutionKind?: string;
  }
  const report = () =>
    JSON.parse(attw.output.slice(attw.output.indexOf('{'))) as { analysis: { entrypoints: Record<string, unknown> }; problems: Record<string, Problem[]> };

  it('checks each subpath package.json exports', () => {
    const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(report().analysis.entrypoints).sort()).toEqual(Object.keys(exports).sort());
  });

  it('finds no problem but the intended one: claimex/browser is ESM only, so require() gets ESM', () => {
    expect(Object.values(report().problems).flat()).toEqual([{ kind: 'CJSResolvesToESM', entrypoint: './browser', resolutionKind: 'node16-cjs' }]);
  });
});

describe('API docs (TypeDoc, docs/typedoc.json)', () => {
  it('fail on an undocumented export', () => {
    expect(undocumented.status, undocumented.output).not.toBe(0);
    expect(undocumented.output).toMatch(/\bundocumented \(Variable\).* does not have any documentation/);
    expect(undocumented.output).not.toMatch(/\bdocumented \(Variable\)/);
  });

  it('document every public export, and docs/api is up to date (else run `npm run docs`)', () => {
    expect(typedoc.status, typedoc.output).toBe(0);
    const out = join(work, 'api');
    const files = filesUnder(out);
    expect(files).toContain('claimex.md');
    expect(filesUnder(DOCS), 'docs/api holds other files than typedoc writes: run `npm run docs`').toEqual(files);
    const stale = files.filter((file) => readFileSync(join(out, file), 'utf8') !== readFileSync(join(DOCS, file), 'utf8'));
    expect(stale, 'docs/api differs from the doc comments: run `npm run docs`').toEqual([]);
  });
});
