import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearDatabase, testNeo4j, withTestDriver } from "./helpers.ts";

describe("the test Neo4j", () => {
  beforeAll(clearDatabase);
  afterAll(clearDatabase);

  it("is Neo4j 5.26 Community", async () => {
    const result = await withTestDriver((driver) =>
      driver.executeQuery("CALL dbms.components() YIELD name, versions, edition RETURN *"),
    );
    const components = result.records.map((record) => record.toObject());
    expect(components).toEqual([
      {
        name: "Neo4j Kernel",
        versions: [expect.stringMatching(/^5\.26\.\d+$/)],
        edition: "community",
      },
    ]);
  });

  it("reads back exactly what it wrote", async () => {
    const { database } = testNeo4j();
    const written = {
      key: "person:ada-lovelace",
      name: "Ada Lovelace",
      aliases: ["Ada", "Countess of Lovelace"],
    };
    const read = await withTestDriver(async (driver) => {
      const write = await driver.executeQuery(
        "CREATE (p:Person) SET p = $props, p.born = date('1815-12-10')",
        { props: written },
        { database },
      );
      expect(write.summary.counters.updates()).toMatchObject({
        nodesCreated: 1,
        labelsAdded: 1,
        propertiesSet: 4,
      });
      return driver.executeQuery(
        "MATCH (p:Person {key: $key}) RETURN p.name AS name, p.aliases AS aliases, toString(p.born) AS born",
        { key: written.key },
        { database },
      );
    });
    expect(read.records.map((record) => record.toObject())).toEqual([
      { name: "Ada Lovelace", aliases: ["Ada", "Countess of Lovelace"], born: "1815-12-10" },
    ]);
  });

  it("serves Neo4j Browser at /browser/", async () => {
    const response = await fetch(`${testNeo4j().httpUrl}/browser/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("<title>Neo4j Browser</title>");
  });

  it("describes itself at the HTTP root", async () => {
    const response = await fetch(`${testNeo4j().httpUrl}/`, {
      headers: { accept: "application/json" },
    });
    expect(await response.json()).toMatchObject({
      neo4j_version: expect.stringMatching(/^5\.26\.\d+$/) as unknown,
      neo4j_edition: "community",
    });
  });
});
