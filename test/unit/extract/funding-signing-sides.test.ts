import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// A state that signs money together with a lender borrows it, whichever of them the sentence
// names first; a body an investment agreement is signed with invests.
describe("a state and a lender signing together", () => {
  it("makes the lender the payer when both are the subject", () => {
    expect(
      fundsOf(
        "Malawi and the African Development Bank signed on Friday a $75 million loan for feeder roads.",
      ),
    ).toEqual(["org:african-development-bank -> country:MWI 75000000 USD"]);
    expect(
      fundsOf(
        "Laos and the Asian Development Bank on Tuesday signed a $40 million grant for rural clinics.",
      ),
    ).toEqual(["org:asian-development-bank -> country:LAO 40000000 USD"]);
    expect(
      fundsOf("Honduras and the World Bank signed a $60 million package for school meals."),
    ).toEqual(["org:world-bank -> country:HND 60000000 USD"]);
  });

  it("makes the body an investment agreement is signed with the investor", () => {
    expect(
      fundsOf(
        "Angola signed an investment agreement with Italy's Eni for a $1.2 billion gas plant in Soyo.",
      ),
    ).toEqual(["org:eni -> country:AGO 1200000000 USD"]);
    expect(
      fundsOf(
        "Chile on Monday signed a final investment agreement with the miner Anglo American for a $3 billion copper expansion.",
      ),
    ).toEqual(["org:anglo-american -> country:CHL 3000000000 USD"]);
  });

  it("leaves a lender that is the subject alone, and a state's own central bank out", () => {
    expect(
      fundsOf(
        "The African Development Bank and Malawi signed a $75 million loan for feeder roads.",
      ),
    ).toEqual(["org:african-development-bank -> country:MWI 75000000 USD"]);
    expect(
      fundsOf("Malawi and its central bank signed a $75 million loan for feeder roads."),
    ).not.toContainEqual("org:central-bank -> country:MWI 75000000 USD");
  });

  it("reverses nothing for a purchase or supply deal with a company", () => {
    expect(
      fundsOf(
        "Angola signed a supply agreement with Italy's Eni for a $1.2 billion gas plant in Soyo.",
      ),
    ).not.toContainEqual("org:eni -> country:AGO 1200000000 USD");
    expect(
      fundsOf(
        "Malawi and the African Development Bank discussed a $75 million loan for feeder roads.",
      ),
    ).toEqual([]);
  });
});
