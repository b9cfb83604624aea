/**
 * The output contract of claimex as executable checks, shared by the property tests,
 * the hostile-input tests and the fuzz entry. Each check throws an Error that says
 * which span or index broke which rule, so that a shrunk counterexample is readable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Extraction, Span } from '../../src/types.js';
import { assertValidExtraction } from '../helpers/schema.js';

/** The repository's top folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What counts as space when sentences must cover "every non-space character":
 * JavaScript's `\s` (Unicode White_Space and the byte-order mark), and U+200B ZERO WIDTH
 * SPACE, which is no White_Space in Unicode but which the clean stage trims from line
 * ends as a space.
 */
export function isSpaceCharacter(ch: string): boolean {
  return /^\s$/u.test(ch) || ch === '\u200B';
}

/** Every span of an Extraction with a name that says where it came from. */
export function namedSpans(result: Extraction): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  result.sentences.forEach((sentence, i) => spans.push([`sentences[${i}]`, sentence]));
  result.speakers.forEach((speaker, s) => speaker.mentions.forEach((mention, m) => spans.push([`speakers[${s}].mentions[${m}]`, mention])));
  result.claims.forEach((claim, c) => {
    if (claim.source) spans.push([`claims[${c}].source`, claim.source]);
    if (claim.cue) spans.push([`claims[${c}].cue`, claim.cue]);
    claim.content.forEach((piece, k) => spans.push([`claims[${c}].content[${k}]`, piece]));
    if (claim.actor) spans.push([`claims[${c}].actor`, claim.actor]);
    if (claim.target) spans.push([`claims[${c}].target`, claim.target]);
  });
  return spans;
}

function fail(message: string): never {
  throw new Error(message);
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length > 160 ? `${json.slice(0, 160)}…` : json;
}

/** Every span is a stretch of the input: integer offsets in range, and `text.slice(start, end) === span.text`. */
export function checkSpans(text: string, result: Extraction): void {
  for (const [name, span] of namedSpans(result)) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      fail(`${name}: offsets [${start}, ${end}) are outside the input of length ${text.length}`);
    }
    if (text.slice(start, end) !== span.text) {
      fail(`${name}: text.slice(${start}, ${end}) is ${show(text.slice(start, end))}, the span says ${show(span.text)}`);
    }
  }
  result.messages.forEach((message, i) => {
    const place = message.place;
    if (place && (!Number.isInteger(place.start) || !Number.isInteger(place.end) || place.start < 0 || place.end < place.start || place.end > text.length)) {
      fail(`messages[${i}] (${message.ruleId}): place [${place.start}, ${place.end}) is outside the input of length ${text.length}`);
    }
  });
}

/** Sentences are numbered in order, do not overlap, and cover every non-space character. */
export function checkSentences(text: string, result: Extraction): void {
  let previousEnd = 0;
  result.sentences.forEach((sentence, i) => {
    if (sentence.index !== i) fail(`sentences[${i}].index is ${sentence.index}`);
    if (sentence.end <= sentence.start) fail(`sentences[${i}] is empty: [${sentence.start}, ${sentence.end})`);
    if (sentence.start < previousEnd) fail(`sentences[${i}] starts at ${sentence.start}, before the previous sentence ends at ${previousEnd}`);
    if (i > 0 && sentence.paragraph < result.sentences[i - 1]!.paragraph) fail(`sentences[${i}].paragraph goes back from ${result.sentences[i - 1]!.paragraph} to ${sentence.paragraph}`);
    previousEnd = sentence.end;
  });
  let k = 0;
  for (let i = 0; i < text.length; i += 1) {
    while (k < result.sentences.length && result.sentences[k]!.end <= i) k += 1;
    const sentence = result.sentences[k];
    if (sentence && sentence.start <= i) continue;
    if (!isSpaceCharacter(text.charAt(i))) {
      const code = text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
      fail(`character ${i} (U+${code} ${show(text.charAt(i))}) is in no sentence; context ${show(text.slice(Math.max(0, i - 20), i + 20))}`);
    }
  }
}

/** Claims point at sentences that exist and at speakers that exist. */
export function checkReferences(result: Extraction): void {
  const speakers = new Map(result.speakers.map((speaker) => [speaker.id, speaker]));
  if (speakers.size !== result.speakers.length) fail(`speaker ids repeat: ${show(result.speakers.map((s) => s.id))}`);
  const claimIds = new Set<string>();
  result.claims.forEach((claim, c) => {
    if (!Number.isInteger(claim.sentence) || claim.sentence < 0 || claim.sentence >= result.sentences.length) {
      fail(`claims[${c}].sentence is ${claim.sentence}, but there are ${result.sentences.length} sentences`);
    }
    if (claim.speaker !== null && !speakers.has(claim.speaker.id)) fail(`claims[${c}].speaker.id ${show(claim.speaker.id)} is not among the speakers`);
    if (claimIds.has(claim.id)) fail(`claims[${c}].id ${show(claim.id)} repeats`);
    claimIds.add(claim.id);
    if (!(claim.confidence >= 0 && claim.confidence <= 1)) fail(`claims[${c}].confidence is ${claim.confidence}`);
  });
}

/** The whole contract for one input and its result: the JSON Schema (claimex/schema.json), then what it cannot say. */
export function checkExtraction(text: string, result: Extraction): void {
  assertValidExtraction(result);
  checkSpans(text, result);
  checkSentences(text, result);
  checkReferences(result);
}

/** Runs `extract` twice: checks the contract and that both runs agree. Returns the first result. */
export function extractAndCheck(extract: (text: string) => Extraction, text: string): Extraction {
  const first = extract(text);
  checkExtraction(text, first);
  const second = extract(text);
  if (!isDeepStrictEqual(first, second)) fail('a second run on the same text gives a different result');
  return first;
}

/** The corpus articles, read at test time: [file name, text]. */
export function corpusArticles(): Array<[string, string]> {
  const dir = `${ROOT}corpus/`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFileSync(`${dir}${name}`, 'utf8')]);
}
