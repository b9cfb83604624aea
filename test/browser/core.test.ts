/**
 * The core (`claimex`, src/index.ts and all it imports) runs in a browser: bundled by esbuild
 * for the browser platform, it imports no Node built-in (node:fs, path, worker_threads ...)
 * and none of the Node-only folders; those sit behind claimex/node.
 */
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/built-cli.js';

/** Folders of src/ that may use Node: the CLI, the Node API, the evaluation, the benchmark. */
const NODE_ONLY = ['src/cli/', 'src/node/', 'src/eval/', 'src/bench/'];
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

let metafile: Metafile;
let errors: string[];

/** Bundles `entry` for the browser: a Node built-in there fails to resolve (or is left external). */
async function bundleForBrowser(entry: string): Promise<{ metafile: Metafile; errors: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).catch((err: { errors?: { text: string }[]; message: string }) => ({ errors: err.errors ?? [{ text: err.message }], metafile: undefined }));
  return { metafile: result.metafile ?? { inputs: {}, outputs: {} }, errors: result.errors.map((e) => e.text) };
}

/** Every import that is a Node built-in or stays outside the bundle: "importer -> path". */
function nodeImports(meta: Metafile): string[] {
  return Object.entries(meta.inputs).flatMap(([file, input]) =>
    input.imports.filter((imp) => imp.external || BUILTINS.has(imp.path)).map((imp) => `${file} -> ${imp.path}`),
  );
}

/** The npm package a bundled file belongs to ("wink-nlp"), or undefined for claimex's own sources. */
function packageOf(file: string): string | undefined {
  const at = file.lastIndexOf('node_modules/');
  if (at === -1) return undefined;
  const [scope, name] = file.slice(at + 'node_modules/'.length).split('/');
  return scope?.startsWith('@') ? `${scope}/${name}` : scope;
}

beforeAll(async () => {
  ({ metafile, errors } = await bundleForBrowser('src/index.ts'));
}, 120_000);

describe('the core in a browser', () => {
  it('bundles for the browser platform without an error', () => {
    expect(errors).toEqual([]);
    expect(Object.keys(metafile.inputs)).toContain('src/index.ts');
  });

  it('imports no Node built-in, and leaves no import outside the bundle', () => {
    expect(nodeImports(metafile)).toEqual([]);
  });

  it('takes in none of the Node-only folders, and of the libraries only wink-nlp and its web model', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((file) => NODE_ONLY.some((folder) => file.startsWith(folder)))).toEqual([]);
    // compromise serves only the build of the cue lexicon (npm run lexicons), never the page.
    const packages = new Set(inputs.map(packageOf).filter((name) => name !== undefined));
    expect([...packages].sort()).toEqual(['wink-eng-lite-web-model', 'wink-nlp']);
  });

  it('would catch a Node import: claimex/node does not bundle for the browser', async () => {
    const node = await bundleForBrowser('src/node/index.ts');
    expect([...node.errors, ...nodeImports(node.metafile)].join('\n')).toMatch(/node:fs|worker_threads|node:path/);
  }, 120_000);
});
