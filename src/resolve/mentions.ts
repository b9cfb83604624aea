import { isInWordHyphen, startsUppercase, type Token } from '../document.js';
import type { SpeakerKind } from '../types.js';
import { nameSuffixes, nameTitles, roleNouns, speakerPronouns, titleAbbreviations } from '../lexicons/speakers.js';
import { hasVerb, isLinkedAdjective, isNominal, isPartyLabel, isQuantifierSubject, isReducedRelative, isTimeWord, namePartiesAlike, isPossessiveMarker, isRelativePronoun, isShareOfPeople, isSpeakerPronoun, MAX_PARTY_LABEL, type Range } from '../attribute/phrases.js';
import { LETTER } from '../regex.js';
import { DASHES } from '../attribute/clauses.js';
import { countries } from '../lexicons/places.js';

/** What a mention says about its speaker, read off its tokens. */
export interface MentionInfo {
  form: 'name' | 'pronoun' | 'role';
  kind: SpeakerKind;
  /** The name as written without determiner or titles: "Wang Wenbin", "Chinese Foreign Ministry", "spokesperson". */
  name: string;
  /** The words of the name, lower-cased, for matching surnames to full names. */
  nameWords: string[];
  /** Role nouns of the phrase, normalised: "spokesperson", "minister", "governor". */
  roles: string[];
  /** The title before a person's name: "spokesperson", "Foreign Minister"; undefined when none. */
  title: string | undefined;
  /** The body a person speaks for: "Foreign Ministry", "Calvera"; undefined when none. */
  organization: string | undefined;
}

const TITLES: ReadonlySet<string> = new Set(nameTitles);
const COUNTRIES: ReadonlySet<string> = new Set(countries);
const SUFFIXES: ReadonlySet<string> = new Set(nameSuffixes);
const DETERMINER_POS = new Set(['DET', 'PRON', 'NUM']);
const POST_MODIFIERS = new Set(['of', 'in', 'for', 'from', 'at']);
/** A possessive pronoun and the subject pronoun it stands for: "his | warning that ..." speaks as "he". */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they'], ['our', 'we'], ['my', 'i']]);

/** Reads a mention; an aside joined by a comma ("Tate, a Democrat") adds what it tells to the main phrase. */
export function readMention(tokens: Token[], [start, written]: Range, text: string): MentionInfo {
  // "Trump's | claim that ...": a possessor names its speaker without the marker.
  const end = written - start > 1 && isPossessiveMarker(tokens[written - 1]!) ? written - 1 : written;
  // "The three divers — Hunt, Lee and Gol —": a list between dashes names the members, the phrase before it the speaker.
  const dash = dashAsideAt(tokens, start, end);
  if (dash >= 0 && namesMembers(tokens, dash + 1, end)) return readMention(tokens, [start, dash], text);
  const parts = splitAtAsides(tokens, start, end).map((part) => withoutPartyLabel(tokens, part));
  // A relative clause ("who trails in most polls") tells nothing of the name, title or office.
  const phrases = parts.filter((part, k) => k === 0 || !hasVerb(tokens, part));
  // "Ruth Allen, Tom Hunt and Ann Lee, who run the port": the list is named without the clause.
  if (isListOfParties(tokens, phrases)) return groupNamedWhole(tokens.slice(start, phrases[phrases.length - 1]![1]), text);
  const infos = phrases.map((part) => readPhrase(tokens, part, text));
  const named = infos.find((info) => info.form === 'name') ?? infos[0]!;
  for (const other of infos) {
    if (other === named) continue;
    named.roles.push(...other.roles);
    if (!named.title && other.form === 'role' && named.kind === 'person') named.title = other.name;
  }
  return named;
}

/** Where a dash sets off an aside after the first word of a mention, or -1. */
function dashAsideAt(tokens: Token[], start: number, end: number): number {
  for (let i = start + 1; i < end; i += 1) if (DASHES.has(tokens[i]!.value)) return i;
  return -1;
}

/** Whether the aside from `start` (to its closing dash or the mention's end) lists parties: "Hunt, Lee and Gol", "Hunt and Lee". */
function namesMembers(tokens: Token[], start: number, end: number): boolean {
  const close = dashAsideAt(tokens, start - 1, end);
  const asideEnd = close > start ? close : end;
  const words = tokens.slice(start, asideEnd);
  return isListOfParties(tokens, splitAtAsides(tokens, start, asideEnd)) || joinsNamedParties(words);
}

