import { describe, expect, it } from "vitest";
import { emptyScores, evaluateDocument } from "../../../src/eval/evaluate-document.ts";
import type { Gold } from "../../../src/eval/gold-schema.ts";
import type { GraphDocument, Relationship } from "../../../src/model/graph-document.ts";

const met = (from: string, to: string, date?: string): Relationship => ({
  type: "MET_WITH",
  from,
  to,
  properties: date === undefined ? {} : { date },
  evidence: [{ sentence: "They met.", start: 0, end: 9 }],
  confidence: 0.9,
});

function documentWith(relationships: Relationship[]): GraphDocument {
  return {
    article: {
      key: "article:a.txt",
      source: "a.txt",
      title: "t",
      publishedAt: "2025-03-14T09:00:00.000Z",
      contentHash: "h",
      hashtags: [],
    },
    entities: [],
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
