import { mostNamedState } from "./opposition-memory.ts";

/**
 * Federations: states whose central government news calls "the federal government" (Canada,
 * Germany, Nigeria…).
 */
const FEDERATIONS = new Set([
  "ARE",
  "ARG",
  "AUS",
  "AUT",
  "BEL",
  "BIH",
  "BRA",
  "CAN",
  "CHE",
  "COM",
  "DEU",
  "ETH",
  "FSM",
  "IND",
  "IRQ",
  "KNA",
  "MEX",
  "MYS",
  "NGA",
  "NPL",
  "PAK",
  "RUS",
  "SDN",
  "SOM",
  "SSD",
  "USA",
  "VEN",
]);

/**
 * "criticised the federal government": the state is a federation — the dateline's or the
 * opponent's if it is one, else the federation the article names most; undefined when the words
 * do not say "federal" or no federation is named.
 */
export function federalState(
  words: string,
  chosen: string | undefined,
  states: ReadonlyMap<string, number>,
): string | undefined {
  if (!/\bfederal\b/i.test(words)) return undefined;
  if (chosen !== undefined && FEDERATIONS.has(chosen.slice(8))) return chosen;
  return mostNamedState(states, (key) => FEDERATIONS.has(key.slice(8)));
}
