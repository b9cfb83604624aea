import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import verbFormTable from './lexicons/verb-forms.json' with { type: 'json' };
import { isInWordHyphen, type Token } from './document.js';
import { CAPITALISED_WORD, DOUBLED_QUOTE_MARKS, LOWERCASE_LETTER, MOJIBAKE_MARK, MOJIBAKE_WORD, TYPOGRAPHIC_APOSTROPHE, UPPERCASE_LETTER, WHITESPACE_CHAR } from './regex.js';
import { nameAbbreviations, possessiveDeterminers, quantifierSubjects, speakerPronouns } from './lexicons/speakers.js';
import { adverbsReadAsVerbs, cueEntries } from './lexicons/cues.js';
import { domainEndings } from './lexicons/segmentation.js';

export type Tokenize = (text: string) => Token[];

/** The longest run without white space handed to wink-nlp, whose tokenizer is quadratic in a run's length. */
const MAX_RUN = 256;

/**
 * Every MAX_RUN characters of a run with no white space (a URL, a hash, hostile text),
 * one character is read as a space by wink: one code unit for one, so offsets stay true;
 * the run is split into tokens there, and no character of the caller's text is lost.
 */
function breakLongRuns(text: string): string {
  let out: string[] | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      run = 0;
      continue;
    }
    run += 1;
    if (run > MAX_RUN) {
      out ??= text.split('');
      out[i] = ' ';
      run = 0;
    }
  }
  return out ? out.join('') : text;
}

type WinkModel = typeof model;
/** What the model's `metaCER` loader returns; wink-nlp's types leave it opaque. */
type EntityMetaModel = unknown;
let entityMetaModel: EntityMetaModel = null;

/**
 * The English model with its entity meta-model read once per process. The model's own
 * loader stringifies that meta-model again at each load, so the string grows with every
 * wink-nlp instance and the twentieth or so fails with "Invalid string length".
 */
function loadableModel(): { model: WinkModel; loadedCore: () => CoreModel | null } {
  let core: CoreModel | null = null;
  const loadable = {
    ...model,
    core: () => (core = (model.core as () => CoreModel)()),
    metaCER: () => {
      entityMetaModel ??= (model.metaCER as () => EntityMetaModel)();
      return entityMetaModel;
    },
  } as WinkModel;
  return { model: loadable, loadedCore: () => core };
}

/** The word table of wink-nlp's core model: each word's index, and the words in index order. */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

/** The part of wink-nlp's core model that holds the lexicon's words. */
interface CoreModel {
  features: { lexeme: LexemeTable };
}

/** One wink-nlp instance, with the word table its lexicon learns into. */
interface Wink {
  nlp: ReturnType<typeof winkNLP>;
  lexeme: LexemeTable;
  /** The table's length when the model was loaded: the model's own words. */
  modelWords: number;
}

/**
 * Words learned (and forgotten, below) before a new instance is loaded: each stays in
 * the lexicon's lists, so this bounds their memory (some 5 MB); a new instance costs
 * less than createExtractor's 0.18 s, once per 50,000 new words. Every text learns its
 * unknown words afresh, so at 200,000 the lists had raised the 20 MB batch's peak RSS
 * from about 200 MB to 256–279 MB; at 50,000 it is 216–224 MB.
 */
export const MAX_LEARNED_WORDS = 50_000;

function loadWink(): Wink {
  const loadable = loadableModel();
  const nlp = winkNLP(loadable.model);
  const core = loadable.loadedCore();
  if (!core) throw new Error('claimex: wink-nlp did not load its core model through core()');
  const lexeme = core.features.lexeme;
  return { nlp, lexeme, modelWords: lexeme.list.length };
}

/**
 * wink-nlp adds each word it has not seen to its lexicon, and its tokenizer keeps a word
 * whole when the lexicon has it: after an article that taught it "Rubio's" as one word,
 * another article's "Rubio's" was no longer split, so an article's tokens depended on the
 * articles read before it. Taking the words an article taught out of the lookup table
 * after reading it makes every article read as by a new instance. Every word goes, words of
 * letters alone too: a learned word is tagged as a known one, not by the rules for unknown
 * words, so keeping it made an article's tags depend on the articles before it and on
 * whether a new instance had been loaded in between (a fuzz case of the thirteenth session).
 * The entries stay in the lists, where wink-nlp finds each word's features by its index.
 */
