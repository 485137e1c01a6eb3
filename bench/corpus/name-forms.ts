import { countryName } from "./countries.ts";
import type { PoolPerson } from "./people.ts";
import { pick, type Rng } from "./prng.ts";
import type { Party } from "./stories.ts";

/** A first mention, in one of the ways agencies introduce an official. */
export function introduce(rng: Rng, person: PoolPerson): string {
  const { name, title, country } = person;
  const lower = title.toLowerCase();
  return pick(rng, [
    `${country.demonym} ${title} ${name}`,
    `${country.demonym} ${title} ${name}`,
    `the ${title} of ${countryName(country)}, ${name},`,
    `${countryName(country)}'s ${lower}, ${name},`,
  ]);
}

/** A later mention: the surname, or the role without the name. */
export function again(rng: Rng, person: PoolPerson): string {
  return pick(rng, [
    person.surname,
    person.surname,
    person.surname,
    `the ${person.country.demonym} ${person.title.toLowerCase()}`,
  ]);
}

export function partyName(party: Party): string {
  return party.kind === "country"
    ? countryName(party.country)
    : `the ${party.organization.name}`.replace(/^the (NATO|UNICEF)/, "$1");
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names joined as prose: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Mid-sentence, "The Foreign Minister of …" reads "the Foreign Minister of …". */
export function midSentence(text: string): string {
  return text.replace(/^The /, "the ");
}
