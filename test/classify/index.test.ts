import { beforeAll, describe, expect, it } from 'vitest';
import { compileCues, type CueMatcher, type Frame } from '../../src/attribute/index.js';
import { classify, predicateScopeEnds, type Classification } from '../../src/classify/index.js';
import type { Doc } from '../../src/document.js';
import { loadTokenizer, type Tokenize } from '../../src/nlp.js';
import type { ClaimType, Modality } from '../../src/types.js';
import { buildFrames, rangeText } from '../helpers/pipeline.js';

let tokenize: Tokenize;
let matchCue: CueMatcher;
beforeAll(() => {
  tokenize = loadTokenizer();
  matchCue = compileCues();
});

/** Classifies one of `frames` as the extractor does, each read up to the cue of its sentence's next claim. */
function classifyFrame(doc: Doc, frames: Frame[], frame: Frame): Classification {
  return classify(doc.tokens, frame, predicateScopeEnds(doc, frames)[frames.indexOf(frame)]!);
}

/** Classifies the frame of the last sentence of `text` (earlier lines give it a headline or context). */
function classified(text: string): { doc: Doc; frame: Frame; result: Classification } {
  const { doc, frames } = buildFrames(tokenize, matchCue, text);
  const last = doc.sentences.length - 1;
  const frame = frames.find((candidate) => candidate.sentence === last && !candidate.hidden)!;
  return { doc, frame, result: classifyFrame(doc, frames, frame) };
}

function classifiedFirst(text: string): { doc: Doc; result: Classification } {
  const { doc, frames } = buildFrames(tokenize, matchCue, text);
  return { doc, result: classifyFrame(doc, frames, frames.find((frame) => !frame.hidden)!) };
}

