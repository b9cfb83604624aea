/**
 * Words that make a noun phrase a plausible source of speech, and words used to
 * build canonical speaker names.
 */

import { wordTable } from './table.js';

/** Personal pronouns that can stand for a speaker, with the kind of speaker they refer to. */
export const speakerPronouns: Readonly<Record<string, 'person' | 'group' | 'organization'>> = wordTable({
  he: 'person',
  she: 'person',
  i: 'person',
  they: 'group',
  we: 'group',
  it: 'organization',
});

/**
 * Role nouns: heads of noun phrases that name a person by office ("the spokesperson"),
 * with the kind of speaker they name.
 */
export const roleNouns: Readonly<Record<string, 'person' | 'organization' | 'group'>> = wordTable({
  spokesperson: 'person',
  speaker: 'person',
  spokesman: 'person',
  spokeswoman: 'person',
  minister: 'person',
  'foreign minister': 'person',
  'prime minister': 'person',
  president: 'person',
  'vice president': 'person',
  premier: 'person',
  chancellor: 'person',
  secretary: 'person',
  senator: 'person',
  sen: 'person',
  representative: 'person',
  rep: 'person',
  congressman: 'person',
  congresswoman: 'person',
  governor: 'person',
  mayor: 'person',
  ambassador: 'person',
  envoy: 'person',
  diplomat: 'person',
  official: 'person',
  officer: 'person',
  adviser: 'person',
  advisor: 'person',
  councilor: 'person',
  councillor: 'person',
  commissioner: 'person',
  director: 'person',
  chairman: 'person',
  chairwoman: 'person',
  chair: 'person',
  leader: 'person',
  candidate: 'person',
  nominee: 'person',
  lawmaker: 'person',
  chief: 'person',
  head: 'person',
  king: 'person',
  queen: 'person',
  general: 'person',
  lieutenant: 'person',
  colonel: 'person',
  captain: 'person',
  superintendent: 'person',
  inspector: 'person',
  sergeant: 'person',
  admiral: 'person',
  commander: 'person',
  analyst: 'person',
  expert: 'person',
  professor: 'person',
  researcher: 'person',
  economist: 'person',
  doctor: 'person',
  reverend: 'person',
  lawyer: 'person',
  attorney: 'person',
  judge: 'person',
  prosecutor: 'person',
  witness: 'person',
  source: 'person',
  person: 'person',
  aide: 'person',
  manager: 'person',
  executive: 'person',
  businessman: 'person',
  businesswoman: 'person',
  narrator: 'person',
  announcer: 'person',
  anchor: 'person',
  columnist: 'person',
  editor: 'person',
  author: 'person',
  activist: 'person',
  organizer: 'person',
  consultant: 'person',
  surrogate: 'person',
  insider: 'person',
  founder: 'person',
  pollster: 'person',
  strategist: 'person',
  host: 'person',
  reporter: 'person',
  correspondent: 'person',
  resident: 'person',
  voter: 'person',
  ministry: 'organization',
  department: 'organization',
  government: 'organization',
  administration: 'organization',
  embassy: 'organization',
  office: 'organization',
  agency: 'organization',
  council: 'organization',
  committee: 'organization',
  panel: 'organization',
  commission: 'organization',
  campaign: 'organization',
  party: 'organization',
  company: 'organization',
  firm: 'organization',
  group: 'organization',
  organization: 'organization',
  organisation: 'organization',
  union: 'organization',
  alliance: 'organization',
  association: 'organization',
  federation: 'organization',
  institute: 'organization',
  guard: 'organization',
  service: 'organization',
  center: 'organization',
  centre: 'organization',
  forum: 'organization',
  coalition: 'organization',
  court: 'organization',
  police: 'organization',
  army: 'organization',
  military: 'organization',
  cabinet: 'organization',
  parliament: 'organization',
  congress: 'organization',
  senate: 'organization',
  house: 'organization',
  newspaper: 'organization',
  paper: 'organization',
  daily: 'organization',
  network: 'organization',
  outlet: 'organization',
  publication: 'organization',
  media: 'organization',
  broadcaster: 'organization',
  television: 'organization',
  website: 'organization',
  report: 'organization',
  statement: 'organization',
  study: 'organization',
  survey: 'organization',
  poll: 'organization',
  side: 'organization',
  country: 'organization',
  nation: 'organization',
  team: 'organization',
  force: 'organization',
  bank: 'organization',
  hospital: 'organization',
  clinic: 'organization',
  school: 'organization',
  university: 'organization',
  college: 'organization',
  airline: 'organization',
  railroad: 'organization',
  railway: 'organization',
  regulator: 'organization',
  authority: 'organization',
  manufacturer: 'organization',
  league: 'organization',
  fund: 'organization',
  // several parties together
  sides: 'group',
  leaders: 'group',
  ministers: 'group',
  officials: 'group',
  countries: 'group',
  nations: 'group',
  parties: 'group',
  governments: 'group',
  delegations: 'group',
  participants: 'group',
  members: 'group',
  experts: 'group',
  analysts: 'group',
  sources: 'group',
  critics: 'group',
  supporters: 'group',
  democrats: 'group',
  republicans: 'group',
  lawmakers: 'group',
  residents: 'group',
  voters: 'group',
  authorities: 'group',
  companies: 'group',
  groups: 'group',
  associations: 'group',
  unions: 'group',
  railroads: 'group',
  both: 'group',
});

