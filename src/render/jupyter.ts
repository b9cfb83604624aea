/**
 * Rich display in Jupyter kernels that honour `Symbol.for('Jupyter.display')` (Deno's):
 * an Extraction left as a cell's value shows as renderHtml's markup. Browser-safe.
 */
import type { Extraction } from '../types.js';
import { contentOnOneLine } from './content.js';
import { plural, renderHtml } from './html.js';

/** The method name Deno's Jupyter kernel looks for on a cell's value. */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

const PLAIN_CONTENT_WIDTH = 100;

/**
 * Gives `extraction` a non-enumerable `[Symbol.for('Jupyter.display')]()` that returns
 * `{ 'text/html': renderHtml(...), 'text/plain': summary }`. Being non-enumerable and
 * symbol-keyed, it is invisible to JSON.stringify, Object.keys, structured cloning and
 * deep equality. `text` is the input, so that the HTML shows it exactly.
 */
export function attachJupyterDisplay<E extends Extraction>(extraction: E, text: string): E {
  Object.defineProperty(extraction, JUPYTER_DISPLAY, {
    value: () => ({ 'text/html': renderHtml(extraction, { text }), 'text/plain': describeExtraction(extraction) }),
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return extraction;
}

/** A plain-text summary: counts, then one line per claim (id, type, speaker, content). */
export function describeExtraction(extraction: Extraction): string {
  const { claims, speakers, sentences } = extraction;
  const lines = [`Extraction: ${plural(claims.length, 'claim')}, ${plural(speakers.length, 'speaker')}, ${plural(sentences.length, 'sentence')}`];
  for (const claim of claims) {
    const content = contentOnOneLine(claim);
    const chars = Array.from(content);
    const cut = chars.length > PLAIN_CONTENT_WIDTH ? `${chars.slice(0, PLAIN_CONTENT_WIDTH - 1).join('')}…` : content;
    lines.push(`  ${claim.id} ${claim.type} ${claim.speaker?.name ?? '(narrated)'}: ${cut}`);
  }
  return lines.join('\n');
}
