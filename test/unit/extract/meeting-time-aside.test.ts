import { describe, expect, it } from "vitest";
import { withoutTimeAsides } from "../../../src/extract/facts/meeting-time-aside.ts";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// A time phrase set off by commas ("shortly after landing") between a meeting's words and whom it
// was with, or before the next clause of the same subject; our own text.
describe("meetings read past a time phrase set off by commas", () => {
  it("reads 'dined on Tuesday evening, shortly after landing, with B'", () => {
    expect(
      metOn(
        "Foreign Minister Jan Berg had dined on Tuesday evening, shortly after landing, with Finance Minister Rui Lopes.",
      ),
    ).toEqual(["person:jan-berg -- person:rui-lopes 2026-03-10"]);
    expect(
      metOn(
        "President Ana Costa held talks on Wednesday, hours after arriving in Accra, with President Kofi Mensah.",
      ),
    ).toEqual(["person:ana-costa -- person:kofi-mensah 2026-03-11"]);
  });

  it("keeps the subject of the next clause after the phrase: '…on Monday, shortly after landing, and on Tuesday held talks with C'", () => {
    expect(
      metOn(
        "Envoy Jan Berg was received by King Ali Nasser on Monday, shortly after landing, and on Tuesday held talks with Prime Minister Rui Lopes.",
      ),
    ).toEqual([
      "person:ali-nasser -- person:jan-berg 2026-03-09",
      "person:jan-berg -- person:rui-lopes 2026-03-10",
    ]);
  });

  it("does not join a new subject after the phrase: '…, shortly after landing, and Prime Minister C denounced the visit'", () => {
    expect(
      metOn(
        "Envoy Jan Berg met King Ali Nasser on Monday, shortly after landing in Oslo, and Prime Minister Rui Lopes denounced the visit.",
      ),
    ).toEqual(["person:ali-nasser -- person:jan-berg 2026-03-09"]);
  });

  it("blanks only a time phrase before 'with' or 'and', keeping offsets", () => {
    const text = "He dined on Tuesday, shortly after landing, with the minister.";
    const out = withoutTimeAsides(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, " ")).toBe("He dined on Tuesday with the minister.");
    expect(withoutTimeAsides("He dined on Tuesday, after landing, in a hotel.")).toBe(
      "He dined on Tuesday, after landing, in a hotel.",
    );
    expect(withoutTimeAsides("He met Ruto, after all, with some reluctance.")).toBe(
      "He met Ruto, after all, with some reluctance.",
    );
  });
});
