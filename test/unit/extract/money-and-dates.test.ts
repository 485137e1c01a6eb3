import { describe, expect, it } from "vitest";
import { relativeDays } from "../../../src/extract/dates/relative-day.ts";
import { findDate } from "../../../src/extract/dates/resolve-date.ts";
import { findMoney } from "../../../src/extract/facts/money.ts";
import { extract, keysOf } from "./helpers.ts";

describe("findMoney", () => {
  it.each([
    ["$95 billion", 95_000_000_000, "USD"],
    ["€50bn", 50_000_000_000, "EUR"],
    ["$15.6bn", 15_600_000_000, "USD"],
    ["nearly $3 billion", 3_000_000_000, "USD"],
    ["£2.5 million", 2_500_000, "GBP"],
    ["1.2 trillion yen", 1_200_000_000_000, "JPY"],
    ["500 million euros", 500_000_000, "EUR"],
    ["US$3 billion", 3_000_000_000, "USD"],
    ["A$200 million", 200_000_000, "AUD"],
    ["Rs 500 crore", 5_000_000_000, "INR"],
    ["4.5 billion USD", 4_500_000_000, "USD"],
    ["2,500,000 dollars", 2_500_000, "USD"],
    ["$1.5-billion", 1_500_000_000, "USD"],
    ["€40-million", 40_000_000, "EUR"],
    ["a billion dollars", 1_000_000_000, "USD"],
    ["half a billion euros", 500_000_000, "EUR"],
    ["three million dollars", 3_000_000, "USD"],
    ["1.5 trillion won", 1_500_000_000_000, "KRW"],
    ["Sh10bn", 10_000_000_000, "KES"],
    ["R2.3 billion", 2_300_000_000, "ZAR"],
    ["NZ$20m", 20_000_000, "NZD"],
    ["C$50 million", 50_000_000, "CAD"],
    ["HK$10 million", 10_000_000, "HKD"],
    ["₦2 billion", 2_000_000_000, "NGN"],
    ["BDS$2 million", 2_000_000, "BBD"],
    ["Nu 8 billion", 8_000_000_000, "BTN"],
    ["50 billion CFA francs", 50_000_000_000, "XOF"],
    ["€1,5 billion", 1_500_000_000, "EUR"],
    ["₹1,500 crore", 15_000_000_000, "INR"],
    ["J$500 million", 500_000_000, "JMD"],
    ["5 million Belarusian roubles", 5_000_000, "BYN"],
    // Signs and words news writes that ICU does not name.
    ["F$12 million", 12_000_000, "FJD"],
    ["T$4 million", 4_000_000, "TOP"],
    ["5 million pa'anga", 5_000_000, "TOP"],
    ["20 million convertible marks", 20_000_000, "BAM"],
    ["1.5 billion meticais", 1_500_000_000, "MZN"],
    ["ZiG 2.1 billion", 2_100_000_000, "ZWG"],
    ["SDR 139 million", 139_000_000, "XDR"],
    ["1 billion SDRs", 1_000_000_000, "XDR"],
  ])("reads %s", (text, amount, currency) => {
    expect(findMoney(`They pledged ${text} in aid.`, 0)).toEqual([
      expect.objectContaining({ amount, currency }),
    ]);
  });

  it("finds nothing in numbers that are not money", () => {
    expect(findMoney("In 2024, 300 soldiers and 12 million voters took part.", 0)).toEqual([]);
    expect(findMoney("Half a billion people and a million voters took part.", 0)).toEqual([]);
  });
});

describe("findDate", () => {
  // Wednesday 1 May 2024, the seed article's publication day.
  const published = new Date("2024-05-01T03:30:35Z");

  it.each([
    ["met this Friday", false, "2024-04-26"],
    ["met on Monday", false, "2024-04-29"],
    ["will meet on Monday", true, "2024-05-06"],
    ["will visit China in May", true, "2024-05"],
    ["talks on March 3", false, "2024-03-03"],
    ["signed on 12 December 2023", false, "2023-12-12"],
    ["spoke yesterday", false, "2024-04-30"],
    ["will meet next month", true, "2024-06"],
    ["met on Jan. 15", false, "2024-01-15"],
    ["talks on 15 Sept 2023", false, "2023-09-15"],
    ["spoke on Dec 3, 2023", false, "2023-12-03"],
    ["met last September", false, "2023-09"],
    ["at the end of March", false, "2024-03"],
    ["met this morning", false, "2024-05-01"],
    // A weekday a full date follows: the date says, "of" or not.
    ["They met on Monday, the 3rd of February.", false, "2024-02-03"],
    ["They met on Monday 3rd of February.", false, "2024-02-03"],
    ["They met on Monday, Feb. 3.", false, "2024-02-03"],
  ])("resolves '%s'", (text, future, expected) => {
    expect(findDate(text, 0, published, future)?.value).toBe(expected);
  });

  it("rejects an impossible day", () => {
    expect(findDate("on February 30", 0, published, false)).toBeUndefined();
  });
});

