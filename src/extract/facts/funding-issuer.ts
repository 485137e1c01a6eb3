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

/**
 * A state's legislature: "Congress approved an extra 8.7 billion pesos", "the package approved by
 * Congress in April". It votes the state's money, never its own, so the state pays. Not a
 * sub-national assembly named as such ("the California Legislature"), whose own budget it is.
 */
const LEGISLATURE =
  /^org:(?:[a-z]{3}-)?(?:(?:national-|federal-|legislative-)?(?:congress|parliament|assembly)|senate|house-of-representatives|diet|knesset|bundestag|sejm|duma|majlis|storting|riksdag|folketing|rada|verkhovna-rada)$/;

/**
 * The state whose legislature pays: its own, else the state a possessive or adjective right before
 * names ("Peru's Congress"), else the issuer of the currency; in US dollars, the US Congress.
 */
export function legislatureState(
  funder: Party | undefined,
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Party | undefined {
  if (funder?.label !== "Organization" || !LEGISLATURE.test(funder.key)) return funder;
  const body = actors.find((a) => a.key === funder.key);
  const owner =
    body === undefined
      ? undefined
      : actors.findLast(
          (a) =>
            a.label === "Country" &&
            a.end <= body.start &&
            /^(?:['’]s)?\s*$/.test(text.slice(a.end - start, body.start - start)),
        );
  const iso3 =
    body?.country ??
    owner?.key.slice("country:".length) ??
    ISSUER.get(money.currency) ??
    (money.currency === "USD" ? "USA" : undefined);
  return iso3 === undefined ? funder : { key: `country:${iso3}`, label: "Country" };
}
