import { report, type Doc, type Token } from '../document.js';
import { aspectualInfinitiveEnd, attitudeObjectEnd, cuePhrase, particleEnd, timePhraseEnd, type CueMatch, type CueMatcher } from './cues.js';
import { findFrames, hasQuoteMark, modeOf, type Frame, type SentenceView } from './frames.js';
import { namesResearch, purposePredicateStart } from './reports.js';
import { DASHES, enclosesAll, isTitleCased, withoutUnpairedBracket } from './clauses.js';
import { findQuotes, isQuoteMark } from './quotes.js';
import { EVIDENTIAL_RULE } from './evidentials.js';
import { CONNECTIVE_ADVERBS, isGerund, isPartyLabel, isPossessiveMarker, isRelativePronoun, isSpeakerLike, isVerbLike, MAX_PARTY_LABEL, passesOverBeforeThat, pastAddressee, reportedClauseStart, type Range } from './phrases.js';
import { isFirstPersonSource, issuedFromHeader, speechHeader } from './speech.js';

export type { Frame } from './frames.js';
export { inheritanceOrder } from './frames.js';
export { compileCues, type CueMatcher } from './cues.js';

/** Longer sentences (in tokens) are not searched for attributions: no news sentence comes near, and the search is not linear. */
const MAX_SENTENCE_TOKENS = 600;

/** The rule of a sentence that goes on with a quote an earlier frame opened: it has that frame's speaker. */
export const QUOTE_CONTINUES_RULE = 'attribute/quote-continues';

/** The rule of a whole-sentence quote with no cue that takes the speaker last named before it. */
export const FLOATING_QUOTE_RULE = 'attribute/floating-quote';

/** How many paragraphs back a floating quote may look for its speaker. */
const FLOATING_QUOTE_REACH = 2;

/**
 * Finds the attribution frames of every article sentence. Sentences with no frame
 * of their own take the speaker of the quote they sit in, or, for a whole-sentence
 * quote with no cue, of the last source named just before, or, after a transcript's
 * header ("Remarks by ...") or inside a transcript turn's paragraph ("Ann Lee: ..."), of
 * the one who speaks; the rest are narration.
 */
export function attribute(doc: Doc, matchCue: CueMatcher): Frame[] {
  const { quotes, quoteOf } = findQuotes(doc);
  const frames: Frame[] = [];
  const chainSpeaker = new Map<number, Frame>();
  let lastSourced: Frame | null = null;
  let speech: Frame | null = null;

  doc.sentences.forEach((sentence, index) => {
    if (sentence.kind === 'boilerplate' || sentence.kind === 'caption') return;
    const view: SentenceView = {
      index,
      first: sentence.first,
      last: sentence.last,
      headline: sentence.kind === 'headline',
      tokens: doc.tokens,
      quoteOf,
      quotes,
      titleCase: sentence.kind === 'headline' && isTitleCased(doc.tokens, sentence.first, sentence.last),
      matchCue,
      nextParagraph: () => paragraphAfter(doc, index),
    };
    if (sentence.last - sentence.first > MAX_SENTENCE_TOKENS) {
      report(doc, {
        severity: 'info',
        ruleId: 'sentence/too-long',
        reason: `A sentence of ${sentence.last - sentence.first} tokens (more than ${MAX_SENTENCE_TOKENS}) is read as narration, not searched for attributions.`,
        place: { start: sentence.start, end: sentence.end },
      });
      frames.push(narration(view));
      return;
    }
    const header = speechHeader(view);
    if (header) {
      speech = header;
      frames.push(header);
    }
    const issued = issuedFromHeader(view) ?? signature(view, doc, index);
    // The writer's hedge is no claim of its own inside someone's speech (a quote it continues, a transcript).
    const found = (issued ? [issued] : findFrames(view)).filter((frame) => frame.rule !== EVIDENTIAL_RULE || !speaksForAnother(view, chainSpeaker, speech));
    if (speech) for (const frame of found) if (isFirstPersonSource(doc.tokens, frame)) frame.inherits = speech;
    if (view.titleCase) for (const frame of found) markCueAsVerb(frame, doc.tokens);
    if (found.length > 0) {
      rememberQuoteChains(found, view, chainSpeaker);
      // A floating quote is a person's or a body's, not a study's ("The audit found cracks. \"We will fix them.\"").
      if ((found[0]!.source && !namesResearch(doc.tokens, found[0]!.source)) || found[0]!.addressee) lastSourced = found[0]!;
      const cleaned = found.map((frame) => withCuePhrase(withCleanContent(frame, doc.tokens, quoteOf), view));
      for (const frame of cleaned) {
        withPartyLabel(frame, view);
        withSourceAside(frame, cleaned, view);
        withoutSentenceAside(frame, view);
      }
      for (const frame of cleaned) fromQuoteOpening(frame, frames, view);
      frames.push(...cleaned);
      return;
    }
    frames.push(unattributedFrame(view, chainSpeaker, lastSourced, doc, speech));
  });
  carryTurns(doc, frames);
  return frames;
}

