import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// A meeting named by its noun, whose people follow it: the sentences are our own.
describe("meetings named by a noun before their people", () => {
  it("reads those a meeting noun 'brought together' as having met", () => {
    expect(
      metOn(
        "Talks in Geneva on Monday brought together Ugandan President Peter Okot and Rwandan President Jean Habimana.",
      ),
    ).toEqual(["person:jean-habimana -- person:peter-okot 2026-03-09"]);
    expect(
      metOn(
        "A working dinner at the Elysée on Friday brought together Chancellor Dieter Vogt, Prime Minister Anna Kowal and President Luc Moreau.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:dieter-vogt 2026-03-06",
      "person:anna-kowal -- person:luc-moreau 2026-03-06",
      "person:dieter-vogt -- person:luc-moreau 2026-03-06",
    ]);
  });

  it("reads no meeting a noun will bring together", () => {
    expect(
      metOn(
        "A summit planned for next week will bring together Ugandan President Peter Okot and Rwandan President Jean Habimana.",
      ),
    ).toEqual([]);
  });

  it("reads 'consultations between A and B' as a meeting, past a place and a day", () => {
    expect(
      metOn(
        "The deal was reached at consultations in Kathmandu on Tuesday between Indian Foreign Secretary Ravi Menon and his Nepali counterpart, Sita Karki.",
      ),
    ).toEqual(["person:ravi-menon -- person:sita-karki 2026-03-10"]);
  });

  it("reads no one named past a clause whose 'between' listed other parties", () => {
    expect(
      metOn(
        "While a dialogue between the government and the unions has stalled since March, Prime Minister Jan Nowak met union leader Petra Lang on Monday.",
      ),
    ).toEqual(["person:jan-nowak -- person:petra-lang 2026-03-09"]);
    expect(
      metOn(
        "In Lomé, where mediation between the army and the rebels had broken down, Togolese Foreign Minister Kossi Agbo received a rebel delegation led by Yao Mensah on Wednesday.",
      ),
    ).toEqual(["person:kossi-agbo -- person:yao-mensah 2026-03-11"]);
  });
});
