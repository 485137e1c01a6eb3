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
