import { describe, expect, it } from 'vitest';
import { CliError, UsageError } from '../../src/cli/args.js';
import { describeError } from '../../src/cli/errors.js';

describe('describeError', () => {
  it('keeps the exit code of a CliError, on one line', () => {
    expect(describeError(new UsageError("unknown option '--x'"), true)).toEqual({
      text: "claimex: unknown option '--x' (see 'claimex --help')\n",
      exitCode: 2,
    });
    expect(describeError(new CliError('cannot read a.txt: no such file', 2), false).exitCode).toBe(2);
  });

  it('reports an unexpected error as one line with exit 1', () => {
    const { text, exitCode } = describeError(new RangeError('input of 9 chars\nexceeds maxChars 5'), false);
    expect(exitCode).toBe(1);
    expect(text).toBe('claimex: input of 9 chars exceeds maxChars 5\n');
    expect(describeError('a thrown string', false)).toEqual({ text: 'claimex: a thrown string\n', exitCode: 1 });
  });

  it('adds the stack of an unexpected error only when debugging', () => {
    const err = new Error('boom');
    expect(describeError(err, false).text).not.toMatch(/^\s+at /m);
    expect(describeError(err, true).text).toMatch(/^claimex: boom\nError: boom\n\s+at /);
  });
});
