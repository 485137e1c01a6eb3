import { describe, expect, it } from "vitest";
import { extract, keysOf, meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

// A list of those met that goes on past a relative clause on one of them, a companion named after
// a role of several words, and a title on an older portfolio. The sentences are our own.
describe("a list of those met read across a relative clause", () => {
  it("reads 'met A, who …, and B' as one meeting of all three", () => {
    expect(
      metOn(
        "In Lusaka on Tuesday, Irish envoy Ciara Byrne met President Joseph Mwale, who took office in August, and Foreign Minister Ruth Banda.",
      ),
    ).toEqual([
      "person:ciara-byrne -- person:joseph-mwale 2026-03-10",
      "person:ciara-byrne -- person:ruth-banda 2026-03-10",
      "person:joseph-mwale -- person:ruth-banda 2026-03-10",
    ]);
    expect(
      metOn(
        "Chancellor Dieter Vogt received Prime Minister Lena Holm, who arrived in Berlin on Sunday, and Finance Minister Erik Sand on Monday.",
      ),
    ).toEqual([
      "person:dieter-vogt -- person:erik-sand 2026-03-09",
      "person:dieter-vogt -- person:lena-holm 2026-03-09",
      "person:erik-sand -- person:lena-holm 2026-03-09",
    ]);
  });

  it("reads those named inside the relative clause as no party to the meeting", () => {
    expect(
      metOn(
        "Irish envoy Ciara Byrne met President Joseph Mwale, who had spoken with Pope Leo in March, and Foreign Minister Ruth Banda on Tuesday.",
      ),
    ).toEqual([
      "person:ciara-byrne -- person:joseph-mwale 2026-03-10",
      "person:ciara-byrne -- person:ruth-banda 2026-03-10",
      // The relative clause's own call, undated ("in March"), not the envoy's meeting.
      "person:joseph-mwale -- person:leo undated",
      "person:joseph-mwale -- person:ruth-banda 2026-03-10",
    ]);
  });

  // The relative clause opens right after the name (not after "on Tuesday"), so these sentences
  // reach the list across it.
  it("reads no one after 'and then' or 'and later' as met by the first verb", () => {
    expect(
      metOn(
        "Irish envoy Ciara Byrne met President Joseph Mwale, who took office in August, and then flew to Harare, where Foreign Minister Ruth Banda criticised the visit.",
      ),
    ).toEqual(["person:ciara-byrne -- person:joseph-mwale undated"]);
    expect(
      metOn(
        "Irish envoy Ciara Byrne met President Joseph Mwale, who took office in August, and later praised Foreign Minister Ruth Banda.",
      ),
    ).toEqual(["person:ciara-byrne -- person:joseph-mwale undated"]);
    expect(
      metOn(
        "Irish envoy Ciara Byrne met President Joseph Mwale, who took office in August, and later received Foreign Minister Ruth Banda.",
      ),
    ).toEqual([
      "person:ciara-byrne -- person:joseph-mwale undated",
      "person:ciara-byrne -- person:ruth-banda undated",
    ]);
  });

  it("reads no list past a relative clause closed by a new clause of its own", () => {
    expect(
      metOn(
        "Irish envoy Ciara Byrne met President Joseph Mwale, who took office in August, and Foreign Minister Ruth Banda said the talks were useful.",
      ),
    ).toEqual(["person:ciara-byrne -- person:joseph-mwale undated"]);
  });

  it("reads no list past a relative clause when the next one has a relative clause and a verb of their own", () => {
    expect(
      metOn(
        "Irish envoy Ciara Byrne met President Joseph Mwale, who took office in August, and Foreign Minister Ruth Banda, who was in Paris, condemned the meeting.",
      ),
    ).toEqual(["person:ciara-byrne -- person:joseph-mwale undated"]);
    expect(
      metOn(
        "Chancellor Dieter Vogt received Prime Minister Lena Holm, who arrived in Berlin on Sunday, and Finance Minister Erik Sand, who chairs the budget panel, told reporters the visit was overdue.",
      ),
    ).toEqual(["person:dieter-vogt -- person:lena-holm undated"]);
    expect(
      metOn(
        "Chancellor Dieter Vogt received Prime Minister Lena Holm, who arrived in Berlin on Sunday, and Finance Minister Erik Sand, who chairs the budget panel, on Monday.",
      ),
    ).toEqual([
      "person:dieter-vogt -- person:erik-sand 2026-03-09",
      "person:dieter-vogt -- person:lena-holm 2026-03-09",
      "person:erik-sand -- person:lena-holm 2026-03-09",
    ]);
  });
});

describe("a companion named after a role of several words", () => {
  it("reads 'together with the director-general of the port authority, B' as taking part", () => {
    expect(
      metOn(
        "On Monday, Prime Minister Paul Essomba received Marc Duval, chairman of a French shipping group, together with the director-general of the port authority, Alain Nkoulou.",
      ),
    ).toEqual([
      "person:alain-nkoulou -- person:marc-duval 2026-03-09",
      "person:alain-nkoulou -- person:paul-essomba 2026-03-09",
      "person:marc-duval -- person:paul-essomba 2026-03-09",
    ]);
    expect(
      metOn(
        "President Ama Boateng hosted Liberian President Joseph Kollie on Tuesday, accompanied by the director of the state oil company, Kwame Ofori.",
      ),
    ).toContain("person:joseph-kollie -- person:kwame-ofori 2026-03-10");
  });

  it("reads no companion where the role's words run into a clause of their own", () => {
    expect(
      metOn(
        "On Monday, Prime Minister Paul Essomba received Marc Duval, together with the head of the firm that won the contract and its partners, while Alain Nkoulou criticised the deal.",
      ),
    ).toEqual(["person:marc-duval -- person:paul-essomba 2026-03-09"]);
  });
});

describe("a title on the older portfolio of war", () => {
  it("reads the name after 'Secretary of War' as a person, who meets", () => {
    expect(
      metOn(
        "Defence Minister Jan Nowak held talks in Warsaw on Monday with U.S. Secretary of War Tom Brady.",
      ),
    ).toEqual(["person:jan-nowak -- person:tom-brady 2026-03-09"]);
    expect(
      keysOf(extract("Minister of War Ivan Petrov inspected the troops on Friday."), "Person"),
    ).toEqual(["person:ivan-petrov"]);
  });

  it("reads no person in 'the war' or in a body named after it", () => {
    expect(keysOf(extract("The War Office said the war would end by spring."), "Person")).toEqual(
      [],
    );
  });
});
