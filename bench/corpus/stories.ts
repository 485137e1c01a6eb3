import { COUNTRIES } from "./countries.ts";
import { DAYS } from "./dates.ts";
import { FUNDERS, ORGANIZATIONS } from "./organizations.ts";
import { OFFICE_COUNT, PEOPLE, type PoolPerson } from "./people.ts";
import {
  createRng,
  deriveSeed,
  nextInt,
  pick,
  pickDistinct,
  pickSkewed,
  type Rng,
} from "./prng.ts";
import { drawAmount, type Amount } from "./amounts.ts";
import type { PoolCountry } from "./countries.ts";
import type { PoolOrganization } from "./organizations.ts";

/** Who acts in a story: a country, an international body, or a person speaking for a country. */
export type Party =
  | { readonly kind: "country"; readonly country: PoolCountry }
  | { readonly kind: "organization"; readonly organization: PoolOrganization };

/**
 * One news event that several articles report, each in its own words: the facts (who, whom,
 * when, how much) are the story's; wording, order and context are each article's.
 */
export type Story =
  | {
      readonly kind: "visit" | "call" | "planned";
      readonly day: number;
      readonly topic: string;
      readonly a: PoolPerson;
      readonly b: PoolPerson;
    }
  | {
      readonly kind: "summit";
      readonly day: number;
      readonly topic: string;
      readonly leaders: readonly PoolPerson[];
      readonly host: PoolCountry;
    }
  | {
      readonly kind: "condemnation";
      readonly day: number;
      readonly topic: string;
      readonly speaker: PoolPerson;
      readonly target: PoolCountry;
      readonly act: string;
    }
  | {
      readonly kind: "sanctions";
      readonly day: number;
      readonly topic: string;
      readonly by: Party;
      readonly target: PoolCountry;
      readonly over: string;
    }
  | {
      readonly kind: "aid";
      readonly day: number;
      readonly topic: string;
      readonly funder: Party;
      readonly recipient: PoolCountry;
      readonly amount: Amount;
      readonly purpose: string;
    };

/** Aid goes to Ukraine, Egypt and the developing countries further down the list. */
const RECIPIENTS: readonly number[] = [...COUNTRIES.keys()].filter(
  (i) => i === 3 || i === 14 || i >= 24,
);

const KINDS = [
  "visit",
  "visit",
  "call",
  "planned",
  "summit",
  "condemnation",
  "condemnation",
  "sanctions",
  "aid",
  "aid",
] as const;

/** Words the extractor's issue list knows, as news writes them. */
export const TOPICS = [
  "trade",
  "climate change",
  "migration",
  "energy security",
  "food security",
  "human rights",
  "territorial disputes",
  "a ceasefire",
  "humanitarian aid",
  "debt relief",
  "arms control",
  "cybersecurity",
  "counter-terrorism",
  "the nuclear programme",
  "export controls on semiconductors",
];

const ACTS = [
  "missile test",
  "military drills near its border",
  "detention of foreign journalists",
  "crackdown on opposition protests",
  "strikes on civilian infrastructure",
  "seizure of a commercial vessel",
  "expulsion of diplomats",
  "annexation plans",
  "cyberattack on government networks",
  "disputed election",
];

const SANCTION_GROUNDS = [
  "human rights abuses",
  "its nuclear programme",
  "support for armed groups",
  "election fraud",
  "cyberattacks",
  "the war in Ukraine",
  "arms transfers",
  "the crackdown on protesters",
];

const PURPOSES = [
  "reconstruction",
  "food security",
  "flood relief",
  "refugee assistance",
  "energy infrastructure",
  "the health system",
  "climate adaptation",
  "drought relief",
  "earthquake recovery",
  "budget support",
  "school construction",
  "clean water projects",
];

/** The n-th story of a corpus seeded `seed`: the same arguments always give the same story. */
export function storyAt(seed: number, index: number): Story {
  const rng = createRng(deriveSeed(seed, 1, index));
  const kind = pick(rng, KINDS);
  const day = nextInt(rng, DAYS);
  const topic = pick(rng, TOPICS);
  switch (kind) {
    case "visit":
    case "call":
    case "planned": {
      const [a, b] = twoPeople(rng);
      return { kind, day, topic, a, b };
    }
    case "summit": {
      const countries = pickDistinct(rng, COUNTRIES.length, 3 + nextInt(rng, 2), 1.8);
      const leaders = countries.map((c) => personAt(c, 0));
      return { kind, day, topic, leaders, host: countryAt(countries[0] ?? 0) };
    }
    case "condemnation": {
      const [c, t] = pickDistinct(rng, COUNTRIES.length, 2, 1.8);
      const speaker = personAt(c ?? 0, nextInt(rng, 2));
      return { kind, day, topic, speaker, target: countryAt(t ?? 1), act: pick(rng, ACTS) };
    }
    case "sanctions": {
      const target = countryAt(1 + pickSkewed(rng, COUNTRIES.length - 1, 1.6));
      return { kind, day, topic, by: sanctioner(rng), target, over: pick(rng, SANCTION_GROUNDS) };
    }
    case "aid": {
      // Donors are the big economies and lenders; recipients mostly the rest.
      const recipient = countryAt(RECIPIENTS[pickSkewed(rng, RECIPIENTS.length, 1.3)] ?? 3);
      const funder = donor(rng);
      const amount = drawAmount(
        rng,
        funder.kind === "country" ? funder.country.name : funder.organization.name,
      );
      return { kind, day, topic, funder, recipient, amount, purpose: pick(rng, PURPOSES) };
    }
  }
}

function twoPeople(rng: Rng): [PoolPerson, PoolPerson] {
  const [c, d] = pickDistinct(rng, COUNTRIES.length, 2, 1.8);
  const office = pickSkewed(rng, OFFICE_COUNT, 2);
  return [personAt(c ?? 0, office), personAt(d ?? 1, office)];
}

function personAt(country: number, office: number): PoolPerson {
  const person = PEOPLE[country * OFFICE_COUNT + office];
  if (person === undefined) throw new Error(`no person ${country}/${office}`);
  return person;
}

function countryAt(index: number): PoolCountry {
  const country = COUNTRIES[index];
  if (country === undefined) throw new Error(`no country ${index}`);
  return country;
}

function sanctioner(rng: Rng): Party {
  const choice = nextInt(rng, 4);
  if (choice === 0)
    return { kind: "organization", organization: ORGANIZATIONS[0] ?? pick(rng, ORGANIZATIONS) };
  return { kind: "country", country: countryAt([0, 6, 18, 19, 7][nextInt(rng, 5)] ?? 0) };
}

function donor(rng: Rng): Party {
  if (nextInt(rng, 2) === 0) return { kind: "organization", organization: pick(rng, FUNDERS) };
  return { kind: "country", country: countryAt(pickSkewed(rng, 20, 1.5)) };
}
