import { describe, expect, it } from "vitest";
import { NOT_A_DATE } from "../../../src/extract/gazetteer/words.ts";

/** Whether "on" in `text` is followed by what NOT_A_DATE lets through as a party. */
const partyAfterOn = (text: string): boolean =>
  new RegExp(String.raw`\bon\s+${NOT_A_DATE}\w`, "i").test(text);

// What follows "sanctions on" or "and on" may be a time rather than the one a measure falls on.
describe("NOT_A_DATE", () => {
  it("refuses a day of the month of two digits as well as of one", () => {
    expect(partyAfterOn("fresh curbs on 28 February")).toBe(false);
    expect(partyAfterOn("curbs imposed on 4 February")).toBe(false);
  });

  it("refuses a weekday or a month", () => {
    expect(partyAfterOn("curbs imposed on Thursday")).toBe(false);
    expect(partyAfterOn("curbs imposed on October 9")).toBe(false);
  });

  it("lets through a party, even one whose name opens on a number", () => {
    expect(partyAfterOn("curbs imposed on Uzbekistan")).toBe(true);
    expect(partyAfterOn("curbs on 5G suppliers")).toBe(true);
    expect(partyAfterOn("curbs on 3M")).toBe(true);
  });
});
