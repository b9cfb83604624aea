/** The CLI's commands, over an injectable IO so they can run in-process too. */
import type { EvalReport } from '../eval/index.js';
import { CliError, parseCommandLine, type Command, type ExtractCommand } from './args.js';
import { FILE_FORMATTERS } from './formats.js';
import { HELP } from './help.js';
import { assertDirectory, packageVersion, readTextFile, SAMPLE_ARTICLE, samplePath } from './io.js';
import { runJsonl, type JsonlIO } from './jsonl.js';

export interface CliIO extends JsonlIO {
  write(text: string): void;
  error(text: string): void;
  /** All of standard input, as UTF-8 text. */
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  /** Columns of stdout when it is a terminal. */
  columns: number | undefined;
  env: Record<string, string | undefined>;
}

/**
 * The extractor and the evaluation are imported when a command needs them: loading the NLP
 * libraries takes about a second, which --help, --version and a usage error need not wait for.
 */
export const loadExtractor = () => import('../extractor.js');

/** Runs one command line; resolves to the exit code. Throws CliError (exit 2) or anything unexpected. */
export async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      io.write(HELP.replace('{version}', packageVersion()));
      return 0;
    case 'version':
      io.write(`${packageVersion()}\n`);
      return 0;
    case 'extract':
      return extract(command, io);
    case 'eval':
      return evaluate(command, io);
    case 'schema': {
      // Loaded on demand, like the extractor: only this command needs zod.
      const { extractionJsonSchemaText } = await import('../schema/json-schema.js');
      io.write(extractionJsonSchemaText());
      return 0;
    }
  }
}

interface Input {
  /** The path as given, "-" for standard input, or the sample's path inside the package. */
  file: string;
  text: string;
}

async function readInputs(files: string[], defaultSample: boolean, io: CliIO): Promise<Input[]> {
  // The bundled sample is named by its path inside the package, wherever that is installed.
  if (files.length === 0 && defaultSample) return [{ file: SAMPLE_ARTICLE, text: await readTextFile(samplePath()) }];
  if (files.length === 0) {
    if (io.stdinIsTTY) io.error('claimex: reading an article from standard input; end it with Ctrl-D (see claimex --help)\n');
    files = ['-'];
  }
  let stdin: Promise<string> | undefined;
  // Every input is read before anything is printed, so a bad path yields no partial output.
  return Promise.all(
    files.map(async (file) => ({
      file,
      text: file === '-' ? await (stdin ??= io.readStdin()) : await readTextFile(file),
    })),
  );
}

async function extract(command: ExtractCommand, io: CliIO): Promise<number> {
  if (command.jsonl) return runJsonl(command, io);
  const inputs = await readInputs(command.files, command.defaultSample, io);
  const { createExtractor } = await loadExtractor();
  const extractor = createExtractor();
  const results = inputs.map(({ file, text }) => ({ file, text, extraction: extractor.extract(text) }));
  io.write(FILE_FORMATTERS[command.format](results, { columns: io.columns, env: io.env }));
  return 0;
}

async function evaluate(command: Extract<Command, { kind: 'eval' }>, io: CliIO): Promise<number> {
  assertDirectory(command.dir);
  const [{ createExtractor }, { evaluateFolder, formatReport, GoldFormatError }] = await Promise.all([
    loadExtractor(),
    import('../eval/index.js'),
  ]);
  const extractor = createExtractor();
  let report: EvalReport;
  try {
    report = evaluateFolder(command.dir, (text) => extractor.extract(text));
  } catch (err) {
    // A malformed gold file is bad input, like an unreadable one.
    if (err instanceof GoldFormatError) throw new CliError(err.message, 2);
    throw err;
  }
  if (report.articles.length === 0) throw new CliError(`no NAME.gold.jsonl beside a NAME.txt in ${command.dir}`, 2);
  io.write(
    command.json ? `${JSON.stringify(report, null, 2)}\n` : ensureNewline(formatReport(report, { verbose: command.verbose })),
  );
  return 0;
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
