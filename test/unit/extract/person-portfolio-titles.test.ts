import { describe, expect, it } from "vitest";
import { extract, keysOf, meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// A title whose portfolio is a European Commission remit, written before the name: the title
// words are no part of the person's name. The sentences are our own.
describe("portfolio titles before a name", () => {
  it("reads the name after 'Commissioner for <remit>' as the person, who meets", () => {
    expect(
      metOn(
        "Commissioner for International Partnerships Anna Lind held talks with Malian Prime Minister Abdoulaye Maiga on Monday.",
      ),
    ).toEqual(["person:abdoulaye-maiga -- person:anna-lind 2026-03-09"]);
    expect(
      metOn(
        "EU Commissioner for Enlargement Petra Novak met Montenegrin President Milo Radovic in Podgorica on Tuesday.",
      ),
    ).toEqual(["person:milo-radovic -- person:petra-novak 2026-03-10"]);
  });

  it("keeps a remit of two words joined by 'and' in the title", () => {
    expect(
      keysOf(
        extract(
          "Commissioner for Preparedness and Crisis Management Sofia Berg visited the flooded towns on Friday.",
        ),
        "Person",
      ),
    ).toEqual(["person:sofia-berg"]);
    expect(
      keysOf(
        extract("Minister for Cohesion and Reforms Tomas Varga presented the plan on Friday."),
        "Person",
      ),
    ).toEqual(["person:tomas-varga"]);
  });

  it("reads no person in a body named by such words", () => {
    expect(
      keysOf(
        extract("The Crisis Management Centre said on Friday that the roads had reopened."),
        "Person",
      ),
    ).toEqual([]);
  });
});

// A body's name, then a ranked title, then a person: the body's name ends before the rank.
describe("ranked titles after a body's name", () => {
  it("reads the person after 'Supreme Court Chief Justice' or 'Federal Reserve Vice Chair'", () => {
    expect(
      metOn(
        "Supreme Court Chief Justice Ana Ruiz received Vice-President Pedro Gil in La Paz on Monday.",
      ),
    ).toEqual(["person:ana-ruiz -- person:pedro-gil 2026-03-09"]);
    expect(
      metOn(
        "Federal Reserve Vice Chair Helen Ward met Japanese Finance Minister Kenji Mori in Tokyo on Tuesday.",
      ),
    ).toEqual(["person:helen-ward -- person:kenji-mori 2026-03-10"]);
    expect(
      metOn(
        "Constitutional Court Deputy Chief Justice Thabo Nkosi met Justice Minister Lindiwe Dube on Tuesday.",
      ),
    ).toContain("person:lindiwe-dube -- person:thabo-nkosi 2026-03-10");
  });

  it("reads no person in a body named after a ranked title", () => {
    expect(
      keysOf(
        extract("The Chief Justice Department said on Friday that the courts would reopen."),
        "Person",
      ),
    ).toEqual([]);
  });
});

// "Undersecretary" written as one word is a title as "Under Secretary" is.
describe("an undersecretary's title before a name", () => {
  const people = (body: string) => keysOf(extract(body), "Person");

  it("keeps 'Foreign Undersecretary' out of the person's name", () => {
    expect(people("Foreign Undersecretary Marta Villalobos-Cruz flew to Tokyo.")).toEqual([
      "person:marta-villalobos-cruz",
    ]);
    expect(people("Undersecretary Tomas Aquino spoke to reporters.")).toEqual([
      "person:tomas-aquino",
    ]);
  });

  it("lets the undersecretary meet someone", () => {
    expect(
      metOn("Trade Undersecretary Lina Perez met Vietnamese envoy Tran Van Minh on Tuesday."),
    ).toEqual(["person:lina-perez -- person:tran-van-minh 2026-03-10"]);
  });

  it("makes no person of the title alone", () => {
    expect(people("The undersecretary said the talks would resume.")).toEqual([]);
    expect(people("The Undersecretary for Trade resigned on Monday.")).toEqual([]);
  });
});
