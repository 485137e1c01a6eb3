/**
 * Verbs by which a payer joins in with money told of before, the amount after "with": "Sweden
 * followed with SEK 500 million", "Ireland weighed in with €5 million", "France stepped in with
 * €30 million", "South Korea came up with $5 million". A regular expression source, no groups.
 */
export const JOINING_IN = String.raw`(?:follow(?:s|ed|ing)?(?:\s+suit)?|weigh(?:s|ed|ing)?\s+in|step(?:s|ped|ping)?\s+in|c[ao]me(?:s)?\s+up|chip(?:s|ped|ping)?\s+in)\s+with`;

/**
 * Verbs of putting money into a party or thing: "agreed to bankroll the line", "pumped $5
 * billion into Egypt's economy", "poured", "ploughed … into" — not "pumped $2 billion of gas
 * into Europe", goods the "of" names. A regular expression source.
 */
export const BANKROLLING = String.raw`bankroll\w*|(?:pump|pour|plough|plow)(?:s|ed|ing)?(?=(?:(?!\bof\b)[^.]){0,40}\binto\b)`;
