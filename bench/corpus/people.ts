import { COUNTRIES, type PoolCountry } from "./countries.ts";
import { NAMES } from "./names.ts";
import { createRng, deriveSeed, pick, type Rng } from "./prng.ts";

export interface PoolPerson {
  readonly name: string;
  /** As news writes it before the name: "Foreign Minister", "President". */
  readonly title: string;
  readonly country: PoolCountry;
  /** The surname, for second mentions. */
  readonly surname: string;
}

/** The offices each country's people hold; the first is the head of government or state. */
const OFFICES = ["", "Foreign Minister", "Defence Minister", "Finance Minister", "Trade Minister"];

/** Fixed, so that every corpus (whatever its seed) talks about the same people. */
const POOL_SEED = 20240501;

/**
 * Five office holders per country, invented from the region's names, with unique full names and
 * surnames (second mentions use the surname alone, so two people must not share one).
 */
export const PEOPLE: readonly PoolPerson[] = buildPeople();

function buildPeople(): PoolPerson[] {
  const taken = new Set<string>();
  return COUNTRIES.flatMap((country, c) =>
    OFFICES.map((office, o) => {
      const rng = createRng(deriveSeed(POOL_SEED, c, o));
      const names = NAMES[country.region];
      let first = pick(rng, names.first);
      let last = pick(rng, names.last);
      for (let tries = 0; taken.has(last); tries += 1) {
        first = pick(rng, names.first);
        last = tries < 20 ? pick(rng, names.last) : doubleBarrelled(rng, names.last);
      }
      taken.add(last);
      return { name: `${first} ${last}`, surname: last, title: office || country.leader, country };
    }),
  );
}

/** The people of one country, head of government first. */
export function peopleOf(countryIndex: number): readonly PoolPerson[] {
  return PEOPLE.slice(countryIndex * OFFICES.length, (countryIndex + 1) * OFFICES.length);
}

export const OFFICE_COUNT = OFFICES.length;

function doubleBarrelled(rng: Rng, surnames: readonly string[]): string {
  const first = pick(rng, surnames);
  const second = pick(rng, surnames);
  return first === second ? first : `${first}-${second}`;
}
