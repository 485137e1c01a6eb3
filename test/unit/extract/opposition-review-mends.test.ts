import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Mends of this round's opposition frames: each case the frame read wrongly, beside the near
// miss it must keep reading.
describe("opposition frames after review", () => {
  it("reads a call for a party to leave, not a call for a thing named after a state to end", () => {
    expect(opposes("The archbishop called for the Sudan conflict to end.")).toEqual([]);
    expect(opposes("Bishop Okello called for the Congo war to stop at once.")).toEqual([]);
    expect(opposes("Chile called for the Peruvian envoys to leave the country.")).toEqual([
      "country:CHL -> country:PER",
    ]);
    expect(opposes("Zambia urged Malawi to halt the dam works.")).toEqual([
      "country:ZMB -> country:MWI",
    ]);
  });

  it("drops a court's ruling but keeps what a court condemns", () => {
    expect(
      opposes("The International Criminal Court condemned the Hungarian curbs on its staff."),
    ).toEqual(["org:international-criminal-court -> issue:hungarian-curbs-on-its-staff"]);
    expect(opposes("The Supreme Court rejected the Danish bid on Monday.")).toEqual([]);
    expect(opposes("The constitutional court struck down the Danish curbs on its judges.")).toEqual(
      [],
    );
    expect(
      opposes("The European Court of Human Rights denounced Peru's threats against its judges."),
    ).toEqual(["org:european-court-of-human-rights -> country:PER"]);
    // An audit body's criticism, and what a court says in a ruling, are findings.
    expect(
      opposes("The Court of Auditors criticised the Danish ministry for weak cost controls."),
    ).toEqual([]);
  });

  it("reads a meeting refused while a party keeps doing something, not while it stays somewhere", () => {
    expect(
      opposes(
        "Chilean President Gabriel Boric said he would not meet Bolivian President Luis Arce while he remains in La Paz.",
      ),
    ).toEqual([]);
    expect(
      opposes(
        "Kenyan President William Ruto said he would not meet Ugandan President Yoweri Museveni while he stays at the lodge.",
      ),
    ).toEqual([]);
    expect(
      opposes(
        "Chilean President Gabriel Boric said he would not meet Bolivian President Luis Arce while Bolivia keeps troops on the border.",
      ),
    ).toEqual(["person:gabriel-boric -> person:luis-arce"]);
  });

  it("does not read talks broken off over pay, prices or terms as a stance", () => {
    expect(opposes("The dockers of Norway broke off negotiations over pay last week.")).toEqual([]);
    expect(opposes("Peru suspended talks over the price of copper.")).toEqual([]);
    expect(opposes("Kenya broke off talks over the new contract terms.")).toEqual([]);
    expect(opposes("Mexico broke off talks over the US tariffs on steel.")).toEqual([
      "country:MEX -> country:USA",
    ]);
  });
});
