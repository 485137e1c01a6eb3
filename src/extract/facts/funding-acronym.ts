import type { FundingMention, Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { initialsOf, unlistedKey } from "./organization-names.ts";

const FROM_ACRONYM = /^\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(\p{Lu}{3,6})\b/u;

/**
 * "will receive USD 35 million in grants from the GCF": an acronym the article never spelt out
 * beside the name is the body named before whose initials it is ("Board of the Green Climate
 * Fund" ends in GCF).
 */
export function acronymLender(
  text: string,
  start: number,
  money: MoneyMention,
  orgs: readonly string[],
): Party | undefined {
  const acronym = FROM_ACRONYM.exec(text.slice(money.end - start))?.[1];
  if (acronym === undefined) return undefined;
  const key = orgs.find((k) => initialsOf(k).endsWith(acronym));
  return key === undefined ? undefined : { key, label: "Organization" };
}

/** A name in capitals alone, as missions, forces and funds go by: "SAMIDRC", "UNMISS", "ATMIS". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{2,9}$/u;

/** Capitals that name a cause, a sector or a group of people rather than a body. */
const CAUSES: ReadonlySet<string> = new Set([
  "HIV",
  "AIDS",
  "COVID",
  "TB",
  "LNG",
  "LPG",
  "ICT",
  "WASH",
  "GDP",
  "PPE",
  "NCD",
  "NCDS",
  "SME",
  "SMES",
  "MSME",
  "MSMES",
  "IDP",
  "IDPS",
  "SDG",
  "SDGS",
  "STEM",
  "EV",
  "EVS",
]);

/**
 * "The EU's European Peace Facility approved €20 million for SAMIDRC": money for a name no list
 * knows, written in capitals alone, goes to the body (a mission, a force, a fund) it names, not to
 * a cause of that name.
 */
export function acronymBodies(found: readonly FundingMention[]): FundingMention[] {
  return found.map((f) => {
    const r = f.recipient;
    if (r === undefined || !("issue" in r) || !ACRONYM.test(r.issue) || CAUSES.has(r.issue))
      return f;
    return {
      ...f,
      recipient: { actor: { key: unlistedKey(r.issue), label: "Organization" } },
      recipientName: r.issue,
    };
  });
}
