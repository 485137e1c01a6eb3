import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// "told reporters after meeting B" refers back to the meeting told, on its day; a team headed by
// someone is met in its head. The sentences are our own.
describe("'after meeting B' is the meeting told before", () => {
  it("keeps the day of the talks told before, not the day of the sentence between", () => {
    expect(
      metOn(
        'The UN refugee chief, Karin Lund, urged donors on Wednesday to give more, after talks in Dhaka with Foreign Minister Amir Hossain. Lund spent Tuesday in the camps. "They cannot be forgotten," Lund told reporters after meeting Hossain.',
      ),
    ).toEqual(["person:amir-hossain -- person:karin-lund 2026-03-11"]);
  });

  it("keeps the day of talks told two sentences before", () => {
    expect(
      metOn(
        "Chancellor Dieter Vogt held talks with President Anna Kowal in Warsaw on Monday. The chancellor toured a plant on Tuesday. Vogt, speaking after meeting Kowal, said the talks were useful.",
      ),
    ).toEqual(["person:anna-kowal -- person:dieter-vogt 2026-03-09"]);
  });

  it("keeps the day told before after 'following meeting B'", () => {
    expect(
      metOn(
        "Foreign Minister Lea Berg held talks with Foreign Minister Omar Said in Oslo on Tuesday. Berg opened a wind farm near Bergen on Wednesday. She toured a port on Thursday. Berg, following meeting Said, said the two sides had agreed on a road map.",
      ),
    ).toEqual(["person:lea-berg -- person:omar-said 2026-03-10"]);
  });

  it("gives a day of its own to 'after meeting B a second time'", () => {
    expect(
      metOn(
        "Foreign Minister Lea Berg arrived in Oslo on Monday. She held talks with Foreign Minister Omar Said on Tuesday. Berg opened a wind farm on Wednesday. Berg, after meeting Said a second time, said the two sides had agreed on a road map.",
      ),
    ).toEqual([
      "person:lea-berg -- person:omar-said 2026-03-10",
      "person:lea-berg -- person:omar-said 2026-03-11",
    ]);
    expect(
      metOn(
        "Foreign Minister Lea Berg arrived in Oslo on Monday. She held talks with Foreign Minister Omar Said on Tuesday. Berg opened a wind farm on Wednesday. Berg, after meeting Said again, said a deal was close.",
      ),
    ).toEqual([
      "person:lea-berg -- person:omar-said 2026-03-10",
      "person:lea-berg -- person:omar-said 2026-03-11",
    ]);
  });

  it("keeps the day told before after 'meeting B' with no other time", () => {
    expect(
      metOn(
        "Foreign Minister Lea Berg arrived in Oslo on Monday. She held talks with Foreign Minister Omar Said on Tuesday. Berg opened a wind farm on Wednesday. Berg, after meeting Said at the palace, said the two sides had agreed on a road map.",
      ),
    ).toEqual(["person:lea-berg -- person:omar-said 2026-03-10"]);
  });

  it("gives a day of its own to a meeting of others 'after meeting' names", () => {
    expect(
      metOn(
        "Chancellor Dieter Vogt held talks with President Anna Kowal in Warsaw on Monday. On Tuesday, Vogt flew to Prague after meeting Prime Minister Petr Novak.",
      ),
    ).toEqual([
      "person:anna-kowal -- person:dieter-vogt 2026-03-09",
      "person:dieter-vogt -- person:petr-novak 2026-03-10",
    ]);
  });
});

describe("a team headed by someone", () => {
  it("reads 'received the rebel team headed by B' as meeting B", () => {
    expect(
      metOn(
        "Mediator Ali Hamad met the government delegation on Tuesday morning and received the rebel team headed by Jean Kabila in the afternoon.",
      ),
    ).toEqual(["person:ali-hamad -- person:jean-kabila 2026-03-10"]);
    expect(
      metOn("President Ama Boateng hosted a Chinese trade team led by Li Wei on Monday."),
    ).toEqual(["person:ama-boateng -- person:li-wei 2026-03-09"]);
  });

  it("reads no meeting with the head of a team only named, not received", () => {
    expect(
      metOn(
        "President Ama Boateng praised the national football team headed by coach Kwesi Appiah on Monday.",
      ),
    ).toEqual([]);
  });
});
