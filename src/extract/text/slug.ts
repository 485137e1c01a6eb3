/** Lowercase, accents removed, every run of other characters one "-": the key rule of DESIGN.md. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Folds accents and case so that "Türkiye" and "Turkiye" look the same to a gazetteer. */
export function foldForLookup(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}
