import type { Token } from '../document.js';
import type { SpeakerKind } from '../types.js';
import { nameTitles, roleNouns, speakerPronouns } from '../lexicons/speakers.js';
import type { Range } from '../attribute/phrases.js';
import { LETTER, UPPERCASE_LETTER } from '../regex.js';

/** What a source mention says about its speaker, read off its tokens. */
export interface MentionInfo {
  form: 'name' | 'pronoun' | 'role';
  kind: SpeakerKind;
  /** The name as written without determiner or titles: "Wang Wenbin", "Chinese Foreign Ministry", "spokesperson". */
  name: string;
  /** The words of the name, lower-cased, for matching surnames to full names. */
  nameWords: string[];
  /** Role noun heading the phrase or the title before a name: "spokesperson", "minister". */
  role?: string;
  title?: string;
  organization?: string;
}

const TITLES: ReadonlySet<string> = new Set(nameTitles);
const DETERMINER_POS = new Set(['DET', 'PRON']);

export function readMention(tokens: Token[], [start, end]: Range, text: string): MentionInfo {
  const words = tokens.slice(start, end);
  const head = words[words.length - 1]!;
  if (words.length === 1 && head.pos === 'PRON') {
    return { form: 'pronoun', kind: speakerPronouns[head.lower] ?? 'unknown', name: head.value, nameWords: [head.lower] };
  }
  let from = 0;
  while (from < words.length - 1 && (DETERMINER_POS.has(words[from]!.pos) || words[from]!.pos === 'NUM')) from += 1;
  const core = words.slice(from);
  const headRole = roleNouns[head.lower] ?? roleNouns[head.lemma];
  const nameStart = headRole === 'organization' || headRole === 'group' ? leadingNameRun(core) : trailingNameStart(core);
  const slice = (a: number, b: number) => (b > a ? text.slice(core[a]!.start, core[b - 1]!.end) : '');
  if (nameStart < core.length) {
    const nameWords = core.slice(nameStart);
    const name = slice(nameStart, core.length);
    if (headRole === 'organization' || headRole === 'group' || isAcronym(nameWords)) {
      return { form: 'name', kind: headRole === 'group' ? 'group' : 'organization', name, nameWords: nameWords.map((w) => w.lower), role: head.lower };
    }
    const roleAt = lastRoleIndex(core, nameStart);
    const mention: MentionInfo = { form: 'name', kind: 'person', name, nameWords: nameWords.map((w) => w.lower) };
    if (roleAt >= 0) {
      mention.title = slice(titleStart(core, roleAt), nameStart);
      const organization = slice(0, titleStart(core, roleAt));
      if (organization) mention.organization = organization;
      mention.role = core[roleAt]!.lower;
    }
    return mention;
  }
  const roleKind = roleNouns[head.lower] ?? roleNouns[head.lemma] ?? 'unknown';
  const asWritten = text.slice(words[0]!.start, head.end);
  return {
    form: 'role',
    kind: roleKind,
    name: roleKind === 'group' ? asWritten : slice(0, core.length),
    nameWords: core.map((w) => w.lower),
    role: head.lemma,
  };
}

/** An organisation's name is its whole capitalised run: "Chinese Foreign Ministry". */
function leadingNameRun(core: Token[]): number {
  let i = core.length;
  while (i > 0 && (isNamePart(core[i - 1]!) || roleNouns[core[i - 1]!.lower] !== undefined && UPPERCASE_LETTER.test(core[i - 1]!.value.charAt(0)))) i -= 1;
  return i;
}

/** Start of the name at the end of the phrase: the proper nouns after the last title word. */
function trailingNameStart(core: Token[]): number {
  let i = core.length;
  while (i > 0 && isNamePart(core[i - 1]!)) i -= 1;
  for (let k = core.length - 1; k >= i; k -= 1) {
    if (TITLES.has(core[k]!.lower) || roleNouns[core[k]!.lower] === 'person') return k + 1;
  }
  return i;
}

function isNamePart(token: Token): boolean {
  return token.pos === 'PROPN' || (token.pos !== 'PUNCT' && UPPERCASE_LETTER.test(token.value.charAt(0)) && roleNouns[token.lower] === undefined && token.pos !== 'DET');
}

function isAcronym(words: Token[]): boolean {
  return words.length === 1 && words[0]!.value.length >= 2 && words[0]!.value === words[0]!.value.toUpperCase() && LETTER.test(words[0]!.value);
}

function lastRoleIndex(core: Token[], before: number): number {
  for (let k = before - 1; k >= 0; k -= 1) if (roleNouns[core[k]!.lower] === 'person' || TITLES.has(core[k]!.lower)) return k;
  return -1;
}

/** Where the title that ends at `roleAt` begins: "Foreign Ministry spokesperson" → "spokesperson"; "Prime Minister" stays whole. */
function titleStart(core: Token[], roleAt: number): number {
  let k = roleAt;
  while (k > 0 && TITLES.has(core[k - 1]!.lower) && roleNouns[core[k - 1]!.lower] !== 'organization') k -= 1;
  return k;
}
