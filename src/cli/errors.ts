/** How the CLI reports a failure: one line on stderr, and an exit code. */
import { CliError } from './args.js';

/**
 * The stderr text and exit code for an error: CliError (usage, unreadable input) keeps its
 * code, anything else is unexpected (1). Always one line, plus the stack when `debug`.
 */
export function describeError(err: unknown, debug: boolean): { text: string; exitCode: number } {
  const message = err instanceof Error ? err.message : String(err);
  // Lines joined by one space (split, not a regex over whitespace runs: linear on any input).
  const oneLine = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  let text = `claimex: ${oneLine}\n`;
  if (err instanceof CliError) return { text, exitCode: err.exitCode };
  if (debug && err instanceof Error && err.stack) text += `${err.stack}\n`;
  return { text, exitCode: 1 };
}
