import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "The Green Climate Fund approved $85 million for an early-warning system, co-financed with 120
// million soles from the national treasury": the fund was read as paying the soles too, to the
// state; the treasury's money is the state's own, for the same system.
describe("FUNDS: money from a state's own treasury", () => {
  it("gives the state whose currency the treasury pays in, for the end it co-finances", () => {
    const facts = fundsOf(
      "Chile hopes to save its glaciers. The Adaptation Fund approved $30 million for a glacier " +
        "monitoring network in the Andes, co-financed with 20 billion Chilean pesos from the " +
        "national treasury.",
    );
    expect(facts).toContain(
      "country:CHL -> issue:glacier-monitoring-network-in-the-andes 20000000000 CLP",
    );
    expect(facts.join(" ")).not.toContain("org:adaptation-fund -> country:CHL 20000000000");
  });

  it("reads a state budget as the treasury", () => {
    expect(
      fundsOf(
        "Kenya is building dams. The African Development Bank lent $60 million for the Thwake " +
          "dam, co-funded by 3 billion shillings from the state budget.",
      ).join(" "),
    ).toContain("country:KEN -> ");
  });

  it("does not read dollars from the treasury as any one state's", () => {
    expect(
      fundsOf(
        "Ecuador and Peru share a river. The Adaptation Fund approved $30 million for flood " +
          "barriers, co-financed with $5 million from the national treasury.",
      ).join(" "),
    ).not.toContain("country:ECU -> ");
  });

  it("does not read money from another body's budget as a state's", () => {
    expect(
      fundsOf(
        "Chile hopes to save its glaciers. The Adaptation Fund approved 20 billion Chilean pesos " +
          "from its own budget for a glacier monitoring network.",
      ).join(" "),
    ).not.toContain("country:CHL -> ");
  });
});

describe("FUNDS: an amount co-financing the one before", () => {
  it("goes to the same end as the amount it joins", () => {
    expect(
      fundsOf(
        "The World Bank approved $100 million for Nepal's rural schools, co-financed with $20 " +
          "million from the Asian Development Bank.",
      ).join(" "),
    ).toContain("org:asian-development-bank -> country:NPL 20000000 USD");
  });

  it("does not join amounts that are merely listed", () => {
    expect(
      fundsOf(
        "The World Bank approved $100 million for Nepal's rural schools, and Japan gave $20 " +
          "million for hospitals in Bhutan.",
      ).join(" "),
    ).not.toContain("country:JPN -> country:NPL");
  });
});
