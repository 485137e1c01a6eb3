import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// A measure laid "on" one party "and on" another falls on each (opposition-further-objects.ts).
describe("a measure laid on several objects", () => {
  it("reads each party after 'and on', past a relative clause on the first", () => {
    expect(
      opposes(
        "Washington imposed sanctions on Omar Haddad, whom it accused of smuggling arms, and on Hezbollah.",
      ),
    ).toEqual(["country:USA -> org:hezbollah", "country:USA -> person:omar-haddad"]);
    expect(opposes("The EU imposed tariffs on Rosneft, and also on Lukoil.")).toEqual([
      "org:european-union -> org:lukoil",
      "org:european-union -> org:rosneft",
    ]);
  });

  it("reads no day after 'and on' as an object", () => {
    expect(opposes("Washington imposed sanctions on Rosneft and on Monday met Gazprom.")).toEqual([
      "country:USA -> org:rosneft",
    ]);
  });

  it("reads no later object of a verb that is no measure", () => {
    expect(opposes("Washington criticised Rosneft, and on Gazprom it said nothing.")).toEqual([
      "country:USA -> org:rosneft",
    ]);
  });
});

// The last object of a sanction's list, told by a description and named after a comma
// (describedLast in opposition-further-objects.ts), is opposed beside the list's words.
describe("a sanction whose last object is named in apposition", () => {
  it("reads the person or body named after the description", () => {
    expect(
      opposes(
        "The US Treasury sanctioned four exchange houses in Lagos and a Kano businessman, Musa Danjuma, accusing them of fraud.",
      ),
    ).toEqual([
      "country:USA -> issue:four-exchange-houses-in-lagos-and-a-kano-businessman",
      "country:USA -> person:musa-danjuma",
    ]);
    expect(
      opposes("Britain blacklisted two shipping firms and the airline's owner, Hezbollah."),
    ).toEqual([
      "country:GBR -> issue:two-shipping-firms-and-the-airline-s-owner",
      "country:GBR -> org:hezbollah",
    ]);
  });

  it("reads no name that only speaks after the list, nor one after a verb that is no sanction", () => {
    expect(
      opposes(
        "The US Treasury sanctioned four exchange houses and a Kano businessman, Musa Danjuma said.",
      ),
    ).toEqual(["country:USA -> issue:four-exchange-houses-and-a-kano-businessman"]);
    expect(
      opposes(
        "Germany criticised four exchange houses in Lagos and a Kano businessman, Musa Danjuma, for fraud.",
      ),
    ).toEqual(["country:DEU -> issue:four-exchange-houses-in-lagos-and-a-kano-businessman"]);
  });
});
