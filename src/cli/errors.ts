/** How the CLI reports a failure: one line on stderr, and an exit code. */
import { CliError } from './args.js';

/**
 * The stderr text and exit code for an error: CliError (usage, unreadable input) keeps its
 * code, anything else is unexpected (1). Always one line, plus the stack when `debug`.
 */
export function describeError(err: unknown, debug: boolean): { text: string; exitCode: number } {
  const message = err instanceof Error ? err.message : String(err);
  let text = `claimex: ${message.trim().replace(/\s*\n\s*/g, ' ')}\n`;
  if (err instanceof CliError) return { text, exitCode: err.exitCode };
  if (debug && err instanceof Error && err.stack) text += `${err.stack}\n`;
  return { text, exitCode: 1 };
}
