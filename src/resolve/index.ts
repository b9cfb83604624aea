import type { Doc } from '../document.js';
import type { Span, Speaker, SpeakerKind } from '../types.js';
import { inheritanceOrder, QUOTE_CONTINUES_RULE, type Frame } from '../attribute/index.js';
import { rangesOverlap, type Range } from '../attribute/phrases.js';
import { readMention, splitAtAsides, type MentionInfo } from './mentions.js';
import { indexNames, type KnownName } from './names.js';
import { rankModifiers, titleAbbreviations } from '../lexicons/speakers.js';

const RANK_MODIFIERS: ReadonlySet<string> = new Set(rankModifiers);

/** A speaker being built: its mentions so far and what they told about it. */
interface Entity {
  id: string;
  name: string;
  nameWords: string[];
  kind: SpeakerKind;
  title: string | undefined;
  organization: string | undefined;
  roles: Set<string>;
  mentions: Span[];
  /** Offset of its latest mention, for recency. */
  lastSeen: number;
  /** Known by a name, not only by its office ("the spokesperson"). */
  named: boolean;
  /** The keys it is filed under in the resolver's index. */
  indexed: Set<string>;
}

export interface Resolution {
  speakers: Speaker[];
  /** Speaker id per frame (parallel to the frames array); null for narration. */
  speakerOf: Array<string | null>;
}

/** Role nouns that name the same office. */
const ROLE_FAMILIES: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
};

/**
 * Groups source mentions into speakers: a surname joins the full name that contains
 * it, a pronoun the person (or group) last in view, a role noun ("the spokesperson")
 * the last speaker who held that role, or the party the article named with it.
 * The canonical name is the fullest one given anywhere in the article.
 */
export function resolveSpeakers(doc: Doc, frames: Frame[]): Resolution {
  const asideOfFrame = frames.map((frame) => (frame.source ? asideOf(doc, frame.source) : null));
  const resolver = new Resolver(indexNames(doc), asideOfFrame.filter((aside): aside is [number, number] => aside !== null));
  const byFrame = new Map<Frame, Entity>();
  const speakerOf: (string | null)[] = new Array<string | null>(frames.length).fill(null);
  // Two frames may name their speaker with the very same words ("Y, who welcomed A, and underscored B"): one mention.
  const mentioned = new Set<number>();
  for (const index of inheritanceOrder(frames)) {
    const frame = frames[index]!;
    // "Hunt was asked ...": the one spoken to is no speaker here, but a later "he", a participle's or a floating quote's
    // speaker; the rest of a quote he was asked is no more his than its start.
    let entity: Entity | null = frame.inherits && !(frame.inherits.addressee && frame.rule === QUOTE_CONTINUES_RULE) ? byFrame.get(frame.inherits) ?? null : null;
    const named = frame.source ?? frame.addressee ?? null;
    // "Wang noted ..., adding that ...": a second claim names its speaker with the first one's mention, counted once.
    if (named && !(entity && sharesSource(frame, frame.inherits))) {
      const first = doc.tokens[named[0]]!;
      const last = doc.tokens[named[1] - 1]!;
      const mention = readMention(doc.tokens, named, doc.text);
      entity ??= resolver.resolve(mention, first.start, asideOfFrame[index] ?? null);
      if (!mentioned.has(first.start)) entity.mentions.push({ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) });
      mentioned.add(first.start);
      entity.lastSeen = first.start;
      resolver.seen(entity);
    }
    if (entity) byFrame.set(frame, entity);
    speakerOf[index] = entity && frame.addressee === undefined ? entity.id : null;
  }
  return withoutSilentEntities(resolver.entities, speakerOf);
}

/** The resolution without the entities only ever spoken to ("Hunt was asked"), no frame's speaker; the speakers renumbered in order. */
function withoutSilentEntities(entities: readonly Entity[], speakerOf: Array<string | null>): Resolution {
  const speaking = new Set(speakerOf);
  if (entities.every((entity) => speaking.has(entity.id))) return { speakers: entities.map(toSpeaker), speakerOf };
  const kept = entities.filter((entity) => speaking.has(entity.id));
  const ids = new Map(kept.map((entity, k) => [entity.id, `s${k + 1}`]));
  return {
    speakers: kept.map((entity) => ({ ...toSpeaker(entity), id: ids.get(entity.id)! })),
    speakerOf: speakerOf.map((id) => (id === null ? null : ids.get(id)!)),
  };
}

