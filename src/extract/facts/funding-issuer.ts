import { worldCountries } from "../gazetteer/countries.ts";
import type { Actor } from "../resolve/actor.ts";
import type { Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "Agriculture Minister Jane Roe announced C$370 million for wheat growers": a person whose state
 * the text leaves unsaid pays in their own state's currency, so the state that issues it pays.
 * ISO 4217 codes open with the issuer's ISO 3166 alpha-2 code (CAD: CA, GBP: GB, JPY: JP).
 * The US dollar is left out: it is the currency in which everyone reports money.
 */

/** Currency → the state that issues it (by the code's first two letters). */
const ISSUER: ReadonlyMap<string, string> = new Map(
  worldCountries.flatMap((c) =>
    Object.keys(c.currencies ?? {})
      .filter((code) => code.slice(0, 2) === c.cca2 && code !== "USD")
      .map((code): [string, string] => [code, c.cca3]),
  ),
);

/** The state behind a paying person of no stated state: the issuer of the currency paid in. */
export function issuingState(actor: Actor | undefined, money: MoneyMention): Party | undefined {
  if (actor?.label !== "Person" || actor.country !== undefined) return undefined;
  const iso3 = ISSUER.get(money.currency);
  return iso3 === undefined ? undefined : { key: `country:${iso3}`, label: "Country" };
}
