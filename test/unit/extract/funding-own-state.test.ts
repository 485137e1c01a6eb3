import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

describe("FUNDS: a state's government named without the state", () => {
  it("reads the government a speaker reports on as the speaker's state, else the report's", () => {
    // "X said the government had allocated…": before, a report in front of the subject hid it.
    expect(
      fundsOf(
        "Drought has hit Zambia hard. Hichilema thanked China for its help. Finance Minister " +
          "Situmbeko Musokotwane said the government had allocated 800 million kwacha to the " +
          "Food Reserve Agency to buy maize.",
      ),
    ).toEqual(["country:ZMB -> org:food-reserve-agency 800000000 ZMW"]);
  });

  it("reads a longer time phrase and a caretaker cabinet before the subject", () => {
    expect(
      fundsOf(
        "Canada and the United States are at odds over lumber. On Wednesday evening the federal " +
          "government of Canada unveiled a C$1.2 billion package for the softwood industry.",
      ),
    ).toEqual(["country:CAN -> issue:softwood-industry 1200000000 CAD"]);
  });

  it("reads a leader's cabinet as the leader's state", () => {
    expect(
      fundsOf(
        "Lithuania closed its border with Belarus again, Prime Minister Inga Ruginienė said on " +
          "Monday. In response, Ruginienė's cabinet " +
          "earmarked €3 million to compensate haulage firms whose trucks are stranded in Belarus.",
      ),
    ).toEqual(["country:LTU -> issue:haulage-firms 3000000 EUR"]);
  });
});

describe("FUNDS: a bare force, mission or facility points back to the one named before", () => {
  it("gives the money to the force the article named", () => {
    expect(
      fundsOf(
        "Ministers discussed the new UN-authorised Gang Suppression Force for Haiti. Canada " +
          "pledged C$60 million to support the force.",
      ),
    ).toEqual(["country:CAN -> issue:new-un-authorised-gang-suppression-force 60000000 CAD"]);
  });

  it("reads a facility named before as no money of its own", () => {
    expect(
      fundsOf(
        "Australia and New Zealand will jointly fund a Pacific resilience facility, officials " +
          "said after talks with China's envoy. Australia is contributing A$100 million to the " +
          "facility.",
      ),
    ).toEqual(["country:AUS -> issue:pacific-resilience-facility 100000000 AUD"]);
  });
});

describe("FUNDS: the body a state only qualifies pays", () => {
  it("gives the payment to the agency, not its state", () => {
    expect(
      fundsOf(
        "Cameroon is short of water. In September, France's development agency, the Agence " +
          "Française de Développement (AFD), signed a €45 million grant for water supply in the " +
          "northern regions.",
      ),
    ).toEqual(["org:agence-francaise-de-developpement -> issue:water-supply 45000000 EUR"]);
  });

  it("leaves a body a verb of giving makes the one paid", () => {
    expect(fundsOf("Japan will give the Philippine Navy ¥6 billion for coastal radars.")).toEqual([
      "country:JPN -> org:phl-philippine-navy 6000000000 JPY",
    ]);
  });
});
