/**
 * Hostile input: what a caller may pass by mistake or by malice. Each test asserts that
 * extractClaims does not throw (except the documented TypeError and RangeError), keeps
 * the output contract (offsets, sentence cover, references, a repeatable result; see
 * invariants.ts), and, where it matters, finishes in time linear in the input.
 * docs/reliability.md tabulates what a caller gets for each kind of input.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extractClaims, SCHEMA_VERSION, type Extraction } from '../../src/index.js';
import { checkExtraction, corpusArticles, extractAndCheck, namedSpans } from './invariants.js';

const extract = (text: string) => extractClaims(text);
let ownExtractor: ReturnType<typeof createExtractor> | undefined;
/** An extractor of the test's own, made once (creating one loads the NLP model). */
const extractor = () => (ownExtractor ??= createExtractor());
const check = (text: string) => extractAndCheck(extract, text);

/** Milliseconds `run` takes: the least of `times` runs, to keep other load out of the figure. */
function timeOf(run: () => void, times = 1): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function empty(): Extraction {
  return { schemaVersion: SCHEMA_VERSION, sentences: [], speakers: [], claims: [], messages: [] };
}

function sentenceTexts(result: Extraction): string[] {
  return result.sentences.map((sentence) => sentence.text);
}

describe('long and repetitive input', () => {
  it('a 100,000-character line without punctuation', () => {
    const text = 'the minister said talks were useful and '.repeat(2_500);
    expect(text.length).toBe(100_000);
    const result = check(text);
    expect(result.sentences.length).toBeGreaterThan(0);
  });

  it('a long line of words without punctuation takes time and output linear in its length', { timeout: 300_000 }, () => {
    // Each cue of the line starts a claim whose content runs to the end of the one sentence,
    // so without care the claims hold the line's text once per cue.
    const line = (n: number) => 'the minister said talks were useful and '.repeat(n / 40);
    const small = line(20_000);
    const large = line(200_000);
    const spanChars = (result: Extraction) => namedSpans(result).reduce((sum, [, span]) => sum + span.text.length, 0);
    check(small);
    let smallResult: Extraction = empty();
    let largeResult: Extraction = empty();
    const smallTime = timeOf(() => (smallResult = extract(small)), 3);
    const largeTime = timeOf(() => (largeResult = extract(large)));
    checkExtraction(large, largeResult);
    const detail = `20,000 characters: ${smallTime.toFixed(0)} ms, ${spanChars(smallResult)} characters in spans; 200,000: ${largeTime.toFixed(0)} ms, ${spanChars(largeResult)} in spans`;
    console.log(`claimex long line: ${detail}`);
    expect(spanChars(largeResult), detail).toBeLessThan(20 * spanChars(smallResult));
    expect(largeTime, detail).toBeLessThan(Math.max(20 * smallTime, 250));
  });

  it('10,000 unbalanced quote marks', () => {
    const curly = 'He said “the talks were useful and '.repeat(5_000);
    const straight = 'She said "we will see '.repeat(5_000);
    check(curly);
    check(straight);
    check(`${curly}\n${straight}`);
  });

  it('text of only quote marks', () => {
    for (const text of ['"', '“', '”', '‘’', '«»„', '""""""', '“”"‘’«»„'.repeat(500), '“\n”\n"\n'.repeat(300)]) {
      const result = check(text);
      expect(result.claims, JSON.stringify(text.slice(0, 20))).toEqual([]);
    }
  });

  it('text of only punctuation', () => {
    for (const text of ['.', '...', '!?', '.,;:!?—–-()[]{}…/&#*•', '. . . . .', '—\n—\n—', '.,;:!?()…'.repeat(1_000)]) {
      const result = check(text);
      expect(result.claims, JSON.stringify(text.slice(0, 20))).toEqual([]);
    }
  });

  it('emoticons and symbols alone give no claim with empty content', () => {
    for (const text of [':o', ':-)', ';)', ':o :o', 'Good. :o', '<3', '¯\\_(ツ)_/¯']) {
      const result = check(text);
      for (const claim of result.claims) expect(claim.content.length, JSON.stringify(text)).toBeGreaterThan(0);
    }
    expect(check(':o').claims).toEqual([]);
  });

  it('lines built to make the line patterns backtrack finish at once', () => {
    // Each took half a minute or more before the patterns in src/regex.ts were made linear.
    const lines = [
      `By A${'andA'.repeat(200)}!`, // BYLINE: 30 s
      `By Jane Doe and John Roe${' and'.repeat(300)}`, // BYLINE, with spaces
      `HALDVIK${' HALDVIK'.repeat(3)}${'-'.repeat(3_000)} A'`, // PLACE_DATELINE
    ];
    for (const line of lines) {
      const elapsed = timeOf(() => check(line));
      expect(elapsed, line.slice(0, 30)).toBeLessThan(2_000);
    }
  });

  it.each([
    ['letters (a pasted blob)', (n: number) => `${'a'.repeat(n)}1`],
    ['exclamation marks', (n: number) => `${'!'.repeat(n)}x`],
    ['hyphens after a place name', (n: number) => `A A A A${'-'.repeat(n)} A'`],
  ])('a run of %s without spaces takes time linear in its length', { timeout: 120_000 }, (_name, make) => {
    const small = make(2_000);
    const large = make(20_000);
    check(small);
    const smallTime = timeOf(() => extract(small), 3);
    const largeTime = timeOf(() => checkExtraction(large, extract(large)));
    // Ten times the text may take at most twenty times as long (or a quarter second, for timer noise).
    expect(largeTime, `2,000 characters: ${smallTime.toFixed(0)} ms; 20,000: ${largeTime.toFixed(0)} ms`).toBeLessThan(Math.max(20 * smallTime, 250));
  });

  it('a 10 MB article takes time proportional to a 1 MB one', { timeout: 600_000 }, () => {
    // 10 MB is above the default maxChars (5,000,000), so this extractor raises the limit.
    // Ten times the text in at most 20 times the time tells linear (10x) from quadratic (100x),
    // with room for the noise of a shared machine.
    const big = createExtractor({ maxChars: 20_000_000 });
    const corpus = corpusArticles()
      .map(([, text]) => text)
      .join('\n\n');
    const article = (size: number) => {
      let text = '';
      while (text.length < size) text += `${corpus}\n\n`;
      return text.slice(0, size);
    };
    const small = article(1_000_000);
    const large = article(10_000_000);
    big.extract(corpus);
    const smallTime = timeOf(() => big.extract(small), 2);
    let result: Extraction = empty();
    const largeTime = timeOf(() => {
      result = big.extract(large);
    });
    checkExtraction(large, result);
    const perMB = (ms: number, chars: number) => `${((ms / chars) * 1e6).toFixed(0)} ms/MB`;
    const detail = `1 MB: ${smallTime.toFixed(0)} ms (${perMB(smallTime, small.length)}); 10 MB: ${largeTime.toFixed(0)} ms (${perMB(largeTime, large.length)})`;
    console.log(`claimex timing: ${detail}`);
    expect(largeTime, detail).toBeLessThan(20 * smallTime);
  });
});

