import type { GraphDocument } from "../../../src/model/graph-document.ts";

const HASH = "a".repeat(64);

/** A small, hand-built extractor output: Blinken meets Xi in Beijing and the US opposes a policy. */
export function blinkenInBeijing(): GraphDocument {
  return {
    article: {
      key: "article:seeds/001.txt",
      source: "seeds/001.txt",
      title: "Blinken meets Xi",
      publishedAt: "2024-04-27T08:00:00Z",
      contentHash: HASH,
      dateline: "Beijing",
      hashtags: ["Blinken", "China"],
    },
    entities: [
      {
        label: "Person",
        key: "person:antony-blinken",
        name: "Antony Blinken",
        aliases: ["Blinken"],
        title: "Secretary of State",
        country: "USA",
      },
      {
        label: "Person",
        key: "person:xi-jinping",
        name: "Xi Jinping",
        aliases: ["Xi"],
        country: "CHN",
      },
      {
        label: "Country",
        key: "country:USA",
        name: "United States",
        iso3: "USA",
        aliases: ["Washington", "US"],
      },
      {
        label: "Issue",
        key: "issue:overcapacity",
        name: "Overcapacity",
        keywords: ["overcapacity"],
      },
      {
        label: "Event",
        key: "event:meeting:2024-04-26:antony-blinken+xi-jinping",
        type: "meeting",
        name: "Blinken–Xi meeting",
        date: "2024-04-26",
        place: "Beijing",
        status: "held",
      },
    ],
    relationships: [
      {
        type: "MET_WITH",
        from: "person:antony-blinken",
        to: "person:xi-jinping",
        properties: { date: "2024-04-26", place: "Beijing" },
        evidence: [{ sentence: "Blinken met Xi on Friday.", start: 0, end: 25 }],
        confidence: 0.9,
      },
      {
        type: "OPPOSES",
        from: "country:USA",
        to: "issue:overcapacity",
        properties: { what: "Chinese overcapacity" },
        evidence: [],
        confidence: 0.6,
      },
      {
        type: "REPRESENTS",
        from: "person:antony-blinken",
        to: "country:USA",
        properties: { title: "Secretary of State" },
        evidence: [{ sentence: "US Secretary of State Antony Blinken", start: 30, end: 66 }],
        confidence: 1,
      },
    ],
  };
}
