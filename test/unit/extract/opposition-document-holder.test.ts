import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A summit's text as a stance's subject ("the final declaration", "their communiqué") speaks for
// the body whose members met, named before; a state, body or person named in the phrase is the
// author itself, and a capital there only says where the summit met.
describe("a summit's text as a stance holder", () => {
  it("gives the stance of a declaration, communiqué or joint statement to the body that met", () => {
    expect(
      opposes(
        "Leaders of the African Union met in Addis Ababa on Sunday. The final declaration condemned the coup in Niger.",
      ),
    ).toEqual(["org:african-union -> issue:coup-in-niger"]);
    expect(
      opposes(
        "Ministers of the Group of Seven met in Paris. Their communique condemned Russia's attacks on Ukraine.",
      ),
    ).toEqual(["org:group-of-seven -> country:RUS"]);
    expect(
      opposes(
        "Foreign ministers of the Arab League gathered in Cairo for two days. Their joint statement rejected Israel's annexation plans.",
      ),
    ).toEqual(["org:arab-league -> country:ISR"]);
    // The capital the summit met in is where, not who.
    expect(
      opposes(
        "Leaders of the Shanghai Cooperation Organisation met in Tashkent. The Tashkent declaration denounced protectionist trade measures.",
      ),
    ).toEqual(["org:shanghai-cooperation-organisation -> issue:protectionist-trade-measures"]);
  });

  it("leaves a text to the state or body its phrase names, and gives none to a text with no body before", () => {
    const g7 = "Ministers of the Group of Seven met in Paris.";
    expect(opposes(`${g7} The U.S. statement condemned Russia's attacks on Ukraine.`)).toEqual([
      "country:USA -> country:RUS",
    ]);
    expect(opposes(`${g7} The Canadian statement criticised China's export curbs.`)).toEqual([
      "country:CAN -> country:CHN",
    ]);
    // No body named before: no author.
    expect(opposes("The summit's final declaration condemned Russia's attacks.")).toEqual([]);
    // A body that is no meeting of members (a company, a ministry) issues no summit's text.
    expect(
      opposes(
        "Shell said on Monday it would leave the field. The joint statement condemned the attack on the pipeline.",
      ),
    ).toEqual([]);
  });
});