/** Titles that stand before a name and are dropped from the canonical name ("President Joe Biden" → "Joe Biden"). */
export const nameTitles: readonly string[] = [
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'secretary',
  'state',
  'councilor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'governor',
  'gov.',
  'mayor',
  'ambassador',
  'spokesperson',
  'speaker',
  'spokesman',
  'spokeswoman',
  'chancellor',
  'premier',
  'general',
  'gen.',
  'dr',
  'dr.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'prof',
  'prof.',
  'sir',
  'dame',
  'king',
  'queen',
  'judge',
  'justice',
  'chairman',
  'chairwoman',
  'director',
  'commissioner',
  'deputy',
  'assistant',
  'acting',
  'former',
  'associate',
  'lieutenant',
  'under',
  'special',
  'envoy',
  'adviser',
  'advisor',
  'national',
  'security',
  'affairs',
  'commonwealth',
  'development',
  'defence',
  'defense',
  'finance',
  'trade',
  'interior',
  'health',
  'technology',
  'emerging',
  'cyber',
  'economic',
  'energy',
  'environment',
  'labor',
  'labour',
  'commerce',
  'agriculture',
  'transport',
  'transportation',
  'communications',
  'information',
  'science',
  'culture',
  'education',
  'home',
  'legal',
  'policy',
  'council',
  'chair',
  'co-chair',
  'nsc',
  'nec',
  'cabinet',
  'excellency',
  'majesty',
  'highness',
  'honourable',
  'honorable',
  'press',
  'chief',
  'of',
];

/** Words that name a time, skipped between a source and its cue ("The ministry on Friday announced"). */
export const timeWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night',
  'week', 'month', 'year', 'weekend', 'day', 'earlier', 'later',
];

/** Nouns that count time, not parties, besides the time words: "said several times", "was considered 12 times", "minutes later". */
export const timeUnits: readonly string[] = ['time', 'minute', 'hour', 'second'];

/** Words that count a span of time before its unit: "several months", "a few days", "a couple of weeks". */
export const timeSpanCounters: readonly string[] = ['a', 'several', 'few', 'many', 'some', 'couple', 'of'];

/** Words that place a span of time against now or then: "three days ago", "weeks later". */
export const timeSpanRelations: readonly string[] = ['ago', 'later', 'earlier'];

/** Words that place a span of time against a moment named after them: "weeks after the vote", "30 minutes into the debate". */
export const timeSpanMomentRelations: readonly string[] = ['after', 'before', 'into', 'since'];

/** Words that open a time phrase before a time word: "last year", "next week", "this month". */
export const timeDeterminers: readonly string[] = ['last', 'next', 'this'];

/** Words that, before "of", make a subject a share of people: "half of voters", "a majority of Republicans", "two-thirds of". */
export const shareWords: readonly string[] = ['half', 'majority', 'minority', 'plurality', 'third', 'thirds', 'quarter', 'quarters'];

