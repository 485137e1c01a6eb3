import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAN_OPTION, readCypherCatalog } from "../../../src/load/cypher-catalog.ts";
import { RELATIONSHIP_ENDPOINTS } from "../../../src/plan/endpoints.ts";
import { relationshipStatement } from "../../../src/plan/statement-names.ts";
import { RELATIONSHIP_TYPES } from "../../../src/model/labels.ts";

const ROOT = join(import.meta.dirname, "../../../cypher");
const FOLDERS = ["schema", "write", "read"];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder)).map((name) => ({
    name: `${folder}/${name}`,
    text: readFileSync(join(ROOT, folder, name), "utf8"),
  })),
);

function statementOf(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
}

describe("cypher statement files", () => {
  it("exist for every statement the planner names, and no others", async () => {
    await expect(readCypherCatalog()).resolves.toBeDefined();
  });

  it("keeps cached plans for the loader's statements, not for the schema", async () => {
    const catalog = await readCypherCatalog();
    const loaderTexts = [...catalog.write.values(), ...catalog.read.values()];
    expect(loaderTexts.every((text) => text.startsWith(`${PLAN_OPTION}\n// `))).toBe(true);
    expect(catalog.schema.some((text) => text.includes("replan"))).toBe(false);
  });

  it.each(files)("$name opens with a header comment", ({ text }) => {
    expect(
      text
        .split("\n")
        .slice(0, 2)
        .every((line) => line.startsWith("// ")),
    ).toBe(true);
  });

  it.each(files)("$name takes values only as named parameters, without APOC", ({ text }) => {
    const statement = statementOf(text);
    const parameters = new Set([...statement.matchAll(/\$(\w+)/g)].map((match) => match[1]));
    expect([...parameters].every((name) => name === "rows" || name === "keys")).toBe(true);
    expect(statement).not.toMatch(/apoc\.|\$\{|["'`]\s*\+|\+\s*["'`]/i);
    expect(
      statement
        .trim()
        .split(";")
        .filter((part) => part.trim() !== ""),
    ).toHaveLength(1);
  });

  it("connect exactly the labels their names say", () => {
    for (const type of RELATIONSHIP_TYPES) {
      const { from, to } = RELATIONSHIP_ENDPOINTS[type];
      for (const a of from) {
        for (const b of to) {
          const text = readFileSync(
            join(ROOT, "write", `${relationshipStatement(type, a, b)}.cypher`),
            "utf8",
          );
          expect(statementOf(text)).toContain(
            `MATCH (a:${a} {key: row.from})\nMATCH (b:${b} {key: row.to})\nMERGE (a)-[r:${type} {key: row.key}]->(b)`,
          );
        }
      }
    }
  });
});
