import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// An opening participle of speaking or answering ("Asked about…,", "Responding to…,") names
// what was asked about, never the main clause's subject (opposition-fronted.ts).
describe("an opening aside of asking or answering", () => {
  it("does not give the stance to a party the aside names", () => {
    expect(
      opposes(
        "Asked about the Ankara summit on Monday, Greek foreign ministry spokeswoman Lana Zochiou said the talks were useful and again demanded that Turkey retract what she called illegal claims.",
      ),
    ).toEqual(["country:GRC -> issue:illegal-claims"]);
  });

  it("does not give the stance to a state the aside names", () => {
    expect(
      opposes(
        "Asked about Kenya, Ugandan foreign ministry spokesman Paul Mugisha said the border was calm and condemned the raid on Busia.",
      ),
    ).toEqual(["country:UGA -> issue:raid-on-busia"]);
    expect(
      opposes(
        "Asked about Kenya, Uganda said the border was calm and condemned the raid on Busia.",
      ),
    ).toEqual(["country:UGA -> issue:raid-on-busia"]);
  });

  it("leaves other openings and a subject after the aside as they were", () => {
    expect(
      opposes("In Kenya, Uganda said the border was calm and condemned the raid on Busia."),
    ).toEqual(["country:UGA -> issue:raid-on-busia"]);
    expect(
      opposes(
        "Responding to questions about Moscow, the Polish foreign ministry condemned the drills in Belarus.",
      ),
    ).toEqual(["country:POL -> issue:drills-in-belarus"]);
  });
});
