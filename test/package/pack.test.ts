/**
 * The published package, as a user gets it: `npm pack`, `npm install` the tarball into an
 * empty project, then import it as ESM and CommonJS, type-check both, and run the bin.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, ROOT } from '../cli/built-cli.js';

const TIMEOUT = 180_000;
const TEXT = 'The minister said the talks were useful.';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let work: string;
let project: string;
let packed: string[];

/** Runs a command with npm's script variables removed, so a nested npm acts on `cwd` alone. */
function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT });
}

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'claimex-pack-'));
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (!info) throw new Error('npm pack reported nothing');
  packed = info.files.map((f) => f.path);

  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', join(work, info.filename), '--no-audit', '--no-fund', '--no-package-lock'], project);
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Checks the result printed as JSON by a snippet: an Extraction's shape. */
function expectExtractionShape(stdout: string): void {
  const result = JSON.parse(stdout) as Record<string, unknown>;
  expect(typeof result.schemaVersion).toBe('string');
  for (const key of ['sentences', 'speakers', 'claims', 'messages']) expect(Array.isArray(result[key]), key).toBe(true);
}

describe('the npm tarball', () => {
  it('ships dist, the types, the bin and the sample article, and no sources or tests', () => {
    for (const file of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli.js',
      'corpus/sample-press-conference.txt',
    ]) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((f) => /^(src|test|\.ci)\//.test(f))).toEqual([]);
  });

  it('imports as ESM', () => {
    const code = `import { extractClaims, createExtractor } from 'claimex';
      const r = extractClaims(${JSON.stringify(TEXT)});
      if (typeof createExtractor !== 'function') throw new Error('no createExtractor');
      console.log(JSON.stringify(r));`;
    expectExtractionShape(run(process.execPath, ['--input-type=module', '-e', code], project));
  }, TIMEOUT);

  it('requires as CommonJS', () => {
    const code = `const c = require('claimex');
      const r = c.createExtractor().extract(${JSON.stringify(TEXT)});
      if (JSON.stringify(r) !== JSON.stringify(c.extractClaims(${JSON.stringify(TEXT)}))) throw new Error('differ');
      console.log(JSON.stringify(r));`;
    expectExtractionShape(run(process.execPath, ['-e', code], project));
  }, TIMEOUT);

  it('type-checks for ESM and CommonJS consumers (module nodenext)', () => {
    const use = `const r: Extraction = extractClaims(${JSON.stringify(TEXT)});
      const e: Extractor = createExtractor({ maxChars: 1000 });
      const s: string = SCHEMA_VERSION + r.schemaVersion + e.extract('x').claims.length;
      export { s };`;
    writeFileSync(join(project, 'esm.mts'), `import { extractClaims, createExtractor, SCHEMA_VERSION, type Extraction, type Extractor } from 'claimex';\n${use}`);
    writeFileSync(join(project, 'cjs.cts'), `import { extractClaims, createExtractor, SCHEMA_VERSION, type Extraction, type Extractor } from 'claimex';\n${use}`);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], project);
  }, TIMEOUT);

  it('installs the claimex bin, which prints the version', () => {
    expect(run(join(project, 'node_modules', '.bin', 'claimex'), ['--version'], project)).toBe(`${version}\n`);
  }, TIMEOUT);

  it('runs the bin on the bundled sample article', () => {
    const out = run(join(project, 'node_modules', '.bin', 'claimex'), ['extract', '--default-sample', '--json'], project);
    expectExtractionShape(out);
  }, TIMEOUT);
});
