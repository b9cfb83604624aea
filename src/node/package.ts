/** Where claimex's own package lives on disk, for files shipped beside the code. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of claimex's own package.json: found by walking up from this module, so it
 * works from dist/ in the repository, in node_modules/claimex, and from src/ under vitest.
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
