import { describe, expect, it } from "vitest";
import { ruleOf } from "../../../src/load/create-schema.ts";
import { readCypherCatalog } from "../../../src/load/cypher-catalog.ts";

describe("createSchema's rule names", () => {
  it("name every schema statement once, by the name it creates", async () => {
    const { schema } = await readCypherCatalog();
    const rules = schema.map(ruleOf);
    expect(rules.every((rule) => rule !== undefined)).toBe(true);
    expect(new Set(rules).size).toBe(schema.length);
    expect(rules.filter((rule) => rule?.startsWith("constraint ") === true)).toHaveLength(12);
    expect(rules).toContain("constraint article_key");
    expect(rules).toContain("index person_name");
  });

  it("name nothing for a statement without IF NOT EXISTS", () => {
    expect(ruleOf("CREATE INDEX person_name FOR (n:Person) ON (n.name)")).toBeUndefined();
  });
});
