/**
 * attribute(): frames over whole texts. Quotes that run over sentences and paragraphs,
 * floating quotes after a named speaker, and narration.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCues, type CueMatcher, type Frame } from '../../src/attribute/index.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { buildFrames, rangeText } from '../helpers/pipeline.js';
import { extractClaims } from '../../src/index.js';
import { attributions } from '../helpers/attributions.js';

let tokenize: Tokenize;
let matchCue: CueMatcher;
beforeAll(() => {
  tokenize = loadTokenizer();
  matchCue = compileCues();
});

/**
 * Per frame: its sentence, the rule that found it, the source it names (or, for a frame
 * that takes its speaker from another, the source of the first frame up that chain that names one), its content and its mode.
 */
function framesOf(text: string): Array<[number, string, string | null, string[], string]> {
  const { doc, frames } = buildFrames(tokenize, matchCue, text);
  return frames.map((frame) => {
    let from: Frame | null = frame;
    while (from && !from.source) from = from.inherits;
    return [frame.sentence, frame.rule, rangeText(doc, from?.source ?? null), frame.content.map((range) => rangeText(doc, range) ?? ''), frame.mode];
  });
}

describe('attribute: a quote over several sentences and paragraphs keeps its speaker', () => {
  it.each<[string, string, Array<[number, string, string | null, string[], string]>]>([
    [
      'a quote reopened at each paragraph',
      'Ruth Allen said: "We checked every beam.\n"It took a month.\n"We are proud of the crew."',
      [
        [0, 'attribute/leading', 'Ruth Allen', ['We checked every beam'], 'direct'],
        [1, 'attribute/quote-continues', 'Ruth Allen', ['It took a month'], 'direct'],
        [2, 'attribute/quote-continues', 'Ruth Allen', ['We are proud of the crew'], 'direct'],
      ],
    ],
    [
      'a quote of two sentences in one paragraph',
      'Ruth Allen said: "We checked every beam. It took a month.\n"We are proud of the crew."',
      [
        [0, 'attribute/leading', 'Ruth Allen', ['We checked every beam'], 'direct'],
        [1, 'attribute/quote-continues', 'Ruth Allen', ['It took a month'], 'direct'],
        [2, 'attribute/quote-continues', 'Ruth Allen', ['We are proud of the crew'], 'direct'],
      ],
    ],
    [
      'a narrated sentence after the quote closes is nobody\'s',
      'Ruth Allen said: "We checked every beam."\nThe ferry sailed at noon.',
      [
        [0, 'attribute/leading', 'Ruth Allen', ['We checked every beam'], 'direct'],
        [1, 'attribute/narration', null, ['The ferry sailed at noon'], 'narrated'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(framesOf(text)).toEqual(expected);
  });

  it('the later sentences of a quote opened after a parenthetical cue take that cue\'s speaker', () => {
    const found = framesOf('“We checked every beam,” Ruth Allen said. “It took a month. The divers found no damage.”');
    expect(found.map(([sentence, , source]) => [sentence, source])).toEqual([
      [0, 'Ruth Allen'],
      [1, 'Ruth Allen'],
      [2, 'Ruth Allen'],
    ]);
  });
});

describe('attribute: a quote that runs on belongs to the frame whose content opens it', () => {
  it('a quote opened in a participle\'s content runs on as that participle\'s, not as the cue\'s before it', () => {
    const { frames } = buildFrames(tokenize, matchCue, '"The pier is old," Ruth Allen said, asking questions, including, "Will you fix it? Or will you wait?"');
    const continued = frames.filter((frame) => frame.rule === 'attribute/quote-continues');
    expect(continued).toHaveLength(1);
    expect(continued[0]!.inherits?.rule).toBe('attribute/participial');
  });
});

describe('attribute: floating quotes', () => {
  it.each<[string, string, Array<[number, string, string | null, string[], string]>]>([
    [
      'a whole-sentence quote after a named speaker',
      'Ruth Allen said the pier is safe.\n"We checked every beam."',
      [
        [0, 'attribute/leading', 'Ruth Allen', ['the pier is safe'], 'indirect'],
        [1, 'attribute/floating-quote', 'Ruth Allen', ['We checked every beam'], 'direct'],
      ],
    ],
    [
      'a quote after a pronoun speaker',
      'Ruth Allen spoke to reporters on Monday.\n"We checked every beam," she said.\n"It took a month."',
      [
        [0, 'attribute/narration', null, ['Ruth Allen spoke to reporters on Monday'], 'narrated'],
        [1, 'attribute/parenthetical', 'she', ['We checked every beam'], 'direct'],
        [2, 'attribute/floating-quote', 'she', ['It took a month'], 'direct'],
      ],
    ],
    [
      'a second speaker takes over',
      '"We checked every beam," Ruth Allen said. "It took a month," Tom Price added.',
      [
        [0, 'attribute/parenthetical', 'Ruth Allen', ['We checked every beam'], 'direct'],
        [1, 'attribute/parenthetical', 'Tom Price', ['It took a month'], 'direct'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(framesOf(text)).toEqual(expected);
  });

  it('a quote too many paragraphs after the last speaker is nobody\'s', () => {
    const text = 'Ruth Allen said the pier is safe.\nThe crowd cheered loudly.\nThe ferry sailed at noon.\nThe band played on the quay.\n"We checked every beam."';
    const last = framesOf(text).at(-1)!;
    expect(last.slice(0, 3)).toEqual([4, 'attribute/narration', null]);
    expect(last[4]).toBe('narrated');
  });

  it('a sentence only partly quoted does not float to the last speaker', () => {
    const text = 'Ruth Allen said the pier is safe.\nThe council rated the repairs "a triumph" on Monday.';
    expect(framesOf(text)[1]!.slice(0, 3)).toEqual([1, 'attribute/narration', null]);
  });
});

// PolNeAR's contents begin at the reported clause; the cue's object and circumstances stay out.
describe('attribute: a content after its cue begins at the reported clause', () => {
  it.each<[string, string, string[]]>([
    ['an addressee', 'Ruth Allen told reporters that the pier is safe.', ['that the pier is safe']],
    ['a time phrase', 'Ruth Allen said on Friday that the pier is safe.', ['that the pier is safe']],
    ['a place and a time', 'Ruth Allen said at a news conference on Friday that the pier is safe.', ['that the pier is safe']],
    ['the object of "expressed"', 'Ruth Allen expressed concern that the pier is unsafe.', ['that the pier is unsafe']],
    ['no "that": the content starts right after the cue', 'Ruth Allen said the pier is safe.', ['the pier is safe']],
    ['a "that" past a verb belongs to the content', 'Ruth Allen said the builders knew that the pier is safe.', ['the builders knew that the pier is safe']],
    ['a quote right after the cue is kept whole', 'Ruth Allen said: "That pier is safe."', ['That pier is safe']],
    ['the preposition of "warned of"', 'Ruth Allen warned of delays that could last a month.', ['delays that could last a month']],
    ['the preposition of "worried about"', 'Ruth Allen worried about what the storm had done.', ['what the storm had done']],
    ['an addressee before a bare clause', 'Ruth Allen told reporters she was sure the pier is safe.', ['she was sure the pier is safe']],
    ['a pronoun addressee before "whether"', 'Ruth Allen asked them whether the pier is safe.', ['whether the pier is safe']],
    ['a named addressee before a bare clause', 'Ruth Allen reminded Tom Webb he had checked the pier.', ['he had checked the pier']],
    ['the object of a cue that takes no addressee stays', 'Ruth Allen said the crew they hired is safe.', ['the crew they hired is safe']],
    ['an addressee followed by a noun phrase stays', 'Ruth Allen told reporters the pier is safe.', ['reporters the pier is safe']],
    ['a circumstance before a quotation', 'Ruth Allen said at a news conference, "That pier is safe."', ['That pier is safe']],
    ['an adverb between commas before a quotation', 'Ruth Allen admitted, however, "The pier needs work."', ['The pier needs work']],
    ['a verb before the quotation keeps the words', 'Ruth Allen said the crew told her, "The pier is safe."', ['the crew told her, "The pier is safe."']],
  ])('%s: %j', (_name, text, content) => {
    expect(framesOf(text)[0]![3]).toEqual(content);
  });
});

describe('attribute: the sentences of a quote that opened before its cue are that cue\'s', () => {
  it.each<[string, string, Array<[string | null, number]>]>([
    ['after narration', 'The ferry sailed at noon.\n"We checked every beam. It took a month," Ruth Allen said.', [[null, 0], ['Ruth Allen', 1], ['Ruth Allen', 1]]],
    ['over a sentence first taken for the last speaker', 'Tom Webb said the pier was old. "It took a month. We are proud of it," Ruth Allen said.', [['Tom Webb', 0], ['Ruth Allen', 1], ['Ruth Allen', 1]]],
    ['over three sentences', 'The ferry sailed at noon.\n"We checked every beam. It took a month. We are proud," Ruth Allen said.', [[null, 0], ['Ruth Allen', 1], ['Ruth Allen', 1], ['Ruth Allen', 1]]],
    ['a quote opened in the cue\'s sentence stays as it was', 'The ferry sailed at noon. Ruth Allen said, "It took a month."', [[null, 0], ['Ruth Allen', 1]]],
  ])('%s: %j', (_name, text, expected) => {
    expect(attributionsOf(text)).toEqual(expected);
  });

  it('each sentence keeps its own words, without the quote marks', () => {
    const claims = extractClaims('The ferry sailed at noon.\n"We checked every beam. It took a month," Ruth Allen said.').claims;
    expect(claims.map((claim) => claim.content.map((piece) => piece.text))).toEqual([['The ferry sailed at noon'], ['We checked every beam'], ['It took a month']]);
    expect(claims[1]!.mode).toBe('direct');
  });

  it('a quote that opens inside a sentence of the writer\'s gives the cue that sentence\'s quoted part', () => {
    const claims = extractClaims('Here is the rule: the board "only checks the planks. It never checks the piles," Ruth Allen said.').claims;
    const cued = claims.find((claim) => claim.cue?.text === 'said');
    expect(cued?.content.map((piece) => piece.text)).toEqual(['only checks the planks', 'It never checks the piles']);
    expect(claims[0]!.content.map((piece) => piece.text)).toEqual(['Here is the rule: the board']);
  });
});

/** Per claim: its speaker's name and which attribution it belongs to, numbered in order of appearance. */
function attributionsOf(text: string): Array<[string | null, number]> {
  const order = new Map<string, number>();
  return extractClaims(text).claims.map((claim) => {
    if (!order.has(claim.frame)) order.set(claim.frame, order.size);
    return [claim.speaker?.name ?? null, order.get(claim.frame)!];
  });
}

describe('attribute: which attribution a quote continues', () => {
  it.each<[string, string, Array<[string | null, number]>]>([
    [
      'a quote running on in its paragraph is one attribution',
      'Ruth Allen said the pier is safe. "We checked every beam. It took a month."',
      [['Ruth Allen', 0], ['Ruth Allen', 0], ['Ruth Allen', 0]],
    ],
    [
      'a quote in a later paragraph keeps the speaker but is an attribution of its own',
      'Ruth Allen said the pier is safe.\n"We checked every beam. It took a month."',
      [['Ruth Allen', 0], ['Ruth Allen', 1], ['Ruth Allen', 1]],
    ],
    [
      'a quote reopened at each paragraph stays one attribution',
      'Ruth Allen said: "We checked every beam.\n"It took a month."',
      [['Ruth Allen', 0], ['Ruth Allen', 0]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(attributionsOf(text)).toEqual(expected);
  });
});

// PolNeAR's sources keep a politician's party label; a bracket that is no party label stays out.
describe('attribute: a party label after a source', () => {
  it.each([
    ['Sen. Ruth Allen (D-N.Y.) said the pier is safe.', 'Sen. Ruth Allen (D-N.Y.)'],
    ['Rep. Tom Price (R-Texas), who chairs the panel, said the pier is safe.', 'Rep. Tom Price (R-Texas), who chairs the panel'],
    ['Sen. Ruth Allen (the ranking member) said the pier is safe.', 'Sen. Ruth Allen'],
  ])('%j: source %j', (text, source) => {
    expect(framesOf(text)[0]![2]).toBe(source);
  });

  it('the speaker is one person, named without the label', () => {
    const { speakers } = extractClaims('Sen. Ruth Allen (D-N.Y.) said the pier is safe. Allen added that it would reopen.');
    expect(speakers.map((speaker) => [speaker.name, speaker.mentions.length])).toEqual([['Ruth Allen', 2]]);
  });
});

// An aside of the sentence (a preposition, a connective adverb, a participle) ends the source; an apposition stays.
describe('attribute: a source ends before an aside of its sentence', () => {
  it.each([
    ['Mayor Ruth Allen, for her part, said the pier is safe.', 'Mayor Ruth Allen'],
    ['Mayor Ruth Allen, however, said the pier is safe.', 'Mayor Ruth Allen'],
    ['"The pier is safe," said Ruth Allen, speaking at a rally.', 'Ruth Allen'],
    ['"The pier is safe," said Ruth Allen, in a statement on Monday.', 'Ruth Allen'],
    ['Hugh Hill, a doctor, said the pier is safe.', 'Hugh Hill, a doctor'],
    ['"The pier is safe," said Ann Hunt, 59, of Harbour Point.', 'Ann Hunt, 59, of Harbour Point'],
  ])('%j: source %j', (text, source) => {
    expect(framesOf(text)[0]![2]).toBe(source);
  });
});

describe('attribute: what gets no frame', () => {
  it('boilerplate and captions have no frames', () => {
    const text = 'Harbour Town to reopen pier\nBy Jane Doe\n(Photo: The mayor said the pier is safe.)\nThe mayor said the pier is safe.';
    expect(framesOf(text).map(([sentence, rule]) => [sentence, rule])).toEqual([
      [0, 'attribute/narration'],
      [3, 'attribute/leading'],
    ]);
  });

  it('every article sentence has at least one frame', () => {
    const text = 'Harbour Town to reopen pier\nThe council met.\n"It is safe," she said.\nThe ferry sailed at noon.';
    const { doc, frames } = buildFrames(tokenize, matchCue, text);
    expect(new Set(frames.map((frame) => frame.sentence))).toEqual(new Set(doc.sentences.map((_sentence, index) => index)));
  });
});

describe('attribute: a title-cased headline', () => {
  it('reads a verb that wink tags as a proper noun as its cue', () => {
    expect(attributions('Harbour Chief Blasts Council For Closing The Pier\n\nThe board met on Friday.')[0]).toMatchObject({ source: 'Harbour Chief', cue: 'Blasts', content: ['Council For Closing The Pier'] });
  });

  it('names the speaker without the cue: no name runs through the verb', () => {
    expect(attributions('Ruth Allen Praises Divers After The Storm\n\nThe board met on Friday.')[0]).toMatchObject({ speaker: 'Ruth Allen', source: 'Ruth Allen', cue: 'Praises' });
  });

  it.each<[string]>([['Port Ellis Insurance Claims Soar After Storm'], ['Ruth Allen Questions Remain Over Pier Deal']])('reads a plural noun before a verb as its subject, no cue: %j', (headline) => {
    expect(attributions(`${headline}\n\nThe board met on Friday.`)[0]).toMatchObject({ source: null, cue: null });
  });

  it('reads a joint statement\'s title as no report', () => {
    expect(attributions('Joint Press Statement On The Harbour Dialogue\n\nThe board met on Friday.')[0]).toMatchObject({ source: null, cue: null });
  });
});

describe('attribute: the one a passive cue speaks to', () => {
  const claimsOf = (text: string) => extractClaims(text).claims.filter((claim) => claim.sentence > 0).map((claim) => ({ frame: claim.frame, speaker: claim.speaker?.name ?? null, content: claim.content.map((piece) => piece.text) }));

  it('a floating quote after "X was asked" is X\'s answer, an attribution of its own', () => {
    const [, asked, answer] = claimsOf('Pier safety questioned\n\nDan Gol said the ferry was late.\n\nRuth Allen was asked about the pier. "It is perfectly safe."');
    expect(asked).toMatchObject({ speaker: null, content: ['the pier'] });
    expect(answer).toMatchObject({ speaker: 'Ruth Allen', content: ['It is perfectly safe'] });
    expect(answer!.frame).not.toBe(asked!.frame);
  });

  it('the rest of a quote put to X is no more X\'s than its start', () => {
    const found = claimsOf('Pier safety questioned\n\nTom Hunt was told: "The pier will close. Nobody can stop it."');
    expect(found.map((claim) => claim.speaker)).toEqual([null, null]);
    expect(found[1]!.frame).toBe(found[0]!.frame);
  });
});

describe('attribute: a floating quote and research', () => {
  it('a quote after a study\'s finding is the last person\'s, not the study\'s', () => {
    const found = attributions('Pier report\n\nAnn Lee said the pier was safe. The audit found cracks in the pier. "We will fix them."');
    expect(found.at(-1)).toMatchObject({ speaker: 'Ann Lee', content: ['We will fix them'] });
  });
});