const TURN_RULE = 'attribute/transcript-turn';
/** How many paragraphs must open with a turn before the text reads as a transcript, not as news quoting one line. */
const MIN_TRANSCRIPT_TURNS = 2;

/**
 * In a transcript (paragraphs opened by turns, "Ann Lee: We have noted the reports."), a turn
 * speaks for the rest of its paragraph: its narrated sentences and its "I" and "we" are the
 * turn speaker's, up to the first claim with another source ("Tom Hunt shouted ...").
 */
function carryTurns(doc: Doc, frames: Frame[]): void {
  const turnsAt = frames.flatMap((frame, k) => (frame.rule === TURN_RULE && opensTranscriptParagraph(doc, frame) ? [k] : []));
  if (turnsAt.length < MIN_TRANSCRIPT_TURNS) return;
  for (const at of turnsAt) {
    const turn = frames[at]!;
    const paragraph = doc.sentences[turn.sentence]!.paragraph;
    for (let k = at + 1; k < frames.length; k += 1) {
      const frame = frames[k]!;
      if (doc.sentences[frame.sentence]!.paragraph !== paragraph) break;
      if (frame.rule === 'attribute/narration') frames[k] = { ...frame, mode: 'direct', rule: 'attribute/transcript', inherits: turn };
      else if (isFirstPersonSource(doc.tokens, frame)) frame.inherits = turn;
      else if (frame.source && frame.sentence !== turn.sentence) break;
    }
  }
}

/** A turn that opens its paragraph with no quote after its colon ("Ann Lee: We ..."; not `Ann Lee: "..."`, news quoting a line). */
function opensTranscriptParagraph(doc: Doc, turn: Frame): boolean {
  const sentence = doc.sentences[turn.sentence]!;
  const previous = doc.sentences[turn.sentence - 1];
  let first = sentence.first;
  // `"PENCE: Well, ...`: a scraped transcript may open its paragraphs with a stray quote mark.
  while (first < sentence.last && isQuoteMark(doc.tokens[first]!)) first += 1;
  if (!turn.source || turn.source[0] !== first || (previous !== undefined && previous.paragraph === sentence.paragraph)) return false;
  let colon = turn.source[1];
  while (colon < sentence.last && doc.tokens[colon]!.value !== ':') colon += 1;
  const next = doc.tokens[colon + 1];
  return colon < sentence.last && next !== undefined && !isQuoteMark(next);
}

/** How many words a signature line after a quote may have: "― Sonya Herridge", "— Commissioner Ann Lee". */
const MAX_SIGNATURE = 6;

/**
 * A line of a dash and a name after a quoted paragraph signs it: the dash is the cue,
 * the name the source, and the paragraph before the content.
 */
