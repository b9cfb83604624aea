/**
 * No catastrophic patterns: every regular expression of claimex lives in src/regex.ts,
 * and recheck finds each one free of super-linear backtracking (ReDoS).
 *
 * recheck's automaton checker decides from the pattern's structure, so its verdict is the
 * same on every run. It cannot read look-behind assertions (TRAILING_STOPS and LAST_WORD
 * use one to stay linear); for those recheck's fuzzing checker runs instead, from a fixed
 * seed. Backend: recheck's native build when its platform package is installed (an
 * optional dependency of recheck, present on Linux, macOS and Windows x64), else its pure
 * JavaScript build (slower: a few of the Unicode patterns may take minutes there). Both
 * run offline and in-process or as a local child; neither needs Java.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as patterns from '../../src/regex.js';
import { ROOT } from './invariants.js';

type Recheck = typeof import('recheck');
type Diagnostics = Awaited<ReturnType<Recheck['check']>>;
let check: Recheck['check'];

/** 'native' when recheck's binary for this platform is installed, else 'pure'. */
function recheckBackend(): 'native' | 'pure' {
  const os = ({ darwin: 'macos', linux: 'linux', win32: 'windows' } as Record<string, string>)[process.platform];
  try {
    createRequire(import.meta.url).resolve(`recheck-${os}-${process.arch}/package.json`);
    return 'native';
  } catch {
    return 'pure';
  }
}

const BACKEND = process.env.RECHECK_BACKEND ?? recheckBackend();

beforeAll(async () => {
  // recheck reads its backend from the environment on every call.
  process.env.RECHECK_BACKEND = BACKEND;
  ({ check } = await import('recheck'));
});

/** The automaton checker's verdict, or the fuzzing checker's where the automaton one cannot read the pattern. */
async function verdict(pattern: RegExp): Promise<Diagnostics> {
  const automaton = await check(pattern.source, pattern.flags, { checker: 'automaton', timeout: 120_000 });
  if (automaton.status !== 'unknown' || automaton.error.kind !== 'unsupported') return automaton;
  return check(pattern.source, pattern.flags, { checker: 'fuzz', timeout: 120_000, randomSeed: 20_251_128 });
}

function describeVerdict(diagnostics: Diagnostics): string {
  switch (diagnostics.status) {
    case 'safe':
      return `safe (${diagnostics.checker})`;
    case 'vulnerable':
      return `${diagnostics.complexity.summary} (${diagnostics.checker}); attack ${diagnostics.attack.pattern}`;
    case 'unknown':
      return `unknown: ${JSON.stringify(diagnostics.error)}`;
  }
}

const exported = Object.entries(patterns).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);

describe('src/regex.ts', () => {
  it('exports regular expressions', () => {
    expect(exported.length).toBeGreaterThan(10);
  });

  it.each(exported)(`%s is safe from catastrophic backtracking (recheck, ${BACKEND} backend)`, { timeout: 300_000 }, async (_name, pattern) => {
    const diagnostics = await verdict(pattern);
    expect(diagnostics.status, `/${pattern.source}/${pattern.flags}: ${describeVerdict(diagnostics)}`).toBe('safe');
  });
});

/** Every regular expression literal, `new RegExp(...)` and `RegExp(...)` in a TypeScript file: "file:line:column text". */
export function regexpSites(file: string, source: string): string[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const sites: string[] = [];
  const add = (node: ts.Node) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    const text = node.getText(sourceFile).replace(/\s+/g, ' ');
    sites.push(`${file}:${line + 1}:${character + 1} ${text.length > 80 ? `${text.slice(0, 80)}…` : text}`);
  };
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) add(node);
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') add(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return sites;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('regular expressions outside src/regex.ts', () => {
  it('the scan finds literals, new RegExp and RegExp() calls, and nothing in strings or comments', () => {
    const sample = [
      'const a = /x+/g;',
      "const b = new RegExp('y', 'u');",
      'const c = RegExp(`z`);',
      "const d = '/not a regex/'; // /nor this/",
      'const e = 4 / 2 / 1;',
    ].join('\n');
    expect(regexpSites('sample.ts', sample).map((site) => site.split(' ')[0])).toEqual(['sample.ts:1:11', 'sample.ts:2:11', 'sample.ts:3:11']);
  });

  it('there are none: every pattern lives in src/regex.ts, where recheck and the lint check it', () => {
    const sites = sourceFiles(`${ROOT}src`)
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((file) => file !== 'src/regex.ts')
      .sort()
      .flatMap((file) => regexpSites(file, readFileSync(`${ROOT}${file}`, 'utf8')));
    expect(sites, `move these into src/regex.ts:\n${sites.join('\n')}`).toEqual([]);
  });
});
