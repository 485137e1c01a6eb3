import { describe, expect, it } from "vitest";
import { extract, keysOf, meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// Meetings whose people the article names in ways the person keys must follow: a rank written
// between the office and the name, an office the gazetteer lacks, a place named like a person.
// The sentences are our own.
describe("meetings and person keys", () => {
  it("reads 'the prince' as the one named 'Foreign Minister Prince X' before", () => {
    expect(
      metOn(
        "Foreign Minister Prince Khalid bin Saud held talks in Muscat on Monday with Sultan Haitham bin Tariq. The prince later held separate talks with Foreign Minister Badr Albusaidi.",
      ),
    ).toEqual([
      "person:badr-albusaidi -- person:khalid-bin-saud 2026-03-09",
      "person:haitham-bin-tariq -- person:khalid-bin-saud 2026-03-09",
    ]);
  });

  it("reads no one as 'the prince' where the office alone was written", () => {
    expect(
      metOn(
        "Foreign Minister Khalid Saud held talks in Muscat on Monday with Sultan Haitham bin Tariq. The prince later held separate talks with Foreign Minister Badr Albusaidi.",
      ),
    ).toEqual(["person:haitham-bin-tariq -- person:khalid-saud 2026-03-09"]);
  });

  it("keys a meeting's people without the office WordNet knows before their names", () => {
    expect(
      metOn(
        "Commissioner-General Ana Lobo met Treasurer Ian Moka in Port Moresby on Tuesday to discuss the agency's funding.",
      ),
    ).toEqual(["person:ana-lobo -- person:ian-moka 2026-03-10"]);
  });

  it("pairs no one with the lake the leaders met beside", () => {
    expect(
      metOn(
        "President Ana Torres and President Luis Vega met on Friday on the shores of Lake Tunari, pledging to clean up the lake.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-06"]);
  });
});

// Hosting told in constructions the meeting rules did not read: a participle after a comma, a
// second verb after "and" and a day, a relative aside holding a clause word of its own, and a
// listed guest named after the body they head.
describe("hosting told around asides and second verbs", () => {
  it("reads ', receiving B' as the main clause's subject receiving B, and no object that is no person", () => {
    expect(
      metOn(
        "Defence Minister Ana Torres followed up on Monday, receiving her Indonesian counterpart, Luis Vega, in Seoul for talks.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-09"]);
    expect(
      metOn("President Ana Torres spoke on Monday, welcoming the decision by Luis Vega to resign."),
    ).toEqual([]);
  });

  it("still reads a participle of hosting that opens the sentence", () => {
    // The comma participle took every 'hosting'/'receiving' for its own and found no comma
    // before one at the start, so these met no one.
    expect(
      metOn(
        "Hosting President Luis Vega in Nairobi on Monday, President Ana Lobo said the talks were good.",
      ),
    ).toEqual(["person:ana-lobo -- person:luis-vega 2026-03-09"]);
    expect(
      metOn(
        "Receiving President Luis Vega at the palace on Monday, President Ana Lobo called for calm.",
      ),
    ).toEqual(["person:ana-lobo -- person:luis-vega 2026-03-09"]);
    // Near misses: a participle with no person hosted, and one after a clause of its own.
    expect(
      metOn("Hosting the summit in Nairobi on Monday, President Ana Lobo praised Luis Vega."),
    ).toEqual([]);
    expect(
      metOn(
        "President Ana Lobo flew to Nairobi on Monday, receiving a warm welcome from the crowd.",
      ),
    ).toEqual([]);
  });

  it("reads '…, her office said, and on Wednesday received C' as the first clause's subject", () => {
    expect(
      metOn(
        "Foreign Secretary Ana Torres spoke by phone on Tuesday with Minister Luis Vega, her office said, and on Wednesday received Australia's ambassador, Mark Innes, at her offices.",
      ),
    ).toEqual([
      "person:ana-torres -- person:luis-vega 2026-03-10",
      "person:ana-torres -- person:mark-innes 2026-03-11",
    ]);
  });

  it("reads the subject across a relative aside with a 'while' of its own, and a guest named after the body they head", () => {
    expect(
      metOn(
        "Prime Minister Omar Hadi, who leads a caretaker government while the blocs bargain over a new cabinet, received fund chief Luis Vega and the head of the Qatari fund, Mark Innes, together on Tuesday.",
      ),
    ).toEqual([
      "person:luis-vega -- person:mark-innes 2026-03-10",
      "person:luis-vega -- person:omar-hadi 2026-03-10",
      "person:mark-innes -- person:omar-hadi 2026-03-10",
    ]);
    expect(
      metOn(
        "President Ana Torres met Luis Vega on Tuesday and criticised the head of the fund, Mark Innes, for the delay.",
      ),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-10"]);
  });
});

describe("a meeting noun after a possessive", () => {
  it("reads 'the ministers' meeting followed a call between C and D' as C meeting D alone", () => {
    expect(
      metOn(
        "Foreign Minister Ana Torres and Foreign Minister Luis Vega met in Abu Dhabi on Monday. The ministers' meeting followed a telephone conversation on Sunday between Prime Minister Mark Innes and President Omar Hadi.",
      ),
    ).toEqual([
      "person:ana-torres -- person:luis-vega 2026-03-09",
      "person:mark-innes -- person:omar-hadi 2026-03-08",
    ]);
  });

  it("still reads the verb and the noun a possessive owns with its partner", () => {
    // The name after "is meeting" is a person (person-cues.ts): the planned meeting gives no
    // pair because it is planned, not because its partner went unread.
    const planned = "President Ana Torres is meeting Luis Vega in Lima on Friday.";
    expect(keysOf(extract(planned), "Person").sort()).toEqual([
      "person:ana-torres",
      "person:luis-vega",
    ]);
    expect(metOn(planned)).toEqual([]);
    expect(metOn("President Ana Torres was meeting Luis Vega in Lima on Monday.")).toEqual([
      "person:ana-torres -- person:luis-vega 2026-03-09",
    ]);
    expect(
      metOn("President Ana Torres's meeting with Luis Vega in Lima on Monday lasted two hours."),
    ).toEqual(["person:ana-torres -- person:luis-vega 2026-03-09"]);
  });

  it("ends a portfolio's 'of' phrase before the name where 'International' qualifies a portfolio word", () => {
    expect(
      metOn(
        "Mayor Tom Reed held talks on Monday with Minister of Trade and International Cooperation Amina Yusuf.",
      ),
    ).toEqual(["person:amina-yusuf -- person:tom-reed 2026-03-09"]);
    expect(
      metOn("Mayor Tom Reed held talks on Monday with Minister of National Defence Kwame Boateng."),
    ).toEqual(["person:kwame-boateng -- person:tom-reed 2026-03-09"]);
  });

  it("reads a name after 'the president of <body> (<abbreviation>),' as a person, closing the sentence too", () => {
    expect(
      metOn(
        "Economy Minister Carlos Duarte met the president of the Andean Development Corporation (CAF), Hiroki Tanabe.",
      ),
    ).toEqual(["person:carlos-duarte -- person:hiroki-tanabe undated"]);
  });

  it("keys a person after 'Commander-in-Chief' or 'Ambassador-at-Large' by the name alone", () => {
    expect(
      metOn(
        "Commander-in-Chief Soe Win Naing met Thai Prime Minister Somchai Rattana on Monday. On Tuesday Ambassador-at-Large Lim Boon Keng met Deputy Foreign Minister Tran Van Nam.",
      ),
    ).toEqual([
      "person:lim-boon-keng -- person:tran-van-nam 2026-03-10",
      "person:soe-win-naing -- person:somchai-rattana 2026-03-09",
    ]);
  });

  it("reads the next of a list after a role set off ('A, his defence minister, and B') as a person", () => {
    expect(
      metOn(
        "President Budi Santoso met Hendro, his defence minister, and Ngurah Wiratmaja on Monday.",
      ),
    ).toEqual([
      "person:budi-santoso -- person:hendro 2026-03-09",
      "person:budi-santoso -- person:ngurah-wiratmaja 2026-03-09",
      "person:hendro -- person:ngurah-wiratmaja 2026-03-09",
    ]);
  });
});
