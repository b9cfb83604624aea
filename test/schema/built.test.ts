/**
 * The schema as the package ships it: dist/schema.json (claimex/schema.json) is the schema
 * generated from src/schema, `claimex --schema` and `claimex schema` print that file, and the
 * core bundles do not load zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractionJsonSchemaText } from '../../src/schema/json-schema.js';
import { buildUnderLock, ensureBuilt, ROOT, runCli } from '../cli/built-cli.js';
import { expectValidExtraction } from '../helpers/schema.js';

const SCHEMA_JSON = join(ROOT, 'dist', 'schema.json');

beforeAll(() => {
  ensureBuilt();
  // A dist/ built before the schema existed lacks only this file.
  buildUnderLock(() => existsSync(SCHEMA_JSON) && existsSync(join(ROOT, 'dist', 'schema.js')), ['tsup']);
});

describe('dist/schema.json', () => {
  it('is the schema generated from src/schema, byte for byte', () => {
    expect(readFileSync(SCHEMA_JSON, 'utf8')).toBe(extractionJsonSchemaText());
  });

  it("is what package.json exports as 'claimex/schema.json'", () => {
    const require = createRequire(join(ROOT, 'package.json'));
    expect(require.resolve('claimex/schema.json')).toBe(SCHEMA_JSON);
    expect(require.resolve('claimex/schema')).toBe(join(ROOT, 'dist', 'schema.cjs'));
  });
});

describe('claimex --schema and claimex schema', () => {
  it.each([[['--schema']], [['schema']]])('%j prints dist/schema.json and exits 0', (args) => {
    const result = runCli(args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(SCHEMA_JSON, 'utf8'));
  });

  it.each([
    [['schema', 'extra'], /'schema' takes no arguments, got 'extra'/],
    [['--schema', '--json'], /unknown option '--json' for '--schema'/],
  ])('%j is a usage error: exit 2, one line', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('is listed in --help', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toContain('claimex schema');
    expect(help).toContain('claimex/schema.json');
  });

  it("validates the CLI's own --json output", () => {
    const result = runCli(['extract', '--json', '--default-sample']);
    expect(result.status).toBe(0);
    expectValidExtraction(JSON.parse(result.stdout), 'claimex extract --json --default-sample');
  });
});

describe('the core does not load zod', () => {
  it.each(['index.js', 'index.cjs', 'cli.js'])('dist/%s has no import of zod', (file) => {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    expect(code).not.toMatch(/from\s*["']zod["']|require\(["']zod["']\)/);
  });

  it('dist/schema.js does (the check above can see an import of zod)', () => {
    expect(readFileSync(join(ROOT, 'dist', 'schema.js'), 'utf8')).toMatch(/from\s*["']zod["']/);
  });
});
