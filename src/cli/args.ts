/** Command-line parsing for the `claimex` bin, on node:util parseArgs. */
import { parseArgs } from 'node:util';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'extract'; files: string[]; json: boolean; defaultSample: boolean }
  | { kind: 'eval'; dir: string; json: boolean; verbose: boolean };

/** An error whose message is shown as one line on stderr, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A command line the CLI does not understand: exit 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(`${message} (see 'claimex --help')`, 2);
    this.name = 'UsageError';
  }
}

const COMMANDS = ['extract', 'eval', 'help'] as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '-h' || first === '--help' || first === 'help') return { kind: 'help' };
  if (first === '-V' || first === '-v' || first === '--version') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);

  switch (first) {
    case 'extract': {
      const { values, positionals } = parse(first, rest, {
        json: { type: 'boolean' },
        'default-sample': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      });
      if (values.help) return { kind: 'help' };
      return {
        kind: 'extract',
        files: positionals,
        json: values.json === true,
        defaultSample: values['default-sample'] === true,
      };
    }
    case 'eval': {
      const { values, positionals } = parse(first, rest, {
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      });
      if (values.help) return { kind: 'help' };
      const [dir, ...extra] = positionals;
      if (dir === undefined) throw new UsageError("'eval' needs a DIR");
      if (extra.length > 0) throw new UsageError(`'eval' takes one DIR, got also '${extra[0]}'`);
      return { kind: 'eval', dir, json: values.json === true, verbose: values.verbose === true };
    }
    default:
      throw new UsageError(`unknown command '${first}' (commands: ${COMMANDS.join(', ')})`);
  }
}

type BooleanOptions = Record<string, { type: 'boolean'; short?: string }>;

/** parseArgs with its errors turned into short usage messages. */
function parse<O extends BooleanOptions>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const message = err instanceof Error ? err.message : String(err);
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${quoted}' for '${command}'`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option '${quoted}' takes no value`);
    throw new UsageError(firstSentence(message));
  }
}

function firstSentence(message: string): string {
  const sentence = message.split(/\.\s/)[0] ?? message;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