function forgetWordsLearnedSince(lexeme: LexemeTable, from: number): void {
  const { hash, list } = lexeme;
  for (let i = from; i < list.length; i += 1) {
    const word = list[i];
    if (word !== undefined && hash[word] === i) delete hash[word];
  }
}

/**
 * The straight double mark for a doubled one, of the same length. Of three apostrophes, the
 * single one is inside: first when they close a quote ('no,'''), last when they open one.
 */
function doubleMark(mark: string, at: number, text: string): string {
  if (mark.length === 2) return '""';
  const closes = at > 0 && !WHITESPACE_CHAR.test(text.charAt(at - 1));
  return closes ? `'""` : `""'`;
}

/**
 * Loads wink-nlp with its English model and returns a tokenizer giving each token
 * its exact offsets. wink's token stream is lossless (preceding spaces + value), so
 * offsets are rebuilt by walking it; a token wink altered is found by search instead.
 * Each text is tokenized as by a new instance (see forgetWordsLearnedSince); once the
 * lexicon has learned `maxLearnedWords` words, a new instance is loaded.
 */
export function loadTokenizer({ maxLearnedWords = MAX_LEARNED_WORDS } = {}): Tokenize {
  // Each extractor has its own instance, so that extractors share no state.
  let wink = loadWink();
  return (text: string): Token[] => {
    if (wink.lexeme.list.length - wink.modelWords > maxLearnedWords) wink = loadWink();
    // wink splits "I'm" and "don't" only with a straight apostrophe; the typographic one
    // is swapped for it (one code unit for one, so every offset stays true).
    // Likewise ''quotes'' and ``quotes`` (newspaper style) become straight double marks, two for two.
    const normalised = breakLongRuns(text.replace(TYPOGRAPHIC_APOSTROPHE, "'").replace(DOUBLED_QUOTE_MARKS, doubleMark));
    const learnedFrom = wink.lexeme.list.length;
    let read: WinkReading;
    try {
      read = readWithWink(wink.nlp, normalised);
    } finally {
      forgetWordsLearnedSince(wink.lexeme, learnedFrom);
    }
    const { values, spaces, pos, lemmas, types, starts } = read;
    const out: Token[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i += 1) {
      const winkValue = values[i] ?? '';
      cursor += (spaces[i] ?? '').length;
      let start = cursor;
      if (!normalised.startsWith(winkValue, start)) {
        const found = normalised.indexOf(winkValue, start);
        if (found < 0) continue;
        start = found;
      }
      const end = start + winkValue.length;
      cursor = end;
      if (closesTitleAbbreviation(out, winkValue, start, values[i + 1])) {
        out[out.length - 1] = joinStop(out[out.length - 1]!, text, end);
        continue;
      }
      if (closesDomainName(out, winkValue, start)) {
        out.pop();
        const site = out[out.length - 1]!;
        out[out.length - 1] = joinedToken(site, text, end, text.slice(site.start, end).toLowerCase(), 'PROPN');
        continue;
      }
      const value = text.slice(start, end);
      out.push({
        start,
        end,
        value,
        lower: winkValue.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: pos[i] ?? 'X',
        type: types[i] ?? 'word',
        sentenceStart: starts.has(i),
      });
    }
    if (mayHoldMojibake(text)) joinMojibakeWords(out, text);
    retagNamesReadAsVerbs(out);
    retagPastVerbsReadAsAdjectives(out);
    retagGerundsAfterPossessives(out);
    retagHyphenatedParticiples(out);
    retagPhrasalVerbsReadAsNouns(out);
    readSpacedHyphensAsDashes(out);
    retagVerbsAfterApposition(out);
    retagSayReadAsNoun(out);
    retagAdverbsReadAsVerbs(out);
    return out;
  };
}

/** The lead bytes of two-byte UTF-8 letters read as Latin-1, precomposed or decomposed: a text without one has no mojibake word. */
const MOJIBAKE_LEADS = ['\u00C3', '\u00C2', 'A\u0303', 'A\u0302'];

/** Whether the text holds such a lead byte at all: most texts do not, and skip the walk over their tokens. */
function mayHoldMojibake(text: string): boolean {
  return MOJIBAKE_LEADS.some((lead) => text.includes(lead));
}

