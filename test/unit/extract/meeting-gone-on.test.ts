import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// "A met B and flew to X to meet C": the subject goes on to a second meeting; our own sentences.
describe("a subject that goes on with a verb of going to meet someone else", () => {
  it("keeps B and C apart in 'held talks with B and flew to X on Monday to meet C'", () => {
    expect(
      metOn(
        "Envoy Ana Costa held talks in Lisbon on Sunday with President Jan Berg and flew to Porto on Monday to meet Mayor Rui Lopes.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-08",
      "person:ana-costa -- person:rui-lopes 2026-03-09",
    ]);
  });

  it("also after 'and later travelled to'", () => {
    expect(
      metOn(
        "Envoy Ana Costa held talks with President Jan Berg in Lisbon on Tuesday and later travelled to Porto to meet Mayor Rui Lopes.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-10",
      "person:ana-costa -- person:rui-lopes 2026-03-10",
    ]);
  });

  it("still reads 'and then went on to hold talks with C' as the subject's", () => {
    expect(
      metOn(
        "Envoy Ana Costa met President Jan Berg in Lisbon on Tuesday and then went on to hold talks with Mayor Rui Lopes.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-10",
      "person:ana-costa -- person:rui-lopes 2026-03-10",
    ]);
  });

  it("still reads a list of objects joined by 'and' as one meeting", () => {
    expect(
      metOn(
        "Envoy Ana Costa held talks in Lisbon on Sunday with President Jan Berg and Mayor Rui Lopes.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-08",
      "person:ana-costa -- person:rui-lopes 2026-03-08",
      "person:jan-berg -- person:rui-lopes 2026-03-08",
    ]);
  });

  it("does not stop the list at a listed person's own 'flew in'", () => {
    expect(
      metOn(
        "Envoy Ana Costa held talks on Sunday with President Jan Berg and Mayor Rui Lopes, who flew in from Porto.",
      ),
    ).toEqual([
      "person:ana-costa -- person:jan-berg 2026-03-08",
      "person:ana-costa -- person:rui-lopes 2026-03-08",
      "person:jan-berg -- person:rui-lopes 2026-03-08",
    ]);
  });
});
