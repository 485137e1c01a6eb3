import type { Actor } from "../resolve/actor.ts";

/**
 * "Wong announced a package… Alkatiri criticised the package": a measure a minister or leader
 * announced is their state's, unless the one opposing it is of that state too.
 */
export function actingState(owner: Actor, holder: Actor): Actor {
  if (owner.label !== "Person" || owner.country === undefined) return owner;
  const key = `country:${owner.country}`;
  return key === holder.key || holder.country === owner.country
    ? owner
    : { ...owner, key, label: "Country" };
}
