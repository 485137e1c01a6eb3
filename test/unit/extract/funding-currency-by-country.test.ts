import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "Rs 45 billion" is the rupee of the text's country (Pakistan, Sri Lanka, Nepal…), not always
// India's; Cuba's "pesos" are the Cuban peso, not the convertible peso withdrawn in 2021; and
// "1.4 billion ZiG" is Zimbabwe Gold written after the figure.
describe("FUNDS: a currency sign or word settled by the text's country", () => {
  it("reads Rs in a Pakistani report as the Pakistani rupee", () => {
    expect(
      fundsOf(
        "Pakistan's government has committed Rs 45 billion from its own budget to acquire land along the railway.",
      ),
    ).toEqual(["country:PAK -> issue:acquire-land 45000000000 PKR"]);
  });

  it("reads Rs in a Sri Lankan report as the Sri Lankan rupee", () => {
    expect(
      fundsOf(
        "The Asian Development Bank approved a loan for Sri Lanka. Colombo will add Rs 3 billion from its own budget for rural roads.",
      ),
    ).toContain("country:LKA -> issue:rural-roads 3000000000 LKR");
  });

  it("keeps Rs as the Indian rupee where India gives it", () => {
    expect(fundsOf("India will give Rs 500 crore to Nepal for a hospital.")).toEqual([
      "country:IND -> country:NPL 5000000000 INR",
    ]);
  });

  it("reads Cuban pesos as the Cuban peso", () => {
    expect(
      fundsOf("Cuba's government has earmarked 2.5 billion pesos for roofing sheets and cement."),
    ).toEqual(["country:CUB -> issue:roofing-sheets-and-cement 2500000000 CUP"]);
  });

  it("reads ZiG after the figure as Zimbabwe Gold", () => {
    expect(
      fundsOf(
        "Harare has set aside 1.4 billion ZiG (about $52m) in this year's budget for access roads.",
      ),
    ).toEqual(["country:ZWE -> issue:access-roads 1400000000 ZWG"]);
  });

  it("gives nothing for a sum in rupees a state only estimates", () => {
    expect(
      fundsOf("Pakistan estimates the cost of the flood damage at Rs 900 billion, officials said."),
    ).toEqual([]);
  });
});
