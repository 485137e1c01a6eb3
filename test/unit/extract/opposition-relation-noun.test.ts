import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A word for how one person stands to another ("his colleague", "her rival", "his predecessor")
// before a name stands as a title does: the person named is the one opposed.
describe("a person after a word of relation", () => {
  it("reads the person after 'his colleague', 'his predecessor' or 'her challenger' as the one opposed", () => {
    expect(
      opposes(
        "Councillor Marlon Ochoa has accused his colleague Maria Lopez of blocking the hiring of technical staff.",
      ),
    ).toEqual(["person:marlon-ochoa -> person:maria-lopez"]);
    expect(
      opposes(
        "Rishi Sunak led the Conservatives until 2024. British Prime Minister Keir Starmer criticised his predecessor Rishi Sunak over the debt.",
      ),
    ).toEqual(["person:keir-starmer -> person:rishi-sunak"]);
    expect(
      opposes("Senator Ana Torres condemned her challenger Carlos Gomez for skipping the debate."),
    ).toEqual(["person:ana-torres -> person:carlos-gomez"]);
  });

  it("keeps a thing a colleague owns as the thing, and reads no stance where there is none", () => {
    expect(opposes("Senator Ana Torres criticised her colleague's plan to cut pensions.")).toEqual([
      "person:ana-torres -> issue:colleague-s-plan-to-cut-pensions",
    ]);
    expect(
      opposes(
        "Councillor Marlon Ochoa thanked his colleague Maria Lopez for her work on the budget.",
      ),
    ).toEqual([]);
  });
});
