import type { Entity } from "../model/graph-document.ts";
import { slugify } from "../extract/text/slug.ts";
import type { Gold } from "./gold-schema.ts";

/** The other names (slugs) each extracted organisation key goes by in one article. */
export type OrganizationNames = ReadonlyMap<string, readonly string[]>;

/**
 * Each extracted organisation's name and aliases, and the names and aliases the gold gives the
 * same organisation, as slugs: what an `org:~fragment` pattern is read against besides the key,
 * so that `org:~imf` finds `org:international-monetary-fund` ("IMF") and
 * `org:~japan-international` finds `org:jica`. A gold organisation is the same when its name or
 * one of its aliases is the extracted one's key or name; the extracted aliases do not link, since
 * a short form ("Bank") may be another body's in the gold.
 */
export function organizationNames(
  entities: readonly Entity[],
  gold: Gold["organizations"],
): OrganizationNames {
  const out = new Map<string, readonly string[]>();
  const goldNames = gold.map((g) => [g.name, ...g.aliases].map(slugify));
  for (const e of entities) {
    if (e.label !== "Organization") continue;
    const own = [e.name, ...e.aliases].map(slugify);
    const mine = new Set([e.key.slice("org:".length), slugify(e.name)]);
    const linked = goldNames.filter((names) => names.some((n) => mine.has(n))).flat();
    out.set(
      e.key,
      [...new Set([...own, ...linked])].filter((s) => s.length > 1),
    );
  }
  return out;
}
