import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

/** MET_WITH pairs with their dates, for an article published on Thursday 12 March 2026. */
const metOn = (body: string, publishedAt = "2026-03-12T10:00:00Z"): string[] =>
  extract(body, publishedAt)
    .relationships.filter((r) => r.type === "MET_WITH")
    .map((r) => `${r.from} -> ${r.to} ${String(r.properties["date"] ?? "undated")}`)
    .sort();

// Each case pins one general way news prose says who met whom, and on which day.
describe("meeting recall", () => {
  it("reads a plural description before names in apposition as those names, not as people named earlier", () => {
    expect(
      metOn(
        "Labour leader Ian Frost and Green Party leader Maya Lee attacked the pension plan on Monday. Prime Minister Erik Halvorsen received the leaders of the two largest unions, Anna Berg of the LO and Tomas Lind of the TCO, at his office on Tuesday. Berg and Lind told reporters the talks were frank.",
      ),
    ).toEqual([
      "person:anna-berg -> person:tomas-lind 2026-03-10",
      "person:erik-halvorsen -> person:anna-berg 2026-03-10",
      "person:erik-halvorsen -> person:tomas-lind 2026-03-10",
    ]);
    // With no names after it, the description still stands for the two just named.
    expect(
      metOn(
        "Opposition leader Ruth Banda and Senate leader Peter Phiri criticised the budget on Monday. President Hakainde Mulenga received the two leaders on Wednesday.",
      ),
    ).toEqual([
      "person:hakainde-mulenga -> person:peter-phiri 2026-03-11",
      "person:hakainde-mulenga -> person:ruth-banda 2026-03-11",
      "person:peter-phiri -> person:ruth-banda 2026-03-11",
    ]);
  });
});
