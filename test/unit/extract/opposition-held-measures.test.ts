import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A standing measure its taker keeps in force ("the tariffs X charges on Y") is X's stance.
describe("measures a state keeps in force", () => {
  it("reads 'the tariffs X charges on Y' as X's stance against Y", () => {
    expect(
      opposes("Exporters hope talks will lower the tariffs Canberra charges on Thai rice."),
    ).toContain("country:AUS -> country:THA");
  });

  it("reads 'the duties X still keeps on Y' and 'the sanctions that X maintains on Y'", () => {
    expect(
      opposes("Farmers complained about the duties Tokyo still keeps on Chilean wine."),
    ).toContain("country:JPN -> country:CHL");
    expect(
      opposes("Diplomats discussed the sanctions that Norway maintains on Belarus."),
    ).toContain("country:NOR -> country:BLR");
  });

  it("reads a kept embargo told with 'collects' or 'kept'", () => {
    expect(
      opposes("Analysts estimated the tariffs Ottawa collected on Peruvian steel last year."),
    ).toContain("country:CAN -> country:PER");
  });

  it("gives nothing for 'measures' kept 'on the table' or for keeping something else", () => {
    expect(opposes("Officials said the measures Kenya keeps on the table were modest.")).toEqual(
      [],
    );
    expect(opposes("The records Ghana keeps on Nigerian traders are public.")).toEqual([]);
    expect(opposes("The tariffs were discussed while Peru kept talking.")).toEqual([]);
  });

  it("reads a state's own tariff on another's goods as its stance against that state", () => {
    expect(
      opposes("Seoul's tariffs of 35% on Vietnamese shoes stayed in place after the talks."),
    ).toContain("country:KOR -> country:VNM");
    expect(opposes("Canberra's duties on Thai rice were not lifted.")).toContain(
      "country:AUS -> country:THA",
    );
    expect(opposes("Tokyo's 20% tariffs on Chilean wine hurt growers.")).toContain(
      "country:JPN -> country:CHL",
    );
  });

  it("gives nothing for a tariff on a state's own goods or one with no owner", () => {
    expect(opposes("Peru's tariffs on Peruvian copper were cut.")).toEqual([]);
    expect(opposes("Tariffs on Chilean wine were discussed by the two ministers.")).toEqual([]);
    expect(opposes("Norway's views on Danish tariffs were aired.")).toEqual([]);
  });

  it("reads a tariff with its state named before it as that state's stance", () => {
    expect(opposes("A 25% Japanese tariff on most Thai goods took effect in May.")).toContain(
      "country:JPN -> country:THA",
    );
    expect(opposes("Exporters fear Canadian duties on Peruvian steel.")).toContain(
      "country:CAN -> country:PER",
    );
  });

  it("gives nothing for a named tariff on the state's own goods or on no state", () => {
    expect(opposes("Chilean tariffs on Chilean copper were cut.")).toEqual([]);
    expect(opposes("Brazilian tariffs on steel were cut.")).toEqual([]);
  });
});
