/** File system and package look-ups for the CLI. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './args.js';

/** The bundled sample article, relative to the package root; shipped in the npm tarball. */
export const SAMPLE_ARTICLE = 'corpus/sample-press-conference.txt';

/** An input that could not be read: exit 2. */
export class InputError extends CliError {
  constructor(path: string, reason: string) {
    super(`cannot read ${path}: ${reason}`, 2);
    this.name = 'InputError';
  }
}

let root: string | undefined;

/**
 * The folder of claimex's own package.json: found by walking up from this module, so it
 * works from dist/cli.js in the repository, in node_modules/claimex, and from src/ under vitest.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && readPackageName(candidate) === 'claimex') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package.json of claimex');
    dir = parent;
  }
}

function readPackageName(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

export function samplePath(): string {
  return join(packageRoot(), SAMPLE_ARTICLE);
}

/** The reason an fs call failed, in a few plain words. */
export function describeFsError(err: unknown, missing = 'no such file'): string {
  const code = (err as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return missing;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a component of the path is not a directory';
    default:
      return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
  }
}

/** Reads a UTF-8 text file as is (a BOM is kept, so offsets match what Node reads). */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(path, describeFsError(err));
  }
}

/** Checks that `path` is a readable directory. */
export function assertDirectory(path: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (err) {
    throw new InputError(path, describeFsError(err, 'no such directory'));
  }
  if (!isDir) throw new InputError(path, 'not a directory');
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
