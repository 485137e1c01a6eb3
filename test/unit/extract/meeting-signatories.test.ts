import { describe, expect, it } from "vitest";
import { extract, keysOf, meetingsOn } from "./helpers.ts";

/** MET_WITH pairs ("a -- b", sorted) with their dates, for an article of Thursday 12 March 2026. */
const metOn = (body: string): string[] => meetingsOn(body, "2026-03-12T10:00:00Z");

const people = (body: string): string[] => keysOf(extract(body), "Person").sort();

// The two who sign a document or a loan together met, however the signing is told: the
// signatories named after a long place, a count of loans, an amount with a decimal point, a
// body's office in apposition. The sentences are our own.
describe("signatories", () => {
  it("reads the signatories of a passive signing after a long place phrase", () => {
    expect(
      metOn(
        "The accord was signed on Monday at a hotel on the outskirts of Lusaka by Finance Minister Ana Banda and the bank's regional director, Peter Lund.",
      ),
    ).toEqual(["person:ana-banda -- person:peter-lund 2026-03-09"]);
    expect(
      metOn(
        "The agreements were signed at the presidential offices in the new administrative district by Tomas Berg, the minister of trade, industry and tourism, and Ivan Petrov, the fund's president.",
      ),
    ).toEqual(["person:ivan-petrov -- person:tomas-berg undated"]);
    // A deal signed by one person only pairs no one.
    expect(
      metOn(
        "The decree was signed at the palace in the capital late on Monday by President Ana Banda. Finance Minister Peter Lund welcomed it.",
      ),
    ).toEqual([]);
  });

  it("reads a count of loans and an amount with a decimal point as what was signed together", () => {
    expect(
      metOn(
        "Finance Minister Ana Banda signed two loans worth a combined 312.5 million dirhams (about $85 million) with the fund's director, Peter Lund, on Tuesday.",
      ),
    ).toEqual(["person:ana-banda -- person:peter-lund 2026-03-10"]);
    expect(
      metOn(
        "On Monday, Foreign Secretary Maria Reyes and Japanese Ambassador Kenji Sato signed a 12.5 billion yen loan for coast guard vessels.",
      ),
    ).toEqual(["person:kenji-sato -- person:maria-reyes 2026-03-09"]);
    // A loan only being negotiated with someone is no signing.
    expect(
      metOn(
        "Finance Minister Ana Banda is negotiating two loans worth 312.5 million dirhams with the fund's director, Peter Lund.",
      ),
    ).toEqual([]);
  });

  it("lists 'A and the fund's director-general, B' together as the signatories", () => {
    expect(
      metOn(
        "Finance Minister Ana Banda and the fund's director-general, Peter Lund, signed the agreements at the Treasury on Wednesday.",
      ),
    ).toEqual(["person:ana-banda -- person:peter-lund 2026-03-11"]);
    expect(
      metOn(
        "Trade Minister Tomas Berg and the prime minister's envoy, Ivan Petrov, signed a memorandum in Oslo on Monday.",
      ),
    ).toEqual(["person:ivan-petrov -- person:tomas-berg 2026-03-09"]);
    // The one the signatory thanked after the signing is no signatory.
    expect(
      metOn(
        "Finance Minister Ana Banda signed the agreements on Wednesday and thanked the fund's director-general, Peter Lund, in a statement.",
      ),
    ).toEqual([]);
  });
});

describe("given names after an office", () => {
  it("keeps 'Sultan' as the given name after an office and the body it heads", () => {
    expect(
      people(
        "The chief executive of the Kuwait Fund for Arab Economic Development, Sultan Al-Harbi, signed a loan with Finance Minister Ana Banda.",
      ),
    ).toEqual(["person:ana-banda", "person:sultan-al-harbi"]);
    expect(
      metOn(
        "The chief executive of the Kuwait Fund for Arab Economic Development, Sultan Al-Harbi, signed a loan with Finance Minister Ana Banda on Monday.",
      ),
    ).toEqual(["person:ana-banda -- person:sultan-al-harbi 2026-03-09"]);
    // The style of a ruler after an office a monarch holds stays a style.
    expect(
      people("The ruler of Oman, Sultan Haitham bin Tariq, received Finance Minister Ana Banda."),
    ).toEqual(["person:ana-banda", "person:haitham-bin-tariq"]);
  });

  it("cues 'Sultan bin …' after an office in apposition as one person's name", () => {
    expect(
      people(
        "The agreement was signed by the fund's chief executive, Sultan bin Rashid Al-Harbi, and Finance Minister Ana Banda.",
      ),
    ).toEqual(["person:ana-banda", "person:sultan-bin-rashid-al-harbi"]);
    expect(
      people("The loan was signed by the fund's chief executive, Sultan bin Rashid Al-Harbi."),
    ).toEqual(["person:sultan-bin-rashid-al-harbi"]);
  });

  it("ends a capitalised portfolio before the given name a lineage word follows", () => {
    expect(
      people(
        "Finance Minister Ana Banda and her counterpart, Minister of State for Financial Affairs Khalid bin Saeed Al Mansoori, signed a memorandum.",
      ),
    ).toEqual(["person:ana-banda", "person:khalid-bin-saeed-al-mansoori"]);
    expect(
      metOn(
        "Finance Minister Ana Banda and her counterpart, Minister of State for Financial Affairs Khalid bin Saeed Al Mansoori, signed a memorandum on Tuesday.",
      ),
    ).toEqual(["person:ana-banda -- person:khalid-bin-saeed-al-mansoori 2026-03-10"]);
    // An office of one word keeps its word: the name after it is the person's whole.
    expect(people("Minister Khalid bin Saeed spoke to reporters on Monday.")).toEqual([
      "person:khalid-bin-saeed",
    ]);
  });
});

describe("a relative clause after the signatories", () => {
  it("reads 'signed by A and B, who later called on C' as B alone calling on C", () => {
    expect(
      metOn(
        "The loan was signed on Monday by Finance Minister Ana Banda and bank president Peter Lund, who later called on President Ivan Petrov at the palace.",
      ),
    ).toEqual([
      "person:ana-banda -- person:peter-lund 2026-03-09",
      "person:ivan-petrov -- person:peter-lund 2026-03-09",
    ]);
    // "who both": the relative clause tells of the two.
    expect(
      metOn(
        "The loan was signed on Monday by Finance Minister Ana Banda and bank president Peter Lund, who both called on President Ivan Petrov at the palace.",
      ),
    ).toEqual([
      "person:ana-banda -- person:ivan-petrov 2026-03-09",
      "person:ana-banda -- person:peter-lund 2026-03-09",
      "person:ivan-petrov -- person:peter-lund 2026-03-09",
    ]);
  });

  it("keeps a relative clause of a verb with no object as the two listed meeting each other", () => {
    expect(
      metOn(
        "Finance Minister Ana Banda and bank president Peter Lund, who met in Geneva on Monday, announced the loan on Wednesday.",
      ),
    ).toEqual(["person:ana-banda -- person:peter-lund 2026-03-09"]);
  });
});
