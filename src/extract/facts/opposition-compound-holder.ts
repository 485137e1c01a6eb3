import type { Actor } from "../resolve/actor.ts";

/**
 * A state named as the first half of a compound that says who backs, funds or runs something, or
 * where it is based, registered or flagged ("the Iran-aligned faction", "a Turkey-funded militia",
 * "a Panama-flagged tanker"): the state is a modifier of the group, not the one who speaks or acts.
 */
const BACKER_COMPOUND =
  /^\p{Lu}[\p{L}.]*-(?:owned|backed|funded|financed|sponsored|controlled|run|allied|aligned|supported|trained|armed|based|registered|flagged)$/u;

/**
 * Whether a stance's holder is only such a compound: "Kataib Hezbollah, the Iran-aligned armed
 * faction, denounced the visit" is no stance of Iran's.
 */
export function heldByCompound(text: string, start: number, holder: Actor): boolean {
  return (
    holder.label === "Country" &&
    holder.start >= start &&
    BACKER_COMPOUND.test(text.slice(holder.start - start, holder.end - start))
  );
}
