/** The text of `claimex --help`; {version} is filled in at run time. */
export const HELP = `claimex {version}: extract typed claims from news articles:
who said what, in which words, and what kind of statement it is.

Usage:
  claimex extract [--format table|json|jsonl|csv|html] [--default-sample] [FILE...]
  claimex extract --jsonl [--jobs N] [--exit-zero] [FILE...]
  claimex eval [--json] [--verbose] DIR
  claimex schema
  claimex --help | --version

claimex extract [FILE...]
  Reads each FILE as UTF-8 text; with no FILE, or where FILE is "-", reads
  standard input. Prints, per file, a table of its claims: speaker, cue, type,
  mode and content (cut to the terminal width, or $COLUMNS, or 80).
  --format FORMAT   table (the default), json, jsonl, csv or html.
                    json prints the Extraction as JSON: one document for one
                    input, an array of {"file", "extraction"} for several;
                    jsonl, one {"file", "extraction"} line per file. Offsets
                    are half-open UTF-16 code-unit indexes into the text as
                    read (a BOM, if any, is kept).
                    csv: RFC 4180, a header row, then one row per claim: id,
                    sentence, speaker, source, cue, type, act, CAMEO code,
                    mode, content and the offsets of source, cue and content
                    (with a first column "file" when several files are
                    given). A text cell starting with = + - @ gets a leading
                    ' so that spreadsheets do not run it as a formula.
                    html: a whole page (no external assets) showing each
                    article with speakers, cues and contents highlighted, a
                    colour per claim type: claimex extract --format html
                    FILE > out.html.
  --json            The same as --format json.
  --default-sample  With no FILE, read the bundled sample article
                    (corpus/sample-press-conference.txt) instead of standard
                    input; a FILE given still wins. This is what \`npm start\`
                    runs, so \`npm start -- FILE\` extracts FILE.

claimex extract --jsonl [FILE...]
  For pipelines (Spark RDD.pipe, Hadoop Streaming): reads JSON Lines records
  {"id": ..., "text": "..."} from FILEs or standard input and writes exactly one
  line per input line, in input order:
    {"id": <as given, null if absent>, "line": N, "extraction": {...}}
  A line that is empty, not JSON, not an object, without a string "text", or
  whose extraction fails gives {"id", "line", "error": "<one line>"} instead,
  and the run goes on. With several FILEs, lines are numbered per file and each
  output line also has "file". A line with invalid UTF-8 is read with U+FFFD
  and its extraction gets an "input/invalid-utf8" warning in "messages".
  Streams in constant memory. Exit 0 when every record succeeded, else 1.
  --jobs N          Extract in N worker threads (default 1: in-process); the
                    output order stays the input order.
  --max-line-bytes N
                    Longest line kept (default 64 MiB); a longer one gives an
                    error record.
  --exit-zero       Exit 0 even when error records were written, for engines
                    that fail a task on a non-zero exit (Spark's Scala pipe,
                    Hadoop Streaming); the errors are in the output.

claimex eval DIR
  Scores the extractor on the gold-annotated articles in DIR (NAME.txt beside
  NAME.gold.jsonl) and prints the report.
  --json            Print the report as JSON.
  --verbose         Also list every miss (what the gold expected, what the
                    extractor gave) under its article.

claimex schema
  Prints the JSON Schema (draft 2020-12) of the Extraction that --json and
  --jsonl write, the file the package exports as claimex/schema.json. Every
  Extraction's "schemaVersion" names the version of that shape; its major
  changes on any incompatible change. Also: claimex --schema.

Options:
  -h, --help        Show this help.
  -V, --version     Print the version.

Exit status: 0 done, 1 unexpected error (or, with --jsonl, an error record),
2 usage error or unreadable input.
Environment: CLAIMEX_DEBUG=1 prints the stack trace of an unexpected error;
CLAIMEX_DEBUG_STATS=1 makes --jsonl print its speed and peak memory on stderr.
`;