function signature(view: SentenceView, doc: Doc, index: number): Frame | null {
  const { tokens } = view;
  const dash = tokens[view.first]!;
  if (!DASHES.has(dash.value) || view.last - view.first - 1 > MAX_SIGNATURE || index === 0) return null;
  const source: Range = [view.first + 1, view.last];
  while (source[1] > source[0] && tokens[source[1] - 1]!.pos === 'PUNCT') source[1] -= 1;
  if (source[1] <= source[0] || !isSpeakerLike(tokens, source)) return null;
  const previous = doc.sentences[index - 1]!;
  let opening = index - 1;
  while (opening > 0 && doc.sentences[opening - 1]!.paragraph === previous.paragraph) opening -= 1;
  const content: Range = [doc.sentences[opening]!.first, previous.last];
  const cue: CueMatch = { first: view.first, last: view.first + 1, lemma: dash.value, kind: 'speech', objectType: undefined, phrase: undefined };
  return { sentence: view.index, source, cue, content: [content], mode: 'direct', rule: 'attribute/signature', inherits: null, headline: false, hidden: false };
}

/**
 * The sentences of a quotation that opened before its cue's sentence ("We checked. It took
 * a month," she said) are that cue's: when none of them has a cue of its own, each becomes
 * a continuation of the cue's frame (its speaker, and one attribution with it, as PolNeAR
 * marks one content from the opening mark), not narration or the last speaker's quote.
 */
function fromQuoteOpening(frame: Frame, frames: Frame[], view: SentenceView): void {
  const first = frame.content[0];
  if (!frame.cue || !first) return;
  const quote = view.quoteOf[first[0]]!;
  if (quote < 0) return;
  const open = view.quotes[quote]!.open;
  if (open >= view.first) return;
  const earlier: Frame[] = [];
  for (let k = frames.length - 1; k >= 0; k -= 1) {
    const candidate = frames[k]!;
    const [start] = candidate.content[0] ?? [view.first];
    if (start < open) {
      // The quote opens inside a sentence of the writer's: "The agency ''only requires ...": that part is the cue's too.
      const end = Math.max(...candidate.content.map(([, last]) => last));
      if (end > open + 1 && !candidate.cue && !candidate.source) {
        frame.content.unshift(stripQuotes(view.tokens, [open, end], view.quoteOf));
        // The writer's sentence keeps only its own words, up to the opening mark.
        candidate.content = candidate.content.map(([from, to]): Range => trimPunctuation(view.tokens, [from, Math.min(to, open)])).filter(([from, to]) => to > from);
      }
      break;
    }
    if (candidate.cue || candidate.source || candidate.hidden) return;
    earlier.push(candidate);
  }
  for (const sentence of earlier) {
    sentence.inherits = frame;
    sentence.rule = QUOTE_CONTINUES_RULE;
    sentence.mode = 'direct';
    sentence.content = sentence.content.map((range) => stripQuotes(view.tokens, range, view.quoteOf));
  }
}

/** Token range of the paragraph after the one sentence `index` ends. */
function paragraphAfter(doc: Doc, index: number): Range | null {
  const paragraph = doc.sentences[index]!.paragraph;
  let k = index + 1;
  while (k < doc.sentences.length && doc.sentences[k]!.paragraph === paragraph) k += 1;
  const first = doc.sentences[k];
  if (!first || first.kind === 'boilerplate' || first.kind === 'caption') return null;
  let last = k;
  while (last + 1 < doc.sentences.length && doc.sentences[last + 1]!.paragraph === first.paragraph) last += 1;
  return [first.first, doc.sentences[last]!.last];
}

/**
 * Records which quote chains a sentence's frames speak for, so later sentences of the same quote find their speaker:
 * first each frame's quotes in its own content (`"...," Lee said, suggesting questions, including, "Mr. Hunt, ...` runs
 * on as the participle's quote), then any other quote of the sentence, for the first frame that speaks.
 */
