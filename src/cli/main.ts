/** The `claimex` bin: wires the commands to the process. */
import { isatty } from 'node:tty';
import { runCommand, type CliIO } from './commands.js';
import { describeError } from './errors.js';
import { readStream } from './io.js';
import { OutputClosedError } from './jsonl.js';

const io: CliIO = {
  write: (text) => void process.stdout.write(text),
  error: (text) => void process.stderr.write(text),
  readStdin: () => readStream(process.stdin),
  openStdin: () => process.stdin,
  stdinIsTTY: isatty(0),
  stdout: process.stdout,
  stderr: process.stderr,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
};

// `claimex extract ... | head`: a closed pipe ends the output quietly, with exit 0 and no
// stack trace, even while worker threads are busy. Any other output error: one line, exit 1.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(describeError(err, process.env.CLAIMEX_DEBUG === '1').text);
  process.exit(1);
});

try {
  process.exitCode = await runCommand(process.argv.slice(2), io);
} catch (err) {
  if (err instanceof OutputClosedError) {
    process.exitCode = 0;
  } else {
    const { text, exitCode } = describeError(err, process.env.CLAIMEX_DEBUG === '1');
    process.stderr.write(text);
    process.exitCode = exitCode;
  }
}
