import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// A tariff a state lays on another's goods is its stance against that state (fixtures README):
// KEPT_ON, CUT_TO and TRADE_LEVIES in opposition-verbs.ts, TAXED_GOODS in opposition-bans.ts.
describe("tariffs told in more ways", () => {
  it("reads a rate written with a sign and goods named by their demonym", () => {
    expect(opposes("Peru slapped a 12.5% duty on Bolivian quinoa.")).toEqual([
      "country:PER -> country:BOL",
    ]);
    expect(opposes("Japan imposed an extra 20% levy on US-made trucks.")).toEqual([
      "country:JPN -> country:USA",
    ]);
    expect(opposes("Kenya raised its import duty on Ugandan sugar to 35%.")).toEqual([
      "country:KEN -> country:UGA",
    ]);
  });

  it("reads counter-tariffs and tariffs kept, put or collected", () => {
    expect(opposes("Norway imposed counter-tariffs on Icelandic fish in May.")).toEqual([
      "country:NOR -> country:ISL",
    ]);
    expect(opposes("Chile still keeps a 9 percent tariff on Argentine beef.")).toEqual([
      "country:CHL -> country:ARG",
    ]);
    expect(opposes("Vietnam put 40% tariffs on Thai-made scooters.")).toEqual([
      "country:VNM -> country:THA",
    ]);
  });

  it("reads a tariff cut to a rate that still taxes the goods", () => {
    expect(opposes("Brazil cut its tariffs on Mexican cars to 15 percent.")).toEqual([
      "country:BRA -> country:MEX",
    ]);
  });

  it("gives nothing for a tariff cut to zero, a measure put on hold or one said to be lifted", () => {
    expect(opposes("Brazil cut its tariff on Argentine wheat to zero.")).toEqual([]);
    expect(opposes("Brazil cut its tariff on Argentine wheat to 0%.")).toEqual([]);
    expect(opposes("Ghana put the new duties on hold after talks.")).toEqual([]);
    expect(opposes("Egypt announced that U.S. sanctions on Sudan would be lifted.")).toEqual([]);
  });

  it("gives nothing for a measure put on hold before its party, or a post in charge of one", () => {
    // A post in charge of sanctions lays none; "put … on hold against" sets one aside.
    expect(
      opposes("Sweden, which is in charge of sanctions on Belarus this year, met Finland."),
    ).toEqual([]);
    expect(opposes("Austria put its sanctions on hold against Serbia in June.")).toEqual([]);
  });

  it("still reads a tariff charged, and new tariffs put on a party's goods", () => {
    expect(opposes("Sweden charges steep duties on Belarusian potash.")).toEqual([
      "country:SWE -> country:BLR",
    ]);
    expect(opposes("Austria put new 30 percent tariffs on Serbian wine.")).toEqual([
      "country:AUT -> country:SRB",
    ]);
  });

  it("keeps a sanction on a named person that person's", () => {
    expect(opposes("Canada imposed sanctions on Ivan Petrov, a Russian banker.")).toEqual([
      "country:CAN -> person:ivan-petrov",
    ]);
  });
});