function rememberQuoteChains(found: Frame[], view: SentenceView, chainSpeaker: Map<number, Frame>): void {
  const speaking = found.filter((frame) => frame.source || frame.inherits || frame.addressee);
  // In text order of their contents: `"The pier," said Hunt, whose critics say it can be saved, "is finished. ..."` is
  // Hunt's quote, though the aside's content runs into its second piece.
  const byContent = [...speaking].sort((a, b) => (a.content[0]?.[0] ?? view.last) - (b.content[0]?.[0] ?? view.last));
  for (const frame of byContent) {
    for (const [start, end] of frame.content) for (let i = start; i < end; i += 1) rememberChainAt(i, frame, view, chainSpeaker);
  }
  for (const frame of speaking) for (let i = view.first; i < view.last; i += 1) rememberChainAt(i, frame, view, chainSpeaker);
}

function rememberChainAt(i: number, frame: Frame, view: SentenceView, chainSpeaker: Map<number, Frame>): void {
  const quote = view.quoteOf[i]!;
  if (quote >= 0 && !chainSpeaker.has(view.quotes[quote]!.chain)) chainSpeaker.set(view.quotes[quote]!.chain, frame);
}

function unattributedFrame(view: SentenceView, chainSpeaker: Map<number, Frame>, lastSourced: Frame | null, doc: Doc, speech: Frame | null): Frame {
  const content = sentenceContent(view);
  const quoted = quotedShare(view);
  const chains = chainsIn(view);
  for (const chain of chains) {
    const speaker = chainSpeaker.get(chain);
    if (speaker) return continuation(view, content, speaker, quoted === 1 ? 'direct' : 'mixed', QUOTE_CONTINUES_RULE);
  }
  if (quoted >= 0.8 && lastSourced) {
    const paragraphs = doc.sentences[view.index]!.paragraph - doc.sentences[lastSourced.sentence]!.paragraph;
    if (paragraphs <= FLOATING_QUOTE_REACH) {
      const frame = continuation(view, content, lastSourced, 'direct', FLOATING_QUOTE_RULE);
      for (const chain of chains) chainSpeaker.set(chain, frame);
      return frame;
    }
  }
  if (speech && speech.sentence !== view.index) return continuation(view, content, speech, 'direct', 'attribute/transcript');
  return narration(view);
}

/** Whether a sentence with no source of its own speaks for someone already named: a quote it continues, or a transcript's speaker. */
function speaksForAnother(view: SentenceView, chainSpeaker: Map<number, Frame>, speech: Frame | null): boolean {
  return chainsIn(view).some((chain) => chainSpeaker.has(chain)) || (speech !== null && speech.sentence !== view.index);
}

function narration(view: SentenceView): Frame {
  const content = sentenceContent(view);
  return { sentence: view.index, source: null, cue: null, content: [content], mode: 'narrated', rule: 'attribute/narration', inherits: null, headline: view.headline, hidden: false };
}

function continuation(view: SentenceView, content: Range, speaker: Frame, mode: Frame['mode'], rule: string): Frame {
  return { sentence: view.index, source: null, cue: null, content: [stripQuotes(view.tokens, content, view.quoteOf)], mode, rule, inherits: speaker, headline: view.headline, hidden: false };
}

function sentenceContent(view: SentenceView): Range {
  return trimPunctuation(view.tokens, [view.first, view.last]);
}

function quotedShare(view: SentenceView): number {
  let words = 0;
  let quoted = 0;
  for (let i = view.first; i < view.last; i += 1) {
    if (view.tokens[i]!.pos === 'PUNCT') continue;
    words += 1;
    if (view.quoteOf[i]! >= 0) quoted += 1;
  }
  return words === 0 ? 0 : quoted / words;
}

function chainsIn(view: SentenceView): number[] {
  const chains = new Set<number>();
  for (let i = view.first; i < view.last; i += 1) {
    const quote = view.quoteOf[i]!;
    if (quote >= 0) chains.add(view.quotes[quote]!.chain);
  }
  return [...chains];
}

