import { describe, expect, it } from "vitest";
import { planArticles } from "../../../src/plan/plan-articles.ts";
import { findDocumentProblems } from "../../../src/plan/document-problems.ts";
import { blinkenInBeijing } from "./documents.ts";

describe("planArticles", () => {
  it("plans removal, the article, its entities and its relationships as exact rows", () => {
    expect(planArticles([blinkenInBeijing()])).toMatchInlineSnapshot(`
      [
        {
          "rows": [
            {
              "article": "article:seeds/001.txt",
              "keep": [
                "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
                "OPPOSES|country:USA|issue:overcapacity",
                "REPRESENTS|person:antony-blinken|country:USA",
              ],
            },
          ],
          "statement": "remove-sources",
        },
        {
          "rows": [
            {
              "article": "article:seeds/001.txt",
              "keep": [
                "country:USA",
                "event:meeting:2024-04-26:antony-blinken+xi-jinping",
                "issue:overcapacity",
                "person:antony-blinken",
                "person:xi-jinping",
              ],
            },
          ],
          "statement": "remove-mentions",
        },
        {
          "rows": [
            {
              "contentHash": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
              "dateline": "Beijing",
              "evidenceConfidences": [
                0.9,
                1,
              ],
              "evidenceEnds": [
                25,
                66,
              ],
              "evidenceKeys": [
                "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
                "REPRESENTS|person:antony-blinken|country:USA",
              ],
              "evidenceSentences": [
                "Blinken met Xi on Friday.",
                "US Secretary of State Antony Blinken",
              ],
              "evidenceStarts": [
                0,
                30,
              ],
              "hashtags": [
                "Blinken",
                "China",
              ],
              "key": "article:seeds/001.txt",
              "publishedAt": "2024-04-27T08:00:00Z",
              "relationshipKeys": [
                "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
                "OPPOSES|country:USA|issue:overcapacity",
                "REPRESENTS|person:antony-blinken|country:USA",
              ],
              "source": "seeds/001.txt",
              "title": "Blinken meets Xi",
              "url": null,
            },
          ],
          "statement": "article",
        },
        {
          "rows": [
            {
              "aliases": [
                "Blinken",
              ],
              "articles": [
                "article:seeds/001.txt",
              ],
              "country": "USA",
              "key": "person:antony-blinken",
              "name": "Antony Blinken",
              "newArticles": [],
              "title": "Secretary of State",
            },
            {
              "aliases": [
                "Xi",
              ],
              "articles": [
                "article:seeds/001.txt",
              ],
              "country": "CHN",
              "key": "person:xi-jinping",
              "name": "Xi Jinping",
              "newArticles": [],
              "title": null,
            },
          ],
          "statement": "node-person",
        },
        {
          "rows": [
            {
              "aliases": [
                "Washington",
                "US",
              ],
              "articles": [
                "article:seeds/001.txt",
              ],
              "iso3": "USA",
              "key": "country:USA",
              "name": "United States",
              "newArticles": [],
            },
          ],
          "statement": "node-country",
        },
        {
          "rows": [
            {
              "articles": [
                "article:seeds/001.txt",
              ],
              "key": "issue:overcapacity",
              "keywords": [
                "overcapacity",
              ],
              "name": "Overcapacity",
              "newArticles": [],
            },
          ],
          "statement": "node-issue",
        },
        {
          "rows": [
            {
              "articles": [
                "article:seeds/001.txt",
              ],
              "date": "2024-04-26",
              "key": "event:meeting:2024-04-26:antony-blinken+xi-jinping",
              "name": "Blinken–Xi meeting",
              "newArticles": [],
              "place": "Beijing",
              "status": "held",
              "type": "meeting",
            },
          ],
          "statement": "node-event",
        },
        {
          "rows": [
            {
              "from": "person:antony-blinken",
              "key": "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
              "properties": {
                "date": "2024-04-26",
                "place": "Beijing",
              },
              "to": "person:xi-jinping",
            },
          ],
          "statement": "met-with-person-person",
        },
        {
          "rows": [
            {
              "from": "country:USA",
              "key": "OPPOSES|country:USA|issue:overcapacity",
              "properties": {
                "what": "Chinese overcapacity",
              },
              "to": "issue:overcapacity",
            },
          ],
          "statement": "opposes-country-issue",
        },
        {
          "rows": [
            {
              "from": "person:antony-blinken",
              "key": "REPRESENTS|person:antony-blinken|country:USA",
              "properties": {
                "title": "Secretary of State",
              },
              "to": "country:USA",
            },
          ],
          "statement": "represents-person-country",
        },
      ]
    `);
  });

  it("is deterministic whatever the order of documents, entities and relationships", () => {
    const document = blinkenInBeijing();
    const other = {
      ...blinkenInBeijing(),
      article: { ...document.article, key: "article:seeds/002.txt" },
    };
    const shuffled = {
      ...document,
      entities: [...document.entities].reverse(),
      relationships: [...document.relationships].reverse(),
    };
    expect(JSON.stringify(planArticles([other, shuffled]))).toBe(
      JSON.stringify(planArticles([document, other])),
    );
  });

  it("does not mutate its input", () => {
    const document = blinkenInBeijing();
    const frozen = structuredClone(document);
    const plan = planArticles([document]);
    for (const { rows } of plan)
      for (const row of rows)
        for (const value of Object.values(row)) {
          if (Array.isArray(value)) value.push("changed");
        }
    expect(document).toEqual(frozen);
  });

  it("merges a fact stated twice in one article into one row, both sentences on the article", () => {
    const document = blinkenInBeijing();
    const meeting = document.relationships[0]!;
    const again = {
      ...meeting,
      evidence: [{ sentence: "They met.", start: 40, end: 49 }],
      confidence: 0.95,
    };
    const plan = planArticles([{ ...document, relationships: [meeting, again] }]);
    const rows = plan.find((entry) => entry.statement === "met-with-person-person")?.rows;
    expect(rows).toEqual([
      {
        key: "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
        from: "person:antony-blinken",
        to: "person:xi-jinping",
        properties: meeting.properties,
      },
    ]);
    const article = plan.find((entry) => entry.statement === "article")?.rows[0];
    expect(article).toMatchObject({
      evidenceKeys: [
        "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
        "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
      ],
      evidenceSentences: ["Blinken met Xi on Friday.", "They met."],
      evidenceStarts: [0, 40],
      evidenceEnds: [25, 49],
      evidenceConfidences: [0.95, 0.95],
    });
  });

  it("folds a fact stated by several articles of a batch into one row, later properties winning", () => {
    const document = blinkenInBeijing();
    const meeting = document.relationships[0]!;
    const other = {
      ...document,
      article: { ...document.article, key: "article:seeds/000.txt" },
      relationships: [{ ...meeting, properties: { ...meeting.properties, place: "Shanghai" } }],
    };
    const rows = planArticles([document, other]).find(
      (entry) => entry.statement === "met-with-person-person",
    )?.rows;
    expect(rows).toEqual([
      {
        key: "MET_WITH|person:antony-blinken|person:xi-jinping|2024-04-26",
        from: "person:antony-blinken",
        to: "person:xi-jinping",
        properties: { ...meeting.properties, place: "Shanghai" },
      },
    ]);
  });

  it("folds an entity mentioned by several articles of a batch into one row listing them", () => {
    const document = blinkenInBeijing();
    const blinken = document.entities.find((entity) => entity.key === "person:antony-blinken")!;
    const other = {
      ...document,
      article: { ...document.article, key: "article:seeds/000.txt" },
      entities: [{ ...blinken, aliases: ["Tony Blinken"], title: undefined }],
      relationships: [],
    };
    const rows = planArticles([document, other]).find(
      (entry) => entry.statement === "node-person",
    )?.rows;
    expect(rows).toContainEqual({
      key: "person:antony-blinken",
      articles: ["article:seeds/000.txt", "article:seeds/001.txt"],
      newArticles: [],
      name: "Antony Blinken",
      aliases: ["Tony Blinken", "Blinken"],
      title: "Secretary of State",
      country: "USA",
    });
  });

  it("creates fresh articles whole instead of removing an earlier version of them", () => {
    const document = blinkenInBeijing();
    const other = { ...document, article: { ...document.article, key: "article:seeds/000.txt" } };
    const plan = planArticles([document, other], new Set(["article:seeds/000.txt"]));
    const known = planArticles([document, other]);
    const articleRows = known.find((entry) => entry.statement === "article")?.rows;
    expect(plan.slice(0, 4)).toEqual([
      { statement: "create-articles", rows: [articleRows?.[0]] },
      {
        statement: "remove-sources",
        rows: [{ article: "article:seeds/001.txt", keep: expect.any(Array) as unknown }],
      },
      {
        statement: "remove-mentions",
        rows: [{ article: "article:seeds/001.txt", keep: expect.any(Array) as unknown }],
      },
      { statement: "article", rows: [articleRows?.[1]] },
    ]);
    expect(articleRows?.map((row) => row["key"])).toEqual([
      "article:seeds/000.txt",
      "article:seeds/001.txt",
    ]);
    // The created article's mentions are created, the other's merged; nothing else differs.
    const people = plan.find((entry) => entry.statement === "node-person")?.rows;
    expect(people?.map((row) => [row["key"], row["articles"], row["newArticles"]])).toEqual([
      ["person:antony-blinken", ["article:seeds/001.txt"], ["article:seeds/000.txt"]],
      ["person:xi-jinping", ["article:seeds/001.txt"], ["article:seeds/000.txt"]],
    ]);
    const asKnown = plan.slice(4).map(({ statement, rows }) => ({
      statement,
      rows: rows.map((row) =>
        "newArticles" in row
          ? {
              ...row,
              articles: [...(row["newArticles"] as string[]), ...(row["articles"] as string[])],
              newArticles: [],
            }
          : row,
      ),
    }));
    expect(asKnown).toEqual(known.slice(3));
  });

  it("refuses a document whose relationship points outside its entities", () => {
    const document = blinkenInBeijing();
    const broken = {
      ...document,
      relationships: [{ ...document.relationships[0]!, to: "person:nobody" }],
    };
    expect(findDocumentProblems(broken)).toEqual([
      "MET_WITH person:antony-blinken -> person:nobody: person:nobody is not among the document's entities",
    ]);
    expect(() => planArticles([broken])).toThrow(/cannot plan article:seeds\/001.txt/);
  });

  it("refuses endpoints of the wrong label and reserved property names", () => {
    const document = blinkenInBeijing();
    const wrong = {
      ...document,
      relationships: [
        { ...document.relationships[0]!, to: "country:USA", properties: { key: "x" } },
      ],
    };
    expect(findDocumentProblems(wrong)).toEqual([
      "MET_WITH cannot connect Person (person:antony-blinken) to Country (country:USA)",
      'MET_WITH person:antony-blinken -> country:USA: property "key" is reserved',
    ]);
  });
});
