/**
 * The fuzz entry: `npm run fuzz` runs the property tests of test/reliability with many more
 * cases and longer inputs than `npm test` does, from a fresh seed each time.
 *
 *   npm run fuzz                          # FUZZ_RUNS=1000 cases per property, a new seed
 *   FUZZ_RUNS=20000 npm run fuzz          # longer
 *   FUZZ_SEED=123456 npm run fuzz         # replay the seed a failed run printed
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/reliability/properties.test.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' },
    testTimeout: 0,
    hookTimeout: 120_000,
  },
});
