import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// Where a meeting's clause begins and ends around its people; the sentences are our own.
describe("meeting clause edges", () => {
  it("reads a person closing a fronted phrase as no subject of the meeting after its comma", () => {
    expect(
      metOn(
        "On Tuesday, a day before her talks with German Chancellor Dieter Vogt, Prime Minister Anna Kowal met French President Luc Moreau.",
      ),
    ).toEqual(["person:anna-kowal -- person:luc-moreau 2026-03-10"]);
    expect(
      metOn(
        "Two days after his call with Kenyan President Amos Wekesa, Ethiopian Prime Minister Dawit Alemu received Somali President Hassan Ali in Addis Ababa on Monday.",
      ),
    ).toContain("person:dawit-alemu -- person:hassan-ali 2026-03-09");
    expect(
      metOn(
        "Two days after his call with Kenyan President Amos Wekesa, Ethiopian Prime Minister Dawit Alemu received Somali President Hassan Ali in Addis Ababa on Monday.",
      ),
    ).not.toContain("person:amos-wekesa -- person:hassan-ali 2026-03-09");
  });

  it("still reads a list of subjects closed by 'and'", () => {
    expect(
      metOn(
        "Kenyan President Amos Wekesa, Ugandan President Peter Okot and Rwandan President Jean Habimana met in Arusha on Monday.",
      ),
    ).toEqual([
      "person:amos-wekesa -- person:jean-habimana 2026-03-09",
      "person:amos-wekesa -- person:peter-okot 2026-03-09",
      "person:jean-habimana -- person:peter-okot 2026-03-09",
    ]);
  });

  it("reads on past a source set off in the middle, to a second object with its own day", () => {
    expect(
      metOn(
        "Prime Minister Lena Holm spoke by phone on Monday evening with NATO Secretary General Karl Berg, her office said, and on Tuesday morning with Danish Prime Minister Sif Jensen.",
      ),
    ).toEqual([
      "person:karl-berg -- person:lena-holm 2026-03-09",
      "person:lena-holm -- person:sif-jensen 2026-03-10",
    ]);
    expect(
      metOn(
        "President Amos Wekesa met Ugandan President Peter Okot on Monday, officials said, and Rwandan President Jean Habimana on Tuesday.",
      ),
    ).toEqual([
      "person:amos-wekesa -- person:jean-habimana 2026-03-10",
      "person:amos-wekesa -- person:peter-okot 2026-03-09",
    ]);
  });

  it("reads no object in a new clause after ', and' whose own subject acts", () => {
    expect(
      metOn(
        "President Amos Wekesa met Ugandan President Peter Okot on Monday, and Rwandan President Jean Habimana criticised the talks.",
      ),
    ).toEqual(["person:amos-wekesa -- person:peter-okot 2026-03-09"]);
    expect(
      metOn(
        "President Amos Wekesa met Ugandan President Peter Okot on Monday, officials said, and Rwandan President Jean Habimana condemned the meeting.",
      ),
    ).toEqual(["person:amos-wekesa -- person:peter-okot 2026-03-09"]);
  });
});
