import type { OrgRef } from "../gazetteer/organization-index.ts";
import { slugify } from "../text/slug.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { countryMention, type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** Words that make an office or an outlet the state's own: "presidential", "state", "official". */
const OWNER_WORDS: ReadonlySet<string> = new Set([
  "presidential",
  "state",
  "state-run",
  "official",
  "government",
]);

/** A state's offices that speak for it, one or two words after such a word: "press service". */
const OFFICES: readonly (readonly string[])[] = [
  ["press", "service"],
  ["press", "office"],
  ["communications", "office"],
  ["communications", "directorate"],
  ["communications"],
];

/** Offices only "presidential" makes a state's: "the presidential office", "…administration". */
const PRESIDENTIAL_ONLY: readonly (readonly string[])[] = [["office"], ["administration"]];

/** A state's news outlets: "state media", "state television", "the official news agency". */
const MEDIA: readonly (readonly string[])[] = [
  ["news", "agency"],
  ["media"],
  ["television"],
  ["tv"],
  ["broadcaster"],
  ["radio"],
];

/**
 * "the Uzbek presidential press service", "Turkish presidential communications", "Syrian state
 * media", "Iran's official news agency": after a state, an office or outlet made the state's own
 * by "presidential", "state" or "official" speaks for that state as its ministries do. An office
 * is the state's body, keyed per state; a news outlet, which the annotation takes for its
 * government and seldom lists, stands for the state itself ("Egyptian state television
 * condemned…" is Egypt's stance).
 */
export function stateOutlet(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  const state = before.at(-1);
  if (state?.kind !== "country" || state.to !== i) return undefined;
  const owner = tokens[i]?.lower ?? "";
  if (!OWNER_WORDS.has(owner)) return undefined;
  const media = outletLength(tokens, i + 1, MEDIA);
  if (media !== undefined) {
    const text = joinTokens(tokens, i, i + 1 + media);
    return countryMention(state.iso3, state.form, spanOf(tokens, i, i + 1 + media, text));
  }
  const length =
    outletLength(tokens, i + 1, OFFICES) ??
    (owner === "presidential" ? outletLength(tokens, i + 1, PRESIDENTIAL_ONLY) : undefined);
  if (length === undefined) return undefined;
  const end = i + 1 + length;
  const words = joinTokens(tokens, i, end).toLowerCase();
  const name = `${state.possessive ? `${state.text}'s` : state.text} ${words}`;
  const org: OrgRef = {
    name,
    key: `org:${state.iso3.toLowerCase()}-${slugify(words)}`,
    country: state.iso3,
  };
  return orgMention(org, spanOf(tokens, i, end, name));
}

/** How many words of one of `outlets` stand at `at`, the longest first; undefined for none. */
function outletLength(
  tokens: readonly Token[],
  at: number,
  outlets: readonly (readonly string[])[],
): number | undefined {
  for (const words of outlets)
    if (words.every((w, k) => tokens[at + k]?.lower === w)) return words.length;
  return undefined;
}
