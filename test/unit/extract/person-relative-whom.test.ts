import { describe, expect, it } from "vitest";
import { extract, keysOf } from "./helpers.ts";

const people = (body: string): string[] => keysOf(extract(body), "Person").sort();

// Review: "sanctions on Omar Khalil, whom it accused of smuggling arms" gave no person once the
// retrained model no longer took the bare name: ", who" was a person's cue, ", whom" was not,
// though only people are "whom" too.
describe("a name followed by ', whom'", () => {
  it("is a person, wherever the name stands", () => {
    expect(
      people(
        "Washington imposed sanctions on Omar Khalil, whom it accused of smuggling arms, and on Hezbollah.",
      ),
    ).toEqual(["person:omar-khalil"]);
    expect(people("The court freed Tendai Moyo, whom police had held for a year.")).toEqual([
      "person:tendai-moyo",
    ]);
    expect(people("Rebels released Peter Lund, whom they had seized in March.")).toEqual([
      "person:peter-lund",
    ]);
    expect(people("Protesters demanded the release of Ngozi Okafor, whom the army holds.")).toEqual(
      ["person:ngozi-okafor"],
    );
  });

  it("gives no person for a body or a place followed by 'which' or 'where'", () => {
    expect(people("The ministry fined Atlas Mining, which it accused of dumping waste.")).toEqual(
      [],
    );
    expect(people("Traffic was diverted from Peter Street, which was closed for repairs.")).toEqual(
      [],
    );
    expect(people("Rebels seized Santa Maria, where the army had a base.")).toEqual([]);
    expect(people("Shares in Moyo Holdings, whose chief resigned, fell on Tuesday.")).toEqual([]);
  });
});
