/**
 * Words after which no sentence can end: a line or a wink sentence that stops on one
 * of these runs on into the next ("REMARKS BY" / "MINISTER FOR FOREIGN AFFAIRS ...").
 */
export const danglingWords: readonly string[] = [
  'by', 'of', 'the', 'a', 'an', 'and', 'or', 'to', 'for', 'at', 'in', 'with', 'on', 'from', 'into', 'between', 'that', 'its', 'their', 'his', 'her',
];

/** Web domains' last parts, which may follow a glued stop with a capital ("Kestria.Net") without opening a sentence. */
export const domainEndings: readonly string[] = [
  'com', 'net', 'org', 'gov', 'edu', 'int', 'info', 'io', 'co', 'uk', 'cn', 'eu', 'ca', 'fr', 'au', 'ru', 'jp', 'tv', 'sg', 'nz', 'kr', 'ph', 'za',
];
// Left out: country endings that are also words opening a sentence ("It", "In", "Me", "My", "Us", "No", "Be", "So", "De").

/**
 * Speech verbs that, with a name or pronoun alone, make a sentence of their own the attribution of
 * the quote before it, though the quote closes on a stop: "“We will reopen.” Hunt said."
 */
export const attributionTailVerbs: readonly string[] = ['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'told'];
