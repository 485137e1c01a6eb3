import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// An envoy, a mission or a delegation a state sends "to" a body or another state speaks for the
// state that sent it: where it is sent is no holder (README: an ambassador or envoy speaking for a
// government counts as the country).
describe("an envoy sent to a body or a state", () => {
  it("gives the stance to the state named by its possessive, not to the body it is sent to", () => {
    expect(
      opposes("Beijing's mission to the United Nations condemned the Philippine statement."),
    ).toEqual(["country:CHN -> country:PHL"]);
    expect(opposes("France's envoy to the Security Council criticised the Russian veto.")).toEqual([
      "country:FRA -> issue:russian-veto",
    ]);
    expect(
      opposes(
        "Germany's permanent representative to the European Union criticised the Hungarian veto.",
      ),
    ).toEqual(["country:DEU -> issue:hungarian-veto"]);
    expect(
      opposes("Kenya's ambassador to the African Union denounced the Sudanese offensive."),
    ).toEqual(["country:KEN -> issue:sudanese-offensive"]);
    // Sent to a state, or to a body named by its acronym.
    expect(opposes("Russia's envoy to NATO criticised the Finnish drills.")).toEqual([
      "country:RUS -> issue:finnish-drills",
    ]);
    expect(opposes("Peru's ambassador to Chile criticised the Chilean border closure.")).toEqual([
      "country:PER -> issue:chilean-border-closure",
    ]);
  });

  it("gives it to the state named plainly before the envoy's office", () => {
    expect(
      opposes("The Chinese mission to the United Nations condemned the Philippine patrols."),
    ).toEqual(["country:CHN -> issue:philippine-patrols"]);
    expect(opposes("The U.S. delegation to the OSCE condemned the Russian strikes.")).toEqual([
      "country:USA -> issue:russian-strikes",
    ]);
  });

  it("leaves a body's own envoy, and a state joined to another subject, as they were", () => {
    expect(opposes("The UN envoy to Libya criticised the militias.")).toEqual([
      "org:united-nations -> issue:militias",
    ]);
    // "Kenya and the delegation…": Kenya is one of two subjects, not the delegation's sender.
    expect(
      opposes("Kenya and the delegation to the African Union criticised the coup."),
    ).not.toContain("country:KEN -> issue:coup");
  });
});