/** The offsets of the asides of a source, its parts after the first comma or dash ("Clinton, | the daughter of Bill Clinton"; not ", Jr."); null if none. */
function asideOf(doc: Doc, [start, end]: Range): [number, number] | null {
  const parts = splitAtAsides(doc.tokens, start, end);
  return parts.length < 2 ? null : [doc.tokens[parts[1]![0]]!.start, doc.tokens[end - 1]!.end];
}

/** The intervals sorted by start, overlapping ones merged, so that a binary search finds any that holds a point. */
function mergedIntervals(intervals: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Whether two frames name their speaker with the same words: "Paul Chipok, a lawyer, said ..., adding ..." gives "Paul Chipok" to both. */
function sharesSource(frame: Frame, other: Frame | null): boolean {
  return other?.source != null && frame.source != null && rangesOverlap(frame.source, other.source);
}

/**
 * How many candidates a look-up reads at the most: the nearest ones, so that resolving
 * stays linear in the article's length however many names it holds.
 */
const LOOKBACK = 64;

class Resolver {
  readonly entities: Entity[] = [];
  /** Entities by the words of their names and their roles, for bounded look-ups. */
  private readonly entitiesByWord = new Map<string, Entity[]>();
  /** Entities in the order they were last seen, the latest last. */
  private readonly recency: Entity[] = [];
  private readonly names: NameIndex;

  /** Where sources describe their speakers ("Mary Allen, the daughter of John Allen"): the names there are someone else's. */
  private readonly asides: readonly [number, number][];

  constructor(names: KnownName[], asides: readonly [number, number][] = []) {
    this.names = new NameIndex(names);
    this.asides = mergedIntervals(asides);
  }

  /** `aside`: where the source describes its speaker ("Clinton, the daughter of Bill Clinton"), whose names are someone else's. */
  resolve(mention: MentionInfo, at: number, aside: [number, number] | null = null): Entity {
    const entity = this.find(mention, at, aside) ?? this.create(mention);
    absorb(entity, mention);
    this.indexEntity(entity);
    return entity;
  }

  /** Marks an entity as the latest seen. */
  seen(entity: Entity): void {
    const at = this.recency.lastIndexOf(entity);
    if (at >= 0) this.recency.splice(at, 1);
    this.recency.push(entity);
    if (this.recency.length > LOOKBACK * 2) this.recency.splice(0, this.recency.length - LOOKBACK);
  }

  private find(mention: MentionInfo, at: number, aside: [number, number] | null): Entity | null {
    switch (mention.form) {
      case 'pronoun':
        return this.antecedent(mention, at);
      case 'role':
        return this.recent((entity) => roleFits(mention, entity), at) ?? this.fromIndex(this.namedWithRole(mention, at));
      case 'name': {
        const fuller = this.fullerName(mention, at, aside);
        // "Mary Allen, the daughter of John Allen, said ... Allen added": a speaker already heard comes before a name in an aside.
        const heard = fuller && this.inAnAside(fuller.start) ? this.entityFitting(mention) : null;
        if (heard) return heard;
        if (fuller) return this.fromIndex(fuller);
        // "The spokesperson said ..." then "Foreign Ministry spokesperson Wang Wenbin added ...": the office gets its name.
        return this.entityFitting(mention) ?? this.recent((entity) => !entity.named && sharesRole(mention, entity), Number.POSITIVE_INFINITY);
      }
    }
  }

  /** Whether `at` lies in a source's aside (a binary search over the merged, sorted asides). */
  private inAnAside(at: number): boolean {
    let low = 0;
    let high = this.asides.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = this.asides[middle]!;
      if (at < start) high = middle - 1;
      else if (at >= end) low = middle + 1;
      else return true;
    }
    return false;
  }

  /** A pronoun takes the latest fitting party: a speaker already heard, or a person who opens a recent sentence. */
  private antecedent(mention: MentionInfo, at: number): Entity | null {
    const heard = this.recent((entity) => pronounFits(mention, entity), at);
    const named = mention.kind === 'person' ? this.names.latestOpener(at) : undefined;
    if (named && (!heard || named.start > heard.lastSeen)) return this.fromIndex(named);
    return heard;
  }

  private recent(fits: (entity: Entity) => boolean, at: number): Entity | null {
    for (let k = this.recency.length - 1; k >= 0 && k >= this.recency.length - LOOKBACK; k -= 1) {
      const entity = this.recency[k]!;
      if (entity.lastSeen <= at && fits(entity)) return entity;
    }
    return null;
  }

  /** The fullest name in the article that contains this one ("Whitcomb" → "Laura Whitcomb"), nearest before it first. */
  private fullerName(mention: MentionInfo, at: number, aside: [number, number] | null = null): KnownName | undefined {
    const word = mention.nameWords[mention.nameWords.length - 1];
    if (word === undefined) return undefined;
    return this.names.nearest(
      word,
      at,
      (name) =>
        name.info.form === 'name' &&
        name.info.kind === mention.kind &&
        name.info.nameWords.length > mention.nameWords.length &&
        contains(name.info.nameWords, mention.nameWords) &&
        !(aside !== null && name.start >= aside[0] && name.start < aside[1]),
    );
  }

  /** "the governor" → the person the article called "Gov. ..."; "the ministry" → "... Ministry of ...". */
  private namedWithRole(mention: MentionInfo, at: number): KnownName | undefined {
    const roles = mention.roles.map(family);
    const words = mention.nameWords;
    const fits = (name: KnownName) =>
      name.start !== at &&
      (name.info.kind === 'person'
        ? roles.some((role) => name.info.roles.map(family).includes(role)) && sameRank(mention, name.info.title)
        : words.length > 0 && contains(name.info.nameWords, words));
    const keys = [...new Set([...roles, ...words.slice(-1)])];
    // "The President" in a readout is the one who opened a sentence as its subject, not the one met.
    for (const key of keys) {
      const opener = this.names.nearestBefore(key, at, (name) => name.opensSentence && fits(name));
      if (opener) return opener;
    }
    for (const key of keys) {
      const found = this.names.nearest(key, at, fits);
      if (found) return found;
    }
    return undefined;
  }

  private entityFitting(mention: MentionInfo): Entity | null {
    const keys = [...mention.nameWords, acronymKey(mention.nameWords)];
    for (const key of keys) {
      const list = this.entitiesByWord.get(key);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && k >= list.length - LOOKBACK; k -= 1) if (nameFits(mention, list[k]!)) return list[k]!;
    }
    return null;
  }

  /** The party a name of the article stands for, with the fullest form of that name the article gives. */
  private fromIndex(name: KnownName | undefined): Entity | null {
    if (!name) return null;
    const entity = this.entityFitting(name.info) ?? this.create(name.info);
    absorb(entity, name.info);
    const fuller = this.fullerName(name.info, name.start);
    if (fuller) absorb(entity, fuller.info);
    this.indexEntity(entity);
    return entity;
  }

  private create(mention: MentionInfo): Entity {
    const entity: Entity = {
      id: `s${this.entities.length + 1}`,
      name: mention.name,
      nameWords: mention.nameWords,
      kind: mention.kind,
      title: undefined,
      organization: undefined,
      roles: new Set(),
      mentions: [],
      lastSeen: -1,
      named: mention.form === 'name',
      indexed: new Set(),
    };
    this.entities.push(entity);
    return entity;
  }

  /** Files an entity under each word of its name (and its initials), once per word. */
  private indexEntity(entity: Entity): void {
    for (const key of [...entity.nameWords, acronymKey(entity.nameWords)]) {
      if (!key || entity.indexed.has(key)) continue;
      entity.indexed.add(key);
      const list = this.entitiesByWord.get(key) ?? [];
      list.push(entity);
      this.entitiesByWord.set(key, list);
    }
  }
}

