/** File system and package look-ups for the CLI. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError, FileReadError, readArticle } from '../node/read.js';
import { packageRoot } from '../node/package.js';
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

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

export function samplePath(): string {
  return join(packageRoot(), SAMPLE_ARTICLE);
}

/** Reads a UTF-8 text file as is (a BOM is kept, so offsets match what Node reads). */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readArticle(path);
  } catch (err) {
    throw err instanceof FileReadError ? new InputError(err.path, err.reason) : err;
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
