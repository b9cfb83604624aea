import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './document.js';
import { DOUBLED_QUOTE_MARKS, TYPOGRAPHIC_APOSTROPHE, WHITESPACE_CHAR } from './regex.js';

export type Tokenize = (text: string) => Token[];

/** The longest run without white space handed to wink-nlp, whose tokenizer is quadratic in a run's length. */
const MAX_RUN = 256;

/**
 * Every MAX_RUN characters of a run with no white space (a URL, a hash, hostile text),
 * one character is read as a space by wink: one code unit for one, so offsets stay true;
 * the run is split into tokens there, and no character of the caller's text is lost.
 */
function breakLongRuns(text: string): string {
  let out: string[] | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      run = 0;
      continue;
    }
    run += 1;
    if (run > MAX_RUN) {
      out ??= text.split('');
      out[i] = ' ';
      run = 0;
    }
  }
  return out ? out.join('') : text;
}

type WinkModel = typeof model;
/** What the model's `metaCER` loader returns; wink-nlp's types leave it opaque. */
type EntityMetaModel = unknown;
let entityMetaModel: EntityMetaModel = null;

/**
 * The English model with its entity meta-model read once per process. The model's own
 * loader stringifies that meta-model again at each load, so the string grows with every
 * wink-nlp instance and the twentieth or so fails with "Invalid string length".
 */
const loadableModel: WinkModel = {
  ...model,
  metaCER: () => {
    entityMetaModel ??= (model.metaCER as () => EntityMetaModel)();
    return entityMetaModel;
  },
};

/**
 * The straight double mark for a doubled one, of the same length. Of three apostrophes, the
 * single one is inside: first when they close a quote ('no,'''), last when they open one.
 */
function doubleMark(mark: string, at: number, text: string): string {
  if (mark.length === 2) return '""';
  const closes = at > 0 && !WHITESPACE_CHAR.test(text.charAt(at - 1));
  return closes ? `'""` : `""'`;
}

/**
 * Loads wink-nlp with its English model and returns a tokenizer giving each token
 * its exact offsets. wink's token stream is lossless (preceding spaces + value), so
 * offsets are rebuilt by walking it; a token wink altered is found by search instead.
 */
export function loadTokenizer(): Tokenize {
  // Each extractor has its own instance: wink-nlp's lexicon learns the words it reads (see README).
  const nlp = winkNLP(loadableModel);
  const its = nlp.its;
  return (text: string): Token[] => {
    // wink splits "I'm" and "don't" only with a straight apostrophe; the typographic one
    // is swapped for it (one code unit for one, so every offset stays true).
    // Likewise ''quotes'' and ``quotes`` (newspaper style) become straight double marks, two for two.
    const normalised = breakLongRuns(text.replace(TYPOGRAPHIC_APOSTROPHE, "'").replace(DOUBLED_QUOTE_MARKS, doubleMark));
    const doc = nlp.readDoc(normalised);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const pos = tokens.out(its.pos) as string[];
    // The lite model's lemmatizer is built in; the typings ask for an add-on argument it does not need.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
    const types = tokens.out(its.type) as string[];
    const starts = new Set<number>();
    doc.sentences().each((sentence: ItemSentence) => {
      const span = sentence.out(its.span) as unknown as [number, number];
      starts.add(span[0]);
    });
    const out: Token[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i += 1) {
      const winkValue = values[i] ?? '';
      cursor += (spaces[i] ?? '').length;
      let start = cursor;
      if (normalised.slice(start, start + winkValue.length) !== winkValue) {
        const found = normalised.indexOf(winkValue, start);
        if (found < 0) continue;
        start = found;
      }
      const end = start + winkValue.length;
      cursor = end;
      const value = text.slice(start, end);
      out.push({
        start,
        end,
        value,
        lower: winkValue.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: pos[i] ?? 'X',
        type: types[i] ?? 'word',
        sentenceStart: starts.has(i),
      });
    }
    return out;
  };
}
