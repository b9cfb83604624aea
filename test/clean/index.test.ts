import { describe, expect, it } from 'vitest';
import { furnitureKind, isBoilerplate, isCaption, markLines } from '../../src/clean/index.js';
import type { SentenceKind } from '../../src/types.js';
import { lineKinds } from '../helpers/pipeline.js';

/** A line of plain article text, to put around the line under test. */
const BODY = 'The town council voted to reopen the ferry pier after a long closure.';
const MORE = 'The mayor said the first boat would sail in May.';

/** The kind of `line` when it stands between two lines of article text. */
function kindBetween(line: string): SentenceKind | undefined {
  const kinds = lineKinds(`${BODY}\n${line}\n${MORE}`);
  return kinds.find(([text]) => text === line)?.[1];
}

describe('markLines: page furniture', () => {
  it.each<[string, string, SentenceKind]>([
    ['a cookie banner', 'We use cookies to improve your experience on this site.', 'boilerplate'],
    ['a cookie settings button', 'Cookie settings', 'boilerplate'],
    ['"I agree"', 'I agree', 'boilerplate'],
    ['"I agree" with a full stop', 'I agree.', 'boilerplate'],
    ['"Accept all"', 'Accept all', 'boilerplate'],
    ['"Search Trends"', 'Search Trends', 'boilerplate'],
    ['"Share this article"', 'Share this article', 'boilerplate'],
    ['a byline', 'By Jane Doe', 'boilerplate'],
    ['a byline with two authors', 'By Anna Lee and Tom Price', 'boilerplate'],
    ['a byline with an ampersand', 'By Anna Lee & Tom Price', 'boilerplate'],
    ['a place-and-date dateline', 'HARBOUR TOWN, March 3', 'boilerplate'],
    ['a capital city dateline', 'BEIJING, March 3', 'boilerplate'],
    ['a place dateline with a dash', 'BEIJING —', 'boilerplate'],
    ['a day-month-year date', '18 FEBRUARY 2021', 'boilerplate'],
    ['a month-day-year date', 'March 3, 2021', 'boilerplate'],
    ['a date with its weekday', 'Tuesday, 18 February 2021', 'boilerplate'],
    ['an ISO date', '2021-03-03', 'boilerplate'],
    ['a date and time', '3 March 2021 10:30 GMT', 'boilerplate'],
    ['a publication stamp', 'Published 3 March 2021', 'boilerplate'],
    ['an update stamp', 'Updated: 10:30 GMT', 'boilerplate'],
    ['an outlet acronym alone', 'CGTN', 'boilerplate'],
    ['an outlet name alone', 'Harbour Herald', 'boilerplate'],
    ['a shouted section label', 'MINISTRY OF FOREIGN AFFAIRS', 'boilerplate'],
    ['a rule of hashes', '###', 'boilerplate'],
    ['a rule of stars', '* * *', 'boilerplate'],
    ['a legal footer', '© 2021 Harbour Herald. All rights reserved.', 'boilerplate'],
    ['a policy banner', 'By continuing to browse this site you accept the terms of service and the privacy policy.', 'boilerplate'],
    ['a short policy link', 'Terms of service', 'boilerplate'],
    ['a report on a policy', 'The ferry company said the threats had long been against its terms of service.', 'body'],
  ])('%s: %j is %s', (_name, line, expected) => {
    expect(kindBetween(line)).toBe(expected);
  });
});