describe('odd characters', () => {
  it('words that name properties of every JavaScript object are plain words', () => {
    const result = check('The constructor said the pier is safe. The toString said so. His __proto__ and hasOwnProperty agreed that it is.');
    expect(result.speakers.map((speaker) => speaker.kind)).toEqual(result.speakers.map(() => 'unknown'));
  });

  it('lone surrogates', () => {
    for (const text of ['\uD800', '\uDC00', '\uDC00\uD800', 'He said \uD800 the talks were useful.', 'The minister\uDC00 said “\uD83D” it was over.\n\uD800']) {
      check(text);
    }
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['backspace', '\u0008'],
    ['vertical tab', '\u000B'],
    ['form feed', '\u000C'],
    ['escape', '\u001B'],
    ['DEL', '\u007F'],
  ])('%s gives the input/control-characters diagnostic', (_name, control) => {
    const text = `The minister said the talks were${control} useful.\n${control}She said${control}${control} no.`;
    const result = check(text);
    const found = result.messages.filter((message) => message.ruleId === 'input/control-characters');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', source: 'claimex', place: { start: text.indexOf(control), end: text.indexOf(control) + 1 } });
  });

  it('tabs and line breaks are no control characters', () => {
    const result = check('The minister\tsaid the talks were useful.\r\nShe agreed.\n');
    expect(result.messages.filter((message) => message.ruleId === 'input/control-characters')).toEqual([]);
  });

  it('a byte-order mark at the start is kept and counted in the offsets', () => {
    const plain = 'The minister said the talks were useful.\n\nShe said they would go on.';
    const withMark = `\uFEFF${plain}`;
    const without = check(plain);
    const result = check(withMark);
    expect(result.sentences[0]!.start).toBe(1);
    expect(sentenceTexts(result)).toEqual(sentenceTexts(without));
    expect(result.claims.map((claim) => claim.content.map((piece) => piece.start - 1))).toEqual(without.claims.map((claim) => claim.content.map((piece) => piece.start)));
  });

  it('CRLF and lone CR line ends split sentences per line, with true offsets', () => {
    const lines = ['The minister said the talks were useful', 'The ambassador said nothing', 'She said the border would reopen'];
    for (const end of ['\r\n', '\r', '\n', '\r\n\r\n', '\r\r']) {
      const text = lines.join(end) + end;
      const result = check(text);
      expect(sentenceTexts(result), JSON.stringify(end)).toEqual(lines);
      let from = 0;
      for (const sentence of result.sentences) {
        expect(sentence.start).toBe(text.indexOf(sentence.text, from));
        from = sentence.end;
      }
    }
  });

  it('right-to-left scripts: Arabic and Hebrew', () => {
    const arabic = 'قال المتحدث باسم وزارة الخارجية إن المحادثات كانت مفيدة. وأضاف أن الجانبين اتفقا على مواصلة الحوار.';
    const hebrew = 'דובר משרד החוץ אמר כי השיחות היו מועילות. הוא הוסיף שהצדדים יסכימו.';
    expect(check(arabic).sentences).toHaveLength(2);
    expect(check(hebrew).sentences).toHaveLength(2);
    check(`The spokesperson said: “${arabic}”\n\n\u202B${hebrew}\u202C, he added.\u200F`);
  });

  it('HTML markup pasted as text', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Minister: talks useful</title><style>p { color: red; }</style></head>',
      '<body><h1>Minister: talks &quot;useful&quot;</h1>',
      '<p class="lead">The minister said the talks were <b>useful</b>.</p>',
      '<p>&ldquo;We will meet again,&rdquo; she said.&nbsp;</p>',
      '<script>if (a < b && c > d) { document.write("said"); }</script><!-- comment -->',
      '</body></html>',
    ].join('\n');
    const result = check(html);
    expect(result.sentences.length).toBeGreaterThan(0);
    check(html.replaceAll('\n', ''));
  });

  it('a text that begins with a reporting verb', () => {
    for (const text of ['said', 'says', 'Said the minister.', 'Stressed that talks must go on, the minister left.', 'urged']) {
      check(text);
    }
  });
});

