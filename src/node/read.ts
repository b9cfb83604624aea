/** Reading article files as text, without loading the NLP models (the CLI's --help stays fast). */
import { readFile } from 'node:fs/promises';

/** A file that could not be read. `reason` says why in a few plain words, e.g. "no such file". */
export class FileReadError extends Error {
  constructor(
    /** The path as given. */
    readonly path: string,
    /** Why it could not be read, e.g. "no such file", "permission denied", "is a directory". */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot read ${path}: ${reason}`, options);
    this.name = 'FileReadError';
  }
}

/** The reason an fs call failed, in a few plain words ("no such file", "permission denied", ...). */
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

/**
 * Reads an article as UTF-8 text, as is: a byte-order mark is kept, so the offsets of its
 * Extraction index the string Node's `readFile(path, 'utf8')` gives. Rejects with a
 * FileReadError when the file cannot be read.
 */
export async function readArticle(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new FileReadError(path, describeFsError(err), { cause: err });
  }
}
