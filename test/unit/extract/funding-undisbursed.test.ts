import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…lapsed with $850 million undisbursed": money left unpaid is not money given.
describe("an amount left undisbursed", () => {
  it("gives nothing for an amount said to be undisbursed, unspent or undrawn", () => {
    expect(
      fundsOf("Ghana has $300 million unspent from the World Bank's grant for schools."),
    ).toEqual([]);
    expect(
      fundsOf("The IMF disbursed $850 million to Kenya, leaving $200 million undrawn."),
    ).toEqual(["org:international-monetary-fund -> country:KEN 850000000 USD"]);
    expect(
      fundsOf(
        "The IMF let the previous arrangement for Kenya lapse with roughly $850 million undisbursed.",
      ),
    ).toEqual([]);
  });

  it("keeps money given, and money disbursed", () => {
    expect(fundsOf("The World Bank approved $300 million for Ghana's schools on Monday.")).toEqual([
      "org:world-bank -> country:GHA 300000000 USD",
    ]);
    expect(fundsOf("The IMF disbursed $850 million to Kenya on Friday.")).toEqual([
      "org:international-monetary-fund -> country:KEN 850000000 USD",
    ]);
  });
});
