import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './document.js';

export type Tokenize = (text: string) => Token[];

/**
 * Loads wink-nlp with its English model and returns a tokenizer giving each token
 * its exact offsets. wink's token stream is lossless (preceding spaces + value), so
 * offsets are rebuilt by walking it; a token wink altered is found by search instead.
 */
export function loadTokenizer(): Tokenize {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text: string): Token[] => {
    const doc = nlp.readDoc(text);
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
      const value = values[i] ?? '';
      cursor += (spaces[i] ?? '').length;
      let start = cursor;
      if (text.slice(start, start + value.length) !== value) {
        const found = text.indexOf(value, start);
        if (found < 0) continue;
        start = found;
      }
      const end = start + value.length;
      cursor = end;
      out.push({
        start,
        end,
        value,
        lower: value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: pos[i] ?? 'X',
        type: types[i] ?? 'word',
        sentenceStart: starts.has(i),
      });
    }
    return out;
  };
}