function withCleanContent(frame: Frame, tokens: Token[], quoteOf: Int32Array): Frame {
  frame.content = frame.content
    .map((range) => stripQuotes(tokens, afterCueObject(frame, tokens, quoteOf, range), quoteOf))
    .filter(([start, end]) => end > start);
  return frame;
}

/**
 * A content that follows its cue begins at its reported clause, past the cue's object
 * or circumstance: "told reporters on Friday that ...", "expressed concern that ...".
 */
function afterCueObject(frame: Frame, tokens: Token[], quoteOf: Int32Array, [start, end]: Range): Range {
  if (!frame.cue || start < frame.cue.last || !onlyOpenersBetween(tokens, frame.cue.last, start)) return [start, end];
  if (quoteOf[start]! >= 0 || isQuoteMark(tokens[start]!)) return [start, end];
  const quoted = quoteAfterCircumstance(tokens, start, end);
  if (quoted !== start) return [quoted, end];
  const clause = reportedClauseStart(tokens, start, end);
  if (clause !== start && passesOverBeforeThat(frame.cue.lemma, tokens, start, clause)) return [clause, end];
  return [pastAddressee(tokens, frame.cue.lemma, pastLeadingTime(tokens, start, end), end), end];
}

/** "said Friday she would ...", "ruled Tuesday against ...": a time phrase right after the cue is its circumstance, not what it reports. */
function pastLeadingTime(tokens: Token[], start: number, end: number): number {
  const after = timePhraseEnd(tokens, start, end);
  return after > start && after < end && !isPossessiveMarker(tokens[after]!) ? after : start;
}

/** How long a circumstance between a cue and its quotation may be: "said at a news conference on Friday, ...". */
const MAX_CIRCUMSTANCE = 12;

/**
 * A quotation introduced by a comma or colon after the cue's circumstance is the
 * content: "said at a news conference, "We ...", "acknowledged, however, "...".
 * Returns the opening mark, or `start` when the words before it hold a verb or there is no such quote.
 */
function quoteAfterCircumstance(tokens: Token[], start: number, end: number): number {
  const reach = Math.min(end, start + MAX_CIRCUMSTANCE);
  for (let i = start + 1; i < reach; i += 1) {
    const token = tokens[i]!;
    if (isQuoteMark(token)) return tokens[i - 1]!.value === ',' || tokens[i - 1]!.value === ':' ? i : start;
    if (isVerbLike(token) || token.lower === 'that') return start;
  }
  return start;
}

/**
 * "Ruth Allen Praises/PROPN Divers": a title-cased headline's cue that wink read as a proper noun is a
 * verb for the stages after this one too, so that no name runs through it ("Ruth Allen Praises Divers").
 */
function markCueAsVerb(frame: Frame, tokens: Token[]): void {
  const cue = frame.cue && tokens[frame.cue.first];
  if (cue?.pos === 'PROPN') cue.pos = 'VERB';
}

/** The cue's verb group, bounded by its source and by its content or the end of its clause. */
function withCuePhrase(frame: Frame, view: SentenceView): Frame {
  const { cue, source } = frame;
  if (!cue) return frame;
  // The phrase reaches back no further than the source or a piece of content before the cue ("The club is | reportedly").
  const floor = Math.max(source && source[1] <= cue.first ? source[1] : view.first, ...frame.content.map(([, end]) => (end <= cue.first ? end : view.first)));
  const after = frame.content.find(([start]) => start >= cue.last);
  let limit = after ? after[0] : clauseEndAfter(view, cue.last);
  if (source && source[0] >= cue.last) limit = Math.min(limit, source[0]);
  cue.phrase = cuePhrase(view.tokens, cue, floor, limit);
  if (after) reportThroughComplement(frame, after, view);
  if (frame.rule === 'attribute/purpose') cue.phrase = [purposePredicateStart(view.tokens, cue.phrase[0], source), cue.phrase[1]];
  return frame;
}

