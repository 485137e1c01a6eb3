import { z } from "zod";
import type { OrganizationNames } from "./organization-names.ts";

/** A hand-made annotation of one fixture article (test/fixtures/gold/<split>/<name>.json). */
export const GoldSchema = z.object({
  article: z.string(),
  publishedAt: z.string(),
  persons: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      title: z.string().optional(),
      country: z.string().optional(),
    }),
  ),
  countries: z.array(z.string().length(3)),
  organizations: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  issues: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  relations: z.object({
    MET_WITH: z.array(z.object({ a: z.string(), b: z.string(), date: z.string().optional() })),
    OPPOSES: z.array(z.object({ from: z.string(), to: z.array(z.string()).min(1) })),
    FUNDS: z.array(
      z.object({
        from: z.string(),
        to: z.array(z.string()).min(1),
        amount: z.number(),
        currency: z.string(),
      }),
    ),
  }),
});
export type Gold = z.infer<typeof GoldSchema>;

/**
 * `country:RUS` matches itself; `issue:~war` matches any issue key containing "war", and
 * `org:~imf` an organisation whose key or one of whose other names in the article (`names`, see
 * organization-names.ts) contains "imf".
 */
export function matchesPattern(pattern: string, key: string, names?: OrganizationNames): boolean {
  const wild = /^(\w+):~(.+)$/.exec(pattern);
  if (wild === null) return pattern === key;
  if (!key.startsWith(`${wild[1]}:`)) return false;
  const fragment = wild[2]!.toLowerCase();
  return (
    key.slice(wild[1]!.length + 1).includes(fragment) ||
    (names?.get(key) ?? []).some((n) => n.includes(fragment))
  );
}