/**
 * "Ruth Allen, Tom Hunt and Ann Lee", "The crews, divers and harbour officials": items set off by
 * commas, the last two joined by "and", each a name (or each a plural noun), are one group.
 */
function isListOfParties(tokens: Token[], parts: Range[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  // "Ruth Allen, Tom Hunt, and Ann Lee": with a comma before it, "and" opens the last item.
  if (tokens[last[0]]!.lower === 'and' && parts.length >= 3) return alikeParties(tokens, [...parts.slice(0, -1), [last[0] + 1, last[1]]]);
  const and = tokens.slice(last[0], last[1]).findIndex((word, i) => i > 0 && word.lower === 'and');
  if (and < 0 || last[0] + and + 1 >= last[1]) return false;
  return alikeParties(tokens, [...parts.slice(0, -1), [last[0], last[0] + and], [last[0] + and + 1, last[1]]]);
}

/** Whether each item names a party of the last one's kind. */
function alikeParties(tokens: Token[], items: Range[]): boolean {
  const last = items[items.length - 1]!;
  if (last[1] <= last[0]) return false;
  const lastHead = tokens[last[1] - 1]!;
  return items.every(([, itemEnd]) => namePartiesAlike(tokens[itemEnd - 1]!, lastHead));
}

/** "Sen. Bernie Sanders (I-Vt.)": the name without the party label after it, which names no one. */
function withoutPartyLabel(tokens: Token[], [start, end]: Range): Range {
  if (tokens[end - 1]?.value !== ')') return [start, end];
  for (let open = end - 2; open > start && open > end - 1 - MAX_PARTY_LABEL; open -= 1) {
    if (tokens[open]!.value === '(') return isPartyLabel(tokens, open, end - 1) ? [start, open] : [start, end];
  }
  return [start, end];
}

/** "Mr. Rubio and his advisers", "She and her aides": two parties joined by "and", one of them a pronoun or a determined noun, speak as a group. */
function joinsParties(words: Token[]): boolean {
  for (let k = 1; k < words.length - 1; k += 1) {
    if (words[k]!.lower !== 'and') continue;
    const before = words[k - 1]!;
    const after = words[k + 1]!;
    if (isSpeakerPronoun(before) || after.pos === 'DET' || (after.pos === 'PRON' && !isSpeakerPronoun(after))) return true;
  }
  return false;
}

/**
 * "Ruth Allen and Tom Hunt", "Minister Allen and Minister Hunt", "The President and Vice President":
 * two parties, each named or holding an office, joined by "and". A body's own name ("Ministry of
 * Trade and Industry") is one party.
 */
function joinsNamedParties(words: Token[]): boolean {
  const k = words.findIndex((word, i) => i > 0 && i < words.length - 1 && word.lower === 'and');
  if (k < 0) return false;
  const left = words.slice(0, k);
  const right = words.slice(k + 1);
  if (words.some((word) => roleNouns[word.lower] === 'organization')) return false;
  // "Lee and Hunt": two surnames alone, with nothing after the second to make the first part of a longer name.
  return (namesParty(left) && namesParty(right)) || (isLoneName(left) && isLoneName(right));
}

function isLoneName(words: Token[]): boolean {
  return words.length === 1 && words[0]!.pos === 'PROPN';
}

/**
 * A name or an office: "Ruth Allen", "Minister Hunt", "Vice President". A single word must be an
 * office: "Trade" in "Trade and Industry Minister ..." or "Johnson" in a company's name is not a party.
 */
function namesParty(words: Token[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (words.length === 1) return roleOf(last) !== undefined;
  return last.pos === 'PROPN' || roleOf(last) !== undefined;
}

/** Tags that open the noun phrase of an apposition set off by a dash: "Tom Hunt — a diver —", not "— and a diver —" or "— without evidence —". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ']);

/**
 * The parts of a mention set off by commas (not before "Jr.") or by dashes around a noun phrase: "Tom Hunt | a
 * diver". Words between dashes that are no noun phrase name no one and are left out ("Ann Lee — without
 * evidence —"). Marks inside brackets set off nothing ("Rep. Tom Hunt (D - Ore.)").
 */
export function splitAtAsides(tokens: Token[], start: number, end: number): Range[] {
  const parts: Range[] = [];
  let from = start;
  let brackets = 0;
  let dashAside: 'apposition' | 'other' | null = null;
  for (let i = start; i < end; i += 1) {
    const { value } = tokens[i]!;
    if (value === '(' || value === '[') brackets += 1;
    else if ((value === ')' || value === ']') && brackets > 0) brackets -= 1;
    if (brackets > 0 || (value === ',' && SUFFIXES.has(tokens[i + 1]?.lower ?? ''))) continue;
    if (dashAside === 'other' && !DASHES.has(value)) continue;
    if (value !== ',' && !DASHES.has(value)) continue;
    if (i > from && dashAside !== 'other') parts.push([from, i]);
    from = i + 1;
    if (DASHES.has(value)) dashAside = dashAside !== null ? null : i + 1 < end && APPOSITION_OPENERS.has(tokens[i + 1]!.pos) ? 'apposition' : 'other';
  }
  if (end > from && dashAside !== 'other') parts.push([from, end]);
  return parts.length > 0 ? parts : [[start, end]];
}

/**
 * "two of the divers", "some of them": a determiner, then "of"; or "Many of the divers", "None of
 * the crews": a quantifier wink reads as a noun or name, then "of".
 */
function isShareOfGroup(words: Token[], determinersEnd: number): boolean {
  const first = words[0]!.lower;
  const ofAt = determinersEnd > 0 ? determinersEnd : isQuantifierSubject(first) || first === 'none' ? 1 : -1;
  return ofAt > 0 && words[ofAt]?.lower === 'of';
}

/** A group named by its whole phrase: "Ruth Allen and Tom Hunt", "Half of the divers", "those who back the plan". */
function groupNamedWhole(words: Token[], text: string, kind: SpeakerKind = 'group'): MentionInfo {
  const name = text.slice(words[0]!.start, words[words.length - 1]!.end);
  return { form: 'role', kind, name, nameWords: lowerWords(words), roles: [], title: undefined, organization: undefined };
}

function readPhrase(tokens: Token[], [start, end]: Range, text: string): MentionInfo {
  const words = tokens.slice(start, end);
  // "Some 56 percent of the fishermen", "Half of the divers": a share of people is named whole.
  if (joinsParties(words) || joinsNamedParties(words) || isShareOfPeople(tokens, [start, end])) return groupNamedWhole(words, text);
  const last = words[words.length - 1]!;
  if (words.length === 1 && last.pos === 'PRON') {
    return { form: 'pronoun', kind: speakerPronouns[last.lower] ?? speakerPronouns[POSSESSIVE_PRONOUNS.get(last.lower) ?? ''] ?? 'unknown', name: last.value, nameWords: [last.lower], roles: [], title: undefined, organization: undefined };
  }
  let from = 0;
  // "46-year-old": a number joined to the next word by a hyphen is part of the noun, not a determiner.
  while (from < words.length - 1 && DETERMINER_POS.has(words[from]!.pos) && !(from > 0 && isRelativePronoun(words[from]!.lower)) && !isInWordHyphen(words, from + 1)) from += 1;
  // "those who back the plan", "some who fish here": a relative clause is the whole of what names the group.
  if (from > 0 && isRelativePronoun(words[from]!.lower)) return groupNamedWhole(words, text);
  if (isShareOfGroup(words, from)) return groupNamedWhole(words, text, words[0]!.lower === 'one' ? 'person' : 'group');
  const core = words.slice(from);
  const modifier = modifierStart(core);
  // "people close to Mayor Ann Lee": an office inside a clause-like modifier is someone else's.
  const roles = core.slice(0, modifier).map(roleOf).filter((role): role is string => role !== undefined);
  const slice = (a: number, b: number) => (b > a ? text.slice(core[a]!.start, core[b - 1]!.end) : '');
  // The head is the last word before a post-modifier: "embassy" in "Kordan's embassy in Stavholm".
  const cut = Math.min(postModifierStart(core), modifier);
  const head = core[cut - 1]!;
  if (namesOrganisation(core, cut) || isAcronym(core) || isCountry(core)) {
    const runStart = capitalisedRunStart(core);
    if (runStart < core.length) {
      return { form: 'name', kind: 'organization', name: slice(runStart, core.length), nameWords: lowerWords(core.slice(runStart)), roles, title: undefined, organization: undefined };
    }
  }
  // "Foreign Minister Elena Marquez of Calvera": the person is before "of", the country after;
  // "Minister for Foreign Affairs Dr Aaron Seng": the person is after the last title.
  const [nameStart, nameEnd] = personNameIn(core, cut, modifier);
  if (nameStart < nameEnd) {
    const roleAt = lastTitleIndex(core, nameStart);
    const titleFrom = roleAt >= 0 ? titleStart(core, roleAt) : -1;
    return {
      form: 'name',
      kind: 'person',
      name: slice(nameStart, nameEnd),
      nameWords: lowerWords(core.slice(nameStart, nameEnd)),
      roles,
      title: titleFrom >= 0 ? slice(titleFrom, nameStart) : undefined,
      // The body named before the title ("Foreign Ministry spokesperson ..."), else after the name ("... of Calvera").
      organization: titleFrom > 0 ? slice(0, titleFrom) : nameEnd < core.length ? slice(nameEnd + 1, core.length) : undefined,
    };
  }
  const headRole = roleNouns[head.lower] ?? roleNouns[head.lemma] ?? 'unknown';
  return {
    form: 'role',
    kind: headRole,
    name: headRole === 'group' ? text.slice(words[0]!.start, last.end) : slice(0, core.length),
    nameWords: lowerWords(core),
    roles,
    title: undefined,
    organization: undefined,
  };
}

/** "China", "the United States", "U.S.": a state speaks as an organisation. */
function isCountry(core: Token[]): boolean {
  return COUNTRIES.has(core.map((token) => token.lower).join(' '));
}

/**
 * A capitalised body noun heads the phrase or stands before a joiner of a name: "Chinese Foreign
 * Ministry", "Ministry of Commerce", "Committee on Foreign Relations", "Committee to Protect Journalists".
 */
function namesOrganisation(core: Token[], cut: number): boolean {
  return core.slice(0, cut).some((token, k) => roleNouns[token.lower] === 'organization' && isCapitalisedWord(token) && (k === cut - 1 || joinsName(core, k + 1)));
}

/** Lowercase words that join the capitalised words of a body's name: "Ministry of Trade and Industry", "Campaign for Liberty". */
const NAME_JOINERS = new Set(['of', 'and', 'on', 'for', 'to', 'against']);

/** Whether the word at `i` is a joiner between two capitalised words of one name. */
function joinsName(core: Token[], i: number): boolean {
  return NAME_JOINERS.has(core[i]?.lower ?? '') && i >= 1 && isCapitalisedWord(core[i - 1]!) && core[i + 1] !== undefined && isCapitalisedWord(core[i + 1]!);
}

/** Where a prepositional post-modifier begins ("of Calvera", "in Stavholm"); the phrase's length when there is none. */
function postModifierStart(core: Token[]): number {
  for (let i = 1; i < core.length; i += 1) {
    const token = core[i]!;
    if (!POST_MODIFIERS.has(token.lower)) continue;
    // "Ministry of Foreign Affairs" is one name: "of" between capitalised words does not cut it.
    if (token.lower === 'of' && isCapitalisedWord(core[i - 1]!) && roleNouns[core[i - 1]!.lower] === 'organization') continue;
    return i;
  }
  return core.length;
}

/** Where a clause-like modifier begins ("who fish here", "close to Hunt", "released by the council"); the phrase's length when there is none. */
function modifierStart(core: Token[]): number {
  for (let i = 1; i < core.length; i += 1) {
    // "The surgeon general of the navy": a title word wink reads as an adjective is no modifier.
    if (isRelativePronoun(core[i]!.lower) || (isLinkedAdjective(core, i) && !isTitleWord(core[i]!)) || isParticipleAfterNoun(core, i)) return i;
  }
  return core.length;
}

/**
 * "the report released by the council", "divers working there", "the order released Friday": a
 * participle after the head, not one that modifies a noun after it ("Gazette managing editor").
 */
function isParticipleAfterNoun(core: Token[], i: number): boolean {
  const next = core[i + 1];
  const modifiesNext = next !== undefined && isNominal(next) && !isTimeWord(next.lower);
  return isReducedRelative(core, i) && !modifiesNext;
}

function roleOf(token: Token): string | undefined {
  const expanded = titleAbbreviations[token.lower] ?? titleAbbreviations[`${token.lower}.`] ?? token.lower;
  if (roleNouns[expanded] !== undefined) return expanded;
  if (roleNouns[token.lemma] !== undefined) return token.lemma;
  return undefined;
}

function lowerWords(tokens: Token[]): string[] {
  return tokens.map((token) => token.lower);
}

/** Where the run of capitalised words (joined by "of") that ends the phrase begins. */
function capitalisedRunStart(core: Token[]): number {
  let i = core.length;
  while (i > 0) {
    const token = core[i - 1]!;
    // "Ministry of Trade and Industry": a joiner between capitalised words stays in the name.
    if (isCapitalisedWord(token) || isInWordHyphen(core, i - 1) || joinsName(core, i - 1)) i -= 1;
    else if (i - 2 >= 0 && isInWordHyphen(core, i - 2)) i -= 1;
    else break;
  }
  return i;
}

/** Start of the person's name that ends at `end`: the capitalised words after the last title. */
function trailingNameStart(core: Token[], end: number): number {
  let i = end;
  while (i > 0 && isNamePart(core[i - 1]!)) i -= 1;
  for (let k = end - 1; k >= i; k -= 1) {
    if (isTitleWord(core[k]!)) return k + 1;
  }
  return i;
}

/**
 * Where the person's name stands: before the post-modifier, else a titled name at the phrase's
 * end ("Foreign Minister Elena Marquez of Calvera", "Minister for Foreign Affairs Dr Aaron
 * Seng"). A name inside a clause-like modifier is not the speaker's ("people close to Mayor
 * Ann Lee"). An empty range when there is none.
 */
function personNameIn(core: Token[], cut: number, modifier: number): Range {
  const start = trailingNameStart(core, cut);
  if (cut === modifier && cut < core.length) return namesBeforeModifier(core, start, cut) ? [start, cut] : [cut, cut];
  if (start < cut) return [start, cut];
  const end = core.length;
  const titled = trailingNameStart(core, end);
  return titled > 0 && isTitleWord(core[titled - 1]!) ? [titled, end] : [end, end];
}

/**
 * Whether the name words from `start` to a modifier at `cut` name a person: two name words or a title and one
 * ("Ann Lee who ...", "Mayor Hunt familiar with ..."), not a plural that opens the sentence
 * capitalised ("Officials | close to the mayor", which wink tags as a name).
 */
function namesBeforeModifier(core: Token[], start: number, cut: number): boolean {
  return cut - start >= 2 || (start > 0 && start < cut && isTitleWord(core[start - 1]!));
}

function isTitleWord(token: Token): boolean {
  return TITLES.has(token.lower) || roleNouns[titleAbbreviations[token.lower] ?? titleAbbreviations[`${token.lower}.`] ?? token.lower] === 'person';
}

function isCapitalisedWord(token: Token): boolean {
  return token.pos !== 'PUNCT' && startsUppercase(token);
}

function isNamePart(token: Token): boolean {
  if (SUFFIXES.has(token.lower) || token.value === ',') return true;
  return isCapitalisedWord(token) && token.pos !== 'DET' && (token.pos === 'PROPN' || roleNouns[token.lower] === undefined);
}

function isAcronym(words: Token[]): boolean {
  const value = words.length === 1 ? words[0]!.value : '';
  return value.length >= 2 && value === value.toUpperCase() && LETTER.test(value);
}

function lastTitleIndex(core: Token[], before: number): number {
  for (let k = before - 1; k >= 0; k -= 1) if (isTitleWord(core[k]!)) return k;
  return -1;
}

/** Where the title that ends at `roleAt` begins: "Foreign Ministry spokesperson" → "spokesperson"; "Prime Minister" stays whole. */
function titleStart(core: Token[], roleAt: number): number {
  let k = roleAt;
  while (k > 0 && TITLES.has(core[k - 1]!.lower) && roleNouns[core[k - 1]!.lower] !== 'organization') k -= 1;
  return k;
}
