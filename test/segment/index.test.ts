import { beforeAll, describe, expect, it } from 'vitest';
import type { Line } from '../../src/document.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { segment } from '../../src/segment/index.js';
import type { SentenceKind } from '../../src/types.js';
import { buildDoc, sentenceTexts } from '../helpers/pipeline.js';

let tokenize: Tokenize;
beforeAll(() => {
  tokenize = loadTokenizer();
});

function sentencesOf(text: string): string[] {
  return sentenceTexts(buildDoc(tokenize, text));
}

describe('segment: where sentences end', () => {
  it.each<[string, string, string[]]>([
    ['two plain sentences', 'The council met on Tuesday. The mayor spoke after the vote.', ['The council met on Tuesday.', 'The mayor spoke after the vote.']],
    [
      'a comma after an abbreviation in brackets goes on with the sentence',
      'Rep. Ann Hunt (D-Md.), chair of the harbour committee, said the pier was safe. The council agreed.',
      ['Rep. Ann Hunt (D-Md.), chair of the harbour committee, said the pier was safe.', 'The council agreed.'],
    ],
    [
      '"China-U.S." never ends a sentence',
      'China-U.S. trade talks resumed on Monday. Officials from both sides attended.',
      ['China-U.S. trade talks resumed on Monday.', 'Officials from both sides attended.'],
    ],
    [
      '"China-U.S." inside a sentence',
      'The China-U.S. relationship matters. It affects the world.',
      ['The China-U.S. relationship matters.', 'It affects the world.'],
    ],
    [
      '"U.S.-related" never ends a sentence',
      'The U.S.-related sanctions were lifted. Trade picked up again.',
      ['The U.S.-related sanctions were lifted.', 'Trade picked up again.'],
    ],
    [
      'a stop with no space after it, between words, ends a sentence',
      'They renewed the Harbour Partnership.Minister Allen then spoke.',
      ['They renewed the Harbour Partnership.', 'Minister Allen then spoke.'],
    ],
    [
      'so does one after a closing quote',
      'They called it the “new normal”.The two delegations then met.',
      ['They called it the “new normal”.', 'The two delegations then met.'],
    ],
    [
      'a stop glued inside a name, an address or after an abbreviation ends nothing',
      'Gov.Allen visited www.Harbour.com and Kestria.Net today. Then Sen.Hill spoke.',
      ['Gov.Allen visited www.Harbour.com and Kestria.Net today.', 'Then Sen.Hill spoke.'],
    ],
    [
      'nor one after a reverend\'s or a plural title, or before a country\'s web ending',
      'Rev.Allen and Sens.Hill quoted Harbour.Eu today. They left.',
      ['Rev.Allen and Sens.Hill quoted Harbour.Eu today.', 'They left.'],
    ],
    [
      'a glued stop before an honorific ends a sentence',
      'The vote was close.Mrs.Allen spoke.Mr. Hill left.',
      ['The vote was close.', 'Mrs.Allen spoke.', 'Mr. Hill left.'],
    ],
    [
      'so does one after a closing guillemet',
      'They called it the «new normal».The two delegations then met.',
      ['They called it the «new normal».', 'The two delegations then met.'],
    ],
    [
      'a lowercase word or a title before a word that opens sentences ends one',
      'He did 50 reps. Then he left. They beat the Sens. The coach smiled. It was close.De Blasio spoke.',
      ['He did 50 reps.', 'Then he left.', 'They beat the Sens.', 'The coach smiled.', 'It was close.', 'De Blasio spoke.'],
    ],
    [
      '"Rev." and "Sens." end no sentence',
      'They met the Rev. Ruth Allen on Friday. Sens. Hill and Marsh came too.',
      ['They met the Rev. Ruth Allen on Friday.', 'Sens. Hill and Marsh came too.'],
    ],
    ['"U.S.-China" never ends a sentence', 'U.S.-China ties improved. Both sides welcomed it.', ['U.S.-China ties improved.', 'Both sides welcomed it.']],
    [
      '"U.S." at the end of a sentence does end it',
      'The minister held talks with the U.S. The next round is due in May.',
      ['The minister held talks with the U.S.', 'The next round is due in May.'],
    ],
    [
      '"Mr." and "Mrs." end no sentence',
      'Mr. Smith arrived in Port Ellis on Friday. Mrs. Jones met him at the pier.',
      ['Mr. Smith arrived in Port Ellis on Friday.', 'Mrs. Jones met him at the pier.'],
    ],
    ['"Dr." ends no sentence', 'Dr. Ruth Allen spoke first. She thanked the crowd.', ['Dr. Ruth Allen spoke first.', 'She thanked the crowd.']],
    [
      'an abbreviated month ends no sentence',
      'The meeting was held on Jan. 5 in Port Ellis. It lasted an hour.',
      ['The meeting was held on Jan. 5 in Port Ellis.', 'It lasted an hour.'],
    ],
    [
      '"U.K." and "U.S." in the middle of a sentence',
      'Officials from the U.K. and the U.S. met in Geneva. They agreed on a plan.',
      ['Officials from the U.K. and the U.S. met in Geneva.', 'They agreed on a plan.'],
    ],
    ['a line break always ends a sentence', 'line one\nline two', ['line one', 'line two']],
    ['a line break ends a sentence with no full stop', 'The council met\nThe mayor spoke.', ['The council met', 'The mayor spoke.']],
    [
      'a quote closing after the full stop stays with its sentence',
      '"We are ready," she said. "The pier will open."',
      ['"We are ready," she said.', '"The pier will open."'],
    ],
    [
      'a quoted question in doubled apostrophes keeps its attribution and its closing mark',
      "''Can the pier open?'' the mayor asked. ''We will see.''",
      ["''Can the pier open?'' the mayor asked.", "''We will see.''"],
    ],
    [
      'a long attribution after a quoted question, its verb near its start, stays with it',
      '"Can the pier open?" Ruth Allen told a crowd of about 500 people on Friday. "We will see."',
      ['"Can the pier open?" Ruth Allen told a crowd of about 500 people on Friday.', '"We will see."'],
    ],
    [
      'a long sentence after a quoted question, its verb far from its start, is a sentence of its own',
      '"Can the pier open?" The question of the harbour board to the council last spring has no answer.',
      ['"Can the pier open?"', 'The question of the harbour board to the council last spring has no answer.'],
    ],
    [
      'a long sentence after a quoted question, with a clause after its verb, is a sentence of its own',
      '"Can the pier open?" Divers say it cannot, because the storm damaged its piles last week.',
      ['"Can the pier open?"', 'Divers say it cannot, because the storm damaged its piles last week.'],
    ],
    [
      'a long sentence after a quoted question, with an object and "that" after its verb, is a sentence of its own',
      '"Who pays?" Tom Hunt told the council that the harbour could not afford new piles.',
      ['"Who pays?"', 'Tom Hunt told the council that the harbour could not afford new piles.'],
    ],
    [
      'a long attribution with a participle after its comma stays with the quoted question',
      '"Can the pier open?" Ruth Allen said, looking out over the harbour at the broken piles.',
      ['"Can the pier open?" Ruth Allen said, looking out over the harbour at the broken piles.'],
    ],
    [
      'a quoted question inside a quote keeps both closing marks and the attribution after them',
      '"We ask them, ‘What help do you need?’” Ruth Allen said. "We will see."',
      ['"We ask them, ‘What help do you need?’” Ruth Allen said.', '"We will see."'],
    ],
    [
      'a name and a speech verb alone after a quote that closes on a stop attribute it',
      '“The pier will reopen.” Hunt said. “We will see.”',
      ['“The pier will reopen.” Hunt said.', '“We will see.”'],
    ],
    [
      'a quoted phrase closing on a stop at the end of a sentence is no quoted sentence, and a bare attribution after it is its own',
      'Ruth Allen called the plan “a disaster.” Hunt said.',
      ['Ruth Allen called the plan “a disaster.”', 'Hunt said.'],
    ],
    [
      'a sentence after a quote inside a quote starts after both closing marks',
      '“He told us ‘Wait.’” Divers waited for an hour.',
      ['“He told us ‘Wait.’”', 'Divers waited for an hour.'],
    ],
    [
      'a capitalised pronoun and a speech verb alone attribute it too',
      '“The pier will reopen.” He said. “We will see.”',
      ['“The pier will reopen.” He said.', '“We will see.”'],
    ],
    [
      'the verb may come first in that bare attribution',
      '“The pier will reopen.” said Ann Lee. “We will see.”',
      ['“The pier will reopen.” said Ann Lee.', '“We will see.”'],
    ],
    [
      'a sentence after a quote that closes on a stop, with more than a name and a speech verb, is its own',
      '“The pier will reopen.” Hunt said nothing. Lee left. “We will see.” Divers said so.',
      ['“The pier will reopen.”', 'Hunt said nothing.', 'Lee left.', '“We will see.”', 'Divers said so.'],
    ],
    [
      'a line ending in "BY" runs on into the next',
      'The letter was signed BY\nthe mayor and her deputy.',
      ['The letter was signed BY\nthe mayor and her deputy.'],
    ],
    [
      'a header ending in "BY" runs on into the next line',
      'REMARKS BY\nMAYOR RUTH ALLEN AT THE PIER OPENING\nThank you all for coming.',
      ['REMARKS BY\nMAYOR RUTH ALLEN AT THE PIER OPENING', 'Thank you all for coming.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('segment: kinds and paragraphs', () => {
  it.each<[string, string, Array<[string, SentenceKind, number]>]>([
    [
      'a caption line stays one sentence',
      'The council met on Tuesday.\n(Photo: The mayor speaks. Residents listen. A ferry waits.)\nThe council said the pier would reopen.',
      [
        ['The council met on Tuesday.', 'body', 0],
        ['(Photo: The mayor speaks. Residents listen. A ferry waits.)', 'caption', 1],
        ['The council said the pier would reopen.', 'body', 2],
      ],
    ],
    [
      'a paragraph number becomes its own boilerplate sentence',
      '1 Thank you, Mr. Chairman. I am glad to be here.\n2 We have worked hard on this plan.',
      [
        ['1', 'boilerplate', 0],
        ['Thank you, Mr. Chairman.', 'body', 0],
        ['I am glad to be here.', 'body', 0],
        ['2', 'boilerplate', 1],
        ['We have worked hard on this plan.', 'body', 1],
      ],
    ],
    [
      'a number that starts an ordinary sentence is not a paragraph number',
      'The talks opened.\n12 ministers attended the talks.',
      [
        ['The talks opened.', 'body', 0],
        ['12 ministers attended the talks.', 'body', 1],
      ],
    ],
    [
      'sentences take the kind and paragraph of their line',
      'Harbour Town to reopen its pier\nBy Jane Doe\nThe council voted. The mayor spoke.',
      [
        ['Harbour Town to reopen its pier', 'headline', 0],
        ['By Jane Doe', 'boilerplate', 1],
        ['The council voted.', 'body', 2],
        ['The mayor spoke.', 'body', 2],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    const doc = buildDoc(tokenize, text);
    expect(doc.sentences.map((sentence) => [text.slice(sentence.start, sentence.end), sentence.kind, sentence.paragraph])).toEqual(expected);
  });
});

describe('segment: offsets', () => {
  it.each<[string]>([
    ['Harbour Town to reopen its pier\n\n  The council met on Tuesday.   The U.S.-related talks went well.\r\n“We are ready,” she said.\n'],
    ['1 Thank you, Mr. Chairman. I am glad to be here.\n(Photo: The mayor. A ferry.)\nThe letter was signed BY\nthe mayor.'],
    ['\tChina-U.S. talks resumed… Officials attended!  Did they agree? Yes.'],
  ])('start/end and first/last agree with the text and the tokens: %j', (text) => {
    const doc = buildDoc(tokenize, text);
    expect(doc.sentences.length).toBeGreaterThan(1);
    let previousEnd = 0;
    let previousLast = 0;
    for (const sentence of doc.sentences) {
      expect(sentence.start).toBe(doc.tokens[sentence.first]!.start);
      expect(sentence.end).toBe(doc.tokens[sentence.last - 1]!.end);
      expect(text.slice(sentence.start, sentence.end)).toBe(text.slice(sentence.start, sentence.end).trim());
      expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
      expect(sentence.first).toBeGreaterThanOrEqual(previousLast);
      previousEnd = sentence.end;
      previousLast = sentence.last;
    }
  });

  it('no sentence is made of blank tokens alone', () => {
    const text = 'The council met.\n\n\n   \nThe mayor spoke.';
    expect(sentencesOf(text)).toEqual(['The council met.', 'The mayor spoke.']);
  });

  it('segment of no lines is no sentences', () => {
    const doc = buildDoc(tokenize, 'The council met.', 'tokens');
    const lines: Line[] = [];
    expect(segment(doc.tokens, lines, doc.text)).toEqual([]);
  });
});
