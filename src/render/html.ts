/**
 * An Extraction as HTML: the article with speaker mentions, cues and contents marked, a
 * colour per claim type and a legend. Browser-safe (no node: imports) and self-contained:
 * inline styles, no stylesheet, script, font or image, so the fragment looks the same pasted
 * into a page, a Jupyter output or an e-mail. Every element also has a `claimex-…` class for
 * whoever wants to restyle it.
 */
import type { Claim, ClaimType, Extraction, Span, Speaker } from '../types.js';

/** The colours of a claim type: the content's background, and the cue's and legend's accent. */
export interface TypeColours {
  /** CSS colour behind a claim's content, and of its swatch in the legend. */
  background: string;
  /** CSS colour of the underline under a claim's cue, and of its swatch's border in the legend. */
  accent: string;
}

/** One colour per claim type; each background keeps dark text readable (contrast above 7:1). */
export const CLAIM_TYPE_COLOURS: Readonly<Record<ClaimType, TypeColours>> = {
  action: { background: '#dbeafe', accent: '#1d4ed8' },
  demand: { background: '#fee2e2', accent: '#b91c1c' },
  hope: { background: '#dcfce7', accent: '#15803d' },
  statement: { background: '#fef3c7', accent: '#b45309' },
};

const CLAIM_TYPES = Object.keys(CLAIM_TYPE_COLOURS) as ClaimType[];

/** Options of `renderHtml`. */
export interface RenderHtmlOptions {
  /**
   * The text the extraction was made from. An Extraction does not hold its input; without
   * it, the text is rebuilt from the sentences, which cover all of it but the whitespace
   * between them: a paragraph break stays one, any other gap becomes spaces.
   */
  text?: string;
}

/** Options of `renderHtmlPage`: those of `renderHtml` and the page's title. */
export interface RenderHtmlPageOptions extends RenderHtmlOptions {
  /** The page's title and heading; default "claimex". */
  title?: string;
}

const ROOT_STYLE =
  'font-family:system-ui,-apple-system,\'Segoe UI\',sans-serif;line-height:1.6;color:#1f2937;background:#ffffff;' +
  'padding:0.75em 1em;border:1px solid #e5e7eb;border-radius:6px';
const TEXT_STYLE = 'white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,\'Times New Roman\',serif;margin-top:0.75em';
/** Grey of page furniture and captions: 4.8:1 on white. */
const FURNITURE_GREY = '#6b7280';
const SPEAKER_STYLE = 'font-weight:600;border-bottom:2px dotted #374151';
const LEGEND_STYLE = 'display:flex;flex-wrap:wrap;gap:0.4em 1em;align-items:center;font-size:0.9em';

/**
 * The extraction as an HTML fragment: one `<div class="claimex">` with a legend (claims per
 * type, the marks' key) and the article, in which each claim's content has its type's
 * background, its cue is underlined in the type's accent and each speaker mention is bold
 * with a dotted underline. Every mark has a title (claim id, type, act, speaker, mode).
 * Marks that overlap are split where needed so that the markup always nests. All text is
 * escaped. Throws a TypeError when `extraction` is not an Extraction, and a RangeError when
 * `options.text` is not the text it was made from.
 */
export function renderHtml(extraction: Extraction, options: RenderHtmlOptions = {}): string {
  checkExtraction(extraction);
  const { text, from } = articleText(extraction, options.text);
  const marks = collectMarks(extraction, from, text.length);
  return [
    `<div class="claimex" style="${ROOT_STYLE}">`,
    renderLegend(extraction),
    `<div class="claimex-text" style="${TEXT_STYLE}">${renderMarkedText(text, from, marks)}</div>`,
    renderMessages(extraction),
    '</div>',
  ].join('');
}

/** A whole HTML document (UTF-8, no external assets) showing `renderHtml(extraction)` under a heading. */
export function renderHtmlPage(extraction: Extraction, options: RenderHtmlPageOptions = {}): string {
  const title = options.title ?? 'claimex';
  return htmlPage(title, `<h1>${escapeHtml(title)}</h1>\n${renderHtml(extraction, options)}`);
}

/** A minimal HTML document around `body` (already HTML). */
export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body style="max-width:60em;margin:2em auto;padding:0 1em;font-family:system-ui,sans-serif;color:#1f2937">',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function checkExtraction(extraction: unknown): asserts extraction is Extraction {
  const e = extraction as Partial<Record<keyof Extraction, unknown>> | null;
  if (typeof e !== 'object' || e === null || !['sentences', 'speakers', 'claims'].every((key) => Array.isArray(e[key as keyof Extraction]))) {
    throw new TypeError('claimex: renderHtml needs an Extraction (an object with "sentences", "speakers" and "claims" arrays)');
  }
}

