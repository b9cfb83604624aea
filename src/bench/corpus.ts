/**
 * The benchmark input: the PolNeAR train texts when ../shared sits beside the repository
 * (read in place, never copied into it), otherwise the repository's own corpus/*.txt
 * articles with generated variations (paragraphs shuffled, person names replaced).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Article, type BenchInput, MB, ROOT, seededRandom, shuffle, sumBytes, utf8Bytes } from './util.js';
import { PARAGRAPH_BREAK, TITLE_CASE_NAME, TXT_EXTENSION, wholeWord } from '../regex.js';

export const POLNEAR_DIR = resolve(ROOT, '../shared/corpus/polnear/train/text');
export const CORPUS_DIR = join(ROOT, 'corpus');

export type SourceChoice = 'auto' | 'polnear' | 'generated';

export interface InputOptions {
  source: SourceChoice;
  /** How many bytes of articles (UTF-8) to gather, at least. */
  targetBytes: number;
  /** How many bytes of them compromise runs on (it is about ten times slower). */
  compromiseBytes: number;
  /** Size of the large document of the scaling measurement. */
  scalingBytes: number;
  /** Size of each small piece of the scaling measurement. */
  pieceBytes: number;
}

const SEED = 20240611;

export function buildInput(options: InputOptions): BenchInput {
  const usePolnear = options.source === 'polnear' || (options.source === 'auto' && hasPolnear());
  if (options.source === 'polnear' && !hasPolnear()) throw new Error(`no PolNeAR texts at ${POLNEAR_DIR}`);
  const random = seededRandom(SEED);
  const articles = usePolnear ? polnearArticles(options.targetBytes, random) : generatedArticles(options.targetBytes, random);
  return {
    source: usePolnear ? 'polnear' : 'generated',
    from: usePolnear ? POLNEAR_DIR : CORPUS_DIR,
    articles,
    compromiseSubset: spreadSubset(articles, options.compromiseBytes),
    pieces: cutPieces(articles, options.scalingBytes, options.pieceBytes),
    warmup: articles.slice(0, 8).map((_, i) => i),
  };
}

export function hasPolnear(): boolean {
  try {
    return readdirSync(POLNEAR_DIR).some((f) => f.endsWith('.txt'));
  } catch {
    return false;
  }
}

/** PolNeAR texts in a seeded random order (so every outlet is represented), until the target is reached. */
function polnearArticles(targetBytes: number, random: () => number): Article[] {
  const files = shuffle(readdirSync(POLNEAR_DIR).filter((f) => f.endsWith('.txt')).sort(), random);
  const articles: Article[] = [];
  let bytes = 0;
  for (const file of files) {
    if (bytes >= targetBytes) break;
    const text = readFileSync(join(POLNEAR_DIR, file), 'utf8');
    if (text.trim() === '') continue;
    articles.push({ id: file.replace(TXT_EXTENSION, ''), text });
    bytes += utf8Bytes(text);
  }
  return articles;
}

