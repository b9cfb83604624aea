import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extractor.js';
import { CLAIM_TYPE_COLOURS, escapeHtml, renderHtml, renderHtmlPage } from '../../src/render/html.js';
import { SCHEMA_VERSION, type Claim, type ClaimType, type Extraction, type Span } from '../../src/types.js';
import { makeClaim } from '../helpers/claim.js';
import { findAll, first, hasClass, parseHtml, textOf, type Element } from './html-tree.js';

const SAMPLE = readFileSync(new URL('../../corpus/sample-press-conference.txt', import.meta.url), 'utf8');

function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length, text: part };
}

/** The text inside every mark of `claim` of one class, concatenated in document order. */
function markedText(root: Element, className: string, claim: string): string {
  return findAll(root, (e) => hasClass(className)(e) && e.attrs['data-claim'] === claim)
    .map(textOf)
    .join('');
}

// Two sentences; the second claim's content holds the first claim's cue and crosses the
// source of the third, so the marks overlap without nesting.
const TEXT = 'Minister Ana Ruiz said that <talks> & "trade" must go on.\n\nShe hopes, Ruiz added, for calm.';
const S0 = spanOf(TEXT, 'Minister Ana Ruiz said that <talks> & "trade" must go on.');
const S1 = spanOf(TEXT, 'She hopes, Ruiz added, for calm.');

function handMade(): Extraction {
  const claims: Claim[] = [
    makeClaim(1, {
      type: 'demand',
      act: { name: 'demand', cameo: '10' },
      speaker: { id: 's1', name: 'Ana Ruiz' },
      source: spanOf(TEXT, 'Minister Ana Ruiz'),
      cue: { ...spanOf(TEXT, 'said'), lemma: 'say' },
      content: [spanOf(TEXT, 'that <talks> & "trade" must go on')],
    }),
    makeClaim(2, {
      sentence: 1,
      type: 'hope',
      act: { name: 'hope', cameo: '013' },
      speaker: { id: 's1', name: 'Ana Ruiz' },
      source: spanOf(TEXT, 'She'),
      cue: { ...spanOf(TEXT, 'hopes'), lemma: 'hope' },
      content: [spanOf(TEXT, 'hopes, Ruiz'), spanOf(TEXT, 'for calm')],
    }),
    makeClaim(3, {
      sentence: 1,
      speaker: { id: 's1', name: 'Ana Ruiz' },
      source: spanOf(TEXT, 'Ruiz added', S1.start),
      cue: { ...spanOf(TEXT, 'added'), lemma: 'add' },
    }),
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    sentences: [
      { ...S0, index: 0, paragraph: 0, kind: 'body' },
      { ...S1, index: 1, paragraph: 1, kind: 'body' },
    ],
    speakers: [
      { id: 's1', name: 'Ana Ruiz', kind: 'person', title: 'Minister', mentions: [spanOf(TEXT, 'Ana Ruiz'), spanOf(TEXT, 'She'), spanOf(TEXT, 'Ruiz', S1.start)] },
    ],
    claims,
    messages: [{ severity: 'warning', ruleId: 'quote/unclosed', reason: 'A <quote> is not closed.', source: 'claimex' }],
  };
}