/** The text to show and the offset it starts at. */
function articleText(extraction: Extraction, given: string | undefined): { text: string; from: number } {
  if (given !== undefined) {
    if (typeof given !== 'string') throw new TypeError(`claimex: option "text" must be a string, got ${typeof given}`);
    const wrong = extraction.sentences.find((s) => given.slice(s.start, s.end) !== s.text);
    if (wrong) {
      throw new RangeError(`claimex: option "text" is not the text of this extraction: sentence ${wrong.index} is not at ${wrong.start}-${wrong.end}`);
    }
    return { text: given, from: 0 };
  }
  return rebuildText(extraction);
}

/** The text from the first sentence to the last, same offsets, gaps filled with spaces or a paragraph break. */
function rebuildText(extraction: Extraction): { text: string; from: number } {
  const sentences = extraction.sentences.filter((s) => isSpan(s, 0, Number.MAX_SAFE_INTEGER)).sort((a, b) => a.start - b.start);
  const first = sentences[0];
  if (!first) return { text: '', from: 0 };
  let text = ' '.repeat(first.start);
  let previous = first;
  for (const sentence of sentences) {
    if (sentence.start < text.length) continue; // overlapping sentences: not from the extractor
    const gap = sentence.start - text.length;
    const breaks = sentence !== first && sentence.paragraph !== previous.paragraph ? Math.min(gap, 2) : 0;
    text += ' '.repeat(gap - breaks) + '\n'.repeat(breaks) + sentence.text;
    previous = sentence;
  }
  return { text, from: first.start };
}

type MarkKind = 'sentence' | 'content' | 'speaker' | 'cue';

/** Outer layers first: a sentence holds contents, a content holds speakers and cues, never the reverse. */
const LAYER: Record<MarkKind, number> = { sentence: 0, content: 1, speaker: 2, cue: 3 };

/** How sentences other than body text look: page furniture greyed, headlines bold. */
const SENTENCE_STYLES: Partial<Record<string, string>> = {
  headline: 'font-weight:700',
  boilerplate: `color:${FURNITURE_GREY}`,
  caption: `color:${FURNITURE_GREY};font-style:italic`,
};

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The opening tag, built once. */
  open: string;
  /** Order of collection, the last tie-break. */
  order: number;
}

function isSpan(span: Span | null | undefined, from: number, to: number): span is Span {
  return (
    typeof span === 'object' &&
    span !== null &&
    Number.isSafeInteger(span.start) &&
    Number.isSafeInteger(span.end) &&
    span.start >= from &&
    span.end <= to &&
    span.start < span.end
  );
}

function collectMarks(extraction: Extraction, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  const add = (span: Span | null | undefined, kind: MarkKind, open: string) => {
    if (isSpan(span, from, to)) marks.push({ start: span.start, end: span.end, kind, open, order: marks.length });
  };
  for (const sentence of extraction.sentences) {
    const style = SENTENCE_STYLES[sentence.kind];
    if (style) add(sentence, 'sentence', `<span class="claimex-${escapeHtml(String(sentence.kind))}" style="${style}">`);
  }
  for (const claim of extraction.claims) {
    for (const piece of claim.content ?? []) add(piece, 'content', contentTag(claim));
    if (claim.cue) add(claim.cue, 'cue', cueTag(claim));
  }
  const speakerAt = new Set<string>();
  for (const speaker of extraction.speakers) {
    for (const mention of speaker.mentions ?? []) {
      speakerAt.add(`${mention.start}:${mention.end}`);
      add(mention, 'speaker', speakerTag(speakerTitle(speaker), speaker.id));
    }
  }
  // A claim's source is normally one of its speaker's mentions; mark those that are not.
  for (const claim of extraction.claims) {
    const source = claim.source;
    if (!source || speakerAt.has(`${source.start}:${source.end}`)) continue;
    speakerAt.add(`${source.start}:${source.end}`);
    add(source, 'speaker', speakerTag(claim.speaker ? `speaker: ${claim.speaker.name}` : 'source (no speaker resolved)', claim.speaker?.id));
  }
  return marks;
}

function contentTag(claim: Claim): string {
  const colours = coloursOf(claim.type);
  const speaker = claim.speaker ? claim.speaker.name : 'the outlet (narrated)';
  const act = claim.act ? `, ${claim.act.name}, CAMEO ${claim.act.cameo}` : '';
  const title = `${claim.id}: ${claim.type}${act}; speaker: ${speaker}; ${claim.mode}`;
  return (
    `<span class="claimex-content claimex-${escapeHtml(String(claim.type))}" data-claim="${escapeHtml(String(claim.id))}"` +
    ` title="${escapeHtml(title)}" style="background:${colours.background};border-radius:2px">`
  );
}

