import type { Actor } from "../resolve/actor.ts";
import { ENVOY } from "./opposition-verbs.ts";

/**
 * "Russia's ambassador to the EU,", "Hungary's envoy to NATO,", "its permanent representative at
 * the United Nations": the words right before a body an envoy is posted to.
 */
const POSTED_TO = new RegExp(
  String.raw`\b(?:${ENVOY}|(?:permanent\s+)?representatives?|delegates?)\s+(?:to|at)\s+(?:the\s+)?$`,
  "i",
);

/**
 * Whether `a` is only where an envoy is posted: "Russia's ambassador to the EU, Kirill Logvinov,
 * … and warned of retaliation" is the ambassador's stance, and the EU, named first in the
 * sentence, holds none of it.
 */
export function isPosting(text: string, start: number, a: Actor): boolean {
  return POSTED_TO.test(text.slice(Math.max(0, a.start - start - 60), a.start - start));
}