const FIRST_NAMES = ['Ada', 'Bram', 'Celia', 'Dmitri', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Luca', 'Mei', 'Nils', 'Omar', 'Priya', 'Rosa', 'Samir', 'Tove', 'Yusuf'];
const LAST_NAMES = ['Abbott', 'Brandt', 'Castell', 'Duarte', 'Eklund', 'Falk', 'Gruber', 'Haas', 'Iversen', 'Juarez', 'Kovac', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rinaldi', 'Sato', 'Varga'];
const PERSON = TITLE_CASE_NAME;
const NOT_FIRST_NAMES = new Set(['The', 'Both', 'Health', 'Hospital', 'Union', 'Business']);

/** The corpus articles, then variations of them until the target is reached. */
function generatedArticles(targetBytes: number, random: () => number): Article[] {
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
  const base = files.map((file) => {
    const id = file.replace(TXT_EXTENSION, '');
    return { id, text: readFileSync(join(CORPUS_DIR, file), 'utf8'), people: peopleOf(join(CORPUS_DIR, `${id}.gold.jsonl`)) };
  });
  if (base.length === 0) throw new Error(`no articles in ${CORPUS_DIR}`);
  const articles: Article[] = base.map(({ id, text }) => ({ id, text }));
  let bytes = sumBytes(articles.map((a) => a.text));
  for (let round = 1; bytes < targetBytes; round += 1) {
    for (const { id, text, people } of base) {
      if (bytes >= targetBytes) break;
      const variant = replaceNames(shuffleParagraphs(text, random), people, random);
      articles.push({ id: `${id}~${round}`, text: variant });
      bytes += utf8Bytes(variant);
    }
  }
  return articles;
}

/** The person speakers of an article's gold file ("Mira Santel"), for the name replacement. */
function peopleOf(goldPath: string): string[] {
  if (!existsSync(goldPath)) return [];
  const people = new Set<string>();
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const speaker = (JSON.parse(line) as { speaker?: unknown }).speaker;
      if (typeof speaker === 'string' && PERSON.test(speaker) && !NOT_FIRST_NAMES.has(speaker.split(' ')[0]!)) people.add(speaker);
    } catch {
      // A malformed gold line only means fewer names to vary.
    }
  }
  return [...people];
}

/** Keeps the first paragraph (the headline) in place and shuffles the others. */
function shuffleParagraphs(text: string, random: () => number): string {
  const paragraphs = text.split(PARAGRAPH_BREAK);
  const [head, ...rest] = paragraphs;
  return [head ?? '', ...shuffle(rest, random)].join('\n\n');
}

/** Gives every person a new first and last name, full mentions and surname mentions alike. */
function replaceNames(text: string, people: readonly string[], random: () => number): string {
  let out = text;
  for (const person of people) {
    const [first, last] = person.split(' ') as [string, string];
    const newFirst = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
    const newLast = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    out = out.split(`${first} ${last}`).join(`${newFirst} ${newLast}`);
    out = out.replace(wholeWord(last), newLast);
  }
  return out;
}

/** Articles spread evenly over the set (every k-th), until `bytes` is reached. */
function spreadSubset(articles: readonly Article[], bytes: number): number[] {
  const total = sumBytes(articles.map((a) => a.text));
  if (bytes >= total) return articles.map((_, i) => i);
  const stride = total / bytes;
  const picked: number[] = [];
  let sum = 0;
  for (let k = 0; sum < bytes; k += 1) {
    const index = Math.floor(k * stride);
    if (index >= articles.length) break;
    picked.push(index);
    sum += utf8Bytes(articles[index]!.text);
  }
  return picked;
}

/**
 * Cuts the articles into pieces of about `pieceBytes` at paragraph boundaries (paragraphs
 * packed together until the piece reaches the size), until `totalBytes` is reached; the
 * articles are cycled if they are too few.
 */
function cutPieces(articles: readonly Article[], totalBytes: number, pieceBytes: number): string[] {
  const pieces: string[] = [];
  let total = 0;
  let current: string[] = [];
  let currentBytes = 0;
  for (let round = 0; total < totalBytes && round < 100; round += 1) {
    for (const article of articles) {
      for (const paragraph of article.text.split(PARAGRAPH_BREAK)) {
        if (paragraph.trim() === '') continue;
        current.push(paragraph.trim());
        currentBytes += utf8Bytes(paragraph) + 2;
        if (currentBytes >= pieceBytes) {
          const piece = current.join('\n\n');
          pieces.push(piece);
          total += utf8Bytes(piece);
          current = [];
          currentBytes = 0;
          if (total >= totalBytes) return pieces;
        }
      }
    }
  }
  return pieces;
}

/** The target sizes, for the report. */
export function describeSizes(input: BenchInput): { articles: number; bytes: number; meanArticleBytes: number } {
  const bytes = sumBytes(input.articles.map((a) => a.text));
  return { articles: input.articles.length, bytes, meanArticleBytes: bytes / Math.max(1, input.articles.length) };
}

export { MB };
