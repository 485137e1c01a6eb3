import type { Actor } from "../resolve/actor.ts";
import { slugify } from "../text/slug.ts";

/** Words an acronym skips: the Union for the Mediterranean is UfM, the Rapid Support Forces RSF. */
export const ACRONYM_SKIPS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "for",
  "and",
  "in",
  "on",
  "de",
  "du",
  "des",
  "la",
  "le",
]);

/**
 * The initials of an organisation's key, less the words an acronym skips:
 * `org:international-fund-for-agricultural-development` → "IFAD".
 */
export function initialsOf(key: string): string {
  return key
    .slice("org:".length)
    .split("-")
    .filter((w) => w !== "" && !ACRONYM_SKIPS.has(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

/**
 * An organisation no list knows, read from its name where the text gives it ("Norfund", "the
 * French development agency AFD"): `start`–`end` is the span it stands for.
 */
export function unlistedOrganization(name: string, start: number, end: number): Actor {
  return {
    key: unlistedKey(name),
    label: "Organization",
    start,
    end,
    from: -1,
    to: -1,
    via: "name",
    possessive: false,
    place: false,
    country: undefined,
    locationOnly: undefined,
    name,
  };
}

/** The key of an organisation no list knows, from its name: "Norfund" → `org:norfund`. */
export function unlistedKey(name: string): string {
  return `org:${slugify(name)}`;
}
