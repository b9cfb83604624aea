import type { Doc, Token } from '../document.js';
import { report } from '../document.js';

/** A stretch of quoted words: token indexes of its marks, and the chain it continues. */
export interface Quote {
  /** Index of the opening mark's token. */
  open: number;
  /** Index of the closing mark's token, or of the first token after the quote when the mark is missing. */
  close: number;
  /** Quotes reopened paragraph after paragraph share one chain: one speaker. */
  chain: number;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const EITHER = new Set(['"']);

/**
 * Finds double-quoted passages paragraph by paragraph. Follows the news convention
 * that a quote running over paragraphs reopens its mark at each new paragraph and
 * closes only at the end: such pieces form one chain.
 * Returns the quotes and, per token, the index of the quote whose words it is in (-1 if none).
 */
export function findQuotes(doc: Doc): { quotes: Quote[]; quoteOf: Int32Array } {
  const { tokens } = doc;
  const quotes: Quote[] = [];
  const paragraphs = paragraphRanges(doc);
  let nextChain = 0;
  let carriedChain = -1;
  paragraphs.forEach(([first, last], k) => {
    let open = -1;
    let chain = -1;
    for (let i = first; i < last; i += 1) {
      if (!isQuoteMark(tokens[i]!)) continue;
      const role = markRole(tokens, i);
      if (open < 0) {
        if (role === 'close') continue;
        open = i;
        chain = carriedChain >= 0 && i === first ? carriedChain : nextChain++;
      } else {
        quotes.push({ open, close: i, chain });
        open = role === 'open' ? i : -1;
        if (open >= 0) chain = nextChain++;
      }
    }
    carriedChain = -1;
    if (open < 0) return;
    quotes.push({ open, close: last, chain });
    const nextFirst = paragraphs[k + 1]?.[0];
    if (nextFirst !== undefined && isQuoteMark(tokens[nextFirst]!) && markRole(tokens, nextFirst) !== 'close') {
      carriedChain = chain;
    } else {
      report(doc, {
        severity: 'info',
        ruleId: 'quote/unclosed',
        reason: 'A quotation mark opens here and is not closed before the paragraph ends; the quote is taken to run to the end of the paragraph.',
        place: { start: tokens[open]!.start, end: tokens[open]!.end },
      });
    }
  });
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((quote, index) => {
    for (let i = quote.open + 1; i < quote.close; i += 1) quoteOf[i] = index;
  });
  return { quotes, quoteOf };
}

function isQuoteMark(token: Token): boolean {
  return OPENING.has(token.value) || CLOSING.has(token.value) || EITHER.has(token.value);
}

/** Whether a mark opens or closes a quote, from its shape or, for a straight mark, from the spaces around it. */
function markRole(tokens: Token[], i: number): 'open' | 'close' | 'either' {
  const token = tokens[i]!;
  if (OPENING.has(token.value)) return 'open';
  if (CLOSING.has(token.value)) return 'close';
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const spaceBefore = !previous || previous.end < token.start || previous.type === 'tabCRLF';
  const spaceAfter = !next || next.start > token.end || next.type === 'tabCRLF';
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (!spaceBefore && next && next.pos === 'PUNCT') return 'close';
  return 'either';
}

/** Token ranges of the paragraphs (one per line of text). */
function paragraphRanges(doc: Doc): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let current = -1;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== current) {
      ranges.push([sentence.first, sentence.last]);
      current = sentence.paragraph;
    } else {
      ranges[ranges.length - 1]![1] = sentence.last;
    }
  }
  return ranges;
}
