// @ts-check
/**
 * ESLint for claimex: `npm run lint`, which is `eslint --config test/lint/eslint.config.mjs src`
 * (the config lives here because the repository's top level holds no tool configs).
 *
 * Focused on what breaks at run time, not on style:
 * - eslint-plugin-regexp's recommended rules and its two ReDoS rules
 *   (no-super-linear-backtracking, no-super-linear-move). They are errors in src/regex.ts,
 *   where every pattern of claimex is meant to live. Elsewhere they are warnings: a pattern
 *   outside src/regex.ts already fails test/reliability/patterns.test.ts, which lists it to be
 *   moved, and the warning says what to fix when it is moved.
 * - a few core and typescript-eslint rules that catch real bugs: unreachable code, duplicate
 *   keys and cases, impossible comparisons, and promises left floating or misused.
 */
import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const recommended = regexp.configs['flat/recommended'];

/** Every rule the regexp configuration turns on, and the two ReDoS rules, at one severity. */
function regexpRules(/** @type {'error' | 'warn'} */ severity) {
  const names = [...Object.keys(recommended.rules ?? {}), 'regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'];
  return Object.fromEntries(names.map((name) => [name, severity]));
}

export default defineConfig([
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: new URL('../..', import.meta.url).pathname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin, regexp },
    rules: {
      ...regexpRules('warn'),
      // Core correctness.
      'no-unreachable': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-self-compare': 'error',
      'no-unsafe-finally': 'error',
      'no-unsafe-negation': 'error',
      'no-cond-assign': 'error',
      'no-constant-binary-expression': 'error',
      'no-sparse-arrays': 'error',
      'use-isnan': 'error',
      'valid-typeof': 'error',
      // Promises: the CLI reads and writes files.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['**/src/regex.ts'],
    rules: regexpRules('error'),
  },
]);
