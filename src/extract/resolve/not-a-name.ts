import { lookupCountryForm } from "../gazetteer/countries.ts";
import { PORTFOLIO_WORDS } from "../gazetteer/portfolios.ts";
import { PLACE_HEADS } from "../lexicon/name-heads.ts";
import type { NameMention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenize.ts";

/**
 * "a spokesman for the Coordinating Ministry for Economic Affairs, who…": capitalised words that
 * are all a portfolio's ("Economic Affairs", "Public Works") name a field of government, not a
 * person.
 */
export function portfolioName(name: NameMention): boolean {
  return name.words.every((w) => PORTFOLIO_WORDS.has(w.toLowerCase()));
}

/**
 * "the Office for Kosovo and Metohija, accused…": one word joined by "and" to a state's name
 * it shares a name with is the other half of a region's name, not a person's surname.
 */
export function secondHalfOfPlace(tokens: readonly Token[], name: NameMention): boolean {
  if (name.words.length !== 1 || tokens[name.from - 1]?.text !== "and") return false;
  const before = tokens[name.from - 2];
  if (before === undefined || !before.capitalized || before.possessive) return false;
  if (tokens[name.from - 3]?.capitalized === true) return false;
  return lookupCountryForm(before.text)?.kind === "name";
}

/**
 * "on the shores of Lake Titicaca", "Cyclone Ditwah struck": a name whose first word heads a
 * place's or a storm's name (WordNet's lakes, mountains, capes, cyclones) is that place or storm.
 */
export function placeHeaded(name: NameMention): boolean {
  const first = name.words[0];
  return name.words.length > 1 && first !== undefined && PLACE_HEADS.has(first.toLowerCase());
}