describe('renderHtml', () => {
  const extraction = handMade();
  const html = renderHtml(extraction, { text: TEXT });
  const root = parseHtml(html);
  const article = first(root, 'claimex-text');

  it('is one well-formed element whose article text is the input, exactly', () => {
    expect(root.children).toHaveLength(1);
    expect((root.children[0] as Element).attrs.class).toBe('claimex');
    expect(textOf(article)).toBe(TEXT);
  });

  it('escapes the text: the markup of the article is shown, not parsed', () => {
    expect(html).toContain('&lt;talks&gt; &amp; &quot;trade&quot;');
    expect(html).not.toContain('<talks>');
    expect(findAll(root, (e) => e.tag === 'talks')).toEqual([]);
  });

  it('marks every content, cue and speaker mention with exactly its text, even where marks overlap', () => {
    for (const claim of extraction.claims) {
      expect(markedText(article, 'claimex-content', claim.id)).toBe(claim.content.map((c) => c.text).join(''));
      expect(markedText(article, 'claimex-cue', claim.id)).toBe(claim.cue?.text ?? '');
    }
    // "Ruiz" of the second sentence is both a mention and the start of claim 3's source "Ruiz added".
    const speakerMarks = findAll(article, hasClass('claimex-speaker')).map(textOf);
    // Nested marks are listed outer first; the source split by claim 2's content comes in two pieces.
    expect(speakerMarks).toEqual(['Minister Ana Ruiz', 'Ana Ruiz', 'She', 'Ruiz', 'Ruiz', ' added']);
  });

  it('splits a mark that crosses another, keeping outer layers outside: content, then speaker, then cue', () => {
    // Claim 2's content "hopes, Ruiz" ends inside the source "Ruiz added" of claim 3.
    const ruiz = findAll(article, (e) => hasClass('claimex-speaker')(e) && textOf(e) === 'Ruiz');
    expect(ruiz.length).toBeGreaterThan(0);
    for (const mark of findAll(article, hasClass('claimex-speaker'))) {
      expect(findAll(mark, hasClass('claimex-content'))).toEqual([]);
    }
    for (const mark of findAll(article, hasClass('claimex-cue'))) {
      expect(findAll(mark, hasClass('claimex-content'))).toEqual([]);
      expect(findAll(mark, hasClass('claimex-speaker'))).toEqual([]);
    }
  });

  it('colours each content by its claim type and titles it with id, type, act, speaker and mode', () => {
    const demand = findAll(article, (e) => e.attrs['data-claim'] === 'c1' && hasClass('claimex-content')(e))[0]!;
    expect(demand.attrs.class).toContain('claimex-demand');
    expect(demand.attrs.style).toContain(`background:${CLAIM_TYPE_COLOURS.demand.background}`);
    expect(demand.attrs.title).toBe('c1: demand, demand, CAMEO 10; speaker: Ana Ruiz; indirect');
    const hopeCue = findAll(article, (e) => e.attrs['data-claim'] === 'c2' && hasClass('claimex-cue')(e))[0]!;
    expect(hopeCue.attrs.style).toContain(CLAIM_TYPE_COLOURS.hope.accent);
    const mention = findAll(article, (e) => hasClass('claimex-speaker')(e) && textOf(e) === 'Ana Ruiz')[0]!;
    expect(mention.attrs.title).toBe('speaker: Ana Ruiz (person, Minister)');
    expect(mention.attrs['data-speaker']).toBe('s1');
  });

  it('has a legend with every claim type, its count and colour, and the marks', () => {
    const legend = first(root, 'claimex-legend');
    const counts = Object.fromEntries(
      (Object.keys(CLAIM_TYPE_COLOURS) as ClaimType[]).map((type) => [type, textOf(first(legend, `claimex-${type}`)).trim()]),
    );
    expect(counts).toEqual({ action: 'action 0', demand: 'demand 1', hope: 'hope 1', statement: 'statement 1' });
    expect(textOf(first(legend, 'claimex-summary'))).toBe('3 claims, 1 speaker');
    expect(textOf(first(legend, 'claimex-legend-speaker'))).toBe('speaker');
    expect(textOf(first(legend, 'claimex-legend-cue'))).toBe('cue');
  });

  it('lists the messages, escaped', () => {
    expect(textOf(first(root, 'claimex-messages'))).toBe('warning: A <quote> is not closed. quote/unclosed');
  });

  it('without the text, rebuilds it from the sentences at the same offsets, paragraph breaks kept', () => {
    const rebuilt = parseHtml(renderHtml(JSON.parse(JSON.stringify(extraction)) as Extraction));
    expect(textOf(first(rebuilt, 'claimex-text'))).toBe(TEXT);
    const gapped = { ...extraction, sentences: extraction.sentences.map((s) => ({ ...s, paragraph: 0 })) };
    expect(textOf(first(parseHtml(renderHtml(gapped)), 'claimex-text'))).toBe(TEXT.replace('\n\n', '  '));
  });

  it('throws a RangeError for a text the extraction was not made from, a TypeError for a non-Extraction', () => {
    expect(() => renderHtml(extraction, { text: TEXT.slice(1) })).toThrow(RangeError);
    expect(() => renderHtml(null as unknown as Extraction)).toThrow(TypeError);
    expect(() => renderHtml({ claims: [] } as unknown as Extraction)).toThrow(/needs an Extraction/);
  });

  it('skips spans that do not fit the text rather than failing', () => {
    const broken = handMade();
    broken.claims[0]!.content = [{ start: 40, end: 10_000, text: 'x' }, { start: 5, end: 5, text: '' }];
    broken.speakers[0]!.mentions.push({ start: -3, end: 2, text: 'x' });
    const tree = parseHtml(renderHtml(broken, { text: TEXT }));
    expect(textOf(first(tree, 'claimex-text'))).toBe(TEXT);
    expect(markedText(tree, 'claimex-content', 'c1')).toBe('');
  });

  it('greys page furniture and captions, bolds headlines', () => {
    const kinds = { ...extraction, sentences: [{ ...extraction.sentences[0]!, kind: 'boilerplate' as const }, { ...extraction.sentences[1]!, kind: 'headline' as const }] };
    const tree = parseHtml(renderHtml(kinds, { text: TEXT }));
    expect(textOf(first(tree, 'claimex-boilerplate'))).toBe(S0.text);
    expect(textOf(first(tree, 'claimex-headline'))).toBe(S1.text);
  });
});

