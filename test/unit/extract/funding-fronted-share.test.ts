import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "The Commission approved loans of €2.66bn for Estonia and €1bn for Finland. Of Estonia's share,
// €1.1bn will go to air defence": the state whose share was broken down was read as the payer of
// its parts; it receives them, from the payer of the share.
describe("FUNDS: the parts of a share a fronted phrase names", () => {
  it("gives the parts of a state's share from the payer told before, to that state", () => {
    const facts = fundsOf(
      "The World Bank approved loans of $500 million for Kenya and $300 million for Uganda. Of " +
        "Kenya's share, $200 million will go to rural roads and $100 million to water supply.",
    );
    expect(facts).toContain("org:world-bank -> country:KEN 200000000 USD");
    expect(facts).toContain("org:world-bank -> country:KEN 100000000 USD");
    expect(facts.join(" ")).not.toContain("country:KEN -> ");
  });

  it("reads 'allocation' as a share too", () => {
    const facts = fundsOf(
      "Japan pledged 10 billion yen for Laos and Cambodia. Of Cambodia's allocation, 4 billion " +
        "yen will go to demining.",
    );
    expect(facts).toContain("country:JPN -> country:KHM 4000000000 JPY");
    expect(facts.join(" ")).not.toContain("country:KHM -> ");
  });

  it("leaves a payer that opens its own sentence alone", () => {
    expect(
      fundsOf(
        "The World Bank approved $500 million for Kenya. Kenya will put 20 billion shillings " +
          "of its own into the same roads.",
      ).join(" "),
    ).not.toContain("org:world-bank -> country:KEN 20000000000");
  });

  it("gives nothing new when no payer was told before", () => {
    const facts = fundsOf(
      "Of Ghana's share, officials said little. Ghana pledged $5 million to the regional fund.",
    );
    expect(facts.join(" ")).not.toContain("-> country:GHA 5000000");
  });
});
