import { describe, expect, it } from "vitest";
import { MEETING_HINT } from "../../../../src/extract/facts/find-meetings.ts";
import { MEETING_WORDS, meetingWordKind } from "../../../../src/extract/facts/meeting-words.ts";
import { MeetingDecisions } from "../../../../src/extract/learn/met-decisions.ts";
import { collectedWith } from "../helpers.ts";

/** The candidates the MET_WITH decision weighs in a text: group, meeting word and family. */
function weighed(body: string): string[] {
  const decisions = new MeetingDecisions({ model: undefined, record: true });
  collectedWith(body, decisions);
  return decisions.recorded.map((c) =>
    [c.group, ...c.features.filter((f) => /^(?:word|fam):/.test(f))].join(" "),
  );
}

const LEADERS = "Chilean President Gabriel Boric and Peruvian President Dina Boluarte";

describe("the meeting words, one list for the rules and the model", () => {
  it("reads a word by its kind, and no word the forms do not take", () => {
    expect(meetingWordKind("phoned")).toBe("call");
    expect(meetingWordKind("hosted")).toBe("host");
    expect(meetingWordKind("huddled")).toBe("chat");
    expect(meetingWordKind("witnessed")).toBe("witness");
    expect(meetingWordKind("metal")).toBeUndefined();
    expect(meetingWordKind("talkative")).toBeUndefined();
    // Words that only begin like one: "huge" (hug), "briefly" (brief), "hostage" (host).
    expect(meetingWordKind("huge")).toBeUndefined();
    expect(meetingWordKind("briefly")).toBeUndefined();
    expect(meetingWordKind("hostage")).toBeUndefined();
    expect(meetingWordKind("information")).toBeUndefined();
  });

  it("opens the rules' gate for a sentence holding any of them", () => {
    const samples = ["met", "talks", "phoned", "received", "visited", "initialled"];
    samples.push("witnessed", "summits", "negotiators", "huddled", "luncheon", "hugged");
    samples.push("briefed", "conveyed");
    for (const word of samples) expect(meetingWordKind(word)).toBeDefined();
    expect(new Set(samples.map(meetingWordKind)).size).toBe(Object.keys(MEETING_WORDS).length);
    for (const word of samples) expect(MEETING_HINT.test(`Both of them ${word} there.`)).toBe(true);
    expect(MEETING_HINT.test("The river rose after days of rain.")).toBe(false);
  });

  it("gives the model a word's family from the same list", () => {
    expect(
      weighed(
        "Chilean President Gabriel Boric, flanked by Peruvian President Dina Boluarte, hosted the dinner.",
      ),
    ).toEqual(["wide word:hosted fam:host"]);
    expect(weighed(`${LEADERS} chatted briefly before the vote.`)).toEqual([
      "held word:chatted fam:discuss",
    ]);
  });

  it("weighs no pair around a word that only begins like a meeting word", () => {
    expect(weighed(`${LEADERS} faced a huge crowd on Monday.`)).toEqual([]);
    expect(
      weighed(
        "Chilean President Gabriel Boric, whose speech was briefly interrupted, said Peruvian President Dina Boluarte was wrong.",
      ),
    ).toEqual([]);
  });

  it("leaves a thing handed over to the rules, whose frames need the one it is handed to", () => {
    expect(
      weighed(
        "Chilean President Gabriel Boric handed out medals as Peruvian President Dina Boluarte looked on.",
      ),
    ).toEqual([]);
    expect(
      weighed(
        "Chilean President Gabriel Boric, flanked by Peruvian President Dina Boluarte, thanked the crowd.",
      ),
    ).toEqual(["wide word:thanked fam:other"]);
  });

  it("leaves a signing to the rules: no pair is weighed around a signature they did not read", () => {
    expect(weighed(`${LEADERS} signed a petition on Monday.`)).toEqual([]);
    // The signings the rules read are weighed as theirs, with the signing family.
    expect(
      weighed(
        "Chilean President Gabriel Boric signed a joint statement with Peruvian President Dina Boluarte on Monday.",
      ),
    ).toEqual(["held word:signed fam:sign"]);
  });
});