describe('classify: type and modality', () => {
  it.each<[string, ClaimType, Partial<Modality>]>([
    // demand
    ['The minister urged the council to reopen the pier.', 'demand', { negated: false, conditional: false }],
    ['The minister called on the council to reopen the pier.', 'demand', { negated: false }],
    ['The minister said the council should reopen the pier.', 'demand', { tense: 'present', modal: 'should', negated: false }],
    ['The minister said the council should not close the pier.', 'demand', { tense: 'present', modal: 'should', negated: true }],
    ['The minister said the council must reopen the pier.', 'demand', { tense: 'present', modal: 'must', negated: false }],
    ['The minister said the council needs to reopen the pier.', 'demand', { tense: 'present', modal: 'needs to', negated: false }],
    ['The minister said Marenia should not interfere and must stop the attacks.', 'demand', { modal: 'should', negated: true }],
    ['"You must stop the attacks," the minister said.', 'demand', { modal: 'must' }],
    // hope
    ['The minister hoped the council will reopen the pier.', 'hope', { tense: 'future', modal: 'will' }],
    ['The minister voiced the hope that the U.S. side will show sincerity.', 'hope', { tense: 'future', modal: 'will', negated: false }],
    ['The minister said she looks forward to the opening of the pier.', 'hope', { tense: 'present', modal: null }],
    ['The minister looked forward to the opening of the pier.', 'hope', { negated: false }],
    ['The minister expects the pier to reopen in May.', 'hope', { negated: false }],
    ['"We hope the talks will succeed," the minister said.', 'hope', {}],
    // action
    ['The minister said the council has lifted the ban on fishing.', 'action', { tense: 'past', modal: null, negated: false }],
    ['The minister said the council will continue to support the fishermen.', 'action', { tense: 'future', modal: 'will', negated: false }],
    ['The minister said the two countries agreed to share the cost.', 'action', { tense: 'past', modal: null }],
    ['The two sides agreed to share the cost.', 'action', { negated: false }],
    ['The minister said the two sides are in close communication.', 'action', { modal: null, negated: false }],
    ['The minister said the two mayors had a discussion about the pier.', 'action', { tense: 'past', modal: null }],
    ['The minister said the council had lifted the ban.', 'action', { tense: 'past' }],
    ['The minister announced new quotas for the fishing fleet.', 'action', { negated: false }],
    ['The minister pledged to reopen the pier in May.', 'action', { negated: false }],
    ['"If the talks fail, we will close the pier," the minister said.', 'action', { tense: 'future', modal: 'will', negated: false, conditional: true }],
    ['The minister said that if the talks fail, we will close the pier.', 'action', { tense: 'future', modal: 'will', conditional: true }],
    ['"We will not sign the deal," the minister said.', 'action', { tense: 'future', modal: 'will', negated: true }],
    ['The council met on Friday.', 'action', { tense: 'past', modal: null, negated: false }],
    ['The council voted on Friday.', 'action', { tense: 'past', modal: null }],
    ['The mayor called on the President.', 'action', { tense: 'past' }],
    ['The minister said the council met on Friday.', 'action', { tense: 'past' }],
    // an act coordinated before the cue outranks what was said
    ['The two ministers exchanged views on the fishing quotas, and stressed the importance of the pier.', 'action', {}],
    ['The mayor spoke today with the governor, and reaffirmed the strength of their partnership.', 'action', {}],
    ['The two mayors had a long discussion about the ferry and stressed the importance of the pier.', 'action', {}],
    ['The two mayors stood on the pier and stressed the importance of the ferry.', 'statement', {}],
    ['The reporter was detained on Monday, and said he had been beaten.', 'statement', {}],
    ['The two mayors never met, and stressed the importance of the pier.', 'statement', {}],
    ['The council released a statement on Monday, saying that the pier is safe.', 'statement', {}],
    ['The mayor condemned the guards who beat, arrested, and detained the protesters.', 'statement', {}],
    ['The mayor closed the pier on Monday, saying that the storm had damaged it.', 'action', {}],
    ['The two mayors underscored the importance of the ferry, and discussed ways to repair the pier.', 'action', {}],
    ['The two mayors underscored the importance of the ferry and the pier.', 'statement', {}],
    // ... up to the cue of the sentence's next claim: "agreed to" reports a commitment of its own
    ['The two mayors welcomed the progress on the ferry, and agreed to repair the pier.', 'statement', {}],
    ['The two mayors reaffirmed the friendship of their towns, and discussed ways to repair the pier.', 'action', {}],
    ['The mayor praised Ruth Allen, who was born and raised in Kestria.', 'statement', {}],
    ['The mayor stood on the pier on Monday, saying that the storm had damaged it.', 'statement', {}],
    // in narration, the noun "need" names a topic; a speaker asserting it, or the verb, demands
    ['The mayor hosted the council to discuss the urgent need to repair the pier.', 'action', { modal: null }],
    ['The mayor stressed the urgent need to repair the pier.', 'demand', { modal: 'need to' }],
    ['The council needs to repair the pier.', 'demand', { modal: 'needs to' }],
    // a need inside a relative clause describes a noun and asks nothing
    ['The minister said the divers have the tools they need to rebuild the pier.', 'statement', { modal: null }],
    ['The minister said the harbour, which needs to be dredged, is closed.', 'statement', { modal: null }],
    // ... but a need after a fronted phrase or a complementizer "that" is the speaker's demand
    ['The minister said that after the storm we need to rebuild the pier.', 'demand', { modal: 'need to' }],
    ['The minister said the truth is that we need to rebuild the pier.', 'demand', { modal: 'need to' }],
    // statement
    ['The minister said the pier is safe.', 'statement', { tense: 'present', modal: null, negated: false, conditional: false }],
    ['The minister said the pier was safe.', 'statement', { tense: 'past', modal: null }],
    ['The minister said the pier will be safe.', 'statement', { tense: 'future', modal: 'will' }],
    ['The minister believes the pier is safe.', 'statement', { tense: 'present', negated: false }],
    ['The minister pointed out that the pier is safe.', 'statement', { tense: 'present', negated: false }],
    ['The minister said the council has not responded to the letter.', 'statement', { tense: 'past', negated: true }],
    ['The minister said the council did not respond to the letter.', 'statement', { tense: 'past', negated: true }],
    ['The minister rejected the claims about the pier.', 'statement', {}],
    ['The minister said the accusation is groundless.', 'statement', { tense: 'present' }],
  ])('%j -> %s %j', (sentence, type, expected) => {
    const { result } = classified(sentence);
    expect(result.type).toBe(type);
    expect(result.modality).toMatchObject(expected);
  });
});

