/**
 * "protested outside the Indian consulate on Wednesday against the raids", "in front of
 * parliament against the bill": a preposition of place, then a place — "the…", a name, or
 * "parliament" — not "outside countries interfering", where "outside" describes the object.
 */
const PLACE_OPENING =
  /^\s*(?:outside|in front of|opposite|near)\s+(?:(?:the|a|an|its|their|his|her)\s|parliament\b|[A-Z])/;

/** The place, then "against" or "over" what the protest opposed (not "over the weekend"). */
const PLACE_THEN_OBJECT =
  /^\s*(?:outside|in front of|opposite|near)\s+[^,;"“”]{1,80}?\s+(?:against|over(?!\s+the\s+(?:weekend|past|last|next)\b))\s+/;

/**
 * The words after an opposition verb without the place where the act stood before its object:
 * "protested outside the embassy against deep-sea mining" → "deep-sea mining".
 */
export function withoutProtestPlace(words: string): string {
  return PLACE_OPENING.test(words) ? words.replace(PLACE_THEN_OBJECT, "") : words;
}

/** True when what is left names only a place, no object: "protested outside parliament". */
export function onlyPlace(phrase: string): boolean {
  return PLACE_OPENING.test(phrase);
}
