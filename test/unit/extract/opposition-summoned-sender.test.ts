import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// A summons is against the envoy's sender when its reason names no party of its own
// (summonedSender in opposition-diplomacy.ts), and the official who summons acts for a state.
describe("the sender of a summoned envoy", () => {
  it("reads a reason that names no party as a stance against the envoy's state", () => {
    expect(opposes("Lima summoned the Chilean ambassador over the remarks.")).toEqual([
      "country:PER -> country:CHL",
    ]);
    expect(
      opposes("Ghana summoned Togo's ambassador to protest against the border closure."),
    ).toEqual(["country:GHA -> country:TGO"]);
  });

  it("reads a body's envoy and 'the ambassador of X'", () => {
    expect(opposes("Serbia summoned the EU ambassador on Friday.")).toEqual([
      "country:SRB -> org:european-union",
    ]);
    expect(opposes("Laos summoned the ambassador of Thailand to complain about the dam.")).toEqual([
      "country:LAO -> country:THA",
    ]);
  });

  it("gives the state of the official who summons", () => {
    expect(
      opposes(
        "Peruvian Foreign Minister Elmer Schialer summoned the Bolivian envoy over the protests.",
      ),
    ).toEqual(["country:PER -> country:BOL"]);
  });

  it("keeps a reason that names a party, and gives nothing where no sender is named", () => {
    expect(
      opposes("Lima summoned the Chilean ambassador over Bolivia's decision to close the border."),
    ).toEqual(["country:PER -> country:BOL"]);
    expect(opposes("Lima summoned the ambassador over the remarks.")).toEqual([
      "country:PER -> issue:remarks",
    ]);
  });
  it("reads an envoy 'called in' as one summoned, and the caller's state for its official", () => {
    expect(opposes("Romania called in the Hungarian ambassador on Thursday.")).toEqual([
      "country:ROU -> country:HUN",
    ]);
    expect(
      opposes("Romanian Foreign Minister Ana Pop called in the Hungarian envoy over the remarks."),
    ).toEqual(expect.arrayContaining(["country:ROU -> country:HUN"]));
  });

  it("gives nothing for experts or witnesses called in", () => {
    expect(opposes("Romania called in Hungarian experts to inspect the bridge.")).toEqual([]);
  });
});