/** Words that sum up a subject right before its verb: "voters overall said", "Democrats alone say". */
export const postSubjectModifiers: readonly string[] = ['overall', 'alone', 'combined', 'nationally', 'nationwide', 'statewide'];

/** Words that approximate the number opening a subject, and belong to it: "About 42% say", "only about half said". */
export const approximators: readonly string[] = ['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'just', 'only', 'fully', 'barely'];

/** Comparatives that, with "than", bound the number opening a subject: "More than 4 in 10 said", "fewer than a third". */
export const comparativeQuantifiers: readonly string[] = ['more', 'less', 'fewer'];

/** Nouns of number that open a quantity after "a": "a dozen divers", "a handful of crews". */
export const quantityNouns: readonly string[] = ['dozen', 'handful', 'hundred', 'thousand', 'million', 'number', 'couple'];

/** Superlatives that, after "at", bound the number opening a subject: "At least two officials said", "at most a third". */
export const boundingSuperlatives: readonly string[] = ['least', 'most'];

/**
 * Pronouns for people left unnamed, which stand for a whole subject: "everyone knows", "nobody said". (The readers
 * add their own neighbours: "anybody" and "something" open a noun phrase, "none" and "another" a speaker's subject.)
 */
export const peopleIndefinites: readonly string[] = ['everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone'];

/** Quantifiers that stand for a plural subject on their own: "Some say", "Many believe", "Most said". */
export const quantifierSubjects: readonly string[] = ['some', 'many', 'most', 'few', 'several', 'both', 'all', 'others'];

/** Words that count the parties of a phrase besides those quantifiers: "dozens of lawmakers", "far fewer papers", "a handful of divers". */
export const countingWords: readonly string[] = ['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'fewer', 'more', 'handful'];

/** Participles of polling that, after the people they name, end a subject: "56 percent of voters polled said". */
export const respondentParticiples: readonly string[] = ['polled', 'surveyed', 'interviewed', 'questioned', 'sampled'];

/** Adverbs besides the time words that may open a sentence before its subject without a comma: "Recently she announced". */
export const sentenceAdverbs: readonly string[] = [
  'recently', 'previously', 'initially', 'originally', 'eventually', 'finally', 'ultimately',
  'now', 'then', 'naturally', 'separately', 'privately', 'publicly', 'subsequently', 'afterwards',
];

/**
 * Adverbs of the writer's stance that may open a sentence before its subject without a comma: "Perhaps the
 * divers will demand a vote". Only there: after a cue they may be all that was said ("said probably").
 */
export const stanceAdverbs: readonly string[] = ['perhaps', 'maybe', 'probably', 'possibly', 'surely', 'certainly', 'clearly', 'obviously', 'apparently'];

/** Adverbs that set off an aside of the sentence, not of its subject: "Huckabee, however, said". */
export const connectiveAdverbs: readonly string[] = [
  'however', 'meanwhile', 'still', 'though', 'instead', 'nevertheless', 'nonetheless', 'moreover', 'likewise', 'similarly',
];

/** Words after a headline's speaker, before a quote, that say whom or what the words are for: "Allen On The Pier: '...'". */
export const headlineAddressWords: readonly string[] = ['to', 'on'];

/** Lower-case nouns that may follow a name before a headline's colon and speak with it: "Allen camp: ...", "Gazette editorial: ...". */
export const headlineGroupNouns: readonly string[] = ['camp', 'campaign', 'team', 'aides', 'allies', 'editorial', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'lawyers', 'supporters', 'critics'];

/** Particles that open a surname and that wink may leave untagged: "De Blasio", "van Hollen". */
export const nameParticles: readonly string[] = ['de', 'van', 'von', 'del', 'della', 'di', 'da', 'du', 'der', 'den', 'le', 'la', 'al', 'el', 'bin', 'ibn'];

/** Month names, which open a fronted time phrase: "In March he said". */
export const monthNames: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Abbreviated titles and the role they stand for. */
export const titleAbbreviations: Readonly<Record<string, string>> = wordTable({
  'gov.': 'governor',
  gov: 'governor',
  'govs.': 'governor',
  'sen.': 'senator',
  'sens.': 'senator',
  'rep.': 'representative',
  'reps.': 'representative',
  'rev.': 'reverend',
  'gen.': 'general',
  'amb.': 'ambassador',
  'sec.': 'secretary',
  'pres.': 'president',
  'dr.': 'doctor',
  dr: 'doctor',
  'prof.': 'professor',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  'capt.': 'captain',
  'supt.': 'superintendent',
  'insp.': 'inspector',
  'sgt.': 'sergeant',
  'adm.': 'admiral',
  'cmdr.': 'commander',
  'atty.': 'attorney',
});

/** Honorifics written with a stop before a name: "Mrs. Allen", "Messrs. Hill and Marsh". */
export const honorificAbbreviations: readonly string[] = ['mr.', 'mrs.', 'ms.', 'messrs.', 'mme.', 'mlle.'];

/** The titles and honorifics written with a stop before a name ("Sens.", "Rev.", "Mrs."), after which no sentence ends, glued or not. */
export const nameAbbreviations: readonly string[] = [...Object.keys(titleAbbreviations).filter((key) => key.endsWith('.')), ...honorificAbbreviations];

/** Words that make a title a different office from its head noun: a "Vice President" is not "the President". */
export const rankModifiers: readonly string[] = ['vice', 'deputy', 'assistant', 'acting', 'former', 'under', 'associate', 'lieutenant'];

/** Titles that open a person's name, so an "of" before one joins no name ("Readout of | President Joseph R. Biden"). */
export const titlesOpeningAName: readonly string[] = ['president', 'prime', 'king', 'queen', 'chancellor', 'premier', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'ambassador', 'representative', 'rep.'];

/** Suffixes that follow a name after a comma and belong to it: "Joseph R. Biden, Jr.". */
export const nameSuffixes: readonly string[] = ['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv'];

/** Labels that open a line with a colon but name no speaker: "CORRECTION: ...", "Video Transcript: ...". */
export const lineLabels: readonly string[] = [
  'correction',
  'clarification',
  'update',
  'updated',
  'note',
  "editor's note",
  'email',
  'video',
  'photo',
  'watch',
  'related',
  'transcript',
  'video transcript',
  'advertisement',
  'name',
  'read more',
  'short reads',
  'delegate update',
];

/** Possessive determiners: "her thinking", "their handling". */
export const possessiveDeterminers: readonly string[] = ['his', 'her', 'its', 'their', 'our', 'my', 'your'];

/** Pronouns that can only be objects: "groups that endorsed him say ...". */
export const objectPronouns: readonly string[] = ['him', 'them', 'us', 'me', 'her'];

/** Pronouns that can only be subjects: "Several people | I have spoken with said", "In the letter | he said". */
export const nominativePronouns: readonly string[] = ['i', 'we', 'they', 'he', 'she'];

/** Words that open a relative clause or a question before a noun: "what divers called", "which officials said", "whose captain said". */
export const whDeterminers: readonly string[] = ['what', 'which', 'whose'];

/** Verbs after which "what" opens a question, not a relative clause: "asked what officials called the pier". */
export const questionVerbs: readonly string[] = ['ask', 'wonder', 'know', 'explain', 'question', 'decide', 'determine', 'understand', 'learn', 'reveal', 'show', 'tell', 'see', 'investigate', 'examine', 'clarify'];

/** Nouns naming a person by a relation to someone, which a name set off after them makes a speaker: "Lee's running mate, Tom Hunt, plans ...". */
export const relationNouns: readonly string[] = [
  'mate', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'friend', 'partner', 'colleague',
  'ally', 'rival', 'opponent', 'challenger', 'successor', 'predecessor', 'deputy', 'boss', 'widow', 'widower', 'fiancee', 'fiance', 'cousin',
  'niece', 'nephew', 'aunt', 'uncle', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'stepson', 'stepdaughter', 'stepfather', 'stepmother',
  'girlfriend', 'boyfriend', 'spouse', 'neighbor', 'neighbour', 'roommate', 'classmate', 'mentor',
];
