import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
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
    // The worker thread of `claimex extract --jsonl --jobs N`: the CLI finds it beside
    // dist/cli.js. No banner, and no chunks shared with the CLI bundle.
    entry: { 'cli-worker': 'src/cli/worker.ts' },
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
]);
