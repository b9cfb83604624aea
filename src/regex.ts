/**
 * Every regular expression of claimex, in one place so that each can be checked
 * for catastrophic backtracking. Keep them linear: no nested quantifiers, no
 * overlapping alternatives under a quantifier.
 */

/** Final sentence punctuation, possibly followed by closing quotes or brackets. */
export const TERMINAL_PUNCTUATION = /[.!?]["'”’)\]]*$/;
/** A headline's speaker label: up to five words, the first capitalised, then a colon and a space ("Clinton camp: ...", "Poll: ..."). */
export const HEADLINE_LABEL = /^\p{Lu}[^\s:]*(?: [^\s:]+){0,4}: \S/u;

/**
 * A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". "and" separates names only
 * as a word of its own: were it allowed inside a name ("Rowland" = "Row" + "and"), every
 * "and" in a long line would be a split point, and a line such as "By A" + "andA" × 200
 * backtracks for half a minute.
 */
export const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:\s*[,&]|\s+and)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,3}$/u;

/** A wire service's credit line: "(Reporting by Ann Lee; Additional reporting by Tom Hunt; Editing by Ruth Allen.)". */
export const WIRE_CREDIT = /^\((?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+\p{Lu}[^()]*\)\.?$/u;

/** A line that is only a date, a time or a place-and-date dateline. */
export const DATELINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:[\s,]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?$/iu;

/**
 * A place dateline alone on its line: "JEFFERSON CITY, Mo.", "HALDVIK, Jan. 15", "BEIJING —".
 * Hyphens right after a place name belong to the name, so that the closing dash run cannot
 * also claim them (two ways to read "BEIJING------" make a failing match quadratic).
 */
export const PLACE_DATELINE = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]{0,6}(?:\s+\d{1,2})?\s*[-—–]*|(?:\s+[-—–]*|[—–][-—–]*)?)$/u;

/** "Updated: ..." or "Published ..." stamps. */
export const TIMESTAMP = /^(?:updated|published|posted|last updated)\b/i;

/** Letters of any script, to tell words from symbols. */
export const LETTER = /\p{L}/u;
export const UPPERCASE_LETTER = /\p{Lu}/u;
export const LOWERCASE_LETTER = /\p{Ll}/u;
/** A word of letters (with combining marks) and the Latin-1 bytes of UTF-8 read as Latin-1 ("FranÃ§ois"), which wink splits at the symbols. */
export const MOJIBAKE_WORD = /^[\p{L}\p{M}\u0080-\u00BF]+$/u;
/** The lead byte of a two-byte UTF-8 letter read as Latin-1, before its continuation byte: "Ã§", "Ã©". */
export const MOJIBAKE_MARK = /[ÃÂ][\u0080-\u00BF]/u;

