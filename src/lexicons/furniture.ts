/**
 * Page furniture: text that a scraper brings along with an article but that no
 * one says. Matched case-insensitively against whole lines (after trimming and
 * dropping a final full stop) or, for `furnitureWords`, anywhere in the line.
 */

/** Labels that head a list of links to other articles; the unpunctuated lines under them are furniture too. */
export const linkListLabels: readonly string[] = [
  'related',
  'related stories',
  'related articles',
  'related posts',
  'related news',
  'read more',
  'read next',
  'more from',
  'most read',
  'most popular',
  'trending',
  'trending now',
  'top stories',
  'latest news',
  'recommended',
  'you may also like',
  "editor's pick",
  "editor's picks",
];

/** Whole lines that are buttons, navigation or section labels. */
export const furnitureLines: readonly string[] = [
  ...linkListLabels,
  'i agree',
  'agree',
  'accept',
  'accept all',
  'accept cookies',
  'ok',
  'got it',
  'close',
  'search',
  'search trends',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'tweet',
  'print',
  'email',
  'comments',
  'leave a comment',
  'advertisement',
  'sponsored',
  'subscribe',
  'sign up',
  'sign in',
  'log in',
  'follow us',
  'home',
  'menu',
  'back to top',
  'manage settings',
  'manage cookies',
  'cookie settings',
  'privacy settings',
  'we value your privacy',
  'your privacy',
  'your privacy choices',
  'reject all',
  'customize',
  'customise',
  'preferences',
  'joint statement',
  'press release',
  'press statement',
  'transcript',
];

/** How a short navigation line begins: "More from Meridian News", "Follow us on ...". Checked only on lines without a full stop. */
export const furnitureOpeners: readonly string[] = ['more from', 'follow us', 'sign up for', 'subscribe to', 'download the', 'read more about', 'see also', 'watch:', 'listen:'];

/** Words that make a whole line furniture wherever they occur in it (cookie banners, legal footers). */
export const furnitureWords: readonly string[] = [
  'cookie policy',
  'cookie settings',
  'cookie preferences',
  'use of cookies',
  'use cookies',
  'uses cookies',
  'accept cookies',
  'accept all cookies',
  'privacy policy',
  'privacy statement',
  'terms of use',
  'terms of service',
  'all rights reserved',
  'copyright ©',
  'subscribe to our newsletter',
  'sign up for our newsletter',
  'enable javascript',
];

/** How a line must begin to be a photo or video caption. */
export const captionOpeners: readonly string[] = [
  'photo caption',
  'caption',
  'cover',
  'photo',
  'photos',
  'file photo',
  'image',
  'picture',
  'pictured',
  'video',
  'photo credit',
  'image credit',
  'credit',
  'source',
];



/** Stage directions of a photo, which mark a line as its caption: "Wang Yi (left) and ...". */
export const photoPositions: readonly string[] = ['(left)', '(right)', '(centre)', '(center)', '(front)', '(back)', '(middle)', '(l)', '(r)', '(second left)', '(second right)'];

/**
 * Photo positions that also mark a US party ("Gov. Pat McCrory (R) said ..."): article text
 * when the line quotes, marks another party ("(D)", "(R-Fla.)") or names an office before it.
 */
export const partyLetterPositions: readonly string[] = ['(l)', '(r)'];

/** US office abbreviations written before a name with its party letter: "Sen. Marco Rubio (R)". */
export const partyOfficeAbbreviations: readonly string[] = ['gov.', 'govs.', 'sen.', 'sens.', 'rep.', 'reps.'];

/**
 * Words of a banner that speaks to the reader ("We use cookies", "By continuing to browse
 * this site"): a line with a policy phrase and none of these, long enough to be a sentence of
 * the article, reports on a policy ("Twitter said threats were against its terms of service").
 */
export const readerAddressWords: readonly string[] = ['you', 'your', 'we', 'our', 'us', 'site', 'website', 'browser', 'browsing', 'continuing'];

/** Words that make an all-capitals line a section heading of the text rather than a label. */
export const headingEventWords: readonly string[] = ['meeting', 'visit', 'talks', 'dialogue', 'summit', 'conference', 'programme', 'program', 'agreement', 'remarks', 'call', 'forum', 'consultations'];