/**
 * "continued to insist that X", "expressed concern that X", "called out X": the cue phrase
 * takes in the infinitive, attitude noun or particle it reports through, and the content
 * starts after it.
 */
function reportThroughComplement(frame: Frame, content: Range, view: SentenceView): void {
  const cue = frame.cue!;
  const { tokens } = view;
  // Each leaves at least a word of content: the particle must stand before the content's last word.
  const end = Math.max(aspectualInfinitiveEnd(tokens, cue, content[1], view.matchCue), attitudeObjectEnd(tokens, cue, content[1]), particleEnd(tokens, cue, content[1] - 1));
  if (end === cue.last || content[0] > end + 1) return;
  cue.phrase = [cue.phrase![0], end];
  content[0] = Math.max(content[0], end);
  // "seemed to say, "We will close it."": the punctuation and quote marks after the cue are no content.
  while (content[0] < content[1] - 1 && (tokens[content[0]]!.value === ',' || tokens[content[0]]!.value === ':')) content[0] += 1;
  [content[0], content[1]] = stripQuotes(tokens, [content[0], content[1]], view.quoteOf);
  frame.mode = modeOf(view, frame.content, cue);
}

/** "Sen. Bernie Sanders (I-Vt.) said": a party label right after a name belongs to the source, as PolNeAR marks it. */
function withPartyLabel(frame: Frame, view: SentenceView): void {
  const { source, cue } = frame;
  const { tokens } = view;
  if (!source || tokens[source[1]]?.value !== '(') return;
  const limit = Math.min(view.last, source[1] + MAX_PARTY_LABEL, cue && cue.first >= source[1] ? cue.first : view.last);
  for (let close = source[1] + 1; close < limit; close += 1) {
    if (tokens[close]!.value !== ')') continue;
    if (isPartyLabel(tokens, source[1], close)) frame.source = [source[0], close + 1];
    return;
  }
}

/**
 * "Huckabee, for his part, said", "said Ann Hunt, speaking at a rally": an aside that
 * opens on a preposition, a connective adverb or a participle belongs to the sentence,
 * not to its source, and PolNeAR's sources end before it (on train, 82 of 91 times);
 * "including" opens a part of the source (12 of 15).
 * Appositions ("Hugh Hill, a doctor,") and relative clauses stay.
 */
function withoutSentenceAside(frame: Frame, view: SentenceView): void {
  const { source } = frame;
  if (!source) return;
  const { tokens } = view;
  for (let comma = source[0] + 1; comma < source[1] - 1; comma += 1) {
    if (tokens[comma]!.value !== ',' || !opensSentenceAside(tokens[comma + 1]!)) continue;
    frame.source = [source[0], comma];
    return;
  }
}

function opensSentenceAside(token: Token): boolean {
  if (token.pos === 'ADP') return token.lower !== 'of';
  return CONNECTIVE_ADVERBS.has(token.lower) || (isGerund(token) && token.lower !== 'including');
}

/**
 * A source named after its cue keeps the aside that follows it, as PolNeAR marks
 * sources: "..., said Paul Chipok, a lawyer in Orlando." and "according to a study by
 * economists at two universities". The aside runs to the next content or cue of the
 * sentence, or to the sentence's end.
 */
function withSourceAside(frame: Frame, frames: Frame[], view: SentenceView): void {
  const { cue, source } = frame;
  if (!cue || !source || source[0] < cue.last) return;
  const { tokens } = view;
  const opener = tokens[source[1]];
  const first = tokens[source[1] + 1];
  if (!opener || !first || (opener.value !== ',' && opener.value !== '(') || first.pos === 'CCONJ' || first.pos === 'SCONJ') return;
  let limit = view.last;
  for (const other of frames) {
    for (const [start] of other.content) if (start >= source[1]) limit = Math.min(limit, start);
    if (other.cue && other.cue.first >= source[1]) limit = Math.min(limit, other.cue.first);
  }
  let end = limit;
  // "..., said one official, who added that ...": the relative pronoun is the next claim's source.
  while (end > source[1] && (isAsideEdge(tokens[end - 1]!) || (end === limit && isRelativePronoun(tokens[end - 1]!.lower)))) end -= 1;
  if (hasQuoteMark(view, [source[1], end])) return;
  if (end > source[1] + 1) frame.source = [source[0], end];
}

