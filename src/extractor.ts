import type { CueMatch } from './attribute/cues.js';
import { attribute, compileCues, FLOATING_QUOTE_RULE, inheritanceOrder, QUOTE_CONTINUES_RULE, type CueMatcher, type Frame } from './attribute/index.js';
import { classify, predicateScopeEnds } from './classify/index.js';
import { markLines } from './clean/index.js';
import { report, type Doc, type Token } from './document.js';
import { loadTokenizer, type Tokenize } from './nlp.js';
import { CONTROL_CHARACTERS } from './regex.js';
import { resolveSpeakers } from './resolve/index.js';
import { attachJupyterDisplay } from './render/jupyter.js';
import { segment } from './segment/index.js';
import type { Claim, Cue, ExtractOptions, Extraction, Sentence, Span } from './types.js';
import { SCHEMA_VERSION } from './types.js';

/** Default for `ExtractOptions.maxChars`: about 5 MB of text, far above any article. */
export const DEFAULT_MAX_CHARS = 5_000_000;

/** Loads the NLP models once; reuse it across documents. */
export interface Extractor {
  /** Extracts the claims of one article; throws a TypeError for a non-string and a RangeError above `maxChars`. */
  extract(text: string): Extraction;
}

/**
 * Creates an extractor: loads wink-nlp's model and compiles the lexicons once.
 * Creating one costs a few hundred milliseconds; extracting with it, about a
 * millisecond per article.
 */
export function createExtractor(options: ExtractOptions = {}): Extractor {
  const maxChars = checkMaxChars(options);
  const tokenize = loadTokenizer();
  const matchCue = compileCues();
  return {
    extract(text: string): Extraction {
      checkInput(text, maxChars);
      // In a Deno Jupyter kernel the result shows as highlighted HTML (non-enumerable: JSON is unchanged).
      return attachJupyterDisplay(runPipeline(text, tokenize, matchCue), text);
    },
  };
}

let sharedExtractor: Extractor | undefined;

/** Extracts the claims of one article with a shared default extractor. */
export function extractClaims(text: string, options?: ExtractOptions): Extraction {
  checkInput(text, checkMaxChars(options ?? {}));
  sharedExtractor ??= createExtractor({ maxChars: Number.POSITIVE_INFINITY });
  return sharedExtractor.extract(text);
}

function checkMaxChars(options: unknown): number {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`claimex: argument "options" must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  const maxChars = (options as ExtractOptions).maxChars ?? DEFAULT_MAX_CHARS;
  if (typeof maxChars !== 'number' || Number.isNaN(maxChars) || maxChars < 0) {
    throw new RangeError(`claimex: option "maxChars" must be a number of characters, 0 or more, got ${String(maxChars)}`);
  }
  return maxChars;
}

function checkInput(text: unknown, maxChars: number): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`claimex: argument "text" must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (text.length > maxChars) {
    throw new RangeError(`claimex: text is ${text.length} characters long, above the limit maxChars = ${maxChars}; raise the option to accept it`);
  }
}

function emptyExtraction(): Extraction {
  return { schemaVersion: SCHEMA_VERSION, sentences: [], speakers: [], claims: [], messages: [] };
}

/** The stages in pipeline order; "assemble" builds the output objects after the last. */
export const STAGES = ['tokenize', 'clean', 'segment', 'attribute', 'resolve', 'classify', 'assemble'] as const;
export type StageName = (typeof STAGES)[number];

/**
 * Runs the stages over one text. `afterStage`, when given, is called as each stage ends:
 * the benchmark times the stages with it (src/bench); the library never passes it.
 */
export function runPipeline(text: string, tokenize: Tokenize, matchCue: CueMatcher, afterStage?: (stage: StageName) => void): Extraction {
  if (text.trim() === '') return emptyExtraction();
  const doc: Doc = { text, tokens: tokenize(text), lines: [], sentences: [], messages: [] };
  afterStage?.('tokenize');
  checkCharacters(doc);
  doc.lines = markLines(text);
  afterStage?.('clean');
  doc.sentences = segment(doc.tokens, doc.lines, text);
  afterStage?.('segment');
  const frames = attribute(doc, matchCue);
  afterStage?.('attribute');
  const { speakers, speakerOf } = resolveSpeakers(doc, frames);
  afterStage?.('resolve');
  const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  const frameIds = attributionIds(frames, doc);
  const scopeEnds = predicateScopeEnds(doc, frames);
  const claims = frames
    .flatMap((frame, index) => (frame.hidden ? [] : [toClaim(doc, frame, scopeEnds[index]!, frameIds.get(frame)!, speakerOf[index] ?? null, names)]))
    .filter(hasContent);
  claims.forEach((claim, index) => (claim.id = `c${index + 1}`));
  afterStage?.('classify');
  const extraction: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    sentences: doc.sentences.map((sentence, index): Sentence => ({ ...span(text, sentence.start, sentence.end), index, paragraph: sentence.paragraph, kind: sentence.kind })),
    speakers,
    claims,
    messages: doc.messages,
  };
  afterStage?.('assemble');
  return extraction;
}

