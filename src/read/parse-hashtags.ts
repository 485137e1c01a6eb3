const HASHTAG = /^#[\p{L}\p{N}_-]+$/u;

/** The seed's hashtag line, or undefined when the line is prose rather than only hashtags. */
export function parseHashtagLine(line: string | undefined): string[] | undefined {
  const tokens = line?.trim().split(/\s+/) ?? [];
  if (tokens.length === 0) return undefined;
  // A loop, not `map`: the article keeps this array, and one of the elements kind every tier of
  // V8 gives keeps its readers from being thrown back to the interpreter (see nonEmptyLines).
  const tags: string[] = [];
  for (const token of tokens) {
    if (!HASHTAG.test(token)) return undefined;
    tags.push(token.slice(1));
  }
  return tags;
}

/** Tags from metadata: a list, or one string such as "#trade #tariffs" or "trade, tariffs". */
export function normaliseTags(tags: string | readonly string[] | undefined | null): string[] {
  const list =
    typeof tags === "string" ? tags.split(tags.includes(",") ? "," : /\s+/) : (tags ?? []);
  return list.map((tag) => tag.trim().replace(/^#/, "").trim()).filter((tag) => tag !== "");
}