describe('limits and arguments', () => {
  it('input above maxChars gives a RangeError naming the limit', () => {
    expect(() => extractClaims('x'.repeat(11), { maxChars: 10 })).toThrow(RangeError);
    expect(() => extractClaims('x'.repeat(11), { maxChars: 10 })).toThrow(/maxChars = 10\b/);
    expect(() => createExtractor({ maxChars: 10 }).extract('x'.repeat(11))).toThrow(RangeError);
    expect(() => createExtractor({ maxChars: 10 }).extract('x'.repeat(11))).toThrow(/maxChars = 10\b/);
    check('x'.repeat(10));
    expect(createExtractor({ maxChars: 10 }).extract('x'.repeat(10)).sentences).toHaveLength(1);
  });

  it('the default maxChars is 5,000,000 characters', () => {
    const above = ' '.repeat(5_000_001);
    expect(() => extractClaims(above)).toThrow(RangeError);
    expect(() => extractClaims(above)).toThrow(/maxChars = 5000000\b/);
    expect(() => extractor().extract(above)).toThrow(/maxChars = 5000000\b/);
    expect(extractClaims(' '.repeat(5_000_000))).toStrictEqual(empty());
  });

  it('empty and whitespace-only text give an empty Extraction', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\t \t', '\u00A0\u2009\u3000', '\uFEFF', ' \n \n ']) {
      expect(check(text), JSON.stringify(text)).toStrictEqual(empty());
    }
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', {}],
    ['a Buffer', Buffer.from('The minister said the talks were useful.')],
    ['a String object', Object('text')],
  ])('%s instead of text throws a TypeError naming the argument "text"', (_name, value) => {
    expect(() => extractClaims(value as unknown as string)).toThrow(TypeError);
    expect(() => extractClaims(value as unknown as string)).toThrow(/"text"/);
    expect(() => extractor().extract(value as unknown as string)).toThrow(TypeError);
    expect(() => extractor().extract(value as unknown as string)).toThrow(/"text"/);
  });
});

describe('many extractors in one process', () => {
  // The English model's loader grows with each load and failed at about the twentieth.
  it('thirty createExtractor() calls all work and give the same claims', () => {
    const text = 'The minister said the talks were useful.';
    const first = createExtractor().extract(text);
    for (let i = 0; i < 30; i += 1) expect(createExtractor().extract(text)).toStrictEqual(first);
  });
});
