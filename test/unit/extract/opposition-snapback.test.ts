import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// Setting off a snapback restores sanctions on the state it hits (opposition-snapback.ts).
describe("a snapback triggered", () => {
  it("reads the states that trigger it against the state the sanctions are on", () => {
    expect(
      opposes("Spain and Italy triggered the snapback of UN sanctions on Libya on Friday."),
    ).toEqual(expect.arrayContaining(["country:ESP -> country:LBY", "country:ITA -> country:LBY"]));
  });

  it("takes the state the story is about when the sentence names none", () => {
    expect(
      opposes(
        "Venezuela warned of consequences. Brazil and Chile invoked the so-called snapback mechanism at the end of May.",
      ),
    ).toEqual(["country:BRA -> country:VEN", "country:CHL -> country:VEN"]);
  });

  it("reads the parties after 'triggered by' as those who set it off", () => {
    expect(
      opposes(
        "Cuba held talks with Mexico. Havana rejects the snapback of sanctions triggered last week by Canada and Norway.",
      ),
    ).toEqual(expect.arrayContaining(["country:CAN -> country:CUB", "country:NOR -> country:CUB"]));
  });

  it("reads 'triggers' and 'snap-back' too", () => {
    expect(
      opposes("Peru triggers the snapback of UN sanctions on Bolivia, officials said."),
    ).toContain("country:PER -> country:BOL");
    expect(
      opposes(
        "Ecuador protested. The snap-back of UN sanctions, triggered last week by Colombia, hit Ecuador hard.",
      ),
    ).toContain("country:COL -> country:ECU");
  });

  it("gives nothing for a snapback only discussed, feared or unnamed in whose hands", () => {
    expect(opposes("Analysts said a snapback of sanctions would hurt Sudan.")).toEqual([]);
    expect(opposes("The snapback of sanctions was discussed by Peru and Chile.")).toEqual([]);
    expect(opposes("Kenya triggered the snapback mechanism on Thursday.")).toEqual([]);
  });
  it("may take as hit a state named before those who set it off in the same sentence", () => {
    expect(
      opposes(
        "Syria held talks with Jordan. Over Syria's chemical arsenal, Britain and France triggered the snapback mechanism.",
      ),
    ).toEqual(["country:FRA -> country:SYR", "country:GBR -> country:SYR"]);
  });

  it("reads the state named in 'sanctions on X' before 'triggered by'", () => {
    expect(
      opposes(
        "Laos held talks with Thailand. The snapback of UN sanctions on Myanmar, invoked on Monday by Japan, drew no comment.",
      ),
    ).toEqual(expect.arrayContaining(["country:JPN -> country:MMR"]));
  });
});
