/**
 * fast-check generators for claimex: arbitrary strings, news-like token soups, and
 * corpus articles with random damage. Shared by the property tests and the fuzz entry.
 */
import fc from 'fast-check';

/** Quote marks, straight and typographic, double and single. */
export const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '„', '«', '»'] as const;

/** Line ends in every convention, and paragraph breaks. */
export const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n'] as const;

/** Emoji: astral code points, ZWJ sequences, flags, variation selectors, skin tones. */
export const EMOJI = ['😀', '👩‍👩‍👧', '🇺🇳', '❤️', '👍🏽', '🧑‍⚖️', '🗳'] as const;

/** Other scripts, right-to-left ones included. */
export const FOREIGN = [
  'قال المتحدث باسم الوزارة', // Arabic
  'אמר הדובר', // Hebrew
  '外交部发言人表示', // Chinese
  'заявил представитель министерства', // Cyrillic
  'प्रवक्ता ने कहा', // Devanagari
  'โฆษกกล่าว', // Thai
  '대변인은 말했다', // Korean
  'Ελληνικά', // Greek
] as const;

/** Words and marks the attribution rules react to, so that random soups reach them. */
const NEWS_WORDS = [
  'said', 'says', 'told', 'stressed', 'urged', 'called on', 'hoped', 'voiced the hope that', 'according to', 'added', 'adding that',
  'pointed out that', 'noted', 'announced', 'The', 'the', 'spokesperson', 'minister', 'Ministry', 'Foreign', 'Wang', 'Wenbin', 'Santel', 'Sen.',
  'U.S.', 'Gov.', 'Dr', 'he', 'He', 'she', 'She', 'they', 'They', 'we', 'I', 'it', 'that', 'to', 'and', 'of', 'by', 'must', 'should', 'will',
  'not', "don't", 'don’t', 'if', 'unless', 'on Friday', 'last week', 'Remarks by', 'Readout from', 'MFA:', 'Photo:', '(Photo: Reuters)',
  'Share this article', 'Related stories', 'By Jane Doe', 'JEFFERSON CITY, Mo.', '1', '12.', '2024-01-15', 'who', 'Both sides', 'two',
] as const;

const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '—', '–', '-', '(', ')', '[', ']', '…', '...', '/', '&', '#', '*', '•'] as const;

const SPACES = [' ', ' ', '  ', '\t', '\u00A0', '\u2009', '\u3000', '\u200B', '\uFEFF', '\u2028', '\u2029', '\f', '\v'] as const;

const ODD = ['\u0000', '\u0007', '\u001B', '\u007F', '\uD800', '\uDC00', '\u0301', '\u200D', '\u202E', '\u2066', '<p>', '</p>', '&amp;', '&nbsp;'] as const;

/** One UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/**
 * Arbitrary strings of several kinds: ASCII, any code point, any code unit, graphemes.
 * `size: 'max'` spreads lengths over the whole range (fast-check's default keeps them under ten).
 */
export function arbitraryText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength, size: 'max' }),
    fc.string({ unit: 'binary', maxLength, size: 'max' }),
    fc.string({ unit: codeUnit, maxLength, size: 'max' }),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxLength / 4), size: 'max' }),
    fc.string({ unit: codeUnit, maxLength: 12 }),
  );
}

/** Pieces of news text mixed with newlines, quotes, emoji, other scripts, odd characters and noise. */
export function newsSoup(maxPieces: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...NEWS_WORDS) },
    { weight: 6, arbitrary: fc.constantFrom(' ', ' ', ' ') },
    { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: 2, arbitrary: fc.constantFrom(...LINE_ENDS) },
    { weight: 1, arbitrary: fc.constantFrom(...SPACES) },
    { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
    { weight: 1, arbitrary: fc.constantFrom(...FOREIGN) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  return fc.array(piece, { maxLength: maxPieces, size: 'max' }).map((pieces) => pieces.join(''));
}

/** One change to a text at a relative position (0..1 of its length). */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'double'; at: number; length: number }
  | { kind: 'swap-quote'; at: number; mark: string }
  | { kind: 'insert'; at: number; text: string };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('double' as const), at: position, length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('swap-quote' as const), at: position, mark: fc.constantFrom(...QUOTE_MARKS) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    text: fc.oneof(
      fc.constantFrom(...LINE_ENDS),
      fc.constantFrom(...QUOTE_MARKS),
      fc.constantFrom(...EMOJI),
      fc.constantFrom(...FOREIGN),
      fc.constantFrom(...ODD),
      fc.constantFrom(...SPACES),
      newsSoup(6),
    ),
  }),
);

const ANY_QUOTE = new Set<string>(QUOTE_MARKS);

/** Applies the mutations one after the other; positions are taken relative to the text as it is then. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const change of mutations) {
    const at = Math.floor(change.at * (out.length + 1));
    switch (change.kind) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + change.length);
        break;
      case 'double':
        out = out.slice(0, at) + out.slice(at, at + change.length) + out.slice(at);
        break;
      case 'swap-quote': {
        // The next quote mark at or after the position (wrapping round) becomes another one.
        let found = -1;
        for (let k = 0; k < out.length && found < 0; k += 1) {
          const i = (at + k) % out.length;
          if (ANY_QUOTE.has(out.charAt(i))) found = i;
        }
        out = found < 0 ? out.slice(0, at) + change.mark + out.slice(at) : out.slice(0, found) + change.mark + out.slice(found + 1);
        break;
      }
      case 'insert':
        out = out.slice(0, at) + change.text + out.slice(at);
        break;
    }
  }
  return out;
}
