import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// A grant signed with a fund or bank is the fund's, as a loan signed with it is.
describe("a grant signed with a lender", () => {
  it("reads the fund a minister of no named state signs a grant with as its payer", () => {
    expect(
      fundsOf(
        "Two days later, Finance Minister Ana Lopes signed a $5 million grant with the Kuwait Fund for Arab Economic Development for clinics in Bissau.",
      ),
    ).toEqual([
      expect.stringMatching(/^org:kuwait-fund-for-arab-economic-development -> .* 5000000 USD$/),
    ]);
    expect(
      fundsOf(
        "On Friday, Health Minister Rosa Vidal signed a $12 million grant with the OPEC Fund for International Development for rural hospitals.",
      ),
    ).toEqual([
      expect.stringMatching(/^org:opec-fund-for-international-development -> .* 12000000 USD$/),
    ]);
  });

  it("does not make a body that lends nothing, or a grant still sought, a payer", () => {
    expect(
      fundsOf(
        "Finance Minister Ana Lopes signed a $5 million grant with the Red Cross for clinics in Bissau.",
      ),
    ).toEqual([]);
    expect(
      fundsOf(
        "Finance Minister Ana Lopes hopes to sign a $5 million grant with the Kuwait Fund next year.",
      ),
    ).toEqual([]);
  });
});