describe('markLines: captions', () => {
  it.each<[string, string, SentenceKind]>([
    ['a bracketed cover caption', '(Cover: A ferry waits at the pier in Harbour Town.)', 'caption'],
    ['a bracketed photo caption', '(Photo: Residents wait for the first boat.)', 'caption'],
    ['a square-bracketed photo caption', '[Photo: Residents wait for the first boat.]', 'caption'],
    ['a bracketed caption without a colon', '(Photo from the Harbour Town council)', 'caption'],
    ['a photo credit', 'Photo credit: Maria Lopez', 'caption'],
    ['a photo credit in capitals', 'PHOTO CREDIT: Maria Lopez', 'caption'],
    ['a caption opener with a dash', 'Video - The first ferry leaves the pier', 'caption'],
    ['a "(left)" stage direction', 'Mayor Ruth Allen (left) greets the first passengers.', 'caption'],
    ['a party letter in a line that quotes', 'Gov. Ruth Allen (R) said the pier was "safe enough" for now.', 'body'],
    ['a party letter after an office abbreviation', 'Harbour County Sen. Ruth Allen (R) called for a vote on the pier.', 'body'],
    ['a party letter beside another party mark', 'Ruth Allen (R) and Tom Price (D) both voted for the pier.', 'body'],
    ['a party letter beside a party and state', 'Ruth Allen (R) and Tom Price (I-Vt.) both voted for the pier.', 'body'],
    ['an "(R)" stage direction', 'Mayor Ruth Allen (R) greets the first passengers at the pier.', 'caption'],
    ['a "(left)" caption that quotes a title', 'Mayor Ruth Allen (left) opens the "Harbour Days" fair.', 'caption'],
    ['a "(right)" stage direction', 'Mayor Ruth Allen (right) and her deputy at the pier.', 'caption'],
    ['a "(center)" stage direction', 'Two officials (center) cut the ribbon.', 'caption'],
    ['a credit written into the line', 'The first ferry of the year. Photo credit: Maria Lopez', 'caption'],
  ])('%s: %j is %s', (_name, line, expected) => {
    expect(kindBetween(line)).toBe(expected);
  });

  it('a line followed by a photo credit line is the caption of that photo', () => {
    expect(lineKinds(`${BODY}\nA ferry leaves the harbour at dawn.\nPhoto credit: Town council\n${MORE}`)).toEqual([
      [BODY, 'body'],
      ['A ferry leaves the harbour at dawn.', 'caption'],
      ['Photo credit: Town council', 'caption'],
      [MORE, 'body'],
    ]);
  });

  it('a line followed by an ordinary line is not a caption', () => {
    expect(kindBetween('A ferry leaves the harbour at dawn.')).toBe('body');
  });
});

describe('markLines: article text that looks like furniture', () => {
  it.each<[string, string]>([
    ['"Photographs" is not the caption opener "Photo"', 'Photographs of the pier were shown at the meeting.'],
    ['"Coverage" is not the caption opener "Cover"', 'Coverage of the vote continued all evening.'],
    ['"Credit card" opens no caption', 'Credit card fees will rise next year, the bank said.'],
    ['"By March" is no byline', 'By March the pier will be open again.'],
    ['"I agree" inside a sentence', 'I agree with the council, the mayor said.'],
    ['a short sentence with a full stop', 'Harbour Town voted.'],
    ['a lower-case line of three words', 'the vote passed'],
    ['an all-caps event heading', 'MEETING BETWEEN THE MAYORS OF HARBOUR TOWN AND PORT ELLIS'],
    ['an all-caps summit heading', 'SUMMIT OF COASTAL MAYORS IN PORT ELLIS'],
    ['an all-caps remarks heading', 'REMARKS AT THE OPENING OF THE FERRY PIER'],
  ])('%s: %j is body', (_name, line) => {
    expect(kindBetween(line)).toBe('body');
  });
});

describe('markLines: link lists', () => {
  it('"Related stories" and the unpunctuated link lines under it are furniture, up to the first sentence', () => {
    expect(lineKinds(`${BODY}\nRelated stories\nFerry fares to rise next year\nCouncil approves new budget\n${MORE}`)).toEqual([
      [BODY, 'body'],
      ['Related stories', 'boilerplate'],
      ['Ferry fares to rise next year', 'boilerplate'],
      ['Council approves new budget', 'boilerplate'],
      [MORE, 'body'],
    ]);
  });

  it('an unpunctuated line after the list has ended is article text again', () => {
    expect(lineKinds(`${BODY}\nRead more\nFerry fares to rise next year\n${MORE}\nCouncil approves new budget`).map(([, kind]) => kind)).toEqual([
      'body',
      'boilerplate',
      'boilerplate',
      'body',
      'body',
    ]);
  });

  it('an unpunctuated line after other furniture is not taken for a link', () => {
    expect(lineKinds(`${BODY}\nI agree\nHarbour council backs pier plan\n${MORE}`)[2]).toEqual(['Harbour council backs pier plan', 'body']);
  });
});

