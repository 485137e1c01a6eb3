import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Stances told by expressions the stance verbs miss: phrasal attacks, promised resistance,
// refusals, accusations told as nouns, sanctions told by their instruments.
describe("opposition recall", () => {
  it("reads a phrasal or idiomatic attack as a stance against its object", () => {
    expect(opposes("Portuguese opposition leader Rui Tavares tore into the rail budget.")).toEqual([
      "person:rui-tavares -> issue:rail-budget",
    ]);
    expect(opposes("Irish Premier Sean Daly took a swipe at Washington over its tariffs.")).toEqual(
      ["person:sean-daly -> country:USA"],
    );
    expect(opposes("Danish Prime Minister Mette Holm had sharp words for Pakistan.")).toEqual([
      "person:mette-holm -> country:PAK",
    ]);
    expect(opposes("Norway is pushing back at the Swedish plan to cap gas prices.")).toContain(
      "country:NOR -> issue:swedish-plan-to-cap-gas-prices",
    );
  });

  it("reads resistance promised against a policy, not against a thing or for one", () => {
    expect(
      opposes("Belgian union leader Marc Dubois vowed to fight the pension reform to the end."),
    ).toEqual(["person:marc-dubois -> issue:pension-reform"]);
    expect(opposes("Argentine Senator Laura Paz promised to overturn the decree.")).toEqual([
      "person:laura-paz -> issue:decree",
    ]);
    expect(opposes("A Russian missile tore into an apartment block in Kharkiv.")).toEqual([]);
    expect(opposes("Brazilian President Lucia Prado vowed to fight corruption.")).toEqual([]);
    expect(opposes("Indian Prime Minister Arun Das pledged to fight for the trade deal.")).toEqual(
      [],
    );
    expect(opposes("The Thai parliament pushed back the vote on the budget.")).toEqual([]);
    expect(
      opposes("Malaysian Prime Minister Idris Hamzah vowed to resist calls to scrap the tax reform."),
    ).toEqual([]);
  });
});
