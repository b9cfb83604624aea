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
/** The straight mark, also what ''doubled apostrophes'' and ``backticks`` become (see nlp.ts). */
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
      // A doubled mark ('' or "") is one mark: read it as its last token when it opens, its first when it closes.
      const doubled = isDoubledMark(tokens, i, last);
      const role = markRole(tokens, i, doubled ? i + 1 : i);
      if (open < 0) {
        // `” … the pier is safe,” she wrote.`: a closing-shaped mark that opens a paragraph, with a closing mark after it, opens.
        if (role !== 'close' || (i === first && nextMarkCloses(tokens, i + 1, last))) {
          open = doubled ? i + 1 : i;
          chain = carriedChain >= 0 && i === first ? carriedChain : nextChain++;
        }
      } else {
        quotes.push({ open, close: i, chain });
        // A closing-shaped mark only closes, whatever its spaces ("closed ”said Allen").
        open = role === 'open' && !CLOSING.has(tokens[i]!.lower) ? (doubled ? i + 1 : i) : -1;
        if (open >= 0) chain = nextChain++;
      }
      if (doubled) i += 1;
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

/** Whether the first quote mark in [from, last) closes a quote (a stray mark before an opening one does not pair with it). */
function nextMarkCloses(tokens: Token[], from: number, last: number): boolean {
  for (let i = from; i < last; i += 1) if (isQuoteMark(tokens[i]!)) return markRole(tokens, i) !== 'open';
  return false;
}

/** A double quote mark of any kind (by wink's reading of the normalised text, so ''this'' counts). */
export function isQuoteMark(token: Token): boolean {
  return OPENING.has(token.lower) || CLOSING.has(token.lower) || EITHER.has(token.lower);
}

/** A doubled straight mark ('' or "") at i and i + 1, written without a space: one quote mark. */
export function isDoubledMark(tokens: Token[], i: number, last: number): boolean {
  const next = tokens[i + 1];
  return i + 1 < last && next !== undefined && EITHER.has(tokens[i]!.lower) && EITHER.has(next.lower) && next.start === tokens[i]!.end;
}

/** Whether a mark (tokens i..j) opens or closes a quote, from its shape or, for a straight mark, from the spaces around it. */
function markRole(tokens: Token[], i: number, j = i): 'open' | 'close' | 'either' {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[j + 1];
  const spaceBefore = !previous || previous.end < token.start || previous.type === 'tabCRLF';
  const spaceAfter = !next || next.start > tokens[j]!.end || next.type === 'tabCRLF';
  // `safe,“ said`, `called it ”a disgrace`: a curly mark turned the wrong way is read by its spaces when they say the opposite.
  if (OPENING.has(token.lower)) return !spaceBefore && spaceAfter ? 'close' : 'open';
  if (CLOSING.has(token.lower)) return spaceBefore && !spaceAfter && next?.type === 'word' ? 'open' : 'close';
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