/** The names of the article, filed by word and role and kept in text order, for nearest-first look-ups. */
class NameIndex {
  private readonly byKey = new Map<string, KnownName[]>();
  private readonly openers: KnownName[];

  constructor(names: KnownName[]) {
    for (const name of names) {
      for (const key of new Set([...name.info.nameWords, ...name.info.roles.map(family)])) {
        const list = this.byKey.get(key) ?? [];
        list.push(name);
        this.byKey.set(key, list);
      }
    }
    this.openers = names.filter((name) => name.opensSentence && name.info.kind === 'person');
  }

  /** The latest sentence-opening person that ends before `at`. */
  latestOpener(at: number): KnownName | undefined {
    const k = lastEndingBefore(this.openers, at);
    return k >= 0 ? this.openers[k] : undefined;
  }

  /** The nearest fitting name before `at`, else the first fitting one after it. */
  nearest(key: string, at: number, fits: (name: KnownName) => boolean): KnownName | undefined {
    return this.nearestBefore(key, at, fits) ?? this.firstAfter(key, at, fits);
  }

  nearestBefore(key: string, at: number, fits: (name: KnownName) => boolean): KnownName | undefined {
    const list = this.byKey.get(key) ?? [];
    const last = lastEndingBefore(list, at);
    for (let k = last; k >= 0 && k > last - LOOKBACK; k -= 1) if (fits(list[k]!)) return list[k];
    return undefined;
  }

