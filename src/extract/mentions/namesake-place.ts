import type { Token } from "../text/tokenize.ts";
import { matchForm } from "./match-forms.ts";
import { type Mention, placeMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/**
 * "fishing grounds off New Ireland", "a hospital in New Britain", "the governor of New Mexico": "New"
 * before a country's name names a place called after it (an island, a province, a state), not the
 * country. "New Zealand" and "New Delhi" are names of their own and read as such first; "New" at
 * the start of a sentence is often the adjective ("New US sanctions…") and is left alone.
 */
export function namesakePlace(tokens: readonly Token[], i: number): Mention | undefined {
  if (tokens[i]?.text !== "New") return capitalNamedPlace(tokens, i);
  if (i === 0) return undefined;
  const next = tokens[i + 1];
  if (next?.capitalized !== true || matchForm(tokens, i, "country") !== undefined) return undefined;
  const country = matchForm(tokens, i + 1, "country");
  if (country?.kind !== "country" || country.form !== "name") return undefined;
  return placeMention(spanOf(tokens, i, country.to, `New ${country.text}`));
}

/** Lowercase kinds of place a capital's name may name instead: "Santiago island". */
const PLACE_KIND = /^(?:island|islands|province|county|district)$/;

/**
 * "a solar farm on Santiago island", "schools in Victoria province": a capital's name followed
 * by a lowercase kind of place names that place (an island, a province), not the state.
 */
function capitalNamedPlace(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  if (t?.capitalized !== true) return undefined;
  const country = matchForm(tokens, i, "country");
  if (country?.kind !== "country" || country.form !== "capital" || country.possessive)
    return undefined;
  if (!PLACE_KIND.test(tokens[country.to]?.text ?? "")) return undefined;
  return placeMention(
    spanOf(tokens, i, country.to + 1, `${country.text} ${tokens[country.to]?.text ?? ""}`),
  );
}
