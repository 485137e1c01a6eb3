import type { Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";

/** Words an acronym skips: the International Fund for Agricultural Development is IFAD. */
const SKIPPED = new Set(["of", "the", "for", "and", "in", "on", "de", "du", "des", "la", "le"]);
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

function initialsOf(key: string): string {
  return key
    .slice("org:".length)
    .split("-")
    .filter((w) => w !== "" && !SKIPPED.has(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}
