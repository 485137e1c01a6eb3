import type { Actor } from "../resolve/actor.ts";

/** "the Bulgarian border", "Poland's eastern frontier": the state names a line on the map. */
const LINE_AFTER =
  /^(?:'s?|’s?)?\s+(?:(?:eastern|western|northern|southern|common|shared|land|sea)\s+)?(?:border|borders|frontier|frontiers|boundary|border crossings?|coast|coastline)\b/i;
/** "the frontier with Belarus", "the border of Chad": the state lies beyond the line. */
const LINE_BEFORE =
  /\b(?:border|borders|frontier|frontiers|boundary)\s+(?:with|of)\s+(?:the\s+)?$/i;
/**
 * "the frontier with Serbia and Montenegro", "its borders with Iraq, Syria or Turkey": a later state
 * of a list the line opens lies beyond it too.
 */
const LINE_BEFORE_LISTED =
  /\b(?:border|borders|frontier|frontiers|boundary|boundaries)\s+(?:with|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*(?:and|or)\s+)(?:the\s+)?){1,4}$/u;

/**
 * "…a €145 million loan for the railway to the Bulgarian border", "fences along the frontier with
 * Belarus": a state named only to place a border receives nothing. The parties that may receive
 * are the others.
 */
export function withoutBorders(
  text: string,
  start: number,
  actors: readonly Actor[],
): readonly Actor[] {
  if (!/\b(?:border|frontier|boundary|coast)/i.test(text)) return actors;
  return actors.filter(
    (a) =>
      a.label === "Person" ||
      !(
        LINE_AFTER.test(text.slice(a.end - start, a.end - start + 40)) ||
        LINE_BEFORE.test(text.slice(Math.max(0, a.start - start - 40), a.start - start)) ||
        LINE_BEFORE_LISTED.test(text.slice(Math.max(0, a.start - start - 120), a.start - start))
      ),
  );
}