/**
 * Text whose UTF-8 was read as Latin-1 spells an accented letter as two characters, the second often a
 * symbol ("FranÃ§ois", "PeÃ±a"), where wink splits the word. Touching tokens that together spell one such
 * word are one token again, a name when it opens with a capital.
 */
function joinMojibakeWords(tokens: Token[], text: string): void {
  for (let i = 0; i < tokens.length; i += 1) {
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start === tokens[last]!.end && MOJIBAKE_WORD.test(text.slice(tokens[i]!.start, tokens[last + 1]!.end))) last += 1;
    if (last === i) continue;
    const first = tokens[i]!;
    const value = text.slice(first.start, tokens[last]!.end);
    // The lead byte may stand decomposed, a letter and a combining mark ("A\u0303" for "Ã").
    if (!MOJIBAKE_MARK.test(value.normalize('NFC'))) continue;
    tokens.splice(i, last - i + 1, joinedToken(first, text, tokens[last]!.end, value.toLowerCase(), UPPERCASE_LETTER.test(value.charAt(0)) ? 'PROPN' : first.pos));
  }
}

/** Subject pronouns after which an adjective in -ed must be a verb; not "it", often an object ("made it complicated"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(speakerPronouns).filter((pronoun) => pronoun !== 'it'));

/**
 * wink tags a rarer verb in -ed as an adjective ("she hedged on whether ..."): right after a
 * subject pronoun, or after a name and before an object, such a word can only be the clause's
 * verb. Not after a question's copula ("Was she unconvinced?"), and not a negative adjective in
 * "un-" ("Allen unconvinced the pier is safe").
 */
function retagPastVerbsReadAsAdjectives(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'ADJ') continue;
    const before = tokens[i - 1]!;
    // "chief executive Ian Read said/ADJ company leaders ...": only a determiner makes "said" an adjective.
    if (token.lower === 'said' && before.pos !== 'DET') token.pos = 'VERB';
    if (!token.lower.endsWith('ed') || token.lower.startsWith('un')) continue;
    const after = tokens[i + 1];
    const afterPronoun = SUBJECT_PRONOUNS.has(before.lower) && before.pos === 'PRON' && tokens[i - 2]?.pos !== 'AUX';
    if (afterPronoun || (before.pos === 'PROPN' && after !== undefined && (after.pos === 'DET' || after.pos === 'PRON'))) token.pos = 'VERB';
  }
}

/**
 * wink tags some given names and surnames as verbs ("Sen. Ted Allen", "spokeswoman Hope Marr", "said Bellow,").
 * Inside a sentence, a capitalised "verb" before a name, a comma or a full stop cannot be the clause's verb
 * when the word before it is in lower case (or a title's abbreviation) and is not "to" or an
 * auxiliary ("to Encourage Indiana", "Won't Renounce Trump" in a title-cased headline).
 */
function retagNamesReadAsVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || token.sentenceStart || !CAPITALISED_WORD.test(token.value)) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 1]!;
    const beforeIsLowerWord = LOWERCASE_LETTER.test(before.value.charAt(0)) && before.pos !== 'AUX' && before.pos !== 'PART' && before.lower !== 'to';
    if (isSurnameBeforeVerb(tokens, i) || isSurnameBeforeAside(tokens, i)) token.pos = 'PROPN';
    if (!beforeIsLowerWord && !NAME_ABBREVIATIONS.has(before.lower)) continue;
    const afterIsName = after.pos === 'PROPN' && UPPERCASE_LETTER.test(after.value.charAt(0));
    if (afterIsName || after.value === ',' || after.value === '.') token.pos = 'PROPN';
  }
}

/**
 * "chief executive Ian Read said", "Ian Read also said": a capitalised "verb" between a capitalised name and a
 * lowercase finite verb (or "said", which wink may read as an adjective) is a surname. Not before an adjective,
 * an adverb alone or a participle, as in a headline: "Allen Says new pier is safe", "Allen Warns rising seas ...".
 */