function isAsideEdge(token: Token): boolean {
  return (token.pos === 'PUNCT' && token.value !== ')') || isQuoteMark(token) || token.type === 'tabCRLF';
}

/** The next clause break, quote mark or sentence end at or after `from`. */
function clauseEndAfter(view: SentenceView, from: number): number {
  for (let i = from; i < view.last; i += 1) {
    const token = view.tokens[i]!;
    if (token.pos === 'PUNCT' || isQuoteMark(token)) return i;
  }
  return view.last;
}

function onlyOpenersBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]!.value !== ',' && tokens[i]!.value !== ':') return false;
  return true;
}

/** Drops the quote marks around a piece that is one quotation, and the punctuation left at its ends. */
function stripQuotes(tokens: Token[], range: Range, quoteOf: Int32Array): Range {
  const [start, end] = trimPunctuation(tokens, range);
  let from = start;
  while (from < end && isQuoteMark(tokens[from]!)) from += 1;
  let inner = end;
  while (inner > from && isQuoteMark(tokens[inner - 1]!)) inner -= 1;
  if (from >= inner) return [start, end];
  const quote = quoteOf[from]!;
  const oneQuote = quote >= 0 && quoteOf[inner - 1] === quote && !hasMarkInside(tokens, from, inner);
  // A piece that is one quotation loses both marks; a piece inside a quote that began or ends
  // elsewhere ("It took a month.”) loses the stray mark at its edge.
  if (oneQuote) return trimPunctuation(tokens, [from, inner]);
  const strayStart = from > start && quoteOf[from] !== undefined && quoteOf[from]! >= 0 && quoteOf[start - 1] !== quoteOf[from];
  const strayEnd = inner < end && quoteOf[inner - 1] !== undefined && quoteOf[inner - 1]! >= 0 && !marksOpenWithin(tokens, quoteOf, start, inner);
  return trimPunctuation(tokens, [strayStart && !hasMarkInside(tokens, from, inner) ? from : start, strayEnd ? inner : end]);
}

function hasMarkInside(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (isQuoteMark(tokens[i]!)) return true;
  return false;
}

/** Whether the quote that ends at `inner` opened inside [start, inner). */
function marksOpenWithin(tokens: Token[], quoteOf: Int32Array, start: number, inner: number): boolean {
  const quote = quoteOf[inner - 1]!;
  for (let i = start; i < inner; i += 1) if (isQuoteMark(tokens[i]!) && quoteOf[i + 1] === quote) return true;
  return false;
}

function trimPunctuation(tokens: Token[], [start, end]: Range): Range {
  let from = start;
  let to = end;
  for (;;) {
    while (from < to && isEdgePunctuation(tokens[from]!)) from += 1;
    while (to > from && isEdgePunctuation(tokens[to - 1]!)) to -= 1;
    const narrowed = withoutUnpairedBracket(tokens, from, to) ?? (to - from > 1 && enclosesAll(tokens, from, to - 1) ? ([from + 1, to - 1] as Range) : null);
    if (!narrowed) return [from, to];
    [from, to] = narrowed;
  }
}

/** Marks that belong to the words at a span's edge: brackets when paired inside the span ("[He] said"), currency and percent ("$275 billion", "40%"). */
const KEPT_AT_EDGES: ReadonlySet<string> = new Set(['(', ')', '[', ']', '$', '€', '£', '%']);

function isEdgePunctuation(token: Token): boolean {
  return token.type === 'tabCRLF' || ((token.pos === 'PUNCT' || token.pos === 'SYM') && !isQuoteMark(token) && !KEPT_AT_EDGES.has(token.value));
}

