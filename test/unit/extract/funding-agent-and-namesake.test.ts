import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…to repair bridges damaged by Russian shelling": the state after "by" did the harm; "vehicles
// built in London, Ontario": a namesake town is not the state whose capital it shares a name with.
describe("a state named as agent or as a namesake town", () => {
  it("gives no money to the state named as the agent of the harm its use repairs", () => {
    expect(
      fundsOf(
        "Sweden will give Moldova a 900 million kronor package, of which 200 million kronor will be used to rebuild schools damaged by Russian drones.",
      ),
    ).toEqual([
      "country:SWE -> country:MDA 900000000 SEK",
      "country:SWE -> issue:rebuild-schools-damaged-by-russian-drones 200000000 SEK",
    ]);
    expect(
      fundsOf(
        "Qatar pledged $80 million to Lebanon, of which $30 million is to rebuild clinics hit by Israeli strikes.",
      ),
    ).not.toContainEqual("country:QAT -> country:ISR 30000000 USD");
  });

  it("still gives the money to a state the use names as its place", () => {
    expect(
      fundsOf("The EU approved €50 million that will be used to rebuild schools in Moldova."),
    ).toEqual(["org:european-union -> country:MDA 50000000 EUR"]);
  });

  it("gives no money to a capital's state for a namesake town with its own region", () => {
    expect(
      fundsOf(
        "Australia announced A$500 million for Ukraine, including A$90 million for trucks made in Paris, Texas.",
      ),
    ).not.toContainEqual("country:AUS -> country:FRA 90000000 AUD");
    expect(
      fundsOf(
        "Canada announced C$200 million for Ukraine, including C$50 million for drones assembled in London, Ontario.",
      ),
    ).not.toContainEqual("country:CAN -> country:GBR 50000000 CAD");
  });

  it("keeps the capital's state when the region after it is that state", () => {
    expect(
      fundsOf("Japan approved a $40 million grant for a hospital in Kabul, Afghanistan."),
    ).toEqual(["country:JPN -> country:AFG 40000000 USD"]);
  });
});
