import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// A body named only to say what role a person holds does not hold the person's stance: a leader
// or a governor speaking in their own name is the person (test/fixtures/README.md, OPPOSES).
describe("opposition: the person whose role names a body", () => {
  it("reads the person set off by commas after a role that names the body", () => {
    expect(
      opposes(
        "The governor of the Reserve Bank of Malawi, Wilson Banda, accused the finance ministry of printing money.",
      ),
    ).toEqual(["person:wilson-banda -> org:finance-ministry"]);
    expect(
      opposes(
        "The governor of the Central Bank of Kenya, Daniel Otieno, also criticised the new borrowing plan.",
      ),
    ).toEqual(["person:daniel-otieno -> issue:new-borrowing-plan"]);
  });

  it("reads the person before an aside that names the body they lead", () => {
    expect(
      opposes(
        "Lena Hartmann, leader of the opposition Green Party, which gained seats in May, condemned the pipeline.",
      ),
    ).toEqual(["person:lena-hartmann -> issue:pipeline"]);
    expect(
      opposes(
        "Jonas Vik, leader of the Farmers' Union, the largest party in the north, rejected the land reform.",
      ),
    ).toEqual(["person:jonas-vik -> issue:land-reform"]);
  });

  it("keeps the body for a spokesperson, who speaks for it", () => {
    expect(
      opposes(
        "The spokesperson of the Central Bank of Kenya, Daniel Otieno, criticised the new borrowing plan.",
      ),
    ).toEqual(["org:central-bank -> issue:new-borrowing-plan"]);
    expect(
      opposes(
        "Marta Lindqvist, spokesperson for the opposition Social Democratic Party, which won the most seats in 2023, rejected the budget.",
      ),
    ).toEqual(["org:social-democratic-party -> issue:budget"]);
  });

  it("keeps the body when no person's role is what names it", () => {
    expect(
      opposes("The Green Party, which Lena Hartmann leads, condemned the pipeline on Monday."),
    ).toEqual(["org:green-party -> issue:pipeline"]);
    expect(
      opposes(
        "Lena Hartmann met members of the Green Party, and the Green Party condemned the pipeline.",
      ),
    ).toEqual(["org:green-party -> issue:pipeline"]);
  });

  // Only role nouns speak for the body: a negotiator does, as a spokesperson does; the head of a
  // body named in the role speaks in their own name (review r1-s30, item 9).
  it("keeps the body for its chief negotiator", () => {
    expect(
      opposes(
        "The chief negotiator of the Central Bank of Kenya, Daniel Otieno, criticised the new borrowing plan.",
      ),
    ).toEqual(["org:central-bank -> issue:new-borrowing-plan"]);
  });

  it("still reads the head of a body named in the role", () => {
    expect(
      opposes(
        "The head of the Central Bank of Kenya, Daniel Otieno, criticised the new borrowing plan.",
      ),
    ).toEqual(["person:daniel-otieno -> issue:new-borrowing-plan"]);
  });
});
