import type { Token } from "../text/tokenize.ts";
import { type Mention, placeMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** What may qualify "America" to name a part of the continent rather than the United States. */
const CONTINENT_PARTS: ReadonlySet<string> = new Set(["Latin", "South", "North", "Central"]);

/** "America", "American", "Americans": the forms a continent's part is named with. */
const AMERICA = /^Americ(?:a|an|ans)$/;

/**
 * "trade with Latin America", "South American leaders", "Central Americans fleeing violence":
 * a part of the continent, a place, and never the United States.
 */
export function americanRegion(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  if (t === undefined || !CONTINENT_PARTS.has(t.text)) return undefined;
  const next = tokens[i + 1];
  if (next === undefined || !AMERICA.test(next.text)) return undefined;
  // "the Central American Bank for Economic Integration": a body's name goes on.
  if (tokens[i + 2]?.capitalized === true && !next.possessive) return undefined;
  return placeMention(spanOf(tokens, i, i + 2, `${t.text} ${next.text}`));
}
