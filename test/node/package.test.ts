/**
 * The built entry points as the package's "exports" map resolves them (the package imports
 * itself by name): claimex/node from ESM and CommonJS, with its worker pool, and
 * claimex/browser to the browser bundle.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ensureBuilt, ROOT } from '../cli/built-cli.js';

const TIMEOUT = 120_000;

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), timeout: TIMEOUT });
}

/** Runs two records through a pool of two worker threads and prints the output lines' ids and success. */
const POOL_RUN = `
  const lines = ['{"id": 1, "text": "The minister said the talks were useful."}', '{"id": 2}'];
  async function* input() { yield lines.join('\\n'); }
  const out = [];
  for await (const r of node.extractJsonl(input(), { jobs: 2 })) out.push([JSON.parse(r.json).id, r.ok]);
  console.log(JSON.stringify(out));`;

beforeAll(() => {
  ensureBuilt();
}, TIMEOUT);

describe('claimex/node', () => {
  it('imports as ESM and runs its worker pool', () => {
    const out = node(['--input-type=module', '-e', `const node = await import('claimex/node');${POOL_RUN}`]);
    expect(JSON.parse(out)).toEqual([
      [1, true],
      [2, false],
    ]);
  }, TIMEOUT);

  it('requires as CommonJS and finds the worker script from there too', () => {
    const out = node(['-e', `const node = require('claimex/node'); (async () => {${POOL_RUN}})().catch((e) => { console.error(e); process.exit(1); });`]);
    expect(JSON.parse(out)).toEqual([
      [1, true],
      [2, false],
    ]);
  }, TIMEOUT);
});

describe('claimex/browser', () => {
  it('resolves to the browser bundle', () => {
    const out = node(['--input-type=module', '-e', `console.log(import.meta.resolve('claimex/browser'))`]);
    expect(out.trim()).toMatch(/\/dist\/browser\/claimex\.js$/);
  });
});
