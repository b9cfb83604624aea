import { startsUppercase, type Doc, type Token } from '../document.js';
import { readMention, type MentionInfo } from './mentions.js';
import { titlesOpeningAName } from '../lexicons/speakers.js';
import { isNameSuffixAt } from '../attribute/phrases.js';

const TITLES_OPENING_A_NAME: ReadonlySet<string> = new Set(titlesOpeningAName);

/** A name that appears anywhere in the article, sources or not. */
export interface KnownName {
  info: MentionInfo;
  start: number;
  end: number;
  /** The name opens its sentence, so it is likely the subject ("Gov. Laura Whitcomb on Friday vetoed ..."). */
  opensSentence: boolean;
}

/**
 * Collects the people and organisations the article names, from every sentence of
 * article text, so that "Whitcomb" and "the governor" can be given the full name
 * "Laura Whitcomb" even when it appears only in narration.
 */
export function indexNames(doc: Doc): KnownName[] {
  const names: KnownName[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.kind !== 'body' && sentence.kind !== 'headline') continue;
    addOpeningOffice(doc, names, sentence.first, sentence.last);
    let i = sentence.first;
    while (i < sentence.last) {
      if (!isNameToken(doc.tokens[i]!)) {
        i += 1;
        continue;
      }
      const start = i;
      while (i < sentence.last && (isNameToken(doc.tokens[i]!) || isJoiner(doc.tokens, i, sentence.last) || isAbbreviationStop(doc.tokens, i, sentence.last))) i += 1;
      if (isNameSuffixAt(doc.tokens, i, sentence.last)) i += 2;
      addName(doc, names, start, i, start <= sentence.first + 1);
    }
  }
  return names;
}

/** "The mayor spoke on Monday. He said ...": a sentence opening on an office names a party a pronoun can take. */
function addOpeningOffice(doc: Doc, names: KnownName[], first: number, last: number): void {
  const determiner = doc.tokens[first];
  if (!determiner || determiner.pos !== 'DET') return;
  let end = first + 1;
  while (end < last && (doc.tokens[end]!.pos === 'ADJ' || doc.tokens[end]!.pos === 'NOUN' || doc.tokens[end]!.pos === 'PROPN')) end += 1;
  if (end === first + 1) return;
  const info = readMention(doc.tokens, [first, end], doc.text);
  if (info.form !== 'role' || info.kind !== 'person' || startsUppercase(doc.tokens[end - 1]!)) return;
  names.push({ info, start: determiner.start, end: doc.tokens[end - 1]!.end, opensSentence: true });
}

function addName(doc: Doc, names: KnownName[], start: number, end: number, opensSentence: boolean): void {
  const info = readMention(doc.tokens, [start, end], doc.text);
  if (info.form !== 'name') return;
  if (info.kind === 'person' && info.nameWords.length < 2 && !info.title) return;
  names.push({ info, start: doc.tokens[start]!.start, end: doc.tokens[end - 1]!.end, opensSentence });
}

function isNameToken(token: Token): boolean {
  return (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ') && startsUppercase(token);
}

/** "Supt. Laura Whitcomb": wink may split an abbreviation's full stop from it; the stop stays in the name. */
function isAbbreviationStop(tokens: Token[], i: number, limit: number): boolean {
  if (i + 1 >= limit) return false;
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return token.value === '.' && before !== undefined && before.end === token.start && isNameToken(before) && before.value.length <= 4 && after !== undefined && isNameToken(after);
}

/** "of" inside a name: "Ministry of Foreign Affairs"; not before a person's title ("Readout of President ..."). */
function isJoiner(tokens: Token[], i: number, limit: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.lower === 'of' && next !== undefined && i + 1 < limit && isNameToken(next) && !TITLES_OPENING_A_NAME.has(next.lower) && i > 0 && isNameToken(tokens[i - 1]!);
}
