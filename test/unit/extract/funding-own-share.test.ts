import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "Madrid committed €1.2 billion to finish its part of the line": the payer's own share of a joint
// work; the work is the money's end, not a party told of before.
describe("funding constructions, a payer's own share of a joint work", () => {
  it("reads the work a payer's part is of as the end", () => {
    expect(
      fundsOf(
        "The European Union granted €90 million to Portugal for a bridge over the Minho. Spain " +
          "committed €300 million to finish its part of the new bridge.",
      ),
    ).toContain("country:ESP -> issue:new-bridge 300000000 EUR");
  });

  it("reads a share of a joint pipeline, in another currency", () => {
    const facts = fundsOf(
      "China has lent Kyrgyzstan money for roads. Kazakhstan will provide 50 billion tenge to " +
        "cover its share of the gas pipeline.",
    );
    expect(facts).toContain("country:KAZ -> issue:gas-pipeline 50000000000 KZT");
    expect(facts.join(" ")).not.toContain("country:KAZ -> country:KGZ");
  });

  it("still reads a possessed thing with no share as the party told of before", () => {
    expect(
      fundsOf("Mali faces a hunger crisis. Canada pledged C$20 million to rebuild its clinics."),
    ).toEqual(["country:CAN -> country:MLI 20000000 CAD"]);
  });

  it("still reads a part with no work named after it as the party told of before", () => {
    expect(
      fundsOf("Chad is building a highway. France pledged €40 million to complete its section."),
    ).not.toContain("country:FRA -> issue:section 40000000 EUR");
  });
});
