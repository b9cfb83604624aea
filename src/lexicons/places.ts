/**
 * Countries and unions of states, as written in news text. A source that is one of
 * these ("China has responded", "the United States said") is a party of kind
 * organization, never a person, so pronouns like "he" do not resolve to it.
 * Lower case; multi-word names with single spaces.
 */
export const countries: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia',
  'bosnia', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada',
  'chad', 'chile', 'china', 'colombia', 'comoros', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus',
  'czechia', 'czech republic', 'denmark', 'djibouti', 'dominica', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia',
  'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'georgia', 'germany', 'ghana',
  'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan',
  'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia',
  'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta',
  'mauritania', 'mauritius', 'mexico', 'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique',
  'myanmar', 'namibia', 'nauru', 'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea',
  'north macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama', 'paraguay', 'peru', 'philippines',
  'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'samoa', 'san marino', 'saudi arabia', 'senegal',
  'serbia', 'seychelles', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea', 'south sudan',
  'spain', 'sri lanka', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania',
  'thailand', 'togo', 'tonga', 'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'tuvalu', 'uganda', 'ukraine',
  'united arab emirates', 'uae', 'united kingdom', 'uk', 'u.k.', 'britain', 'great britain', 'united states', 'u.s.', 'us',
  'usa', 'america', 'uruguay', 'uzbekistan', 'vanuatu', 'venezuela', 'vietnam', 'viet nam', 'yemen', 'zambia',
  'zimbabwe', 'korea', 'european union', 'eu', 'nato', 'asean', 'united nations', 'un', 'prc', 'rok', 'dprk',
];
