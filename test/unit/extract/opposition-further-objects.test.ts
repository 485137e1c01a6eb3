import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES").sort();

// A measure laid "on" one party "and on" another falls on each (opposition-further-objects.ts).
describe("a measure laid on several objects", () => {
  it("reads each party after 'and on', past a relative clause on the first", () => {
    expect(
      opposes(
        "Washington imposed sanctions on Omar Khalil, whom it accused of smuggling arms, and on Hezbollah.",
      ),
    ).toEqual(["country:USA -> org:hezbollah", "country:USA -> person:omar-khalil"]);
    expect(opposes("The EU imposed tariffs on Rosneft, and also on Lukoil.")).toEqual([
      "org:european-union -> org:lukoil",
      "org:european-union -> org:rosneft",
    ]);
  });

  it("reads no day after 'and on' as an object", () => {
    expect(opposes("Washington imposed sanctions on Rosneft and on Monday met Gazprom.")).toEqual([
      "country:USA -> org:rosneft",
    ]);
  });

  it("reads no later object of a verb that is no measure", () => {
    expect(opposes("Washington criticised Rosneft, and on Gazprom it said nothing.")).toEqual([
      "country:USA -> org:rosneft",
    ]);
  });
});
