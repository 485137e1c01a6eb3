import { describe, expect, it } from "vitest";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { GraphDocumentSchema } from "../../../src/model/graph-document.ts";
import { factsOf, keysOf, readFixture } from "./helpers.ts";

// The sample article the user gave: every construction DESIGN.md names is in it.
const doc = extractGraph(readFixture("seeds/000_cd41eb76cf7eaf77.txt"));

describe("the seed article", () => {
  it("satisfies the extract contract schema", () => {
    expect(() => GraphDocumentSchema.parse(doc)).not.toThrow();
    expect(doc.article.key).toBe("article:seeds/000_cd41eb76cf7eaf77.txt");
    expect(doc.article.publishedAt).toBe("2024-05-01T03:30:35Z");
  });

  it("finds every person with title and country, and keeps the two Wangs apart", () => {
    const people = doc.entities.filter((e) => e.label === "Person");
    expect(people).toEqual([
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
        key: "person:joe-biden",
        name: "Joe Biden",
        aliases: ["Biden"],
        title: "President",
        country: "USA",
      },
      {
        label: "Person",
        key: "person:matthew-miller",
        name: "Matthew Miller",
        aliases: [],
        title: "Spokesperson",
        country: "USA",
      },
      {
        label: "Person",
        key: "person:vladimir-putin",
        name: "Vladimir Putin",
        aliases: [],
        title: "President",
        country: "RUS",
      },
      {
        label: "Person",
        key: "person:wang-xiaohong",
        name: "Wang Xiaohong",
        aliases: [],
        title: "Minister of Public Security",
        country: "CHN",
      },
      {
        label: "Person",
        key: "person:wang-yi",
        name: "Wang Yi",
        aliases: ["Wang"],
        title: "Foreign Minister",
        country: "CHN",
      },
      {
        label: "Person",
        key: "person:xi-jinping",
        name: "Xi Jinping",
        aliases: ["Xi"],
        title: "President",
        country: "CHN",
      },
    ]);
  });

  it("maps names, demonyms, abbreviations and capitals to ISO3 countries", () => {
    expect(keysOf(doc, "Country")).toEqual([
      "country:CHN",
      "country:RUS",
      "country:TWN",
      "country:USA",
    ]);
    const usa = doc.entities.find((e) => e.key === "country:USA");
    expect(usa).toMatchObject({
      name: "United States",
      iso3: "USA",
      aliases: ["American", "US", "Washington"],
    });
  });

  it("records the meetings that took place, on the Friday before publication", () => {
    expect(factsOf(doc, "MET_WITH")).toEqual([
      "person:antony-blinken -> person:wang-xiaohong",
      "person:antony-blinken -> person:wang-yi",
      "person:antony-blinken -> person:xi-jinping",
    ]);
    const withXi = doc.relationships.find(
      (r) => r.type === "MET_WITH" && r.to === "person:xi-jinping",
    );
    expect(withXi?.properties).toMatchObject({ date: "2024-04-26", place: "Beijing" });
    expect(withXi?.evidence[0]?.sentence).toMatch(
      /^The Secretary of State of the United States, Antony Blinken, met this Friday/,
    );
  });

  it("keeps Putin's announced visit as a planned event, not a meeting", () => {
    const visit = doc.entities.find((e) => e.label === "Event" && e.key.includes("vladimir-putin"));
    expect(visit).toMatchObject({
      type: "visit",
      status: "planned",
      date: "2024-05",
      place: "China",
    });
  });

  it("finds what China opposes and what the United States funds", () => {
    expect(factsOf(doc, "OPPOSES")).toContain("country:CHN -> issue:us-aid-to-taiwan");
    expect(factsOf(doc, "OPPOSES")).toContain("country:CHN -> issue:force-the-sale-of-tiktok");
    const funds = doc.relationships
      .filter((r) => r.type === "FUNDS")
      .map((r) => [r.from, r.to, r.properties["amount"], r.properties["currency"]]);
    expect(funds).toEqual([
      ["country:USA", "country:TWN", 8_000_000_000, "USD"],
      ["country:USA", "issue:foreign-aid", 95_000_000_000, "USD"],
    ]);
  });

  it("gives evidence offsets that point at the sentence in the body", () => {
    const article = readFixture("seeds/000_cd41eb76cf7eaf77.txt");
    for (const r of doc.relationships) {
      for (const e of r.evidence) expect(article.body.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it("is deterministic", () => {
    expect(JSON.stringify(extractGraph(readFixture("seeds/000_cd41eb76cf7eaf77.txt")))).toBe(
      JSON.stringify(doc),
    );
  });
});