describe("relativeDays", () => {
  it("leaves 'the day before yesterday' to findDate, and reads 'the day before' alone", () => {
    expect(relativeDays("They met the day before yesterday.", 0)).toEqual([]);
    expect(relativeDays("They met the day before.", 0).map((r) => r.shift)).toEqual([-1]);
    const published = new Date("2024-05-01T03:30:35Z");
    expect(findDate("They met the day before yesterday.", 0, published, false)?.value).toBe(
      "2024-04-29",
    );
  });
});

/** MET_WITH facts with their days, for an article published on Monday 10 February 2025. */
const metOn = (body: string, publishedAt = "2025-02-10T09:00:00Z"): string[] =>
  extract(body, publishedAt)
    .relationships.filter((r) => r.type === "MET_WITH")
    .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"] ?? "undated")}`)
    .sort();

// Each case pins one general way English news prose gives (or withholds) the day of a meeting.
describe("the day of a meeting", () => {
  it("reads no day in a weekday that is part of a name, for a visit or the story's day", () => {
    const body =
      "Grenadian Prime Minister Amos Friday arrived in Accra. Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara.";
    expect(metOn(body)).toEqual(["person:john-mahama -> person:alassane-ouattara undated"]);
    expect(
      keysOf(
        extract("Grenadian Prime Minister Amos Friday visited Ghana.", "2025-02-10T09:00:00Z"),
        "Event",
      ),
    ).toEqual(["event:visit:undated:amos-friday"]);
  });

  it("carries the lead's day to a later meeting even when the lead also speaks of the future", () => {
    expect(
      metOn(
        "Spain and Morocco signed an agreement on Friday that will expand ferry links across the Strait. Spanish Prime Minister Pedro Sánchez then held talks with Moroccan Prime Minister Aziz Akhannouch on migration.",
      ),
    ).toEqual(["person:pedro-sanchez -> person:aziz-akhannouch 2025-02-07"]);
  });

  it("gives no day to a meeting set in a vaguer past: 'last week', 'last met'", () => {
    expect(
      metOn(
        "Chile and Peru signed a fisheries accord on Friday. Chilean President Gabriel Boric visited Lima last week and held talks with Peruvian President Dina Boluarte.",
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte undated"]);
    expect(
      metOn(
        "Chile and Peru signed a fisheries accord on Friday. Chilean President Gabriel Boric and Peruvian President Dina Boluarte last met in Santiago.",
      ),
    ).toEqual(["person:gabriel-boric -> person:dina-boluarte undated"]);
  });

  it("gives no day to a habit or a present perfect: 'have met more than 40 times'", () => {
    expect(
      metOn(
        "Laos and Vietnam signed a railway deal on Friday. Lao Prime Minister Sonexay Siphandone and Vietnamese Prime Minister Pham Minh Chinh have met more than 40 times.",
      ),
    ).toEqual(["person:sonexay-siphandone -> person:pham-minh-chinh undated"]);
  });

  it("counts 'the next day' from the day stated before it", () => {
    expect(
      metOn(
        "The UN envoy, Carlos Ruiz, met Colombian President Gustavo Petro in Bogotá on Wednesday and travelled to Quito the next day for talks with Ecuadorian President Daniel Noboa.",
      ),
    ).toEqual([
      "person:carlos-ruiz -> person:daniel-noboa 2025-02-06",
      "person:carlos-ruiz -> person:gustavo-petro 2025-02-05",
    ]);
  });

  it("counts 'the day before' and 'a day after' back from the story's day", () => {
    expect(
      metOn(
        "Kenya and Ethiopia agreed on Friday to reopen their border crossing. The day before, Kenyan Foreign Minister Musalia Mudavadi held talks with Ethiopian Foreign Minister Gedion Timothewos in Addis Ababa.",
      ),
    ).toEqual(["person:musalia-mudavadi -> person:gedion-timothewos 2025-02-06"]);
    expect(
      metOn(
        "Kenya and Ethiopia agreed on Friday to reopen their border crossing. The decision came a day after Kenyan Foreign Minister Musalia Mudavadi held talks with Ethiopian Foreign Minister Gedion Timothewos.",
      ),
    ).toEqual(["person:musalia-mudavadi -> person:gedion-timothewos 2025-02-06"]);
  });

  it("reads 'that evening' from a day told in an aside, but no other meeting's day from one", () => {
    expect(
      metOn(
        "Greece and Cyprus agreed on Saturday to link their power grids. Greek Prime Minister Kyriakos Mitsotakis, who landed in Nicosia on Friday, held talks with Cypriot President Nikos Christodoulides that evening.",
      ),
    ).toEqual(["person:kyriakos-mitsotakis -> person:nikos-christodoulides 2025-02-07"]);
    expect(
      metOn(
        "Greece and Cyprus agreed on Saturday to link their power grids. Greek Prime Minister Kyriakos Mitsotakis, who landed in Nicosia on Friday, held talks with Cypriot President Nikos Christodoulides.",
      ),
    ).toEqual(["person:kyriakos-mitsotakis -> person:nikos-christodoulides 2025-02-08"]);
  });

  it("keeps the story's day past a statement, an arrival or a background date", () => {
    expect(
      metOn(
        'Ghana and Togo signed a trade pact on Saturday. "We are neighbours first," Ghanaian President John Mahama told reporters on Friday. The bloc confirmed the tariffs it imposed on January 12. Mahama also held talks with Togolese President Faure Gnassingbé on security.',
      ),
    ).toEqual(["person:john-mahama -> person:faure-gnassingbe 2025-02-08"]);
  });

  it("does not take the start of a span ('since taking office in October') for the story's day", () => {
    expect(
      metOn(
        "Indonesia and Vietnam signed a rice deal on Thursday. Indonesian President Prabowo Subianto has pressed for the deal since taking office in October. He later held talks with Vietnamese Prime Minister Pham Minh Chinh.",
      ),
    ).toEqual(["person:prabowo-subianto -> person:pham-minh-chinh 2025-02-06"]);
  });

  it("takes the day a plan had been set for as past ('had been due to be signed on Friday')", () => {
    expect(
      metOn(
        "The treaty had been due to be signed on Friday during a visit by Australian Foreign Minister Penny Wong. Instead, Wong spent the day in talks with Fijian Prime Minister Sitiveni Rabuka.",
      ),
    ).toEqual(["person:penny-wong -> person:sitiveni-rabuka 2025-02-07"]);
  });

  it("does not date talks by the day of an arrival told after them ('…, where X had arrived on Friday')", () => {
    expect(
      metOn(
        "Spain and Algeria restored full diplomatic ties on Sunday. Spanish Foreign Minister José Manuel Albares and his Algerian counterpart, Ahmed Attaf, signed a declaration in Algiers, where Albares had arrived on Friday.",
      ),
    ).toEqual(["person:jose-manuel-albares -> person:ahmed-attaf 2025-02-09"]);
  });

  it("counts days: 'two days later' forward, 'three days after X spoke' back", () => {
    expect(
      metOn(
        "Nepal and Bhutan signed a hydropower pact on Wednesday. Two days later, Nepalese Prime Minister KP Sharma Oli held talks with Bhutanese Prime Minister Tshering Tobgay in Thimphu.",
      ),
    ).toEqual(["person:kp-sharma-oli -> person:tshering-tobgay 2025-02-07"]);
    expect(
      metOn(
        "Nepal and Bhutan signed a hydropower pact on Saturday, three days after Nepalese Prime Minister KP Sharma Oli spoke by phone with Bhutanese Prime Minister Tshering Tobgay.",
      ),
    ).toEqual(["person:kp-sharma-oli -> person:tshering-tobgay 2025-02-05"]);
  });

  it("gives no day to 'at the weekend', 'the previous week' or 'earlier this week' after a name", () => {
    for (const when of ["at the weekend", "the previous week"])
      expect(
        metOn(
          `Nepal and Bhutan signed a hydropower pact on Saturday. Nepalese Prime Minister KP Sharma Oli met Bhutanese Prime Minister Tshering Tobgay ${when}.`,
        ),
      ).toEqual(["person:kp-sharma-oli -> person:tshering-tobgay undated"]);
    expect(
      metOn(
        "Nepal and Bhutan signed a hydropower pact on Saturday. Nepalese Foreign Minister Arzu Rana Deuba held talks with her Bhutanese counterpart, Dasho Dhendup Tshering, earlier this week.",
      ),
    ).toEqual(["person:arzu-rana-deuba -> person:dasho-dhendup-tshering undated"]);
  });

  it("dates 'this morning' in a release by its day of publication", () => {
    expect(
      metOn(
        "Foreign Secretary David Lammy met Indian External Affairs Minister Subrahmanyam Jaishankar this morning in London.",
      ),
    ).toEqual(["person:david-lammy -> person:subrahmanyam-jaishankar 2025-02-10"]);
  });
});
