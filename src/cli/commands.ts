/** The CLI's commands, over an injectable IO so they can run in-process too. */
import { createExtractor } from '../extractor.js';
import { evaluateFolder, formatReport, GoldFormatError, type EvalReport } from '../eval/index.js';
import type { Extraction } from '../types.js';
import { CliError, parseCommandLine, type Command } from './args.js';
import { formatExtractionTable, terminalWidth } from './format.js';
import { HELP } from './help.js';
import { assertDirectory, packageVersion, readTextFile, SAMPLE_ARTICLE, samplePath } from './io.js';

export interface CliIO {
  write(text: string): void;
  error(text: string): void;
  /** All of standard input, as UTF-8 text. */
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  /** Columns of stdout when it is a terminal. */
  columns: number | undefined;
  env: Record<string, string | undefined>;
}

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

async function extract(command: Extract<Command, { kind: 'extract' }>, io: CliIO): Promise<number> {
  const inputs = await readInputs(command.files, command.defaultSample, io);
  const extractor = createExtractor();
  const results = inputs.map(({ file, text }) => ({ file, extraction: extractor.extract(text) }));

  if (command.json) {
    const doc: Extraction | { file: string; extraction: Extraction }[] =
      results.length === 1 && results[0] ? results[0].extraction : results;
    io.write(`${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  const width = terminalWidth(io.columns, io.env.COLUMNS);
  const blocks = results.map(({ file, extraction }) =>
    formatExtractionTable(file === '-' ? '<stdin>' : file, extraction, width),
  );
  io.write(`${blocks.join('\n\n')}\n`);
  return 0;
}

async function evaluate(command: Extract<Command, { kind: 'eval' }>, io: CliIO): Promise<number> {
  assertDirectory(command.dir);
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