function isSurnameBeforeVerb(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  if (before.pos !== 'PROPN' || !UPPERCASE_LETTER.test(before.value.charAt(0))) return false;
  let next = i + 1;
  while (tokens[next]?.pos === 'ADV' && next - i <= MAX_ADVERBS_AFTER_SURNAME) next += 1;
  const verb = tokens[next];
  if (verb === undefined || !LOWERCASE_LETTER.test(verb.value.charAt(0))) return false;
  if (verb.lower === 'said') return true;
  // A headline's verb is in -s ("Allen Warns rising seas ..."); a surname before a participle is not ("Ian Read speaking ...").
  return (verb.pos === 'VERB' || verb.pos === 'AUX') && (!verb.lower.endsWith('ing') || !tokens[i]!.lower.endsWith('s'));
}

/**
 * "Attorney General Ann Cooper (D), ...", "Ann Cooper, the attorney general, ...": a capitalised "verb" in its base form
 * after a capitalised name and before a bracket or a comma is a surname; a headline's verb is inflected ("Lee Warns, ...").
 */
function isSurnameBeforeAside(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]!;
  const after = tokens[i + 1];
  const token = tokens[i]!;
  if (before.pos !== 'PROPN' || !UPPERCASE_LETTER.test(before.value.charAt(0)) || token.lower !== token.lemma) return false;
  return after?.value === '(' || after?.value === ',';
}

/** The most adverbs between a surname and its verb: "Ian Read also strongly denied". */
const MAX_ADVERBS_AFTER_SURNAME = 2;

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(possessiveDeterminers);
/** Tags after which a gerund has no object or clause of its own: "her thinking say", "his handling of". */
const AFTER_GERUND_NOUN = new Set(['VERB', 'AUX', 'ADP']);

/**
 * wink tags a gerund after a possessive as a verb ("people familiar with her thinking/VERB say").
 * With no object after it, it is the noun of a noun phrase ("his handling of the crisis").
 */
function retagGerundsAfterPossessives(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || !token.lower.endsWith('ing')) continue;
    // Not after "'s", which may be "is": "The mayor's calling for calm".
    if (AFTER_GERUND_NOUN.has(tokens[i + 1]!.pos) && (POSSESSIVE_DETERMINERS.has(tokens[i - 1]!.lower) || followsArticleAndModifiers(tokens, i))) token.pos = 'NOUN';
  }
}

const ADVERBS_READ_AS_VERBS: ReadonlySet<string> = new Set(adverbsReadAsVerbs);

/** wink tags "further" as a verb before the verb it modifies ("it further/VERB wrote"): there it is an adverb. */
function retagAdverbsReadAsVerbs(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (token.pos === 'VERB' && ADVERBS_READ_AS_VERBS.has(token.lower) && (next.pos === 'VERB' || next.pos === 'AUX')) token.pos = 'ADV';
  }
}

/** The most adjectives and adverbs between an article and a gerund it determines: "the most recent | polling". */
const MAX_GERUND_MODIFIERS = 2;

/** "the most recent polling shows", "a new polling in": an article, then at most two modifiers, one of them an adjective. */
function followsArticleAndModifiers(tokens: Token[], i: number): boolean {
  let k = i - 1;
  let adjective = false;
  while (k > 0 && i - k <= MAX_GERUND_MODIFIERS && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) {
    adjective ||= tokens[k]!.pos === 'ADJ';
    k -= 1;
  }
  return adjective && ARTICLES.has(tokens[k]!.lower);
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Tags of the word a hyphenated participle modifies: "the self-described socialist", "a well-known diver". */
const MODIFIED_BY_COMPOUND = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * wink tags the participle of a hyphenated compound as a verb ("so-called/VERB experts",
 * "self-described/VERB socialist"): before the word it modifies, it is an adjective.
 */
function retagHyphenatedParticiples(tokens: Token[]): void {
  for (let i = 2; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || token.lower === token.lemma || !isInWordHyphen(tokens, i - 1)) continue;
    if (MODIFIED_BY_COMPOUND.has(tokens[i + 1]!.pos)) token.pos = 'ADJ';
  }
}

/** Particles of phrasal verbs: "shot back", "points out". */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'up', 'down', 'off']);

/** The cue lexicon's phrasal verbs, each inflected form with its particle: "shot back", "points out". */
const INFLECTED_PHRASAL_CUES: ReadonlySet<string> = new Set(
  cueEntries.flatMap(({ phrase }) => {
    const [verb, particle] = phrase.split(' ');
    if (particle === undefined || !VERB_PARTICLES.has(particle)) return [];
    return ((verbFormTable as Record<string, string[]>)[verb!] ?? []).map((form) => `${form} ${particle}`);
  }),
);

