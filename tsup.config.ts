import { copyFile, mkdir } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { writeExtractionJsonSchema } from './src/schema/emit.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
    // `claimex/schema.json`: the JSON Schema of the Extraction, generated from src/schema
    // after this config's clean, so that no later config wipes it.
    onSuccess: async () => void writeExtractionJsonSchema('dist'),
  },
  {
    // `claimex/schema`: the zod schemas of the Extraction, for validating at run time. A
    // bundle of its own, so that the core shares no chunk with it and never loads zod.
    entry: { schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: false,
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'piscina'],
  },
  {
    // The worker thread of `claimex extract --jsonl --jobs N` and of claimex/node's record
    // pool: each finds it beside itself in dist/. No banner, and no chunks shared.
    entry: { 'cli-worker': 'src/node/worker.ts' },
    format: ['esm'],
    splitting: false,
    sourcemap: true,
    target: 'node20',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // The benchmark (`npm run bench`): not part of the package's exports. The stage
    // replica is its own bundle, loaded only by the child that times the stages, so that
    // no other measurement child loads the stage sources (and compromise with them).
    entry: { bench: 'src/bench/main.ts', 'bench-stages': 'src/bench/stages.ts' },
    format: ['esm'],
    splitting: false,
    target: 'node20',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // `claimex/node`: files, the JSON Lines records mode with its worker pool, evaluation.
    // The shims give the CommonJS build an import.meta.url, to find the worker script.
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: false,
    shims: true,
    sourcemap: true,
    target: 'node20',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'piscina'],
  },
  {
    // `claimex/browser`: the core with wink-nlp and its English web model in one minified
    // ES module, for a page's <script type="module"> (size budget: .size-limit.json).
    entry: { 'browser/claimex': 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    splitting: false,
    minify: true,
    noExternal: ['wink-nlp', 'wink-eng-lite-web-model'],
  },
  {
    // The demo page (dist/demo/): its script loads dist/browser/claimex.js at run time.
    entry: { 'demo/demo': 'src/demo/demo.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    splitting: false,
    minify: true,
    onSuccess: async () => {
      await mkdir('dist/demo', { recursive: true });
      await copyFile('src/demo/index.html', 'dist/demo/index.html');
    },
  },
]);