  private firstAfter(key: string, at: number, fits: (name: KnownName) => boolean): KnownName | undefined {
    const list = this.byKey.get(key) ?? [];
    const from = lastEndingBefore(list, at) + 1;
    for (let k = from; k < list.length && k < from + LOOKBACK; k += 1) if (fits(list[k]!)) return list[k];
    return undefined;
  }
}

/** Index of the last name ending at or before `at` (names are in text order), -1 if none. */
function lastEndingBefore(names: KnownName[], at: number): number {
  let low = 0;
  let high = names.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (names[middle]!.end <= at) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function acronymKey(words: string[]): string {
  return words.length >= 2 ? `#${words.map((word) => word.charAt(0)).join('')}` : words.length === 1 ? `#${words[0]}` : '';
}

/** "the President" is not the "Vice President": both must carry the same rank words. */
function sameRank(mention: MentionInfo, title: string | undefined): boolean {
  const ranks = (words: string[]) =>
    words
      .map((word) => titleAbbreviations[word] ?? word)
      .filter((word) => RANK_MODIFIERS.has(word))
      .sort()
      .join(' ');
  return ranks(mention.nameWords) === ranks(title ? title.toLowerCase().split(' ') : []);
}


function pronounFits(mention: MentionInfo, entity: Entity): boolean {
  if (mention.kind === 'person') return entity.kind === 'person';
  if (mention.kind === 'organization') return entity.kind === 'organization';
  return entity.kind === 'group' || entity.kind === 'organization';
}

function roleFits(mention: MentionInfo, entity: Entity): boolean {
  if (mention.kind === 'group') return entity.kind === 'group' && entity.nameWords.join(' ') === mention.nameWords.join(' ');
  const roles = mention.roles.map(family);
  if (roles.some((role) => entity.roles.has(role)) && sameRank(mention, entity.title)) return entity.kind === mention.kind || mention.kind === 'unknown';
  return entity.kind === 'organization' && mention.nameWords.length > 0 && contains(entity.nameWords, mention.nameWords);
}

function nameFits(mention: MentionInfo, entity: Entity): boolean {
  // An office known only by its phrase ("a Kincaid aide") is no name to match.
  if (entity.kind !== mention.kind || !entity.named) return false;
  return contains(entity.nameWords, mention.nameWords) || contains(mention.nameWords, entity.nameWords) || isAcronymOf(mention, entity) || isAcronymOf(entity, mention);
}

function sharesRole(mention: MentionInfo, entity: Entity): boolean {
  return mention.kind === entity.kind && mention.roles.some((role) => entity.roles.has(family(role)));
}

function isAcronymOf(short: { nameWords: string[] }, long: { nameWords: string[] }): boolean {
  if (short.nameWords.length !== 1 || long.nameWords.length < 2) return false;
  const initials = long.nameWords.map((word) => word.charAt(0)).join('');
  return short.nameWords[0] === initials;
}

function contains(words: string[], part: string[]): boolean {
  return part.length > 0 && part.every((word) => words.includes(word));
}

/** Takes in what a mention tells: a fuller name, a title, an organisation, a role. */
function absorb(entity: Entity, mention: MentionInfo): void {
  if (mention.form === 'name' && (!entity.named || mention.nameWords.length > entity.nameWords.length)) {
    entity.named = true;
    entity.name = mention.name;
    entity.nameWords = mention.nameWords;
  }
  if (mention.title && !entity.title) entity.title = mention.title;
  if (mention.organization && !entity.organization) entity.organization = mention.organization;
  for (const role of mention.roles) entity.roles.add(family(role));
}

function family(role: string): string {
  return ROLE_FAMILIES[role] ?? role;
}

function toSpeaker(entity: Entity): Speaker {
  const speaker: Speaker = { id: entity.id, name: entity.name, kind: entity.kind, mentions: entity.mentions };
  if (entity.title) speaker.title = entity.title;
  if (entity.organization) speaker.organization = entity.organization;
  return speaker;
}
