import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A leader or minister who reports their own state's stance holds it in their own name; the
// annotation rules give a spokesperson's or an envoy's report to the state.
describe("a state's stance told by its own leader", () => {
  it("finds the speaker past an aside that names a state", () => {
    expect(
      opposes(
        "Kenyan President William Ruto, according to Kenyan state television, told reporters that Kenya firmly opposes the new levy.",
      ),
    ).toEqual(["person:william-ruto -> issue:new-levy"]);
  });

  it("gives a stance reported by a participle to the clause's subject", () => {
    expect(
      opposes(
        'Norwegian Prime Minister Jonas Gahr Støre spoke in Oslo. "It was no accident," Støre told reporters, adding that Norway condemned the sabotage of the cable.',
      ),
    ).toEqual(["person:jonas-gahr-store -> issue:sabotage-of-the-cable"]);
    expect(
      opposes(
        "Chilean President Gabriel Boric was more cautious, saying only that Chile rejected any blockade of the port.",
      ),
    ).toEqual(["person:gabriel-boric -> issue:blockade-of-the-port"]);
    expect(
      opposes(
        "On Monday, Chilean President Gabriel Boric met the miners, insisting that Chile opposed the new tariffs.",
      ),
    ).toEqual(["person:gabriel-boric -> issue:new-tariffs"]);
  });

  it("leaves the stance to the state when its voice speaks, or when another party opens the clause", () => {
    expect(
      opposes(
        "Foreign ministry spokesperson Ana Costa told reporters, adding that Portugal opposed the new tariffs.",
      ),
    ).toEqual(["country:PRT -> issue:new-tariffs"]);
    expect(
      opposes(
        "Indian Prime Minister Narendra Modi met Chilean President Gabriel Boric, saying that Chile opposed the new tariffs.",
      ),
    ).toEqual(["country:CHL -> issue:new-tariffs"]);
  });
});
