import { describe, expect, it } from "vitest";
import { planRemoval } from "../../../src/plan/plan-removal.ts";
import { relationshipKey } from "../../../src/plan/relationship-key.ts";

const base = { from: "country:USA", to: "country:UKR", evidence: [], confidence: 1 };

describe("relationshipKey", () => {
  it("identifies a meeting by its endpoints and date, not its place", () => {
    const key = relationshipKey({
      ...base,
      type: "MET_WITH",
      properties: { date: "2024-04-26", place: "Beijing" },
    });
    expect(key).toBe("MET_WITH|country:USA|country:UKR|2024-04-26");
  });

  it("identifies funding by amount and currency, not purpose", () => {
    const key = relationshipKey({
      ...base,
      type: "FUNDS",
      properties: { amount: 1_500_000_000, currency: "USD", purpose: "air defence" },
    });
    expect(key).toBe("FUNDS|country:USA|country:UKR|1500000000|USD");
  });

  it("leaves a missing identifying property empty rather than dropping it", () => {
    expect(relationshipKey({ ...base, type: "FUNDS", properties: { currency: "EUR" } })).toBe(
      "FUNDS|country:USA|country:UKR||EUR",
    );
  });

  it("identifies opposition by its endpoints alone", () => {
    expect(relationshipKey({ ...base, type: "OPPOSES", properties: { what: "sanctions" } })).toBe(
      "OPPOSES|country:USA|country:UKR",
    );
  });
});

describe("planRemoval", () => {
  it("removes sources, mentions and the article, once per key, in key order", () => {
    const rows = [{ article: "article:a" }, { article: "article:b" }];
    const keepNothing = rows.map((row) => ({ ...row, keep: [] }));
    expect(planRemoval(["article:b", "article:a", "article:b"])).toEqual([
      { statement: "remove-sources", rows: keepNothing },
      { statement: "remove-mentions", rows: keepNothing },
      { statement: "remove-article", rows },
    ]);
    expect(planRemoval([])).toEqual([]);
  });
});
