/** The text of `claimex --help`; {version} is filled in at run time. */
export const HELP = `claimex {version}: extract typed claims from news articles:
who said what, in which words, and what kind of statement it is.

Usage:
  claimex extract [--json] [--default-sample] [FILE...]
  claimex eval [--json] [--verbose] DIR
  claimex --help | --version

claimex extract [FILE...]
  Reads each FILE as UTF-8 text; with no FILE, or where FILE is "-", reads
  standard input. Prints, per file, a table of its claims: speaker, cue, type,
  mode and content (cut to the terminal width, or $COLUMNS, or 80).
  --json            Print the Extraction as JSON instead: one document for one
                    input, an array of {"file", "extraction"} for several.
                    Offsets are half-open UTF-16 code-unit indexes into the
                    text as read (a BOM, if any, is kept).
  --default-sample  With no FILE, read the bundled sample article
                    (corpus/sample-press-conference.txt) instead of standard
                    input; a FILE given still wins. This is what \`npm start\`
                    runs, so \`npm start -- FILE\` extracts FILE.

claimex eval DIR
  Scores the extractor on the gold-annotated articles in DIR (NAME.txt beside
  NAME.gold.jsonl) and prints the report.
  --json            Print the report as JSON.
  --verbose         Also list every miss (what the gold expected, what the
                    extractor gave) under its article.

Options:
  -h, --help        Show this help.
  -V, --version     Print the version.

Exit status: 0 done, 1 unexpected error, 2 usage error or unreadable input.
Environment: CLAIMEX_DEBUG=1 prints the stack trace of an unexpected error.
`;
