import { describe, expect, it } from "vitest";
import { extract, factsOf, keysOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Constructions of prose written by other hands: a time between a verb and its object, a court's
// member titled after the court's name, a judge taken up as "the judge", an objection denied, a
// body's short form in brackets.
describe("stances in other word orders and namings", () => {
  it("passes over a time told between the verb and its object", () => {
    expect(opposes("Greenpeace rejected on Tuesday a new mining code.")).toEqual([
      "org:greenpeace -> issue:new-mining-code",
    ]);
    expect(opposes("Peru condemned late on Monday night the attack on its embassy.")).toEqual([
      "country:PER -> issue:attack-on-its-embassy",
    ]);
    expect(opposes("Greenpeace condemned on Tuesday Brazil's decision to drill.")).toEqual([
      "org:greenpeace -> country:BRA",
    ]);
  });

  it("reads a court's member titled after the court's name as the person", () => {
    const doc = extract("Canada sanctioned Supreme Federal Court Justice Alexandre de Moraes.");
    expect(keysOf(doc, "Person")).toEqual(["person:alexandre-de-moraes"]);
    expect(factsOf(doc, "OPPOSES")).toEqual(["country:CAN -> person:alexandre-de-moraes"]);
    expect(opposes("Ottawa criticised High Court Judge Mary Wanjiru.")).toEqual([
      "country:CAN -> person:mary-wanjiru",
    ]);
    expect(opposes("Canada sanctioned Constitutional Court President Ana Lopes.")).toEqual([
      "country:CAN -> person:ana-lopes",
    ]);
  });

  it("takes 'the judge' up as the justice named before", () => {
    expect(
      opposes(
        "Supreme Court Justice Mary Wanjiru ruled on Monday. Treasury Secretary John Mbeki accused the judge of running a witch hunt.",
      ),
    ).toEqual(["person:john-mbeki -> person:mary-wanjiru"]);
  });

  it("reads no stance in an objection denied", () => {
    expect(opposes("Officials said Peru had raised no objection to the study.")).toEqual([]);
    expect(opposes("Peru voiced no opposition to the plan.")).toEqual([]);
    expect(opposes("Peru raised no concerns about the plan.")).toEqual([]);
    expect(opposes("Peru raised strong objections to the plan.")).toEqual([
      "country:PER -> issue:plan",
    ]);
  });

  it("keeps a body's bracketed short form as its alias", () => {
    const doc = extract("The Liberty and Refoundation party (Libre) condemned the trip.");
    const party = doc.entities.find((e) => e.key === "org:liberty-and-refoundation");
    expect(party?.label === "Organization" ? party.aliases : undefined).toEqual(["Libre"]);
  });
});

describe("a ministry named by its portfolios", () => {
  it("reads 'Ministry of A, B and C' as one body, none named by its last portfolios", () => {
    const doc = extract(
      "Japan's Ministry of Economy, Trade and Industry called the measure deeply regrettable and urged Beijing to withdraw it.",
    );
    expect(keysOf(doc, "Organization")).toEqual(["org:jpn-ministry-of-economy-trade-and-industry"]);
    expect(factsOf(doc, "OPPOSES")).toEqual(["country:JPN -> country:CHN"]);
    expect(
      keysOf(
        extract("The Ministry of Land, Infrastructure, Transport and Tourism rejected the plan."),
        "Organization",
      ),
    ).toEqual(["org:ministry-of-land-infrastructure-transport-and-tourism"]);
    // A country or a person after the comma is no portfolio.
    expect(
      keysOf(extract("The Ministry of Finance, Peter Mwangi said, rejected the plan."), "Person"),
    ).toEqual(["person:peter-mwangi"]);
  });
});
