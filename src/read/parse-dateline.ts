export interface DatelineSplit {
  dateline: string | undefined;
  /** The paragraphs with the dateline prefix removed from the first; evidence offsets refer to these. */
  paragraphs: string[];
}

const PLACE = String.raw`\p{Lu}[\p{L}'’.]*(?:[ -]\p{L}[\p{L}'’.]*){0,3}`;
// At least three capitals first, so "US - China talks …" is not read as a dateline.
const CAPS_PLACE = String.raw`\p{Lu}{3}[\p{Lu}'’.]*(?:[ -]\p{Lu}[\p{Lu}'’.]*){0,3}`;
const AGENCY = String.raw`(?:\s*\([^()\n]{1,40}\))?`;
const DASH = String.raw`\s*[-–—]{1,2}\s*`;

// Ordered from most to least distinctive. A bare "Word - " is accepted only in capitals, because
// "Talks - which began on Monday - …" must not lose its first word.
const DATELINES: readonly RegExp[] = [
  new RegExp(String.raw`^(${PLACE})\.-\s*`, "u"), // Beijing.- …
  new RegExp(
    String.raw`^(${PLACE}),\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?${AGENCY}${DASH}`,
    "u",
  ), // Beijing, May 1 (Agency) - …
  new RegExp(String.raw`^(${CAPS_PLACE})${AGENCY}\s+[-–—]{1,2}\s+`, "u"), // BEIJING - … / BEIJING (Agency) — …
];

/** Finds a dateline at the start of the first paragraph and strips it from the body. */
export function splitDateline(paragraphs: readonly string[]): DatelineSplit {
  const [first, ...rest] = paragraphs;
  if (first === undefined) return { dateline: undefined, paragraphs: [] };
  for (const pattern of DATELINES) {
    const match = pattern.exec(first);
    const place = match?.[1];
    if (match === null || place === undefined) continue;
    const remainder = first.slice(match[0].length).trim();
    return {
      dateline: tidyPlace(place),
      paragraphs: remainder === "" ? rest : [remainder, ...rest],
    };
  }
  return { dateline: undefined, paragraphs: [...paragraphs] };
}

/** The first letter of each word (global: used by replace only). */
const WORD_START = /(^|[\s-])(\p{L})/gu;

/** "NEW YORK" is written in capitals by convention only; the place is "New York". */
function tidyPlace(place: string): string {
  const trimmed = place.replace(/[.\s]+$/, "");
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(WORD_START, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}
