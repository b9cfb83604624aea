/** Plain-text tables and figures shared by the report formatters. */

/** A ratio as a percentage with one decimal; "-" when undefined. */
export function formatRatio(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)}%`;
}

/**
 * Lays out rows with the first column left-aligned and the others right-aligned, a rule
 * under the header and, when there is a footer row, a rule above it.
 */
export function layoutTable(header: string[], body: string[][], footer?: string[]): string[] {
  const all = footer === undefined ? [header, ...body] : [header, ...body, footer];
  const widths = header.map((_, col) => Math.max(...all.map((cells) => (cells[col] ?? '').length)));
  const render = (cells: string[]): string =>
    cells
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const lines = [render(header), rule, ...body.map(render)];
  return footer === undefined ? lines : [...lines, rule, render(footer)];
}
