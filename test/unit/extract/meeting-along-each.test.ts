import { describe, expect, it } from "vitest";
import { meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// Those who came along, sat at the table or attended, brought to each meeting a sentence tells,
// and the meal that followed what the subjects did. The sentences are our own.
describe("who came along to each meeting told", () => {
  it("brings one 'accompanied on both days by' to both meetings", () => {
    expect(
      metOn(
        "Labour Minister Rina Sari met Home Minister Adam Yusof in Putrajaya on Tuesday and Trade Minister Lee Wong on Wednesday, accompanied on both days by Indonesia's ambassador, Budi Santoso.",
      ),
    ).toEqual([
      "person:adam-yusof -- person:budi-santoso 2026-03-10",
      "person:adam-yusof -- person:rina-sari 2026-03-10",
      "person:budi-santoso -- person:lee-wong 2026-03-11",
      "person:budi-santoso -- person:rina-sari 2026-03-10",
      "person:budi-santoso -- person:rina-sari 2026-03-11",
      "person:lee-wong -- person:rina-sari 2026-03-11",
    ]);
  });

  it("brings one 'accompanied on both trips by' or 'throughout the visit by' to both meetings", () => {
    for (const along of ["on both trips", "throughout the visit"])
      expect(
        metOn(
          `Labour Minister Rina Sari met Home Minister Adam Yusof in Putrajaya on Tuesday and Trade Minister Lee Wong on Wednesday, accompanied ${along} by Indonesia's ambassador, Budi Santoso.`,
        ),
      ).toEqual([
        "person:adam-yusof -- person:budi-santoso 2026-03-10",
        "person:adam-yusof -- person:rina-sari 2026-03-10",
        "person:budi-santoso -- person:lee-wong 2026-03-11",
        "person:budi-santoso -- person:rina-sari 2026-03-10",
        "person:budi-santoso -- person:rina-sari 2026-03-11",
        "person:lee-wong -- person:rina-sari 2026-03-11",
      ]);
  });

  it("brings no one where 'accompanied on both days by' names no person", () => {
    expect(
      metOn(
        "Labour Minister Rina Sari met Home Minister Adam Yusof in Putrajaya on Tuesday and Trade Minister Lee Wong on Wednesday, accompanied on both trips by heavy security.",
      ),
    ).toEqual([
      "person:adam-yusof -- person:rina-sari 2026-03-10",
      "person:lee-wong -- person:rina-sari 2026-03-11",
    ]);
  });

  it("brings one who accompanies the subject in an aside to each of its meetings", () => {
    expect(
      metOn(
        "Labour Minister Rina Sari, accompanied by Ambassador Budi Santoso, met Home Minister Adam Yusof on Tuesday and Trade Minister Lee Wong on Wednesday.",
      ),
    ).toEqual([
      "person:adam-yusof -- person:budi-santoso 2026-03-10",
      "person:adam-yusof -- person:rina-sari 2026-03-10",
      "person:budi-santoso -- person:lee-wong 2026-03-11",
      "person:budi-santoso -- person:rina-sari 2026-03-10",
      "person:budi-santoso -- person:rina-sari 2026-03-11",
      "person:lee-wong -- person:rina-sari 2026-03-11",
    ]);
  });

  it("brings one 'at the table' to the meeting of host and guest, not to an earlier clause's", () => {
    expect(
      metOn(
        "Envoy Omar Haji held talks with Prime Minister Said Farah on Tuesday, and on Wednesday he was received by President Ali Warsame, with Defence Minister Yusuf Abdi at the table.",
      ),
    ).toEqual([
      "person:ali-warsame -- person:omar-haji 2026-03-11",
      "person:ali-warsame -- person:yusuf-abdi 2026-03-11",
      "person:omar-haji -- person:said-farah 2026-03-10",
      "person:omar-haji -- person:yusuf-abdi 2026-03-11",
    ]);
  });

  it("brings one who attended the signing the clause names to it", () => {
    expect(
      metOn(
        "Finance Minister Tunde Bello hosted the bank's president, Kofi Asante, at the ministry on Monday for the signing, which was also attended by Works Minister Musa Ibrahim.",
      ),
    ).toEqual([
      "person:kofi-asante -- person:musa-ibrahim 2026-03-09",
      "person:kofi-asante -- person:tunde-bello 2026-03-09",
      "person:musa-ibrahim -- person:tunde-bello 2026-03-09",
    ]);
  });

  it("brings one who attended the lunch or talks the meeting was held at or for", () => {
    expect(
      metOn(
        "President Ama Boateng received President Joseph Kollie at the palace on Tuesday for a working lunch, which was also attended by Chancellor Dieter Vogt.",
      ),
    ).toEqual([
      "person:ama-boateng -- person:dieter-vogt 2026-03-10",
      "person:ama-boateng -- person:joseph-kollie 2026-03-10",
      "person:dieter-vogt -- person:joseph-kollie 2026-03-10",
    ]);
  });

  it("brings no one who attended an occasion before or after the meeting", () => {
    for (const sentence of [
      "Irish envoy Ciara Byrne met President Joseph Mwale on Monday after the session, which was attended by Foreign Minister Ruth Banda.",
      "Irish envoy Ciara Byrne met President Joseph Mwale on Monday, a day after the signing, which was attended by Foreign Minister Ruth Banda.",
      "Irish envoy Ciara Byrne met President Joseph Mwale at the palace on Monday ahead of the dinner, which was attended by Foreign Minister Ruth Banda.",
      "Irish envoy Ciara Byrne met President Joseph Mwale on Monday, leaving early for the session, which was attended by Foreign Minister Ruth Banda.",
    ])
      expect(metOn(sentence)).toEqual(["person:ciara-byrne -- person:joseph-mwale 2026-03-09"]);
  });

  it("brings no one to a summit 'which was attended by' many, nor one whose presence is elsewhere", () => {
    expect(
      metOn(
        "President Ama Boateng met President Joseph Kollie at the summit, which was also attended by Chancellor Dieter Vogt.",
      ),
    ).toEqual(["person:ama-boateng -- person:joseph-kollie undated"]);
    expect(
      metOn(
        "President Ama Boateng received President Joseph Kollie on Monday, while Vice-President Esi Quaye was at the table of the budget talks in Geneva.",
      ),
    ).not.toContain("person:ama-boateng -- person:esi-quaye 2026-03-09");
  });
});

describe("a meal that followed what the subjects did", () => {
  it("reads 'A and B signed…, followed by a working lunch with C and D' as a meeting of all four", () => {
    expect(
      metOn(
        "Finnish Defence Minister Antti Laine and his Estonian counterpart Hanno Kask signed the agreement in Tallinn on Tuesday, followed by a working lunch with the army chiefs, General Janne Koski and General Vahur Mets.",
      ),
    ).toEqual([
      "person:antti-laine -- person:hanno-kask 2026-03-10",
      "person:antti-laine -- person:janne-koski 2026-03-10",
      "person:antti-laine -- person:vahur-mets 2026-03-10",
      "person:hanno-kask -- person:janne-koski 2026-03-10",
      "person:hanno-kask -- person:vahur-mets 2026-03-10",
      "person:janne-koski -- person:vahur-mets 2026-03-10",
    ]);
  });

  it("reads 'A and B toured…, followed by a working lunch with C' as a meeting of all three", () => {
    expect(
      metOn(
        "Finance Minister Antti Laine and Defence Minister Hanno Kask toured the shipyard in Tallinn on Tuesday, followed by a working lunch with President Alar Karis.",
      ),
    ).toEqual([
      "person:alar-karis -- person:antti-laine 2026-03-10",
      "person:alar-karis -- person:hanno-kask 2026-03-10",
      "person:antti-laine -- person:hanno-kask 2026-03-10",
    ]);
  });

  it("reads no meeting of the whole subject in a meal that followed their separate acts", () => {
    // "a dinner with C" is still read with the one named last, as it was before the whole subject
    // took the meal that followed; the two who each criticised or voted are no meeting together.
    for (const act of ["criticised the budget", "voted against the bill"])
      expect(
        metOn(
          `Finance Minister Antti Laine and Defence Minister Hanno Kask ${act} on Tuesday, followed by a dinner with President Alar Karis.`,
        ),
      ).toEqual(["person:alar-karis -- person:hanno-kask 2026-03-10"]);
  });

  it("reads no meeting in a lunch that followed with no one named, or in 'followed by' a statement", () => {
    expect(
      metOn(
        "Defence Minister Antti Laine and General Janne Koski inspected the base on Tuesday, followed by a statement with figures on the budget.",
      ),
    ).toEqual(["person:antti-laine -- person:janne-koski 2026-03-10"]);
    expect(
      metOn(
        "Defence Minister Antti Laine presented the budget on Tuesday, followed by a lunch with reporters.",
      ),
    ).toEqual([]);
  });
});

describe("one who came along, told in the next sentence", () => {
  it("brings one 'who was accompanied by' a participant to the meeting told just before", () => {
    expect(
      metOn(
        "Trade Minister Nguyen Van Minh held talks with US Trade Representative John Carter in Washington on Monday. Minh, who was accompanied by Deputy Minister Tran Van Long, told reporters after the session that the gap had narrowed.",
      ),
    ).toEqual([
      "person:john-carter -- person:nguyen-van-minh 2026-03-09",
      "person:john-carter -- person:tran-van-long 2026-03-09",
      "person:nguyen-van-minh -- person:tran-van-long 2026-03-09",
    ]);
    expect(
      metOn(
        "President Ama Boateng received Liberian President Joseph Kollie on Tuesday. Kollie, accompanied by Foreign Minister Sara Tubman, said the talks had gone well.",
      ),
    ).toEqual([
      "person:ama-boateng -- person:joseph-kollie 2026-03-10",
      "person:ama-boateng -- person:sara-tubman 2026-03-10",
      "person:joseph-kollie -- person:sara-tubman 2026-03-10",
    ]);
  });

  it("brings no one who came along to another occasion: its own day, a year, a time ahead", () => {
    for (const next of [
      "On Friday, Mwale, accompanied by Foreign Minister Ruth Banda, visited a copper mine.",
      "Mwale, accompanied by Foreign Minister Ruth Banda, will travel to Beijing next month to meet President Xi Jinping.",
      "Mwale, who was accompanied by Foreign Minister Ruth Banda during his 2019 visit to Dublin, praised Ireland.",
      "Mwale, accompanied by Foreign Minister Ruth Banda, is due to hold talks in Nairobi.",
    ])
      expect(
        metOn(`Irish envoy Ciara Byrne met President Joseph Mwale on Monday. ${next}`),
      ).toEqual(["person:ciara-byrne -- person:joseph-mwale 2026-03-09"]);
  });

  it("brings no one who came along to what the next sentence tells of no meeting", () => {
    expect(
      metOn(
        "President Ama Boateng received Liberian President Joseph Kollie on Tuesday. Kollie, accompanied by Foreign Minister Sara Tubman, toured the port.",
      ),
    ).toEqual(["person:ama-boateng -- person:joseph-kollie 2026-03-10"]);
  });

  it("brings no one who accompanied someone not at that meeting, or who came two sentences later", () => {
    expect(
      metOn(
        "Trade Minister Nguyen Van Minh held talks with US Trade Representative John Carter in Washington on Monday. Farm Minister Le Thi Hoa, who was accompanied by Deputy Minister Tran Van Long, opened a fair in Hanoi.",
      ),
    ).toEqual(["person:john-carter -- person:nguyen-van-minh 2026-03-09"]);
    expect(
      metOn(
        "Trade Minister Nguyen Van Minh held talks with US Trade Representative John Carter in Washington on Monday. Exports fell by a tenth in February. Shrimp farmers protested in the delta. Minh, who was accompanied by Deputy Minister Tran Van Long, visited a plant in Ohio.",
      ),
    ).toEqual(["person:john-carter -- person:nguyen-van-minh 2026-03-09"]);
  });
});
