/** The `claimex` bin: wires the commands to the process. */
import { isatty } from 'node:tty';
import { runCommand, type CliIO } from './commands.js';
import { describeError } from './errors.js';
import { readStream } from './io.js';

const io: CliIO = {
  write: (text) => void process.stdout.write(text),
  error: (text) => void process.stderr.write(text),
  readStdin: () => readStream(process.stdin),
  stdinIsTTY: isatty(0),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
};

// `claimex extract ... | head`: a closed pipe ends the output quietly, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  process.exitCode = await runCommand(process.argv.slice(2), io);
} catch (err) {
  const { text, exitCode } = describeError(err, process.env.CLAIMEX_DEBUG === '1');
  process.stderr.write(text);
  process.exitCode = exitCode;
}