function cueTag(claim: Claim): string {
  const colours = coloursOf(claim.type);
  const title = `cue of ${claim.id} (${claim.type}): ${claim.cue?.lemma ?? ''}`;
  return (
    `<span class="claimex-cue" data-claim="${escapeHtml(String(claim.id))}" title="${escapeHtml(title)}"` +
    ` style="font-weight:600;border-bottom:2px solid ${colours.accent}">`
  );
}

function speakerTag(title: string, id: string | undefined): string {
  const data = id === undefined ? '' : ` data-speaker="${escapeHtml(String(id))}"`;
  return `<span class="claimex-speaker"${data} title="${escapeHtml(title)}" style="${SPEAKER_STYLE}">`;
}

function speakerTitle(speaker: Speaker): string {
  const about = [speaker.kind, speaker.title, speaker.organization].filter(Boolean).join(', ');
  return `speaker: ${speaker.name}${about ? ` (${about})` : ''}`;
}

/** Unknown types (an Extraction from elsewhere) get a neutral grey rather than a crash. */
function coloursOf(type: string): TypeColours {
  return CLAIM_TYPE_COLOURS[type as ClaimType] ?? { background: '#e5e7eb', accent: '#4b5563' };
}

function compareMarks(a: Mark, b: Mark): number {
  return LAYER[a.kind] - LAYER[b.kind] || a.start - b.start || b.end - a.end || a.order - b.order;
}

/**
 * `text` from `from` on, with every mark as a span. The text is cut at every mark's start
 * and end; for each piece the marks covering it, outer layers first, are the open elements.
 * Going from one piece to the next closes the elements that differ and opens the new ones,
 * so markup always nests, and a mark that crosses another's edge is split in two.
 */
function renderMarkedText(text: string, from: number, marks: Mark[]): string {
  const bounds = [...new Set([from, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const active = new Set<Mark>();
  const open: Mark[] = [];
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    for (const mark of active) if (mark.end <= start) active.delete(mark);
    for (; next < byStart.length && byStart[next]!.start <= start; next++) active.add(byStart[next]!);
    const wanted = [...active].sort(compareMarks);
    let keep = 0;
    while (keep < open.length && open[keep] === wanted[keep]) keep++;
    out.push('</span>'.repeat(open.length - keep));
    open.length = keep;
    for (const mark of wanted.slice(keep)) {
      out.push(mark.open);
      open.push(mark);
    }
    out.push(escapeHtml(text.slice(start, bounds[i + 1])));
  }
  out.push('</span>'.repeat(open.length));
  return out.join('');
}

function renderLegend(extraction: Extraction): string {
  const counts = new Map<string, number>();
  for (const claim of extraction.claims) counts.set(claim.type, (counts.get(claim.type) ?? 0) + 1);
  const types = CLAIM_TYPES.map((type) => {
    const { background, accent } = CLAIM_TYPE_COLOURS[type];
    return (
      `<span class="claimex-legend-type claimex-${type}"><span style="background:${background};border:1px solid ${accent};` +
      `border-radius:2px;padding:0 0.4em">${type}</span> ${counts.get(type) ?? 0}</span>`
    );
  });
  const summary = `${plural(extraction.claims.length, 'claim')}, ${plural(extraction.speakers.length, 'speaker')}`;
  return [
    `<div class="claimex-legend" style="${LEGEND_STYLE}">`,
    `<strong class="claimex-summary">${summary}</strong>`,
    ...types,
    `<span class="claimex-legend-speaker"><span style="${SPEAKER_STYLE}">speaker</span></span>`,
    `<span class="claimex-legend-cue"><span style="font-weight:600;border-bottom:2px solid #4b5563">cue</span></span>`,
    `<span class="claimex-legend-furniture" style="color:${FURNITURE_GREY}">page furniture</span>`,
    '</div>',
  ].join('');
}

function renderMessages(extraction: Extraction): string {
  const messages = Array.isArray(extraction.messages) ? extraction.messages : [];
  if (messages.length === 0) return '';
  const items = messages.map(
    (m) => `<li>${escapeHtml(String(m.severity))}: ${escapeHtml(String(m.reason))} <code>${escapeHtml(String(m.ruleId))}</code></li>`,
  );
  return `<ul class="claimex-messages" style="font-size:0.9em;color:#4b5563;margin:0.75em 0 0">${items.join('')}</ul>`;
}

/** "1 claim", "2 claims". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
