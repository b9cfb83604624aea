import { beforeAll, describe, expect, it } from 'vitest';
import { compileCues, cuePhrase, type CueMatcher } from '../../src/attribute/cues.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import { cuesIn } from '../helpers/pipeline.js';

let tokenize: Tokenize;
let matchCue: CueMatcher;
beforeAll(() => {
  tokenize = loadTokenizer();
  matchCue = compileCues();
});

function cues(sentence: string): string[] {
  return cuesIn(tokenize(sentence), sentence, matchCue);
}

describe('compileCues: a cue matches in each of its inflections', () => {
  it.each<[string, string[]]>([
    ['The minister stressed that the pier is safe.', ['stressed|stress|speech']],
    ['The minister stresses that the pier is safe.', ['stresses|stress|speech']],
    ['The minister is stressing that the pier is safe.', ['stressing|stress|speech']],
    ['The minister will stress that the pier is safe.', ['stress|stress|speech']],
    ['The pier is safe, the minister stressed.', ['stressed|stress|speech']],
    ['She said the pier is safe.', ['said|say|speech']],
    ['She says the pier is safe.', ['says|say|speech']],
    ['She noted that the pier is safe.', ['noted|note|speech']],
    ['He pointed out that the pier is safe.', ['pointed out|point out|speech']],
    ['He points out that the pier is safe.', ['points out|point out|speech']],
    ['She made clear that the pier is safe.', ['made clear|make clear|speech']],
    ['She makes clear that the pier is safe.', ['makes clear|make clear|speech']],
    ['He voiced the hope that the talks succeed.', ['voiced the hope|voice the hope|hope']],
    ['He expressed his hope that the talks succeed.', ['expressed his hope|express the hope|hope']],
    ['She conveyed their hope that the talks succeed.', ['conveyed their hope|convey the hope|hope']],
    ['She looked forward to the talks.', ['looked forward to|look forward to|hope']],
    ['She looks forward to the talks.', ['looks forward to|look forward to|hope']],
    ['She is looking forward to the talks.', ['looking forward to|look forward to|hope']],
    ['According to the mayor, the pier is safe.', ['According to|according to|source']],
    ['The pier is safe, according to the mayor.', ['according to|according to|source']],
    ['She urged the council to act.', ['urged|urge|demand']],
    ['She asked for calm.', ['asked for|ask for|demand']],
    ['She called for calm.', ['called for|call for|demand']],
    ['She appealed to residents to stay calm.', ['appealed to|appeal to|demand']],
    ['They agreed to hold monthly meetings.', ['agreed|agree|speech']],
    ['The ministry announced new quotas.', ['announced|announce|commit']],
    ['They believe the pier is safe.', ['believe|believe|thought']],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: the longest cue wins', () => {
  it.each<[string, string[]]>([
    ['He voiced the hope that the talks succeed.', ['voiced the hope|voice the hope|hope']],
    ['She expressed concern about the pier.', ['expressed|express|speech']],
    ['She asked the council to act.', ['asked|ask|demand']],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: a manner adverb inside a cue phrase', () => {
  it.each<[string, string[]]>([
    ['Ann Lee spoke passionately about the pier.', ['spoke passionately about|speak about|speech']],
    ['The mayor speaks freely of her years at the port.', ['speaks freely of|speak of|speech']],
    ['The divers called loudly for calm.', ['called loudly for|call for|demand']],
    ['The council spoke briefly with the divers.', []],
    ['The board has not responded publicly to the offer.', []],
    ['The tugboat pushed slowly for the harbour mouth.', []],
    ['Ann Lee spoke often about the pier.', []],
    ['Ann Lee called again for a new pier.', ['called again for|call for|demand']],
    ['The two leaders spoke today about the harbour.', []],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: "call on" needs an infinitive', () => {
  it.each<[string, string[]]>([
    ['The mayor called on the President.', []],
    ['The mayor called on the President on Friday.', []],
    ['The mayor called on Marenia to release the fishermen.', ['called on|call on|demand']],
    ['The mayor called on the two sides to resume talks.', ['called on|call on|demand']],
    ['The mayor called upon the council to act.', ['called upon|call upon|demand']],
    ['The mayor called on the President to the stage.', []],
    ['The mayor called on the council to "act now" and left.', ['called on|call on|demand']],
    ['The mayor called on the President to "The Harbour Hour" studio.', []],
    ['The mayor called on the town to "Save Our Pier" night.', []],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: "respond" needs what was said after it, a quote just before it, or "to" and something said or asked', () => {
  it.each<[string, string[]]>([
    ['The mayor responded that the pier is safe.', ['responded|respond|speech']],
    ['"The pier is safe," the mayor responded.', ['responded|respond|speech']],
    ['The mayor responded to the letter.', ['responded to|respond to|speech']],
    ['The mayor responded with a letter.', []],
    ['The mayor did not respond to a letter from the divers.', ['respond to|respond to|speech']],
    ['Firefighters responded to the blaze at the pier.', []],
    ['The mayor responded to Ann Lee’s letter.', ['responded to|respond to|speech']],
    ['The mayor responded to a series of letters.', ['responded to|respond to|speech']],
    ['The mayor responded quickly.', []],
    ['"We will win," Ann Lee responded before adding that the port was hers.', ['responded|respond|speech', 'adding|add|speech']],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: "commit" with a deed for its object does the deed, it commits to nothing', () => {
  it.each<[string, string[]]>([
    ['Twenty divers commit suicide each year.', []],
    ['The guard committed a serious crime at the pier.', []],
    ['Officials said the raiders committed war crimes.', ['said|say|speech']],
    ['Ann Lee committed $5 million to the pier.', ['committed|commit|commit']],
    ['Ann Lee committed to rebuilding the pier.', ['committed|commit|commit']],
    ['Ann Lee committed the town to the accord.', ['committed|commit|commit']],
    ['He committed an error of judgment.', []],
    ['Tom Hunt committed suicide Tuesday, police said.', ['said|say|speech']],
    ['The council committed violence prevention funds to the harbour.', ['committed|commit|commit']],
    ["The minister committed the act's funding to the harbour.", ['committed|commit|commit']],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: words that are no cue', () => {
  it.each<[string, string[]]>([
    ['The hope is that the pier opens soon.', []],
    ['The hope of the town rests on the pier.', []],
    ['The statement of the mayor was short.', []],
    ['The stress on the beams was measured.', []],
    ['The ferry sails at noon.', []],
    ['Ruth Allen founded the ferry company in 1990.', []],
    ['A harbour think tank studied the pier.', []],
    ['That said, divers say the pier is safe.', ['say|say|speech']],
    ['The pier is old. That said Port Ellis divers tend to be older.', []],
    ['The ferry is late, and that said, the pier is safe.', []],
    ['All told, the pier cost a million.', []],
    ['The damage was light, and all told the harbour lost two boats.', []],
    ['Costs all told came to five million.', []],
    ['They all told reporters the pier was safe.', ['told|tell|speech']],
    ['Still that said, the pier is safe.', []],
    ['Divers rescued thirty people all told, officials said.', ['said|say|speech']],
    ['The mayor having said that, the board voted.', []],
    ['They passed out bottles that said, "Welcome to the pier."', ['said|say|speech']],
    ['The council spokeswoman Hope Lindqvist met the builders.', []],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: a present-tense cue that wink reads as a plural noun', () => {
  it.each<[string, string[]]>([
    ['“The pier is unsafe,” Viguerie notes.', ['notes|note|speech']],
    ['The new ad slams Kasich for the delay.', ['slams|slam|speech']],
    ['The Post reports that the pier is unsafe.', ['reports|report|speech']],
    ['Ruth Allen plans to reopen the pier.', ['plans|plan|thought']],
    ["The mayor's plans to reopen the pier were dropped.", []],
    ['The harbour candidate plans to be back at the pier on Monday.', ['plans|plan|thought']],
    ['If divers plan to close the pier — and they may — the port will say so.', ['plan|plan|thought', 'say|say|speech']],
    ['The pier is old, Ruth Allen points out.', ['points out|point out|speech']],
    ['The pier is unsafe, Isaac Stanley-Becker reports.', ['reports|report|speech']],
    ['The pier will reopen, the head of the harbour board notes.', ['notes|note|speech']],
    ['The pier will reopen, the chief executive of Harbour Holdings claims.', ['claims|claim|speech']],
    ['She spoke about the anti-harbour remarks.', ['spoke about|speak about|speech']],
    ["The mayor's claims were false.", []],
    ['Voter concerns about the pier grew.', []],
    ['The four harbour states that will vote in May have few ferries.', []],
    ['Coastal states that depend on ferries were hit hardest.', []],
    ['After the harbour attacks, the mayor closed the pier.', []],
    ['Ann Lee talks about the pier in her speech.', ['talks about|talk about|speech']],
    ['She talks about the pier.', ['talks about|talk about|speech']],
    ['Peace talks about the pier ended in May.', []],
    ['Harbour talks about the budget, which began in May, stalled.', []],
    ['The mayor, Ann Lee, plans to reopen the pier.', ['plans|plan|thought']],
    ['In May, plans to reopen the pier were dropped.', []],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: a base-form cue that wink reads as a noun after a plural subject', () => {
  it.each<[string, string[]]>([
    ['Other polls show a narrow lead for the mayor.', ['show|show|speech']],
    ['The poll show was cancelled.', []],
    ['The harbour fishing support grew.', []],
    ['The ferry left in May, harbour records show.', ['show|show|speech']],
    ['Port records from the last decade show he sold the pier.', ['show|show|speech']],
    ['The ferry show was cancelled, harbour officials said.', ['said|say|speech']],
    ['The court order she signed was void.', []],
    ['Harbour data show that the pier is unsafe.', ['show|show|speech']],
    ['Polls show voters trust the mayor.', ['show|show|speech']],
    ['The harbour show tickets sold out.', []],
    ['The pier is old, as harbour officials point out.', ['point out|point out|speech']],
    ['If harbour officials plan to close the pier, they must say so.', ['plan|plan|thought', 'say|say|speech']],
    ['It is the kind of pier that many divers say is the best in the harbour.', ['say|say|speech']],
    ['Most state parties release their delegates.', []],
    ['The morning news show guests were all men.', []],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: the matcher respects its limit', () => {
  it('a cue that would run past the limit does not match', () => {
    const sentence = 'He pointed out that the pier is safe.';
    const tokens = tokenize(sentence);
    const pointed = tokens.findIndex((token) => token.value === 'pointed');
    expect(matchCue(tokens, pointed, pointed + 2)?.lemma).toBe('point out');
    expect(matchCue(tokens, pointed, pointed + 1)).toBeNull();
  });

  it('a match reports its token range', () => {
    const sentence = 'He voiced the hope that the talks succeed.';
    const tokens = tokenize(sentence);
    expect(matchCue(tokens, 1, tokens.length)).toEqual({ first: 1, last: 4, lemma: 'voice the hope', kind: 'hope' });
  });
});

describe('cuePhrase: the cue with its verb group', () => {
  /** The phrase around the first cue of `sentence`, bounded by the word `floorAfter` (the source's last word) and the word `limitAt` (where the content begins). */
  function phraseOf(sentence: string, floorAfter: string, limitAt: string): string {
    const tokens = tokenize(sentence);
    const index = (word: string): number => tokens.findIndex((token) => token.value === word);
    let cue = null;
    for (let i = 0; i < tokens.length && !cue; i += 1) cue = matchCue(tokens, i, tokens.length);
    const [first, last] = cuePhrase(tokens, cue!, index(floorAfter) + 1, index(limitAt));
    return sentence.slice(tokens[first]!.start, tokens[last - 1]!.end);
  }

  it.each<[string, string, string, string]>([
    ['The mayor said the pier is safe.', 'mayor', 'the', 'said'],
    ['The mayor has also said the pier is safe.', 'mayor', 'the', 'has also said'],
    ['The mayor did not say the pier is safe.', 'mayor', 'the', 'did not say'],
    ["The mayor hasn't said the pier is safe.", 'mayor', 'the', "hasn't said"],
    ['The mayor warned of delays that could last.', 'mayor', 'delays', 'warned of'],
    ['The mayor said Tuesday that the pier is safe.', 'mayor', 'that', 'said Tuesday'],
    ['The mayor told reporters that the pier is safe.', 'mayor', 'that', 'told'],
    ['The mayor said in a statement that the pier is safe.', 'mayor', 'that', 'said in a statement'],
    ['The mayor said in her brief written statement that the pier is safe.', 'mayor', 'that', 'said in her brief written statement'],
    ['The mayor said in an interview that the pier is safe.', 'mayor', 'that', 'said'],
    ['The mayor said in a long and angry statement that the pier is safe.', 'mayor', 'that', 'said'],
    ['The mayor, who has said the pier is safe, left.', 'who', 'the', 'has said'],
    ['Lee and Hill both said the pier is safe.', 'Hill', 'the', 'both said'],
    ['Lee and Hill have all said the pier is safe.', 'Hill', 'the', 'have all said'],
    ['The mayor has since said the pier is safe.', 'mayor', 'the', 'has since said'],
    ['The mayor has in the past said the pier is safe.', 'mayor', 'the', 'has in the past said'],
  ])('%j -> %j', (sentence, floorAfter, limitAt, expected) => {
    expect(phraseOf(sentence, floorAfter, limitAt)).toBe(expected);
  });

  it('reads back no further than the source', () => {
    const sentence = 'Also the mayor said it.';
    const tokens = tokenize(sentence);
    const said = tokens.findIndex((token) => token.value === 'said');
    const cue = matchCue(tokens, said, tokens.length)!;
    expect(cuePhrase(tokens, cue, said, said + 1)).toEqual([said, said + 1]);
  });
});

describe('compileCues: nouns that stay nouns', () => {
  it.each<[string, string[]]>([
    ['The police report was filed on Monday.', []],
    ['Government plans to sell the port were leaked.', []],
    ['Harbour attacks up north killed ten sailors.', []],
    ['Forest fires back in 2019 destroyed the pier.', []],
    ['Exit points out of the harbour were closed.', []],
    ['The band fires back-to-back hits at the crowd.', []],
    ['Machine learning experts say the pier is safe.', ['say|say|speech']],
    ['Hunt, a self-described harbour realist, said the pier is safe.', ['said|say|speech']],
  ])('%j -> %j', (sentence, expected) => {
    expect(cues(sentence)).toEqual(expected);
  });
});

describe('compileCues: verbs in a title-cased headline, which wink tags as proper nouns', () => {
  function titleCues(headline: string): string[] {
    return cuesIn(tokenize(headline), headline, (tokens, i, limit) => matchCue(tokens, i, limit, true));
  }

  it.each<[string, string[]]>([
    ['Harbour Chief Blasts Council For Closing The Pier', ['Blasts|blast|speech']],
    ['Ruth Allen Praises Divers After The Storm', ['Praises|praise|speech']],
  ])('a capitalised verb in -s after a name or noun: %j -> %j', (headline, expected) => {
    expect(titleCues(headline)).toEqual(expected);
  });

  it.each<[string]>([['Joint Press Statement On The Harbour Dialogue'], ['Harbour Press Office Opens']])('not a base form that is also a noun: %j', (headline) => {
    expect(titleCues(headline)).toEqual([]);
  });

  it('outside a title-cased headline the proper noun stays one', () => {
    expect(cues('Harbour Chief Blasts Council For Closing The Pier')).toEqual([]);
  });
});
