import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "…for again blocking a €6.6 billion tranche", "parliament is debating a further 50 billion
// kroner", "holding up a disbursement of roughly $600 million", "a berth costed at about $480
// million": money blocked, debated, held up or only costed is not given; before, only "blocked",
// "debate", "held back" and "cost" were read so.
describe("FUNDS: money blocked, debated, held up or costed", () => {
  it("gives nothing for a tranche a state is blocking", () => {
    expect(
      fundsOf(
        "Italy criticised Slovakia for blocking a €2 billion tranche of the EU fund that would pay for arms sent to Ukraine.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for money a parliament is debating", () => {
    expect(
      fundsOf("Norway's parliament is debating a further 20 billion kroner for the coast guard."),
    ).toEqual([]);
  });

  it("gives nothing for a disbursement a review is holding up", () => {
    expect(
      fundsOf(
        "The IMF mission left Accra without a deal, holding up a disbursement of about $360 million to Ghana.",
      ),
    ).toEqual([]);
  });

  it("gives nothing for a project only costed", () => {
    expect(
      fundsOf(
        "Sri Lanka has asked India to help build a new terminal at Trincomalee, costed at about $300 million.",
      ),
    ).toEqual([]);
  });

  it("still reads money a state gives while another is vetoing a package", () => {
    expect(
      fundsOf(
        "Hungary is vetoing the EU package, but Sweden will give Ukraine 2 billion kronor for air defence.",
      ),
    ).toEqual(["country:SWE -> country:UKR 2000000000 SEK"]);
  });
});

// "700 million kroner for interceptor drones to counter Russia's Shahed attacks": the state whose
// attacks the money counters is not paid; before, it was the recipient.
describe("FUNDS: a state whose attacks the money is to counter", () => {
  it("does not pay the attacker a purpose names after 'to counter'", () => {
    const facts = fundsOf(
      "The Netherlands will give Ukraine €300 million for interceptor drones to counter Russia's drone attacks.",
    );
    expect(facts).toEqual(["country:NLD -> country:UKR 300000000 EUR"]);
  });

  it("does not pay the attacker after 'to repel'", () => {
    const facts = fundsOf(
      "Britain will provide £50 million for radar systems to repel Iran's missile attacks on shipping.",
    );
    expect(facts.join(" ")).not.toContain("country:IRN");
  });

  it("does not pay the attacker after 'to intercept'", () => {
    const facts = fundsOf(
      "Germany pledged €120 million for air-defence systems to intercept Russian missile strikes.",
    );
    expect(facts.join(" ")).not.toContain("country:RUS");
  });

  it("still pays a state the money helps to counter a threat", () => {
    expect(
      fundsOf("Japan will give the Philippines $20 million to counter illegal fishing."),
    ).toEqual(["country:JPN -> country:PHL 20000000 USD"]);
  });
});
