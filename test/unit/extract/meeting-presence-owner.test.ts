import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const met = (body: string): string[] => factsOf(extract(body), "MET_WITH");

const SIGNERS = "Defence Minister Wladyslaw Kosiniak-Kamysz and US Defense Secretary Pete Hegseth";

// "in Duda's presence" says what "in the presence of Duda" says: the one named was there. A
// passive signing may put an adverb before "signed": "was then signed by A and B".
describe("a signing in someone's presence", () => {
  it("brings the one in whose presence a passive signing was made", () => {
    expect(
      met(
        `Polish President Andrzej Duda received US Defense Secretary Pete Hegseth on Monday. The agreement was then signed in Duda's presence by ${SIGNERS}.`,
      ),
    ).toEqual([
      "person:andrzej-duda -> person:pete-hegseth",
      "person:wladyslaw-kosiniak-kamysz -> person:andrzej-duda",
      "person:wladyslaw-kosiniak-kamysz -> person:pete-hegseth",
    ]);
  });

  it("brings the one named in a fronted 'In Duda's presence,'", () => {
    expect(
      met(
        `Polish President Andrzej Duda arrived at the ministry on Monday. In Duda's presence, ${SIGNERS} signed the agreement.`,
      ),
    ).toHaveLength(3);
  });

  it("reads 'was later signed by A and B' as their signing", () => {
    expect(
      met(
        "The agreement was later signed by Polish Defence Minister Wladyslaw Kosiniak-Kamysz and US Defense Secretary Pete Hegseth in Warsaw on Monday.",
      ),
    ).toEqual(["person:wladyslaw-kosiniak-kamysz -> person:pete-hegseth"]);
  });

  it("brings no one whose presence elsewhere the sentence only mentions", () => {
    expect(
      met(
        `Polish President Andrzej Duda spoke in Warsaw on Monday. ${SIGNERS} signed the agreement later that day, a move made possible by Duda's presence in Washington last year.`,
      ),
    ).toEqual(["person:wladyslaw-kosiniak-kamysz -> person:pete-hegseth"]);
  });

  it("gives nothing for a signing in someone's presence still to come", () => {
    expect(
      met(
        `Polish President Andrzej Duda spoke in Warsaw on Monday. ${SIGNERS} will sign the agreement next week in Duda's presence.`,
      ),
    ).toEqual([]);
  });

  it("reads no signing into 'was then rejected by A and B'", () => {
    expect(
      met(
        "The agreement was then rejected by Polish Defence Minister Wladyslaw Kosiniak-Kamysz and US Defense Secretary Pete Hegseth on Monday.",
      ),
    ).toEqual([]);
  });
});
