import { describe, expect, it } from "vitest";
import { sharesSubject } from "../../../src/extract/facts/opposition-holder.ts";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

/** Whether the verb that starts at `verb` in `text` shares the subject of the verb before it. */
const shares = (text: string, verb: string): boolean => sharesSubject(text, 0, text.indexOf(verb));

// A second verb joined by "and" or "but" keeps the first one's subject; its adverbs and perfect
// auxiliary are read by one pattern, and only a relative clause (not a reported one) cuts it off.
describe("a verb that shares the subject of the one before it", () => {
  it("keeps the subject across an adverb such as 'already' or 'now'", () => {
    expect(opposes("Portugal criticised Angola and already condemned Mozambique.")).toEqual([
      "country:PRT -> country:AGO",
      "country:PRT -> country:MOZ",
    ]);
    expect(shares("Chile rebuked Peru and now condemned Bolivia.", "condemned")).toBe(true);
  });

  it("keeps it after 'said that', which opens a reported clause rather than a relative", () => {
    expect(
      shares("Fiji said that Tonga had rejected the plan and has condemned Samoa.", "condemned"),
    ).toBe(true);
  });

  it("still keeps it across a perfect auxiliary or an aside, with no relative clause open", () => {
    expect(shares("Chile rebuked Peru and has since condemned Bolivia.", "condemned")).toBe(true);
    expect(shares("Chile rebuked Peru but, in a letter, condemned Bolivia.", "condemned")).toBe(
      true,
    );
  });

  it("cuts it off inside a relative clause, and where no conjunction joins the verbs", () => {
    expect(
      shares("The border, which Tonga has never accepted and has rejected, irks Fiji.", "rejected"),
    ).toBe(false);
    expect(
      shares("The plan that Tonga has never accepted and has rejected irks Fiji.", "rejected"),
    ).toBe(false);
    expect(shares("Chile rebuked Peru; Argentina condemned Bolivia.", "condemned")).toBe(false);
  });
});
