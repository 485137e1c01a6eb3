import { describe, expect, it } from "vitest";
import { extract, factsOf } from "./helpers.ts";

const opposes = (body: string): string[] => factsOf(extract(body), "OPPOSES");

// Readings that went too far: a deadline refused to be met, a meeting put off only while someone
// travels, one's own paper not accepted, a clause read as a list, an agenda taken for a target,
// an official charged with a task. Each comes with the stance the rule still reads.
describe("opposition mends of the round", () => {
  it("does not read a deadline, target or demand refused to be met as a party shunned", () => {
    expect(
      opposes("Portugal refused to meet the deadline set by the International Monetary Fund."),
    ).toEqual([]);
    expect(opposes("Poland refused to meet the emission targets.")).toEqual([]);
    expect(opposes("Serbia refused to meet the conditions laid down by Kosovo.")).toEqual([]);
    // A person refused a meeting still is.
    expect(opposes("Poland's president Andrzej Duda refused to meet the Russian envoy.")).toEqual([
      "person:andrzej-duda -> country:RUS",
    ]);
  });

  it("reads 'while' as a condition only with a doing that goes on", () => {
    expect(
      opposes(
        "Chancellor Olaf Scholz will not meet Viktor Orban while he is in Vienna for the forum.",
      ),
    ).toEqual([]);
    expect(
      opposes("Austria will not talk with Slovakia while its minister visits Prague next week."),
    ).toEqual([]);
    expect(
      opposes("Colombia will not negotiate with Venezuela while Caracas holds its soldiers."),
    ).toEqual(["country:COL -> country:VEN"]);
    expect(
      opposes("Armenia will not talk with Azerbaijan as long as its troops stay on the border."),
    ).toEqual(["country:ARM -> country:AZE"]);
  });

  it("reads 'accepted' as refused only when it never could or would be", () => {
    expect(opposes("Moldova said its request was not accepted.")).toEqual([]);
    expect(opposes("Georgia said the membership bid had not been accepted.")).toEqual([]);
    expect(opposes("Bolivia said the Chilean border closure would never be accepted.")).toEqual([
      "country:BOL -> issue:chilean-border-closure",
    ]);
    expect(opposes("Jordan said the Israeli settlement expansion was not tolerated.")).toEqual([
      "country:JOR -> issue:israeli-settlement-expansion",
    ]);
  });

  it("keeps a clause's comma out of what was put under sanctions", () => {
    expect(
      opposes(
        "London, which put forward a ceasefire proposal in June, said banks in Syria were under sanctions.",
      ),
    ).toEqual([]);
    expect(
      opposes(
        "Canada, which put a new envoy in place last year, noted that firms in Cuba were under sanctions.",
      ),
    ).toEqual([]);
    expect(opposes("Britain put two Iranian banks under sanctions.")).toEqual([
      "country:GBR -> country:IRN",
    ]);
    // A list of the sanctioned, each item parted by a comma, still is.
    expect(
      opposes(
        "Japan, which placed Igor Sechin, his deputy Ivan Petrov and two senior traders under sanctions in May, sent no delegate.",
      ).filter((f) => f.startsWith("country:JPN -> person:")),
    ).not.toEqual([]);
  });

  it("does not read tariffs put on an agenda or the back burner as laid on anyone", () => {
    expect(opposes("Korea put tariffs on the agenda for its talks with Canada.")).toEqual([]);
    expect(opposes("Brazil put export duties on the back burner after talks with China.")).toEqual(
      [],
    );
    expect(opposes("India put sanctions on the table in its talks with Nepal.")).toEqual([]);
    expect(opposes("Turkey put tariffs on Swedish steel.")).toEqual(["country:TUR -> country:SWE"]);
  });

  it("does not read an official charged with enforcing sanctions as keeping them", () => {
    expect(opposes("Germany named an envoy charged with enforcing sanctions on Belarus.")).toEqual(
      [],
    );
    expect(
      opposes("The agency charged with monitoring tariffs on Chinese goods reported to Paris."),
    ).toEqual([]);
    expect(opposes("Mexico kept tariffs on Chinese steel.")).toEqual([
      "country:MEX -> country:CHN",
    ]);
    expect(opposes("Argentina began charging duties on Brazilian shoes.")).toEqual([
      "country:ARG -> country:BRA",
    ]);
  });

  it("does not read a state's curb on its own exports as a stance against anyone", () => {
    expect(
      opposes("Despite the restrictions Indonesia placed on nickel ore exports, output rose."),
    ).toEqual([]);
    expect(opposes("The curbs Vietnam placed on rice exports lifted prices.")).toEqual([]);
    expect(opposes("The limits Argentina imposed on sales of beef were eased.")).toEqual([]);
    // Curbs on another's goods, or on exports to a party, still are.
    expect(opposes("The tariffs Canada imposed on Chinese electric cars took effect.")).toEqual([
      "country:CAN -> country:CHN",
    ]);
  });
});
