import type { TitleMention } from "../mentions/mention.ts";
import type { PersonRecord } from "./resolve-people.ts";

/**
 * "the two prime ministers", "the Iraqi prime minister": the people who fit a description and
 * hold its whole role, when enough do — not anyone whose title merely ends in "minister".
 */
export function byWholeRole(
  title: TitleMention,
  known: readonly PersonRecord[],
  fits: (p: PersonRecord) => boolean,
): PersonRecord[] {
  const role = title.role.toLowerCase().replace(/s$/, "");
  const whole = known.filter((p) => fits(p) && (p.title ?? "").toLowerCase().includes(role));
  return whole.length >= (title.plural ? (title.count ?? 2) : 1) ? whole : known.filter(fits);
}

/**
 * Titles of those sent to speak for a state or a body abroad: diplomatic ones only, not a "trade
 * representative" or a "union representative".
 */
const ENVOY_TITLE =
  /ambassador|charg[ée] d['’]affaires|envoy|emissary|high commissioner|(?:special|permanent) representative/;

/** Titles of those who sit on a court: "the judge" may be its "Justice" or its "Magistrate". */
const BENCH_TITLE = /\b(?:justice|judge|magistrate)\b/;

/** Heads that mean "the one in charge" of whatever the words before them name. */
const IN_CHARGE: ReadonlySet<string> = new Set(["chief", "boss", "head"]);

/**
 * Whether a person's title holds a description's role: "the Chinese premier" a title with
 * "premier" in it; "the Treasury chief", "the foreign policy chief" a title naming every word
 * before "chief" ("Treasury Cabinet Secretary", "High Representative for Foreign … Policy").
 */
export function holdsRole(role: string, head: string, title: string | undefined): boolean {
  const held = (title ?? "").toLowerCase();
  if (held.includes(head.replace(/s$/, ""))) return true;
  // "the envoy": an ambassador, a chargé d'affaires or a special representative is one.
  if (/^envoys?$/.test(head) && ENVOY_TITLE.test(held)) return true;
  if (/^judges?$/.test(head) && BENCH_TITLE.test(held)) return true;
  if (!IN_CHARGE.has(head) || held === "") return false;
  const remit = role.toLowerCase().split(" ").slice(0, -1);
  return remit.length > 0 && remit.every((w) => held.includes(w.replace(/'s$/, "")));
}

/**
 * As many of the people found as the description stands for: one for "the president", the count
 * for "the two leaders" (two when no number is said). "In their communiqué the leaders
 * condemned…" with one leader known stands for no one: a plural is never one person.
 */
export function asMany(title: TitleMention, found: readonly PersonRecord[]): PersonRecord[] {
  if (!title.plural) return found.slice(0, 1);
  const many = found.slice(0, title.count ?? 2);
  return many.length >= 2 ? many : [];
}
