/**
 * The published package, as a user gets it: `npm pack`, `npm install` the tarball into an
 * empty project, then import it and its subpaths (claimex/node, claimex/schema,
 * claimex/schema.json, claimex/browser) as ESM and CommonJS, type-check them (module
 * nodenext, and node10 through typesVersions), and run the bin.
 */
import { execFileSync, spawnSync } from 'node:child_process';
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

/** Imports of the core and every subpath, for the type checks; SUBPATH_USE uses them, and `schema` (the JSON). */
const SUBPATH_IMPORTS = `import { extractClaims, type Extraction } from 'claimex';
  import { extractFile } from 'claimex/node';
  import { ExtractionSchema } from 'claimex/schema';
  import * as browser from 'claimex/browser';`;
const SUBPATH_USE = `const r: Extraction = extractClaims(${JSON.stringify(TEXT)});
  const f: Promise<Extraction> = extractFile('article.txt');
  const checked: Extraction = ExtractionSchema.parse(r);
  const b: Extraction = browser.extractClaims('x');
  const id: string = schema.$id;
  export { f, checked, b, id };`;

/** Type-checks `files` of the consumer project, strictly, with the given module options; fails with tsc's report. */
function typeCheck(config: string, moduleOptions: Record<string, string>, files: string[]): void {
  const compilerOptions = { ...moduleOptions, target: 'es2022', strict: true, noEmit: true, types: [], resolveJsonModule: true, esModuleInterop: true };
  writeFileSync(join(project, config), JSON.stringify({ compilerOptions, files }));
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: project, encoding: 'utf8', timeout: TIMEOUT });
  expect(tsc.status, `${config}:\n${tsc.stdout}${tsc.stderr}`).toBe(0);
}

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
      'dist/node.js',
      'dist/node.cjs',
      'dist/node.d.ts',
      'dist/node.d.cts',
      'dist/schema.js',
      'dist/schema.cjs',
      'dist/schema.d.ts',
      'dist/schema.d.cts',
      'dist/schema.json',
      'dist/browser/claimex.js',
      'dist/cli.js',
      'dist/cli-worker.js',
      'corpus/sample-press-conference.txt',
    ]) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((f) => /^(src|test|docs|\.ci)\//.test(f))).toEqual([]);
  });

  it('leaves out the demo page and the benchmark', () => {
    expect(packed.filter((f) => f.startsWith('dist/demo/') || f.startsWith('dist/bench'))).toEqual([]);
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

  it('imports claimex/node, claimex/schema and claimex/schema.json as ESM', () => {
    writeFileSync(join(project, 'article.txt'), TEXT);
    const code = `import { extractFile } from 'claimex/node';
      import { ExtractionSchema, EXTRACTION_SCHEMA_ID } from 'claimex/schema';
      import schema from 'claimex/schema.json' with { type: 'json' };
      if (schema.$id !== EXTRACTION_SCHEMA_ID) throw new Error('schema.json is not claimex/schema\\'s');
      console.log(JSON.stringify(ExtractionSchema.parse(await extractFile('article.txt'))));`;
    expectExtractionShape(run(process.execPath, ['--input-type=module', '-e', code], project));
  }, TIMEOUT);

  it('requires claimex/node, claimex/schema and claimex/schema.json as CommonJS', () => {
    writeFileSync(join(project, 'article.txt'), TEXT);
    const code = `const { extractFile } = require('claimex/node');
      const { ExtractionSchema, EXTRACTION_SCHEMA_ID } = require('claimex/schema');
      if (require('claimex/schema.json').$id !== EXTRACTION_SCHEMA_ID) throw new Error('schema.json is not claimex/schema\\'s');
      extractFile('article.txt').then((r) => console.log(JSON.stringify(ExtractionSchema.parse(r))));`;
    expectExtractionShape(run(process.execPath, ['-e', code], project));
  }, TIMEOUT);

  it("imports claimex/browser as an ES module with the core's exports, which its types (the core's) describe", () => {
    const code = `import * as browser from 'claimex/browser';
      import * as core from 'claimex';
      const names = (m) => Object.keys(m).sort().join();
      if (names(browser) !== names(core)) throw new Error(names(browser) + ' vs ' + names(core));
      console.log(JSON.stringify(browser.extractClaims(${JSON.stringify(TEXT)})));`;
    expectExtractionShape(run(process.execPath, ['--input-type=module', '-e', code], project));
  }, TIMEOUT);

  it('type-checks the core and its subpaths for ESM and CommonJS consumers (module nodenext)', () => {
    const use = `const r: Extraction = extractClaims(${JSON.stringify(TEXT)});
      const e: Extractor = createExtractor({ maxChars: 1000 });
      const s: string = SCHEMA_VERSION + r.schemaVersion + e.extract('x').claims.length;
      export { s };`;
    const core = `import { extractClaims, createExtractor, SCHEMA_VERSION, type Extraction, type Extractor } from 'claimex';`;
    writeFileSync(join(project, 'esm.mts'), `${core}\n${use}`);
    writeFileSync(join(project, 'cjs.cts'), `${core}\n${use}`);
    writeFileSync(join(project, 'subpaths.mts'), `${SUBPATH_IMPORTS}\nimport schema from 'claimex/schema.json' with { type: 'json' };\n${SUBPATH_USE}`);
    typeCheck('tsconfig.json', { module: 'nodenext', moduleResolution: 'nodenext' }, ['esm.mts', 'cjs.cts', 'subpaths.mts']);
  }, TIMEOUT);

  it('type-checks the core and its subpaths for node10 resolution (through typesVersions)', () => {
    writeFileSync(join(project, 'node10.ts'), `${SUBPATH_IMPORTS}\nimport schema = require('claimex/schema.json');\n${SUBPATH_USE}`);
    typeCheck('tsconfig.node10.json', { module: 'commonjs', moduleResolution: 'node10' }, ['node10.ts']);
  }, TIMEOUT);

  it('installs the claimex bin, which prints the version', () => {
    expect(run(join(project, 'node_modules', '.bin', 'claimex'), ['--version'], project)).toBe(`${version}\n`);
  }, TIMEOUT);

  it('runs the bin on the bundled sample article', () => {
    const out = run(join(project, 'node_modules', '.bin', 'claimex'), ['extract', '--default-sample', '--json'], project);
    expectExtractionShape(out);
  }, TIMEOUT);
});
