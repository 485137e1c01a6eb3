import { describe, expect, it } from "vitest";
import { findDate } from "../../../src/extract/dates/resolve-date.ts";
import { findMoney } from "../../../src/extract/facts/money.ts";

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
  ])("resolves '%s'", (text, future, expected) => {
    expect(findDate(text, 0, published, future)?.value).toBe(expected);
  });

  it("rejects an impossible day", () => {
    expect(findDate("on February 30", 0, published, false)).toBeUndefined();
  });
});