describe('classify: headlines', () => {
  it('"X to reopen Y" in a headline is a future action', () => {
    const { result } = classifiedFirst('Harbour Town to reopen its ferry pier\nThe council voted on the plan on Tuesday.');
    expect(result.type).toBe('action');
    expect(result.modality).toEqual({ tense: 'future', modal: null, negated: false, conditional: false });
  });

  it('an event title with no verb is an action', () => {
    const { result } = classifiedFirst('Readout of the Mayors\' Call on the Ferry Pier\nThe mayors spoke on Monday.');
    expect(result.type).toBe('action');
  });
});

describe('classify: actor and target', () => {
  it.each<[string, string | null, string | null]>([
    ['The minister urged the United States to lift the sanctions.', 'the United States', 'the United States'],
    ['The minister called on the two sides to resume talks.', 'the two sides', 'the two sides'],
    ['The minister voiced the hope that the U.S. side will show sincerity.', 'the U.S. side', 'the U.S. side'],
    ['The minister said Marenia must release the fishermen.', 'Marenia', 'Marenia'],
    ['The minister said the council has lifted the ban.', 'the council', null],
    ['The minister said the pier is safe.', 'the pier', null],
    ['The minister said that if the talks fail, we will close the pier.', 'we', null],
  ])('%j: actor %j, target %j', (sentence, actor, target) => {
    const { doc, result } = classified(sentence);
    expect(rangeText(doc, result.actor)).toBe(actor);
    expect(rangeText(doc, result.target)).toBe(target);
  });
});

describe('classify: evidence and confidence', () => {
  it.each<[string, string[]]>([
    ['The minister urged the council to reopen the pier.', ['attribute/leading', 'type/demand-cue', 'cue:urge']],
    ['The minister said the council must reopen the pier.', ['attribute/leading', 'type/demand-modal:must', 'cue:say']],
    ['The minister voiced the hope that the talks succeed.', ['attribute/leading', 'type/hope-cue', 'cue:voice the hope']],
    ['The minister said the pier is safe.', ['attribute/leading', 'type/copula', 'cue:say']],
    ['Mayor Tom Price, Jr. met today with the harbour board to reaffirm the strength of the partnership.', ['attribute/purpose', 'type/purpose-of-act', 'cue:reaffirm']],
    ['Asked about the ferry, the mayor smiled.', ['attribute/question', 'type/question-put', 'cue:ask']],
  ])('%j -> %j', (sentence, evidence) => {
    const found = classified(sentence).result.evidence;
    expect(found[0]).toBe(evidence[0]);
    expect(found).toEqual(expect.arrayContaining(evidence));
  });

  it('confidence is between 0 and 1, and lower for a floating quote than for a cued one', () => {
    const { doc, frames } = buildFrames(tokenize, matchCue, 'The minister said the pier is safe.\n"The pier is safe."');
    const [cued, floating] = frames.map((frame) => classifyFrame(doc, frames, frame));
    for (const result of [cued!, floating!]) {
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
    expect(floating!.evidence[0]).toBe('attribute/floating-quote');
    expect(floating!.confidence).toBeLessThan(cued!.confidence);
  });
});

describe('classify: one claim per frame', () => {
  it('a sentence with a statement and an added demand gives one claim of each type', () => {
    const { doc, frames } = buildFrames(tokenize, matchCue, 'The pier is safe, Wang noted, adding that residents should use it.');
    expect(frames.map((frame) => classifyFrame(doc, frames, frame).type)).toEqual(['statement', 'demand']);
  });
});

describe('classify: a subject and predicate parted only by their own adverb cue', () => {
  it.each<[string, ClaimType, string]>([
    ['The council is reportedly spending $2 million on dredging.', 'action', 'the council'],
    ['The council reportedly closed the pier on Monday.', 'action', 'the council'],
  ])('are read as one clause: %j is a %s of %j', (sentence, type, actor) => {
    const { doc, result } = classified(sentence);
    expect(result.type).toBe(type);
    expect(rangeText(doc, result.actor)?.toLowerCase()).toBe(actor);
  });
});
