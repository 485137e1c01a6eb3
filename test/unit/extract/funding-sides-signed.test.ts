import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";
import { headlineMentions } from "../../../src/extract/facts/funding-home-state.ts";

describe("FUNDS: a state signing an agreement to borrow with another state borrows", () => {
  it("makes the state signed with the lender", () => {
    expect(
      fundsOf("Ghana signed a $900 million loan agreement with China to finish the coastal rail."),
    ).toEqual(["country:CHN -> country:GHA 900000000 USD"]);
    expect(
      fundsOf(
        "Senegal sealed a credit deal with Saudi Arabia worth $300 million for desalination.",
      ),
    ).toEqual(["country:SAU -> country:SEN 300000000 USD"]);
  });

  it("gives the later amount of a deal told first to the state that signed it", () => {
    expect(
      fundsOf(
        "Uzbekistan signed a loan agreement with Russia on Friday for its first reactor. Under " +
          "the deal, Russia will lend 400 billion rubles over twenty years.",
      ),
    ).toEqual(["country:RUS -> country:UZB 400000000000 RUB"]);
  });

  it("keeps the subject as lender when the money is in its own currency", () => {
    expect(
      fundsOf("Japan signed a 40 billion yen loan agreement with Bangladesh for a new bridge."),
    ).toEqual(["country:JPN -> country:BGD 40000000000 JPY"]);
  });

  it("leaves a lender that signs a loan with a state as the lender", () => {
    expect(
      fundsOf("The World Bank signed a $250 million loan agreement with Nepal for rural roads."),
    ).toEqual(["org:world-bank -> country:NPL 250000000 USD"]);
  });

  it("does not read a trade deal with a state as a loan from it", () => {
    expect(fundsOf("Peru signed a $2 billion trade deal with Chile on Monday.")).toEqual([]);
  });
});

describe("FUNDS: the one talked with does not pay", () => {
  it("gives the pledge to the one who held the talks", () => {
    expect(
      fundsOf("Norway held talks with Malawi on Monday and pledged $30 million for clinics."),
    ).toEqual(["country:NOR -> country:MWI 30000000 USD"]);
  });

  it("reads a phone call with a leader the same way", () => {
    expect(
      fundsOf(
        "Chinese Premier Li Qiang spoke by phone with Zambia's President Hakainde Hichilema and " +
          "pledged $200 million for the railway.",
      ),
    ).toEqual(["country:CHN -> issue:railway 200000000 USD"]);
  });

  it("still lets the subject of a with-phrase pay when no second verb follows", () => {
    expect(fundsOf("Together with Sweden, Denmark pledged $40 million for Ukraine.")).toEqual([
      "country:DNK -> country:UKR 40000000 USD",
    ]);
  });
});

describe("FUNDS: a headline's hyphenated pair names both states", () => {
  it("counts each state of a pair", () => {
    expect([...headlineMentions("First EU-Moldova summit opens", undefined)]).toEqual([["MDA", 1]]);
    expect([...headlineMentions("US-China talks resume in Geneva", undefined)]).toEqual([
      ["USA", 1],
      ["CHN", 1],
    ]);
  });

  it("keeps a name written with a hyphen whole", () => {
    expect([...headlineMentions("Guinea-Bissau gets new loan", undefined)]).toEqual([["GNB", 1]]);
    expect([...headlineMentions("Aid for Timor-Leste", undefined)]).toEqual([["TLS", 1]]);
  });

  it("names no state in a hyphenated word of no country", () => {
    expect([...headlineMentions("Indo-Pacific forum ends", undefined)]).toEqual([]);
  });
});

describe("FUNDS: a body described as a state's own spends at home", () => {
  it("gives no state as recipient to a sovereign investor's money with no owner named", () => {
    expect(
      fundsOf(
        "Singapore is building data centres. Separately, Temasek, the state investor, said it " +
          "would invest S$1 billion.",
      ),
    ).toEqual([]);
  });

  it("reads a state development bank the same way", () => {
    expect(
      fundsOf(
        "Colombia is short of housing. The state development bank Findeter said it would lend " +
          "500 billion pesos.",
      ),
    ).toEqual([]);
  });

  it("still gives a foreign state's fund's money to the state the report is about", () => {
    expect(
      fundsOf(
        "Egypt hosted an investment forum on Monday. The Qatar Investment Authority, Qatar's " +
          "sovereign wealth fund, committed $2 billion.",
      ),
    ).toEqual(["org:qatar-investment-authority -> country:EGY 2000000000 USD"]);
  });

  it("leaves a lender with no such description giving to the report's state", () => {
    expect(
      fundsOf(
        "Kenya's finance minister met lenders in Nairobi. The Kuwait Fund for Arab Economic " +
          "Development approved a $40 million loan.",
      ),
    ).toEqual(["org:kuwait-fund-for-arab-economic-development -> country:KEN 40000000 USD"]);
  });
});

describe("FUNDS: a demonym in the payer's appositive names the payer's own state", () => {
  it("does not read 'its' as that state", () => {
    expect(
      fundsOf(
        "Kazakhstan hosted the summit. Chery, the Chinese carmaker, separately committed 120 " +
          "billion tenge to expand its assembly plant in Kostanay.",
      ),
    ).not.toContainEqual(expect.stringMatching(/-> country:CHN /));
    expect(
      fundsOf(
        "Chile opened its lithium tender. Albemarle, the American miner, committed 90 billion " +
          "pesos to enlarge its refinery near Antofagasta.",
      ),
    ).not.toContainEqual(expect.stringMatching(/-> country:USA /));
  });

  it("still reads 'its' as the state in view when no appositive names the payer's", () => {
    expect(
      fundsOf("Mali faces a hunger crisis. Canada pledged C$20 million for its clinics."),
    ).toEqual(["country:CAN -> country:MLI 20000000 CAD"]);
  });

  it("does not take a state named by its name in the appositive for the payer's", () => {
    expect(
      fundsOf(
        "Mali faces a hunger crisis. Canada, a Mali ally, pledged C$20 million for its clinics.",
      ),
    ).toEqual(["country:CAN -> country:MLI 20000000 CAD"]);
  });
});