/**
 * wink tags an inflected phrasal verb after a name as a noun ("Lee shot/NOUN back", "Hunt points/NOUN
 * out"), as if the two were a compound: a cue's phrasal verb there is the verb when what follows opens
 * a clause, an object or a mark. Other pairs stay nouns ("Harbour attacks up north", "Forest fires back
 * in 2019", "Exit points out of the harbour").
 */
function retagPhrasalVerbsReadAsNouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 2; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || !INFLECTED_PHRASAL_CUES.has(`${token.lower} ${tokens[i + 1]!.lower}`)) continue;
    const before = tokens[i - 1]!;
    const after = tokens[i + 2]!;
    const opensReport = AFTER_PHRASAL_CUE_POS.has(after.pos) || after.lower === 'at' || QUESTION_OPENERS.has(after.lower);
    if (before.pos === 'PROPN' && UPPERCASE_LETTER.test(before.value.charAt(0)) && opensReport && !isInWordHyphen(tokens, i + 2)) token.pos = 'VERB';
  }
}

/** Words that open a question a phrasal cue reports: "points out how the plan would fail". */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['how', 'why', 'where', 'when', 'whether', 'what', 'who']);

/** What may follow a phrasal cue: "shot back that", "points out the flaw", "shot back, ...", "shot back at". */
const AFTER_PHRASAL_CUE_POS: ReadonlySet<string> = new Set(['SCONJ', 'DET', 'PRON', 'PUNCT']);

/** Present forms in -s of the cue lexicon's verbs: "advocates", "notes", "shares". */
const CUE_VERBS_IN_S: ReadonlySet<string> = new Set(Object.values(verbFormTable as Record<string, string[]>).flat().filter((form) => form.endsWith('s')));

/** The longest apposition after a name that a verb after it may close: "Tom Hunt, a Democrat on the finance committee, advocates". */
const MAX_APPOSITION = 12;

/**
 * wink tags a verb in -s right after an apposition as a noun ("Tom Hunt, a Democrat, advocates/NOUN a
 * tax"): after a comma that closes an aside opened by a comma after a name, a cue verb's -s form is the verb.
 */
function retagVerbsAfterApposition(tokens: Token[]): void {
  for (let i = 3; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || !CUE_VERBS_IN_S.has(token.lower) || tokens[i - 1]!.value !== ',') continue;
    if (closesApposition(tokens, i - 1)) token.pos = 'VERB';
  }
}

/** Whether the comma at `comma` closes an aside that a comma after a name opened: "Tom Hunt, a Democrat |,". */
function closesApposition(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k > 0 && comma - k <= MAX_APPOSITION; k -= 1) {
    const token = tokens[k]!;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.value === '.') return false;
    if (token.value !== ',') continue;
    const name = tokens[k - 1]!;
    return k < comma - 1 && name.pos === 'PROPN' && tokens[k + 1]!.pos === 'DET';
  }
  return false;
}

/** What follows the verb "say" and not the noun ("a say in", "the final say on"): a subject, a determiner, "that". */
const AFTER_SAY_CLAUSE_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'SCONJ']);
/** A verb right after "say" ("economists say | is the future") when its subject is a plural or a quantifier. */
const AFTER_SAY_GAP_POS: ReadonlySet<string> = new Set(['AUX', 'VERB']);

/**
 * wink tags "say" as a noun after a number, a fraction or a quantifier ("Six in 10 say/NOUN he ...", "Nearly a
 * third say/NOUN they ...", "laws that some say/NOUN target ..."): before a subject, a determiner or "that", it is
 * the verb; before a verb ("that many economists say is"), only after a plural or a quantifier, not in "The final
 * say rests with the mayor".
 */
function retagSayReadAsNoun(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || (token.lower !== 'say' && token.lower !== 'says')) continue;
    const next = tokens[i + 1]!.pos;
    if (AFTER_SAY_CLAUSE_POS.has(next) || (AFTER_SAY_GAP_POS.has(next) && isPluralOrQuantifier(tokens[i - 1]!))) token.pos = 'VERB';
  }
}

