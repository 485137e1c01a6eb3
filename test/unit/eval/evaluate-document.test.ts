import { describe, expect, it } from "vitest";
import { emptyScores, evaluateDocument } from "../../../src/eval/evaluate-document.ts";
import type { Gold } from "../../../src/eval/gold-schema.ts";
import type { Entity, GraphDocument, Relationship } from "../../../src/model/graph-document.ts";

const met = (from: string, to: string, date?: string): Relationship => ({
  type: "MET_WITH",
  from,
  to,
  properties: date === undefined ? {} : { date },
  evidence: [{ sentence: "They met.", start: 0, end: 9 }],
  confidence: 0.9,
});

function documentWith(relationships: Relationship[], entities: Entity[] = []): GraphDocument {
  return {
    article: {
      key: "article:a.txt",
      source: "a.txt",
      title: "t",
      publishedAt: "2025-03-14T09:00:00.000Z",
      contentHash: "h",
      hashtags: [],
    },
    entities,
    relationships,
  };
}

function goldWith(meetings: Gold["relations"]["MET_WITH"]): Gold {
  return {
    article: "a.txt",
    publishedAt: "2025-03-14T09:00:00Z",
    persons: [],
    countries: [],
    organizations: [],
    issues: [],
    relations: { MET_WITH: meetings, OPPOSES: [], FUNDS: [] },
  };
}

describe("MET_WITH scoring", () => {
  // A met B on two days (the 12th and the 13th) and C without a day the text gives; the
  // extraction finds A–B on the 12th only, puts A–C on a day, and adds D.
  const gold = goldWith([
    { a: "person:a", b: "person:b", date: "2025-03-12" },
    { a: "person:b", b: "person:a", date: "2025-03-13" },
    { a: "person:a", b: "person:c" },
  ]);
  const doc = documentWith([
    met("person:b", "person:a", "2025-03-12"),
    met("person:a", "person:c", "2025-03-10"),
    met("person:a", "person:d", "2025-03"),
  ]);
  const scores = emptyScores();
  evaluateDocument(scores, doc, gold, "a.txt");

  it("counts who met whom once per pair, whatever the day", () => {
    expect(scores.MET_WITH).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it("counts each pair and day by day, and a month as no day", () => {
    expect(scores["MET_WITH by day"]).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(scores["MET_WITH by day"].misses).toEqual([
      "a.txt: person:a — person:b @ 2025-03-13",
      "a.txt: person:a — person:c @ no date",
    ]);
    expect(scores["MET_WITH by day"].falsePositives).toEqual([
      "a.txt: person:a — person:c @ 2025-03-10",
      "a.txt: person:a — person:d @ no date",
    ]);
  });
});

describe("FUNDS scoring of organisation patterns", () => {
  const funds = (from: string, to: string, amount: number): Relationship => ({
    type: "FUNDS",
    from,
    to,
    properties: { amount, currency: "USD" },
    evidence: [{ sentence: "It lent.", start: 0, end: 8 }],
    confidence: 0.9,
  });
  const org = (key: string, name: string, aliases: string[]): Entity => ({
    label: "Organization",
    key,
    name,
    aliases,
  });
  // The gold names the IMF by its acronym and APEC's fund by "apec"; the extraction keys the
  // first by its full name with the acronym as an alias, and the second by its full name alone,
  // which the gold's organisation list gives "APEC" for. The gold names JICA by its full name,
  // the extraction by its acronym. The ADB's alias "Bank" links it to no gold organisation.
  const gold: Gold = {
    ...goldWith([]),
    organizations: [
      { name: "International Monetary Fund", aliases: ["IMF"] },
      { name: "Asia-Pacific Economic Cooperation", aliases: ["APEC"] },
      { name: "Japan International Cooperation Agency", aliases: ["JICA"] },
      { name: "World Bank", aliases: ["Bank"] },
    ],
    relations: {
      MET_WITH: [],
      OPPOSES: [],
      FUNDS: [
        { from: "org:~imf", to: ["country:PAK"], amount: 7e9, currency: "USD" },
        { from: "country:KOR", to: ["org:~apec"], amount: 5e7, currency: "USD" },
        { from: "org:~world-bank", to: ["country:PAK"], amount: 6e8, currency: "USD" },
        { from: "org:~japan-international", to: ["country:KEN"], amount: 1e8, currency: "USD" },
      ],
    },
  };
  const doc = documentWith(
    [
      funds("org:international-monetary-fund", "country:PAK", 7e9),
      funds("country:KOR", "org:asia-pacific-economic-cooperation", 5e7),
      funds("org:asian-development-bank", "country:PAK", 6e8),
      funds("org:jica", "country:KEN", 1e8),
    ],
    [
      org("org:international-monetary-fund", "International Monetary Fund", ["IMF", "Fund"]),
      org("org:asia-pacific-economic-cooperation", "Asia-Pacific Economic Cooperation", []),
      org("org:asian-development-bank", "Asian Development Bank", ["Bank"]),
      org("org:jica", "JICA", []),
    ],
  );
  const scores = emptyScores();
  evaluateDocument(scores, doc, gold, "a.txt");

  it("reads an acronym pattern against the organisation's aliases and the gold's", () => {
    expect(scores.FUNDS).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(scores.FUNDS.misses).toEqual(["a.txt: org:~world-bank → country:PAK 600000000 USD"]);
  });
});
