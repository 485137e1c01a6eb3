import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { articleOf, factsOf } from "./helpers.ts";

const datelined = (dateline: string, body: string): string[] =>
  factsOf(extractGraph({ ...articleOf(body), dateline }), "OPPOSES");

// Whose "the government" a critic with no state of his own attacks, when the story is datelined
// where a lender sits rather than where the money goes.
describe("the state of 'the government' under a lender's dateline", () => {
  it("reads the borrower's government when the story opens with a body and never names the dateline's state", () => {
    expect(
      datelined(
        "MANILA",
        "The Asian Development Bank approved a $300 million loan for Laos on Tuesday to build rural roads. Opposition leader Somsak Vongsa accused the government of hiding the terms.",
      ),
    ).toEqual(["person:somsak-vongsa -> country:LAO"]);
    expect(
      datelined(
        "WASHINGTON",
        "The International Monetary Fund approved a $1.1 billion programme for Zambia on Friday. Opposition lawmaker Mutale Chanda criticised the government for accepting new austerity.",
      ),
    ).toEqual(["person:mutale-chanda -> country:ZMB"]);
    expect(
      datelined(
        "BEIJING",
        "The Asian Infrastructure Investment Bank approved a $250 million credit for Bangladesh on Thursday. Opposition leader Mirza Alam accused the government of hiding the terms.",
      ),
    ).toEqual(["person:mirza-alam -> country:BGD"]);
  });

  it("keeps the dateline's state when the story names it", () => {
    expect(
      datelined(
        "MANILA",
        "The Asian Development Bank approved $200 million for flood defences in the Philippines on Monday. Opposition senator Risa Dela Cruz accused the government of wasting the money.",
      ),
    ).toEqual(["person:risa-dela-cruz -> country:PHL"]);
  });

  it("keeps the dateline's state when the story opens with a person, not a body", () => {
    expect(
      datelined(
        "NAIROBI",
        "Tanzanian President Samia Suluhu Hassan arrived on Monday for two days of talks on a shared railway. Opposition leader Peter Otieno accused the government of hiding the costs.",
      ),
    ).toEqual(["person:peter-otieno -> country:KEN"]);
  });
});
