import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// The words of a measure taken against a party ("froze the assets of", a list of the shunned)
// are one set, read by the frames and by the memory of who took the measure, for a later "the
// measures". Before, the memory kept copies of its own, and "froze the assets of" was the
// memory's alone. Our own sentences.
describe("OPPOSES: measures told by their instruments, and who took them", () => {
  it("reads assets frozen as a measure against their holder's state", () => {
    expect(opposes("Canada froze the assets of two Iranian banks on Monday.")).toEqual([
      "country:CAN -> country:IRN",
    ]);
  });

  it("gives 'the measures' condemned next to the state that froze the accounts", () => {
    expect(
      opposes(
        "Canada froze the bank accounts of two Iranian officials. Tehran condemned the measures.",
      ),
    ).toEqual(["country:CAN -> country:IRN", "country:IRN -> country:CAN"]);
  });

  it("gives them to the state that put firms on its entity list", () => {
    expect(
      opposes(
        "The US Commerce Department added two Chinese firms to its entity list. Beijing denounced the measures.",
      ),
    ).toEqual(["country:CHN -> country:USA", "country:USA -> country:CHN"]);
  });

  it("gives nothing for a freeze on hiring, which holds nobody's assets", () => {
    expect(opposes("Canada froze the hiring of two Iranian engineers last year.")).toEqual([]);
  });
});