describe('markLines: the headline', () => {
  it.each<[string, string, Array<[string, SentenceKind]>]>([
    [
      'the first line, short and unpunctuated',
      `Harbour Town to reopen its ferry pier\n${BODY}`,
      [['Harbour Town to reopen its ferry pier', 'headline'], [BODY, 'body']],
    ],
    [
      'the first article line after furniture',
      `I agree\nCGTN\nFerry pier to reopen in May\n${BODY}`,
      [['I agree', 'boilerplate'], ['CGTN', 'boilerplate'], ['Ferry pier to reopen in May', 'headline'], [BODY, 'body']],
    ],
    [
      'a title-case line even with a full stop',
      `Harbour Town Council Approves Ferry Pier Reopening Plan.\n${BODY}`,
      [['Harbour Town Council Approves Ferry Pier Reopening Plan.', 'headline'], [BODY, 'body']],
    ],
    [
      'a "SOURCE: claim" headline',
      `MOFA: China and Marenia to resume fishing talks\n${BODY}`,
      [['MOFA: China and Marenia to resume fishing talks', 'headline'], [BODY, 'body']],
    ],
    [
      'a "SOURCE: claim" headline with a full stop',
      `Harbour crews: the pier is not safe yet.\n${BODY}`,
      [['Harbour crews: the pier is not safe yet.', 'headline'], [BODY, 'body']],
    ],
    [
      'no headline for a first line where a pronoun and a cue open a quote',
      `He said: the pier is not safe yet.\n${BODY}`,
      [['He said: the pier is not safe yet.', 'body'], [BODY, 'body']],
    ],
    [
      'an all-caps headline that runs on over a line ending in "BY"',
      'REMARKS BY\nMAYOR RUTH ALLEN AT THE PIER OPENING\nThank you all for coming.',
      [['REMARKS BY\nMAYOR RUTH ALLEN AT THE PIER OPENING', 'headline'], ['Thank you all for coming.', 'body']],
    ],
    [
      'no headline when the first line is an ordinary sentence',
      `${BODY}\n${MORE}`,
      [[BODY, 'body'], [MORE, 'body']],
    ],
    [
      'no headline when the text is one line',
      'Harbour Town to reopen its ferry pier',
      [['Harbour Town to reopen its ferry pier', 'body']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(lineKinds(text)).toEqual(expected);
  });
});

describe('markLines: lines and paragraphs', () => {
  it('every non-blank line is a paragraph of its own, trimmed, with offsets into the input', () => {
    const text = '  Harbour Town to reopen its pier  \r\n\r\n\tThe council voted.\rThe mayor spoke.\n\n';
    const lines = markLines(text);
    expect(lines.map((line) => [text.slice(line.start, line.end), line.paragraph])).toEqual([
      ['Harbour Town to reopen its pier', 0],
      ['The council voted.', 1],
      ['The mayor spoke.', 2],
    ]);
  });

  it('a blank text has no lines', () => {
    expect(markLines(' \n\t\n')).toEqual([]);
  });
});

describe('furnitureKind, isCaption, isBoilerplate', () => {
  it.each<[string, string, SentenceKind | undefined]>([
    ['(Cover: A ferry at dawn.)', '', 'caption'],
    ['A ferry at dawn.', 'Photo credit: Maria Lopez', 'caption'],
    ['A ferry at dawn.', 'The mayor spoke.', undefined],
    ['By Jane Doe', '', 'boilerplate'],
    ['The mayor spoke.', '', undefined],
  ])('furnitureKind(%j, next %j) is %s', (line, next, expected) => {
    expect(furnitureKind(line, next)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['(Photo: a ferry)', true],
    ['Photo: a ferry', true],
    ['(Photo a ferry)', true],
    ['Photo a ferry', false],
    ['Pictured: the mayor', true],
    ['Photos of the ferry were shown.', false],
  ])('isCaption(%j) is %s', (line, expected) => {
    expect(isCaption(line)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['Search Trends', true],
    ['Follow us on Twitter', true],
    ['Follow us on Twitter and read the news.', false],
    ['The mayor spoke.', false],
    ['(Reporting by Ann Lee in Port Ellis; Additional reporting by Tom Hunt; Editing by Ruth Allen.)', true],
    ['(Writing by Ann Lee; Editing by Tom Hunt)', true],
    ['Reporting by Ann Lee showed that the pier was unsafe.', false],
    ['(Reporting by the Gazette showed the pier was unsafe.)', false],
  ])('isBoilerplate(%j) is %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});
