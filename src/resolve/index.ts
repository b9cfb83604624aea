import type { Doc } from '../document.js';
import type { Span, Speaker, SpeakerKind } from '../types.js';
import type { Frame } from '../attribute/index.js';
import { readMention, type MentionInfo } from './mentions.js';
import { indexNames, type KnownName } from './names.js';
import { rankModifiers, titleAbbreviations } from '../lexicons/speakers.js';

const RANK_MODIFIERS: ReadonlySet<string> = new Set(rankModifiers);

/** A speaker being built: its mentions so far and what they told about it. */
interface Entity {
  id: string;
  name: string;
  nameWords: string[];
  kind: SpeakerKind;
  title?: string;
  organization?: string;
  roles: Set<string>;
  mentions: Span[];
  /** Offset of its latest mention, for recency. */
  lastSeen: number;
  /** Known by a name, not only by its office ("the spokesperson"). */
  named: boolean;
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
  const resolver = new Resolver(indexNames(doc));
  const byFrame = new Map<Frame, Entity>();
  const speakerOf = frames.map((frame) => {
    let entity: Entity | null = frame.inherits ? byFrame.get(frame.inherits) ?? null : null;
    if (frame.source) {
      const first = doc.tokens[frame.source[0]]!;
      const last = doc.tokens[frame.source[1] - 1]!;
      const mention = readMention(doc.tokens, frame.source, doc.text);
      entity ??= resolver.resolve(mention, first.start);
      entity.mentions.push({ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) });
      entity.lastSeen = first.start;
    }
    if (entity) byFrame.set(frame, entity);
    return entity ? entity.id : null;
  });
  return { speakers: resolver.entities.map(toSpeaker), speakerOf };
}

class Resolver {
  readonly entities: Entity[] = [];

  constructor(private readonly names: KnownName[]) {}

  resolve(mention: MentionInfo, at: number): Entity {
    const entity = this.find(mention, at) ?? this.create(mention);
    absorb(entity, mention);
    return entity;
  }

  private find(mention: MentionInfo, at: number): Entity | null {
    switch (mention.form) {
      case 'pronoun':
        return this.antecedent(mention, at);
      case 'role':
        return this.recent((entity) => roleFits(mention, entity), at) ?? this.fromIndex(this.namedWithRole(mention, at));
      case 'name': {
        const fuller = this.fullerName(mention, at);
        if (fuller) return this.fromIndex(fuller);
        // "The spokesperson said ..." then "Foreign Ministry spokesperson Wang Wenbin added ...": the office gets its name.
        return this.entities.find((entity) => nameFits(mention, entity)) ?? this.entities.find((entity) => !entity.named && sharesRole(mention, entity)) ?? null;
      }
    }
  }

  /** A pronoun takes the latest fitting party: a speaker already heard, or a person who opens a recent sentence. */
  private antecedent(mention: MentionInfo, at: number): Entity | null {
    const heard = this.recent((entity) => pronounFits(mention, entity), at);
    const named = mention.kind === 'person' ? latest(this.names.filter((name) => name.opensSentence && name.info.kind === 'person' && name.end <= at)) : undefined;
    if (named && (!heard || named.start > heard.lastSeen)) return this.fromIndex(named);
    return heard;
  }

  private recent(fits: (entity: Entity) => boolean, at: number): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.lastSeen <= at && fits(entity) && (!best || entity.lastSeen > best.lastSeen)) best = entity;
    }
    return best;
  }

  /** The fullest name in the article that contains this one ("Whitcomb" → "Laura Whitcomb"), nearest before it first. */
  private fullerName(mention: MentionInfo, at: number): KnownName | undefined {
    const fuller = this.names.filter(
      (name) =>
        name.info.form === 'name' && name.info.kind === mention.kind && name.info.nameWords.length > mention.nameWords.length && contains(name.info.nameWords, mention.nameWords),
    );
    return latest(fuller.filter((name) => name.end <= at)) ?? fuller[0];
  }

  /** "the governor" → the person the article called "Gov. ..."; "the ministry" → "... Ministry of ...". */
  private namedWithRole(mention: MentionInfo, at: number): KnownName | undefined {
    const roles = mention.roles.map(family);
    const words = mention.nameWords;
    const fits = this.names.filter((name) => name.start !== at).filter((name) =>
      name.info.kind === 'person'
        ? roles.some((role) => name.info.roles.map(family).includes(role)) && sameRank(mention, name.info.title)
        : words.length > 0 && contains(name.info.nameWords, words),
    );
    const before = fits.filter((name) => name.end <= at);
    // "The President" in a readout is the one who opened a sentence as its subject, not the one met.
    return latest(before.filter((name) => name.opensSentence)) ?? latest(before) ?? fits[0];
  }

  private fromIndex(name: KnownName | undefined): Entity | null {
    if (!name) return null;
    const existing = this.entities.find((entity) => nameFits(name.info, entity));
    if (existing) {
      absorb(existing, name.info);
      return existing;
    }
    const entity = this.create(name.info);
    absorb(entity, name.info);
    return entity;
  }

  private create(mention: MentionInfo): Entity {
    const entity: Entity = {
      id: `s${this.entities.length + 1}`,
      name: mention.name,
      nameWords: mention.nameWords,
      kind: mention.kind,
      roles: new Set(),
      mentions: [],
      lastSeen: -1,
      named: mention.form === 'name',
    };
    this.entities.push(entity);
    return entity;
  }
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

function latest(names: KnownName[]): KnownName | undefined {
  let best: KnownName | undefined;
  for (const name of names) if (!best || name.start > best.start) best = name;
  return best;
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
