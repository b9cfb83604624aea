/** The readable table that `claimex extract` prints by default. */
import type { Claim, Diagnostic, Extraction } from '../types.js';
import { WHITESPACE_RUNS, WIDE_CHARACTER, ZERO_WIDTH_CHARACTER } from '../regex.js';
import { contentOnOneLine } from '../render/content.js';

/** Width used when stdout is not a terminal and $COLUMNS is unset. */
export const DEFAULT_WIDTH = 80;
/** Below this, CONTENT goes on a line of its own under each row. */
const MIN_INLINE_CONTENT_WIDTH = 40;
const MAX_SPEAKER_WIDTH = 24;
const MIN_SPEAKER_WIDTH = 10;
const MAX_CUE_WIDTH = 16;
const MIN_CUE_WIDTH = 8;
const NONE = '—';
const GAP = '  ';

// Code points a terminal draws two cells wide (CJK, Hangul, full-width forms, most emoji)
// and ones it draws zero wide (combining marks, format characters).
const WIDE = WIDE_CHARACTER;
const ZERO = ZERO_WIDTH_CHARACTER;

function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += charWidth(ch);
  return width;
}

/** Cuts `s` to at most `max` columns, ending in "…" when cut; never splits a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  if (max <= 0) return '';
  let out = '';
  let width = 0;
  for (const ch of s) {
    const w = charWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out.trimEnd()}…`;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Folds every run of whitespace (newlines included) into one space. */
export function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUNS, ' ').trim();
}

/** The usable terminal width: the tty's columns, else $COLUMNS, else 80. */
export function terminalWidth(ttyColumns: number | undefined, envColumns: string | undefined): number {
  if (ttyColumns !== undefined && ttyColumns > 0) return ttyColumns;
  const fromEnv = Number.parseInt(envColumns ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_WIDTH;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One block per input: a title line, then a row per claim with the columns
 * #, SPEAKER, CUE, TYPE, MODE and CONTENT, fitted to `width` columns. CONTENT takes what
 * the other columns leave; when that is under 40 columns (an 80-column terminal), it goes
 * on a line of its own under each row instead, so it stays readable.
 */
export function formatExtractionTable(name: string, extraction: Extraction, width = DEFAULT_WIDTH): string {
  const { claims, speakers, sentences, messages } = extraction;
  const lines = [
    `${name}: ${plural(claims.length, 'claim')}, ${plural(speakers.length, 'speaker')}, ${plural(sentences.length, 'sentence')}`,
  ];
  if (claims.length === 0) lines.push('  (no claims found)');
  else lines.push(...formatClaimRows(claims, width));
  for (const message of messages) lines.push(formatDiagnostic(message));
  return lines.join('\n');
}

function formatClaimRows(claims: readonly Claim[], width: number): string[] {
  const header = ['#', 'SPEAKER', 'CUE', 'TYPE', 'MODE'];
  const rows = claims.map((claim, i) => [
    String(i + 1),
    oneLine(claim.speaker?.name ?? NONE),
    oneLine(claim.cue?.text ?? NONE),
    claim.type,
    claim.mode,
  ]);
  const contents = claims.map((claim) => contentOnOneLine(claim) || NONE);

  const caps = [Infinity, MAX_SPEAKER_WIDTH, MAX_CUE_WIDTH, Infinity, Infinity];
  const widths = caps.map((cap, col) =>
    Math.min(cap, Math.max(...[header, ...rows].map((row) => displayWidth(row[col] ?? '')))),
  );
  const rowWidth = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  // On a narrow terminal, give up speaker and then cue columns, down to a floor.
  let excess = rowWidth() - width;
  for (const [col, floor] of [[1, MIN_SPEAKER_WIDTH], [2, MIN_CUE_WIDTH]] as const) {
    const cut = Math.max(0, Math.min(excess, (widths[col] ?? 0) - floor));
    widths[col] = (widths[col] ?? 0) - cut;
    excess -= cut;
  }
  const inlineWidth = width - rowWidth() - GAP.length;
  const inline = inlineWidth >= MIN_INLINE_CONTENT_WIDTH;
  const indent = ' '.repeat((widths[0] ?? 0) + GAP.length);

  const render = (row: string[]) =>
    row
      .map((cell, col) => {
        const w = widths[col] ?? 0;
        const cut = truncate(cell, w);
        return col === 0 ? ' '.repeat(w - displayWidth(cut)) + cut : pad(cut, w);
      })
      .join(GAP);
  const lines: string[] = [];
  if (inline) {
    lines.push(`${render(header)}${GAP}CONTENT`);
    rows.forEach((row, i) => lines.push(`${render(row)}${GAP}${truncate(contents[i] ?? '', inlineWidth)}`));
  } else {
    lines.push(render(header).trimEnd(), `${indent}CONTENT`);
    rows.forEach((row, i) => {
      lines.push(render(row).trimEnd(), `${indent}${truncate(contents[i] ?? '', width - indent.length)}`);
    });
  }
  return lines;
}

export function formatDiagnostic(message: Diagnostic): string {
  const place = message.place ? ` (at ${message.place.start}-${message.place.end})` : '';
  return `  ${message.severity}: ${oneLine(message.reason)} [${message.ruleId}]${place}`;
}