/** "economists", "some", "many": a word that may stand as the plural subject of "say". */
function isPluralOrQuantifier(token: Token): boolean {
  return ((token.pos === 'NOUN' || token.pos === 'PROPN') && token.lower !== token.lemma) || QUANTIFIERS.has(token.lower);
}

const QUANTIFIERS: ReadonlySet<string> = new Set(quantifierSubjects);

/**
 * A hyphen with a space on each side stands for a dash ("The scholars - Hunt and Lee - agreed"), as many
 * newspapers write it: the token reads as an en dash, its offsets still those of the hyphen.
 */
function readSpacedHyphensAsDashes(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const token = tokens[i]!;
    if (token.value !== '-' || tokens[i - 1]!.end === token.start || token.end === tokens[i + 1]!.start) continue;
    // "won 3 - 1", "2015 - 2019": a score or a range.
    if (tokens[i - 1]!.pos === 'NUM' && tokens[i + 1]!.pos === 'NUM') continue;
    token.value = '–';
    token.lower = '–';
  }
}

/** Titles and honorifics written with a stop before a name: "Sens.", "Rev.", "Mrs.". */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(nameAbbreviations);

/**
 * wink keeps "Sen." whole but splits "Sens." and "Rev." into a word and a stop, which ends
 * the name's phrase (and may end the sentence) before the name: a stop glued to a known
 * title's abbreviation written with a capital, with a capitalised word after it, joins the title.
 */
function closesTitleAbbreviation(out: Token[], value: string, start: number, next: string | undefined): boolean {
  const previous = out[out.length - 1];
  if (value !== '.' || previous === undefined || previous.end !== start || next === undefined) return false;
  return NAME_ABBREVIATIONS.has(`${previous.lower}.`) && UPPERCASE_LETTER.test(previous.value.charAt(0)) && UPPERCASE_LETTER.test(next.charAt(0));
}

/** Domains' last parts, which wink splits off a site's name with their stop: "GunBroker | . | com". */
const DOMAIN_ENDINGS: ReadonlySet<string> = new Set(domainEndings);

/** "GunBroker.com", "HealthCare.gov": a domain's ending glued to a stop glued to a word ends one name, which the stop would break. */
function closesDomainName(out: Token[], value: string, start: number): boolean {
  const stop = out[out.length - 1];
  const site = out[out.length - 2];
  return DOMAIN_ENDINGS.has(value) && stop !== undefined && site !== undefined && stop.value === '.' && stop.end === start && site.end === stop.start && site.type === 'word';
}

/**
 * The title's token with the stop joined, as a new token. Writing into a token already made
 * turns its fields from constant to mutable in V8's eyes, which throws away the optimized code
 * of every function that relied on them: the first "Sens." of a stream cost some 40 lazy
 * deoptimizations and as many compiles again, in each worker.
 */
function joinStop(title: Token, text: string, end: number): Token {
  return joinedToken(title, text, end, `${title.lower}.`, 'PROPN');
}

/**
 * One token from `first` to `end`, read as one word. Built as a literal like every token the tokenizer
 * makes (a spread gave tokens a second shape for V8 and slowed every later article by some 8 %).
 */
function joinedToken(first: Token, text: string, end: number, lower: string, pos: string): Token {
  return { start: first.start, end, value: text.slice(first.start, end), lower, lemma: lower, pos, type: first.type, sentenceStart: first.sentenceStart };
}

/** What the tokenizer takes from one wink-nlp document, per token, and where sentences start. */
interface WinkReading {
  values: string[];
  spaces: string[];
  pos: string[];
  lemmas: string[];
  types: string[];
  /** Indexes of the tokens that start a sentence. */
  starts: Set<number>;
}

function readWithWink(nlp: ReturnType<typeof winkNLP>, text: string): WinkReading {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const starts = new Set<number>();
  doc.sentences().each((sentence: ItemSentence) => {
    const span = sentence.out(its.span) as unknown as [number, number];
    starts.add(span[0]);
  });
  return {
    values: tokens.out(its.value) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
    pos: tokens.out(its.pos) as string[],
    // The lite model's lemmatizer is built in; the typings ask for an add-on argument it does not need.
    lemmas: tokens.out(its.lemma as unknown as typeof its.value) as string[],
    types: tokens.out(its.type) as string[],
    starts,
  };
}
