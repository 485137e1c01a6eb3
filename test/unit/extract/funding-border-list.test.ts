import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…along the frontier with Serbia and Montenegro": every state of the list the border opens lies
// beyond it, and receives nothing.
describe("funding constructions, states listed after a border", () => {
  it("takes no second state of a border's list as the recipient", () => {
    expect(
      fundsOf(
        "Germany is paying €12 million to the border police for cameras along the frontier with " +
          "Ukraine and Romania.",
      ),
    ).toEqual(["country:DEU -> issue:cameras-along-the-frontier 12000000 EUR"]);
  });

  it("takes no state of a list after a sea border, in another story", () => {
    const facts = fundsOf(
      "Albania is reforming its police. Italy is paying €15 million for radar along the sea " +
        "border with Greece and Montenegro.",
    );
    expect(facts.join(" ")).not.toMatch(/country:(?:GRC|MNE)/);
  });

  it("takes no state of a comma list after 'borders with', in pounds", () => {
    const facts = fundsOf(
      "Jordan hosts many refugees. Britain gave £30 million for patrols on the borders with " +
        "Iraq, Syria and Saudi Arabia.",
    );
    expect(facts.join(" ")).not.toMatch(/country:(?:IRQ|SYR|SAU)/);
  });

  it("still reads a state after 'and' that no border opens", () => {
    expect(
      fundsOf("Japan gave ¥500 million to Ghana and 300 million yen to Togo for clinics."),
    ).toContain("country:JPN -> country:TGO 300000000 JPY");
  });

  it("still reads the recipient named before the border", () => {
    expect(
      fundsOf(
        "The European Union gave €20 million to Georgia for crossings on the border with " +
          "Armenia and Azerbaijan.",
      ),
    ).toEqual(["org:european-union -> country:GEO 20000000 EUR"]);
  });
});
