/** Command-line parsing for the `claimex` bin, on node:util parseArgs. */
import { parseArgs } from 'node:util';
import { DIGITS_ONLY, LONG_OPTION, SENTENCE_END, SINGLE_QUOTED } from '../regex.js';
import { DEFAULT_MAX_LINE_BYTES } from '../node/lines.js';

/**
 * How `claimex extract` prints the Extractions of article files. To add one: its name
 * here and its formatter in formats.ts (FILE_FORMATTERS).
 */
export const FILE_FORMATS = ['table', 'json', 'jsonl', 'csv', 'html'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Upper bound of `--jobs`: far above any machine's cores, well below what would exhaust memory. */
export const MAX_JOBS = 256;

export interface ExtractCommand {
  kind: 'extract';
  files: string[];
  /** Output format for article files; `jsonl` for the records mode too. */
  format: FileFormat;
  /** JSON Lines records mode: each input line is a record {"id", "text"}. */
  jsonl: boolean;
  /** Worker threads for --jsonl; 1 runs in-process. */
  jobs: number;
  /** Longest input line --jsonl accepts, in bytes. */
  maxLineBytes: number;
  /** --jsonl exits 0 even when it wrote error records (for engines that fail a task on exit 1). */
  exitZero: boolean;
  defaultSample: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ExtractCommand
  | { kind: 'eval'; dir: string; json: boolean; verbose: boolean }
  | { kind: 'schema' };

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

const COMMANDS = ['extract', 'eval', 'schema', 'help'] as const;

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '-h' || first === '--help' || first === 'help') return { kind: 'help' };
  if (first === '-V' || first === '-v' || first === '--version') return { kind: 'version' };
  if (first === '--schema') return schemaCommand(first, rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);

  switch (first) {
    case 'extract': {
      const { values, positionals } = parse(first, rest, {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        format: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'max-line-bytes': { type: 'string' },
        'exit-zero': { type: 'boolean' },
        'default-sample': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      });
      if (values.help) return { kind: 'help' };
      return extractCommand(values, positionals);
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
    case 'schema':
      return schemaCommand(first, rest);
    default:
      throw new UsageError(`unknown command '${first}' (commands: ${COMMANDS.join(', ')})`);
  }
}

/** `claimex schema` and `claimex --schema`: print the JSON Schema of the Extraction; nothing else may follow. */
function schemaCommand(first: string, rest: string[]): Command {
  const { values, positionals } = parse(first, rest, { help: { type: 'boolean', short: 'h' } });
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0) throw new UsageError(`'${first}' takes no arguments, got '${positionals[0]}'`);
  return { kind: 'schema' };
}

interface ExtractValues {
  json?: boolean;
  jsonl?: boolean;
  format?: string;
  jobs?: string;
  'max-line-bytes'?: string;
  'exit-zero'?: boolean;
  'default-sample'?: boolean;
}

function extractCommand(values: ExtractValues, files: string[]): ExtractCommand {
  const jsonl = values.jsonl === true;
  let format: FileFormat | undefined;
  if (values.format !== undefined) {
    if (!(FILE_FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`unknown format '${values.format}' for '--format' (formats: ${FILE_FORMATS.join(', ')})`);
    }
    format = values.format as FileFormat;
  }
  // --json is kept as the alias of --format json.
  if (values.json === true) {
    if (format !== undefined && format !== 'json') throw new UsageError(`'--json' contradicts '--format ${format}'`);
    format = 'json';
  }
  if (jsonl) {
    if (format !== undefined && format !== 'jsonl') {
      throw new UsageError(`'--jsonl' writes JSON Lines; '--format ${format}' is for article files`);
    }
    if (values['default-sample'] === true) throw new UsageError("'--default-sample' is for article files, not '--jsonl'");
  }
  const jobs = values.jobs === undefined ? 1 : positiveInteger('--jobs', values.jobs, MAX_JOBS);
  if (jobs !== 1 && !jsonl) throw new UsageError("'--jobs' applies to '--jsonl' only");
  const maxLineBytes =
    values['max-line-bytes'] === undefined
      ? DEFAULT_MAX_LINE_BYTES
      : positiveInteger('--max-line-bytes', values['max-line-bytes'], Number.MAX_SAFE_INTEGER);
  if (values['max-line-bytes'] !== undefined && !jsonl) throw new UsageError("'--max-line-bytes' applies to '--jsonl' only");
  if (values['exit-zero'] === true && !jsonl) throw new UsageError("'--exit-zero' applies to '--jsonl' only");
  return {
    kind: 'extract',
    files,
    format: jsonl ? 'jsonl' : (format ?? 'table'),
    jsonl,
    jobs,
    maxLineBytes,
    exitZero: values['exit-zero'] === true,
    defaultSample: values['default-sample'] === true,
  };
}

function positiveInteger(option: string, value: string, max: number): number {
  const n = DIGITS_ONLY.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`'${option}' takes a whole number from 1 to ${max}, got '${value}'`);
  }
  return n;
}

type Options = Record<string, { type: 'boolean' | 'string'; short?: string }>;

/** parseArgs with its errors turned into short usage messages. */
function parse<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const message = err instanceof Error ? err.message : String(err);
    const quoted = SINGLE_QUOTED.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${quoted}' for '${command}'`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = LONG_OPTION.exec(message)?.[0] ?? quoted;
      const takesValue = Object.entries(options).some(([name, o]) => `--${name}` === option && o.type === 'string');
      throw new UsageError(takesValue ? `option '${option}' needs a value` : `option '${option}' takes no value`);
    }
    throw new UsageError(firstSentence(message));
  }
}

function firstSentence(message: string): string {
  const sentence = message.split(SENTENCE_END)[0] ?? message;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
