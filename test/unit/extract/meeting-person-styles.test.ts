import { describe, expect, it } from "vitest";
import { extract, keysOf, meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");
const people = (body: string): string[] => keysOf(extract(body), "Person").sort();

// People written with a peer's style, or with a surname that is also a word for a building; and
// a meeting told inside a span from another day. The sentences are our own.
describe("a peer's style before a name", () => {
  it("keys the person without 'Lord' or 'Baroness'", () => {
    expect(
      metOn("The foreign minister met Prime Minister Lord Tuilagi in the capital on Monday."),
    ).toEqual([]);
    expect(metOn("Ana Torres met Prime Minister Lord Tuilagi in the capital on Monday.")).toEqual([
      "person:ana-torres -- person:tuilagi 2026-03-09",
    ]);
    expect(metOn("Lord Hendry held talks with Baroness Marsh in London on Tuesday.")).toEqual([
      "person:hendry -- person:marsh 2026-03-10",
    ]);
  });

  it("reads no person in an office or a body that 'Lord' opens", () => {
    expect(people("The Lord Mayor greeted the Lord Chief Justice at the dinner.")).toEqual([]);
    expect(people("The Lord's Resistance Army attacked a village near the border.")).toEqual([]);
  });
});

describe("a surname that is also a place word", () => {
  it("reads a given name then 'Hall' as a person, and the lone 'Hall' after it as her", () => {
    expect(
      metOn(
        "The council's president, Rosa Maria Hall, said ballots would be printed. Hall met the envoy Luis Vega in the capital on Tuesday.",
      ),
    ).toEqual(["person:luis-vega -- person:rosa-maria-hall 2026-03-10"]);
  });

  it("keeps a hall named after someone, and a lone 'Hall' no one bears, a place", () => {
    expect(people("The concert at Albert Hall was cancelled after the storm.")).toEqual([]);
    expect(people("The Victoria Hall was packed for the rally on Sunday.")).toEqual([]);
    expect(
      metOn("Ana Torres met Luis Vega at the Town Hall on Monday, and Hall staff served lunch."),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-09"]);
  });
});

describe("a meeting told as the far end of a span", () => {
  it("dates 'a day after B held talks with C' once, the day before", () => {
    expect(
      metOn(
        "Ana Torres met the envoy Luis Vega on Wednesday, a day after Vega held talks with President Omar Diaz.",
      ),
    ).toEqual([
      "person:ana-torres -- person:luis-vega 2026-03-11",
      "person:luis-vega -- person:omar-diaz 2026-03-10",
    ]);
  });

  it("counts the span back from a report's day to the meeting it follows", () => {
    expect(
      metOn(
        "The bank approved a loan to the country, its office said on Wednesday, a day after its president, Ana Torres, met President Omar Diaz.",
      ),
    ).toEqual(["person:ana-torres -- person:omar-diaz 2026-03-10"]);
    expect(
      metOn(
        "On Wednesday, a day after the vote, Ana Torres met President Omar Diaz in the capital.",
      ),
    ).toEqual(["person:ana-torres -- person:omar-diaz 2026-03-11"]);
  });
});

// A meeting noun with its day before "with", a delegation described at length before its head,
// and a meeting wished to be granted. The sentences are our own.
describe("meeting nouns, delegations and meetings wished for", () => {
  it("reads 'for a meeting on Tuesday with B' as a meeting, as 'for talks with B' is", () => {
    expect(
      metOn(
        "President Ana Torres stayed on in the capital for a meeting on Tuesday with Prime Minister Luis Vega to discuss customs fees.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-10"]);
    expect(
      metOn(
        "President Ana Torres will travel to the capital for a meeting on Tuesday with Prime Minister Luis Vega.",
      ),
    ).toEqual([]);
  });

  it("reads the head of a delegation described by who it is made of as met", () => {
    expect(
      metOn(
        "President Ana Torres received a delegation of opposition members of the European Parliament led by Senator Luis Vega on Monday.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-09"]);
    expect(
      metOn(
        "President Ana Torres received a report on the delegation of farmers led by Luis Vega on Monday.",
      ),
    ).toEqual([]);
  });

  it("reads no meeting one hoped or asked to be granted, but one granted", () => {
    expect(
      metOn(
        "The envoy Ana Torres will return in May, and she hoped to be granted a meeting with Luis Vega then.",
      ),
    ).toEqual([]);
    expect(
      metOn("The envoy Ana Torres asked to be given talks with President Luis Vega on Monday."),
    ).toEqual([]);
    expect(
      metOn("The envoy Ana Torres was granted a meeting with President Luis Vega on Monday."),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-09"]);
  });
});

// A coming trip's purpose under another main clause, and a meeting noun opening a span's far end.
// The sentences are our own.
describe("a coming trip's meeting and a span's far end", () => {
  it("reads 'is due at X on Tuesday for his first meeting with B' as planned, wherever it stands", () => {
    expect(
      metOn(
        "The row comes days before President Ana Torres is due in the capital on Tuesday for her first meeting with President Luis Vega.",
      ),
    ).toEqual([]);
    expect(
      metOn(
        "President Ana Torres arrived in the capital on Monday for her first meeting with President Luis Vega.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-09"]);
  });

  it("dates 'said on Wednesday, a day after talks with B' the day before", () => {
    expect(
      metOn(
        "The aid stays frozen, Foreign Minister Ana Torres said on Wednesday, a day after talks with Prime Minister Luis Vega failed to end the rift.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-10"]);
    expect(
      metOn(
        "Foreign Minister Ana Torres met Prime Minister Luis Vega on Wednesday, two days after the vote.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-11"]);
  });
});