/** An opening bracket at the start of a caption line. */
export const CAPTION_BRACKET = /^[([]\s*/;

/** Characters that may surround a caption opener word: "Photo:", "Cover -", "Credit /". */
export const CAPTION_OPENER_END = /^\s*[:\-–—/|]/;

/**
 * Control characters other than tab and line breaks: U+0000-0008, U+000B, U+000C,
 * U+000E-001F and U+007F (not the C1 controls U+0080-009F). Written as "no non-control,
 * tab, line break or C1 control" so that the pattern holds no control character itself.
 */
export const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r\u0080-\u009F]/u;

/** The word "credit" near a line's start marks a photo-credit line. */
export const CREDIT = /credit/i;

/**
 * Final stops dropped before a line is compared with the furniture list. The look-behind
 * starts a match only where a run of stops starts, so a long run that does not end the
 * line is scanned once, not once per character.
 */
export const TRAILING_STOPS = /(?<![.:!])[.:!]+$/;

/** A run of white space, to count or split words. */
export const WHITESPACE_RUN = /\s+/;
/** A run of characters that are not letters or digits, between the words of a line. */
export const NON_WORD_RUN = /[^\p{L}\p{N}]+/u;

/** A word of three or more letters that is not shouted: "Partnership", "normal" (a sentence may end glued to the next). */
export const LOWERCASE_ENDED_WORD = /^\p{L}\p{Ll}{2,}$/u;
/** A capitalised word: "Minister", "The". */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A letter or digit at the start of a token. */
export const WORD_START = /^[\p{L}\p{N}]/u;

/** A line with no letter or digit at all: "###", "* * *", "—". */
export const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/** The typographic apostrophe (also a closing single quote). */
export const TYPOGRAPHIC_APOSTROPHE = /\u2019/g;

/** The last word of a line, to see whether the line runs on; the look-behind keeps it linear, as for TRAILING_STOPS. */
export const LAST_WORD = /(?<!\p{L})(\p{L}+)\s*$/u;

/** A paragraph number at the start of a line: "1 Thank you ...", "12. We ...". */
export const PARAGRAPH_NUMBER = /^\d{1,3}\.?$/;

/**
 * Quote marks written as two apostrophes or two backticks: ''like this'', ``like this''; three
 * apostrophes are a doubled mark beside a single one: ''We heard 'no,''' she said.
 */
export const DOUBLED_QUOTE_MARKS = /'''|''|``/g;
/** A double quotation mark of any shape, or a doubled apostrophe standing for one. */
export const DOUBLE_QUOTE_MARK = /["“”„«»]|''/;
/** A US party mark other than a bare "(R)" or "(L)": "(D)", "(I)", "(R-Fla.)", "(D-N.Y.)". */
export const OTHER_PARTY_MARK = /\((?:[DI]|[DIR]-[A-Z][A-Za-z. ]{0,12})\)/;

/** One white-space character. */
export const WHITESPACE_CHAR = /\s/;

/** A year of the last two centuries or this one: "In 2010 she said". */
export const YEAR = /^(?:18|19|20)\d\d$/;

// Patterns of the evaluation (src/eval).

/** Every white-space run, for folding to one space. */
export const WHITESPACE_RUNS = /\s+/g;

/** A run of spaces. */
export const SPACE_RUN = / +/;

/** A line break in either convention, to split files into lines. */
export const NEWLINE = /\r?\n/;

/** A brat annotation file's name: the text's name, "_", four hex digits. */
export const BRAT_ANN_NAME = /^(.+)_[0-9a-fA-F]{4}\.ann$/;

/** The opening of a brat annotation line: an id ("T12", "E3", "#1", "*") and a tab. */
export const BRAT_ANNOTATION_LINE = /^(?:[TERAMN]\d+|#\d*|\*)\t/;

/** One fragment of a brat span: "315 448". */
export const BRAT_OFFSET_PAIR = /^(\d+) (\d+)$/;

/** The number that ends a brat role name ("Content2" → "Content"). */
export const TRAILING_DIGITS = /(?<!\d)\d+$/;

/** A surrogate code unit: the text has characters outside the Basic Multilingual Plane. */
export const SURROGATE = /[\uD800-\uDFFF]/;

/** Characters special in a regular expression, to escape. */
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Characters special inside a character class, to escape. */
const CLASS_SPECIAL = /[\\\]^-]/g;

/** Dash punctuation, to turn into spaces. */
export const DASHES = /\p{Pd}/gu;

/** Any punctuation, to drop. */
export const PUNCTUATION = /\p{P}/gu;

/** A pattern matching one white-space character or one of `characters`. */
export function oneOfOrSpace(characters: string): RegExp {
  return new RegExp(`[\\s${characters.replace(CLASS_SPECIAL, '\\$&')}]`, 'u');
}

/** A pattern matching `words` in order with any white-space run between them (linear: literal words, no nesting). */
export function wordsWithAnySpacing(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => word.replace(REGEXP_SPECIAL, '\\$&')).join('\\s+'), 'g');
}

// Patterns of the benchmark (src/bench).

/** A flag named in a command's help text. */
export const JSONL_FLAG = /--jsonl\b/;
export const JOBS_FLAG = /--jobs\b/;

/** The peak resident set in /proc/PID/status. */
export const VM_HWM = /^VmHWM:\s+(\d+)\s+kB/m;

/** The ".txt" ending of an article's file name. */
export const TXT_EXTENSION = /\.txt$/;

/** A two-word personal name in title case: "Laura Whitcomb". */
export const TITLE_CASE_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

/** A blank line between paragraphs. */
export const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/** What a child process says when the module it should load is missing. */
export const MODULE_NOT_FOUND = /ERR_MODULE_NOT_FOUND|Cannot find module/;

/** The processor's name in /proc/cpuinfo. */
export const CPU_MODEL = /^model name\t*: ?([^\n]*)$/m;

/** A line of a child's stderr that names the error. */
export const ERROR_LINE = /^(?:bench:|claimex:)|\b[A-Z]\w*Error\b|^Error\b/;

/** A pattern matching `word` as a whole word, everywhere (the word is literal letters). */
export function wholeWord(word: string): RegExp {
  return new RegExp(`\\b${word.replace(REGEXP_SPECIAL, '\\$&')}\\b`, 'gu');
}

// Patterns of the command line (src/cli).

/** A whole number written in digits. */
export const DIGITS_ONLY = /^\d+$/;

/** Text in single quotes inside a message: 'value'. */
export const SINGLE_QUOTED = /'([^']*)'/;

/** A long option named in an error message: "--jobs". */
export const LONG_OPTION = /--[\w-]+/;

/** A sentence end inside a message: a full stop and a space. */
export const SENTENCE_END = /\.\s/;

/** Characters a terminal shows two columns wide (CJK, full-width forms, emoji). */
export const WIDE_CHARACTER =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Characters a terminal shows zero columns wide (combining marks, format characters). */
export const ZERO_WIDTH_CHARACTER = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** The line and paragraph separators, which JSON allows in strings but JavaScript lines do not. */
export const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** A surrogate code unit with no partner. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A high surrogate, the first half of a pair. */
export const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * A `schemaVersion` the Extraction schema accepts: any version of major 1 (see
 * src/schema/extraction.ts). Its major moves with SCHEMA_VERSION's, which a test checks.
 */
export const SCHEMA_VERSION_MAJOR_1 = /^1\.\d+\.\d+$/;

/** A CAMEO root code: two digits ("01" ... "13"), or three for a sub-code ("013"). */
export const CAMEO_CODE = /^\d{2,3}$/;

/** How a past or present participle ends: "involved", "speaking", "known", "written". */
export const PARTICIPLE_ENDING = /(?:ed|ing|wn|en)$/;
/** A verb form ending like no simple past: a gerund or a third-person present ("bringing", "brings"). */
export const GERUND_OR_S_ENDING = /(?:ing|s)$/;

/** A party and state label in brackets after a politician's name: "(R)", "(I-Vt.)", "(D-N.Y.)", "(R-Texas)". */
export const PARTY_LABEL = /^\((?:[DRI]|Dem|Rep|Ind)(?:[-–][A-Z][A-Za-z. ]{0,15})?\)$/u;
