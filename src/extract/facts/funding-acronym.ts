import type { Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { initialsOf } from "./organization-names.ts";

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
