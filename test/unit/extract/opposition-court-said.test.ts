import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// What a court says is a ruling when what it says is a legal finding ("amounted to collective
// punishment", "was unconstitutional"), and its stance like any body's otherwise; before, every
// "said" of a court was dropped as a ruling. Our own sentences.
describe("OPPOSES: what a court says, ruling or stance", () => {
  it("keeps a tribunal's stance said of a state's sanctions", () => {
    expect(
      opposes(
        "The International Criminal Court said the Hungarian sanctions were an assault on its work.",
      ),
    ).toEqual(["org:international-criminal-court -> country:HUN"]);
  });

  it("keeps a court's stance said with an auxiliary", () => {
    expect(
      opposes(
        "The European Court of Human Rights has said Peru's threats were an attack on its judges.",
      ),
    ).toEqual(["org:european-court-of-human-rights -> country:PER"]);
  });

  it("drops what a court says amounted to a wrong, a finding", () => {
    expect(
      opposes(
        "The Supreme Court said the Danish curbs on protest amounted to unlawful censorship.",
      ),
    ).toEqual([]);
  });

  it("drops what a court says was unconstitutional or violated a treaty", () => {
    expect(opposes("The constitutional court said the Danish ban was unconstitutional.")).toEqual(
      [],
    );
    expect(opposes("The court said the Polish levy violated the treaty on free movement.")).toEqual(
      [],
    );
  });

  it("drops what a court says of a party's measure, whatever the words of its finding", () => {
    expect(
      opposes(
        "The European Court of Justice said the Polish levy was discriminatory against foreign hauliers.",
      ),
    ).toEqual([]);
    expect(
      opposes(
        "The Constitutional Court said the Hungarian decree was arbitrary and must be repealed.",
      ),
    ).toEqual([]);
    expect(
      opposes("The Supreme Court said the Danish ban on protests was disproportionate."),
    ).toEqual([]);
    expect(
      opposes(
        "The Supreme Court said the Danish ban on protests was an unjustified restriction of free speech.",
      ),
    ).toEqual([]);
  });

  it("keeps what a court says about its own work even beside a word of law", () => {
    expect(
      opposes(
        "The International Criminal Court said the Hungarian sanctions were unlawful and an assault on its work.",
      ),
    ).toEqual(["org:international-criminal-court -> country:HUN"]);
    expect(
      opposes("The African Court said the Kenyan threats were a danger to international justice."),
    ).toEqual(["org:african-court -> country:KEN"]);
  });
});