describe('renderHtml on a real extraction', () => {
  const extraction = extractClaims(SAMPLE);
  const html = renderHtml(extraction, { text: SAMPLE });
  const article = first(parseHtml(html), 'claimex-text');

  it('shows the article exactly and marks each claim with its own spans', () => {
    expect(extraction.claims.length).toBeGreaterThan(5);
    expect(textOf(article)).toBe(SAMPLE);
    for (const claim of extraction.claims) {
      expect(markedText(article, 'claimex-content', claim.id)).toBe(claim.content.map((c) => c.text).join(''));
      expect(markedText(article, 'claimex-cue', claim.id)).toBe(claim.cue?.text ?? '');
    }
  });

  it('marks each speaker mention with its speaker', () => {
    for (const speaker of extraction.speakers) {
      const marked = findAll(article, (e) => e.attrs['data-speaker'] === speaker.id).map(textOf).join('');
      const sources = extraction.claims.filter((c) => c.speaker?.id === speaker.id && c.source).map((c) => c.source!);
      const spans = [...speaker.mentions, ...sources].sort((a, b) => a.start - b.start || b.end - a.end);
      const unique = spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end);
      expect(marked).toBe(unique.map((s) => s.text).join(''));
    }
  });

  it('needs nothing from outside: no script, stylesheet, link, image or URL', () => {
    for (const outside of ['<script', '<link', '<img', '<style', 'src=', 'href=', 'url(', '@import']) {
      expect(html).not.toContain(outside);
    }
  });

  it('renders an empty extraction', () => {
    const tree = parseHtml(renderHtml(extractClaims('')));
    expect(textOf(first(tree, 'claimex-text'))).toBe('');
    expect(textOf(first(tree, 'claimex-summary'))).toBe('0 claims, 0 speakers');
  });
});

describe('renderHtmlPage', () => {
  it('is a whole UTF-8 document with the escaped title and the fragment', () => {
    const extraction = handMade();
    const page = renderHtmlPage(extraction, { text: TEXT, title: 'Ruiz <draft>' });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const tree = parseHtml(page);
    expect(textOf(findAll(tree, (e) => e.tag === 'title')[0]!)).toBe('Ruiz <draft>');
    expect(findAll(tree, (e) => e.tag === 'meta' && e.attrs.charset === 'utf-8')).toHaveLength(1);
    expect(page).toContain(renderHtml(extraction, { text: TEXT }));
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
