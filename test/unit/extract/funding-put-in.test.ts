import { describe, expect, it } from "vitest";
import { fundsOf } from "./helpers.ts";

// "put in" and "put up" give money only when the money follows them ("will put in 90 million
// dinars", "put up a further $50 million"); before, any object did, so an order, a bid or a
// guarantee was read as money given (review r1-s30, item 5). Our own sentences.
describe("FUNDS: 'put in' and 'put up' with something else than money", () => {
  it("gives nothing for an order put in", () => {
    expect(
      fundsOf("Japan has put in an order for $2 billion of liquefied gas from Qatar."),
    ).toEqual([]);
  });

  it("gives nothing for a bid put in", () => {
    expect(fundsOf("Turkey put in a $5 billion bid for Kenya's main port on Monday.")).toEqual([]);
  });

  it("gives nothing for a guarantee put up", () => {
    expect(fundsOf("China put up a $300 million guarantee for Zambia's debt.")).toEqual([]);
  });

  it("gives nothing for assets put up for sale", () => {
    expect(
      fundsOf("Algeria put up $600 million worth of gas fields for sale to Italian firms."),
    ).toEqual([]);
  });

  it("gives nothing for tariffs put in place", () => {
    expect(fundsOf("Peru put in place $40 million in tariffs on Chilean copper.")).toEqual([]);
  });
});

describe("FUNDS: 'put in' and 'put up' before the money", () => {
  it("reads money put up for another state", () => {
    expect(fundsOf("Saudi Arabia will put up $500 million for Yemen's central bank.")).toEqual([
      "country:SAU -> country:YEM 500000000 USD",
    ]);
  });

  it("reads a further sum put in", () => {
    expect(fundsOf("Qatar put in a further $300 million to help Lebanon's army.")).toEqual([
      "country:QAT -> country:LBN 300000000 USD",
    ]);
  });
});
