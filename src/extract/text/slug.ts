/** Letters that carry no combining accent in Unicode, spelled as their plain Latin equivalents. */
const PLAIN: Readonly<Record<string, string>> = {
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  ß: "ss",
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
  ı: "i",
  þ: "th",
  Þ: "Th",
  ð: "d",
  Ð: "D",
};
const NOT_DECOMPOSED = /[øØæÆœŒßđĐłŁıþÞðÐ]/g;

const slugs = new Map<string, string>();

/** Lowercase, accents removed, every run of other characters one "-": the key rule of DESIGN.md. */
export function slugify(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  // Memoised like the lookups below: names and keys recur; the cap bounds memory.
  if (slugs.size >= MAX_MEMO) slugs.clear();
  const value = slug(text);
  slugs.set(text, value);
  return value;
}

/** The combining marks NFKD splits off (global: used by replace only). */
const MARKS = /\p{M}+/gu;

function slug(text: string): string {
  return text
    .replace(NOT_DECOMPOSED, (c) => PLAIN[c] ?? c)
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Runs of what is neither a letter nor a digit, and the modifier letters written as marks: the
 * ʻokina of "Mataʻafa", the ʼ of "Hawaiʼi": "Sina Mataʻafa" → sina-mata-afa, as the gold keys it.
 */
const NOT_ALPHANUMERIC = /(?:[^\p{L}\p{N}]|\p{Lm})+/gu;

const folded = new Map<string, string>();
const MAX_MEMO = 50_000;

/** Printable ASCII: no accent to fold, no curly apostrophe, only case to change. */
const PLAIN_ASCII = /^[ -~]*$/;

/** Folds accents and case so that "Türkiye" and "Turkiye" look the same to a gazetteer. */
export function foldForLookup(text: string): string {
  // Most words are plain ASCII ("Kenya"), and lowercasing them costs less than the memo.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const known = folded.get(text);
  if (known !== undefined) return known;
  // Memoised: the same few thousand words recur in every article; the cap bounds memory.
  if (folded.size >= MAX_MEMO) folded.clear();
  const value = fold(text);
  folded.set(text, value);
  return value;
}

function fold(text: string): string {
  return text
    .replace(NOT_DECOMPOSED, (c) => PLAIN[c] ?? c)
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}
