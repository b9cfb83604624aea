import type { Doc } from '../document.js';
import type { Span, Speaker, SpeakerKind } from '../types.js';
import type { Frame } from '../attribute/index.js';
import { readMention, type MentionInfo } from './mentions.js';

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
  'foreign minister': 'minister',
};

/**
 * Groups source mentions into speakers: a surname joins the full name that contains
 * it, a pronoun the person (or group) last in view, a role noun ("the spokesperson")
 * the last speaker who held that role. The canonical name is the fullest one given.
 */
export function resolveSpeakers(doc: Doc, frames: Frame[]): Resolution {
  const entities: Entity[] = [];
  const recent: Entity[] = [];
  const speakerOf: Array<string | null> = [];
  const byFrame = new Map<Frame, Entity>();
  const fullNames = collectFullNames(doc, frames);

  for (const frame of frames) {
    let entity: Entity | null = null;
    if (frame.source) {
      const mention = readMention(doc.tokens, frame.source, doc.text);
      entity = findEntity(mention, entities, recent, fullNames) ?? createEntity(mention, entities);
      absorb(entity, mention);
      const first = doc.tokens[frame.source[0]]!;
      const last = doc.tokens[frame.source[1] - 1]!;
      entity.mentions.push({ start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) });
      touch(recent, entity);
    } else if (frame.inherits) {
      entity = byFrame.get(frame.inherits) ?? null;
    }
    if (entity) byFrame.set(frame, entity);
    speakerOf.push(entity ? entity.id : null);
  }
  const speakers = entities.map(toSpeaker);
  return { speakers, speakerOf };
}

/** Full names that appear as sources anywhere in the article, so a surname seen first still gets the full name. */
function collectFullNames(doc: Doc, frames: Frame[]): MentionInfo[] {
  const names: MentionInfo[] = [];
  for (const frame of frames) {
    if (!frame.source) continue;
    const mention = readMention(doc.tokens, frame.source, doc.text);
    if (mention.form === 'name' && mention.kind === 'person' && mention.nameWords.length >= 2) names.push(mention);
  }
  return names;
}

function findEntity(mention: MentionInfo, entities: Entity[], recent: Entity[], fullNames: MentionInfo[]): Entity | null {
  switch (mention.form) {
    case 'pronoun':
      return recent.find((entity) => pronounFits(mention, entity)) ?? null;
    case 'role':
      return recent.find((entity) => roleFits(mention, entity)) ?? null;
    case 'name': {
      const match = entities.find((entity) => nameFits(mention, entity));
      if (match) return match;
      const fuller = fullNames.find((full) => full.nameWords.length > mention.nameWords.length && contains(full.nameWords, mention.nameWords));
      if (fuller) return entities.find((entity) => contains(entity.nameWords, fuller.nameWords)) ?? null;
      return null;
    }
  }
}

function pronounFits(mention: MentionInfo, entity: Entity): boolean {
  if (mention.kind === 'person') return entity.kind === 'person';
  if (mention.kind === 'organization') return entity.kind === 'organization';
  return entity.kind === 'group' || entity.kind === 'organization';
}

function roleFits(mention: MentionInfo, entity: Entity): boolean {
  if (!mention.role) return false;
  const role = family(mention.role);
  if (entity.roles.has(role)) return true;
  return entity.kind === 'organization' && entity.nameWords.includes(role);
}

function nameFits(mention: MentionInfo, entity: Entity): boolean {
  if (entity.kind !== mention.kind && !(entity.kind === 'person' && mention.kind === 'person')) return false;
  return contains(entity.nameWords, mention.nameWords) || contains(mention.nameWords, entity.nameWords) || isAcronymOf(mention, entity) || isAcronymOf(entity, mention);
}

function isAcronymOf(short: { nameWords: string[] }, long: { nameWords: string[] }): boolean {
  if (short.nameWords.length !== 1 || long.nameWords.length < 2) return false;
  const initials = long.nameWords.map((word) => word.charAt(0)).join('');
  return short.nameWords[0] === initials;
}

function contains(words: string[], part: string[]): boolean {
  return part.length > 0 && part.every((word) => words.includes(word));
}

function createEntity(mention: MentionInfo, entities: Entity[]): Entity {
  const entity: Entity = {
    id: `s${entities.length + 1}`,
    name: mention.name,
    nameWords: mention.nameWords,
    kind: mention.kind,
    roles: new Set(),
    mentions: [],
  };
  entities.push(entity);
  return entity;
}

/** Takes in what a mention tells: a fuller name, a title, an organisation, a role. */
function absorb(entity: Entity, mention: MentionInfo): void {
  if (mention.form === 'name' && mention.nameWords.length > entity.nameWords.length) {
    entity.name = mention.name;
    entity.nameWords = mention.nameWords;
  }
  if (mention.form === 'role' && entity.mentions.length === 0) entity.name = mention.name;
  if (mention.title && !entity.title) entity.title = mention.title;
  if (mention.organization && !entity.organization) entity.organization = mention.organization;
  if (mention.role) entity.roles.add(family(mention.role));
  if (mention.title) for (const word of mention.title.toLowerCase().split(' ')) entity.roles.add(family(word));
}

function family(role: string): string {
  return ROLE_FAMILIES[role] ?? role;
}

/** Moves an entity to the front of the recency list. */
function touch(recent: Entity[], entity: Entity): void {
  const at = recent.indexOf(entity);
  if (at >= 0) recent.splice(at, 1);
  recent.unshift(entity);
}

function toSpeaker(entity: Entity): Speaker {
  const speaker: Speaker = { id: entity.id, name: entity.name, kind: entity.kind, mentions: entity.mentions };
  if (entity.title) speaker.title = entity.title;
  if (entity.organization) speaker.organization = entity.organization;
  return speaker;
}
