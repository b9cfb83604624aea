/**
 * Words and phrases stripped from the front of a speaker name before comparing it
 * with the gold speaker ("Foreign Ministry spokesperson Wang Wenbin" -> "Wang Wenbin").
 *
 * Written as in running text; they are normalised (lower-cased, punctuation dropped)
 * the same way as the names they are matched against, so "Sen." and "Sen" are one entry.
 * Longer phrases win over their prefixes ("Vice President" before "President").
 */
export const LEADING_TITLES: readonly string[] = [
  'President',
  'Vice President',
  'Prime Minister',
  'Deputy Prime Minister',
  'Foreign Minister',
  'Minister',
  'Minister for Foreign Affairs',
  'Secretary',
  'Secretary of State',
  'Secretary-General',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Governor',
  'Gov.',
  'Mayor',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'Foreign Ministry spokesperson',
  'Foreign Ministry spokesman',
  'Foreign Ministry spokeswoman',
  'Dr',
  'Dr.',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Prof',
  'Prof.',
  'Chancellor',
  'Premier',
  'State Councilor',
  'Ambassador',
  'King',
  'Queen',
  'Crown Prince',
  'Prince',
  'Sheikh',
];

/** Determiners dropped from the front of a name before titles ("the Chinese Foreign Ministry"). */
export const LEADING_ARTICLES: readonly string[] = ['the', 'a', 'an'];