/** A sentence of nothing but punctuation or an emoticon (":o") leaves no content to claim. */
function hasContent(claim: Claim): boolean {
  return claim.content.length > 0;
}

function checkCharacters(doc: Doc): void {
  const match = CONTROL_CHARACTERS.exec(doc.text);
  if (match) {
    report(doc, {
      severity: 'warning',
      ruleId: 'input/control-characters',
      reason: 'The text contains control characters; they are kept and treated as spaces or symbols.',
      place: { start: match.index, end: match.index + match[0].length },
    });
  }
}

/** Rules whose frame continues another's attribution rather than starting one. */
const CONTINUING_RULES = new Set([QUOTE_CONTINUES_RULE, FLOATING_QUOTE_RULE, 'attribute/transcript']);

/** One id per attribution: a quote's later sentences share the id of the frame that opened it. */
function attributionIds(frames: Frame[], doc: Doc): Map<Frame, string> {
  const ids = new Map<Frame, string>();
  for (const index of inheritanceOrder(frames)) {
    const frame = frames[index]!;
    const opener = CONTINUING_RULES.has(frame.rule) && frame.inherits && !floatsFromEarlierParagraph(doc, frame) && !answersAddressee(frame) ? ids.get(frame.inherits) : undefined;
    ids.set(frame, opener ?? `f${ids.size + 1}`);
  }
  return ids;
}

/** A floating quote after "Hunt was asked ..." is Hunt's answer, not more of what he was asked. */
function answersAddressee(frame: Frame): boolean {
  return frame.rule === FLOATING_QUOTE_RULE && frame.inherits?.addressee !== undefined;
}

/** A quote standing in a later paragraph than the frame that names its speaker is an attribution of its own (PolNeAR marks it so). */
function floatsFromEarlierParagraph(doc: Doc, frame: Frame): boolean {
  if (frame.rule !== FLOATING_QUOTE_RULE || !frame.inherits) return false;
  return doc.sentences[frame.sentence]!.paragraph !== doc.sentences[frame.inherits.sentence]!.paragraph;
}

function toClaim(doc: Doc, frame: Frame, scopeEnd: number, frameId: string, speakerId: string | null, names: Map<string, string>): Claim {
  const decided = classify(doc.tokens, frame, scopeEnd);
  return {
    id: '',
    sentence: frame.sentence,
    frame: frameId,
    type: decided.type,
    act: decided.act,
    speaker: speakerId ? { id: speakerId, name: names.get(speakerId) ?? '' } : null,
    source: tokenSpan(doc, frame.source),
    cue: frame.cue ? toCue(doc, frame.cue) : null,
    content: frame.content.map((range) => tokenSpan(doc, range)!).filter(Boolean),
    mode: frame.mode,
    actor: tokenSpan(doc, decided.actor),
    target: tokenSpan(doc, decided.target),
    modality: decided.modality,
    confidence: decided.confidence,
    evidence: decided.evidence,
  };
}

function toCue(doc: Doc, cue: CueMatch): Cue {
  const found: Cue = { ...tokenSpan(doc, [cue.first, cue.last])!, lemma: cue.lemma };
  if (cue.phrase && (cue.phrase[0] < cue.first || cue.phrase[1] > cue.last)) found.phrase = tokenSpan(doc, cue.phrase)!;
  return found;
}

function tokenSpan(doc: Doc, range: [number, number] | null): Span | null {
  if (!range || range[1] <= range[0]) return null;
  const first: Token = doc.tokens[range[0]]!;
  const last: Token = doc.tokens[range[1] - 1]!;
  return span(doc.text, first.start, last.end);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
