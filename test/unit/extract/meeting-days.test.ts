import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Friday 13 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-13T15:00:00Z");

// Each case pins one general way news prose dates a meeting; the sentences are our own.
describe("meeting days", () => {
  it("keeps the day stated before the meeting's words over 'a day after' another event", () => {
    expect(
      metOn(
        "Danish Prime Minister Lars Holm flew to Oslo on Thursday for talks with his Norwegian counterpart Erik Halvorsen, a day after storms cut power to the north.",
      ),
    ).toEqual(["person:erik-halvorsen -- person:lars-holm 2026-03-12"]);
  });

  it("does not date a meeting by the day of a fronted source", () => {
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received President Anna Kowal in Oslo on Tuesday. According to a statement issued late on Wednesday, the two leaders talked for three hours.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
  });

  it("gives the same pair told again, with no day of its own, the day of the meeting just told", () => {
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received President Anna Kowal in Oslo on Tuesday. On Wednesday the government published its budget. The two leaders discussed a new ferry line.",
      ),
    ).toEqual(["person:anna-kowal -- person:erik-halvorsen 2026-03-10"]);
    // A day of its own wins.
    expect(
      metOn(
        "Prime Minister Erik Halvorsen received President Anna Kowal in Oslo on Tuesday. The two leaders met again on Thursday.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:erik-halvorsen 2026-03-10",
      "person:anna-kowal -- person:erik-halvorsen 2026-03-12",
    ]);
  });

  it("dates 'told reporters after his talks with B' by the talks with B told before, not by the last meeting", () => {
    expect(
      metOn(
        "Secretary-General Tan Wei was received on Monday afternoon by Prime Minister Rui Lopes. On Tuesday he held separate meetings with President Ana Costa and with Foreign Minister Joao Silva. Tan told reporters after his talks with Lopes that progress had been made.",
      ),
    ).toEqual([
      "person:ana-costa -- person:tan-wei 2026-03-10",
      "person:joao-silva -- person:tan-wei 2026-03-10",
      "person:rui-lopes -- person:tan-wei 2026-03-09",
    ]);
  });

  it("dates a meeting by the day a span in apposition describes: 'On Tuesday, a day after the vote, A met B'", () => {
    expect(
      metOn(
        "On Tuesday, a day after the election, President Ana Costa met Prime Minister Rui Lopes.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-10"]);
    expect(
      metOn(
        "On Tuesday, two days before the summit, President Ana Costa met Prime Minister Rui Lopes.",
      ),
    ).toEqual(["person:ana-costa -- person:rui-lopes 2026-03-10"]);
    // The meeting inside the span is the span's other end.
    expect(
      metOn(
        "President Ana Costa met Prime Minister Rui Lopes on Tuesday, a day before her talks with King Felipe.",
      ),
    ).toEqual([
      "person:ana-costa -- person:felipe 2026-03-11",
      "person:ana-costa -- person:rui-lopes 2026-03-10",
    ]);
  });

  it("keeps the day of a meeting joined when the joiner's words give only a month of what was said", () => {
    expect(
      metOn(
        "Bank president Hiro Sato was received on Tuesday by Prime Minister Rina Das. Finance Minister Omar Haddad, who sat in on the meeting, said the first tranche would arrive in May.",
      ),
    ).toEqual([
      "person:hiro-sato -- person:omar-haddad 2026-03-10",
      "person:hiro-sato -- person:rina-das 2026-03-10",
      "person:omar-haddad -- person:rina-das 2026-03-10",
    ]);
    expect(
      metOn(
        "Chancellor Dieter Vogt met President Anna Kowal in Warsaw on Monday. Economy Minister Jan Nowak, who also attended, told reporters the plant would open in July.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:dieter-vogt 2026-03-09",
      "person:anna-kowal -- person:jan-nowak 2026-03-09",
      "person:dieter-vogt -- person:jan-nowak 2026-03-09",
    ]);
  });

  it("leaves undated the pair's earlier meeting told with a month of its own", () => {
    expect(
      metOn(
        "Defence Minister Lena Holm and her Danish counterpart, Karl Berg, spoke by phone on Monday. The two had met in person in Copenhagen in November.",
      ),
    ).toEqual([
      "person:karl-berg -- person:lena-holm 2026-03-09",
      "person:karl-berg -- person:lena-holm undated",
    ]);
  });
});
