import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeNeo4jImage } from "../../setup/compose-image.ts";

const POM = readFileSync(new URL("../../../neo4j-server/pom.xml", import.meta.url), "utf8");

describe("the pinned Neo4j", () => {
  it("is the same version in docker-compose.yml and neo4j-server/pom.xml", async () => {
    const pomVersion = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(POM)?.[1];
    expect(pomVersion).toMatch(/^5\.26\.\d+$/);
    expect(await composeNeo4jImage()).toBe(`neo4j:${pomVersion}-community`);
  });
});
