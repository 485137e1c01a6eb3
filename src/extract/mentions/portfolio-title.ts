import type { Token } from "../text/tokenize.ts";

/**
 * "Transport Secretary Louise Haigh", "Enlargement Commissioner Marta Kos": a run of capitalised
 * words read as a name, ended by a title's head that another capitalised word follows, is the
 * portfolio of that title, not a person. Returns the end of the title (after its head), or
 * undefined when the run is not followed so.
 */
export function portfolioBeforeHead(
  tokens: readonly Token[],
  to: number,
  heads: ReadonlySet<string>,
): number | undefined {
  const head = tokens[to];
  const next = tokens[to + 1];
  if (head === undefined || !head.capitalized || head.possessive) return undefined;
  if (tokens[to - 1]?.possessive === true) return undefined;
  if (!heads.has(head.lower)) return undefined;
  return next?.capitalized === true && !next.punct ? to + 1 : undefined;
}
