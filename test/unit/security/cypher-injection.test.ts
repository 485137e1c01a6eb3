import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GRAPH_RELATIONSHIP_TYPES, NODE_LABELS } from "../../../src/model/labels.ts";
import { REPO, filesUnder, nodesOf, parseSource, sourceFiles, where } from "./source-files.ts";
import type { SourceFile } from "./source-files.ts";

const cypherFiles = filesUnder("cypher", ".cypher").map((path) => ({
  path,
  text: readFileSync(join(REPO, path), "utf8"),
}));

/** The statement without its comments. */
function withoutComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
}

/**
 * Labels (`:Person`, `n:Person`) and relationship types (`[:MET_WITH`, `|REPORTS`) a statement
 * names: written right after the colon or bar, unlike map values (`{key: CASE …}`). String
 * literals are emptied first.
 */
function namesIn(text: string): { labels: string[]; types: string[] } {
  const code = withoutComments(text).replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const names = [...code.matchAll(/[:|]([A-Z]\w*)/g)].map((match) => match[1] ?? "");
  return {
    labels: names.filter((name) => !/^[A-Z][A-Z_]+$/.test(name)),
    types: names.filter((name) => /^[A-Z][A-Z_]+$/.test(name)),
  };
}

/**
 * Ways a statement could run code, or pick a label or type, from a string. Concatenating values
 * into a returned string (`a.name + " -> " + b.name`) is data, not code, and is allowed.
 */
const DYNAMIC = [
  ["a template placeholder", /\$\{|\{\{/],
  // Neo4j 5.26: `n:$(expr)`, `[r:$any(expr)]`.
  ["a dynamic label or type", /[:|&]\s*\$(any|all)?\(/i],
  ["APOC, which runs code and sets labels from strings", /\bapoc\./i],
  ["a procedure that administers the server", /\bdbms\./i],
] as const;

describe("the .cypher files", () => {
  it("are there to scan", () => {
    expect(cypherFiles.length).toBeGreaterThan(40);
  });

  it.each(cypherFiles)("$path runs and names nothing from strings", ({ text }) => {
    const code = withoutComments(text);
    expect(DYNAMIC.filter(([, pattern]) => pattern.test(code)).map(([what]) => what)).toEqual([]);
  });

  it.each(cypherFiles)("$path names only labels and types of the closed sets", ({ text }) => {
    const { labels, types } = namesIn(text);
    const allowedLabels: readonly string[] = NODE_LABELS;
    const allowedTypes: readonly string[] = GRAPH_RELATIONSHIP_TYPES;
    expect(labels.filter((label) => !allowedLabels.includes(label))).toEqual([]);
    expect(types.filter((type) => !allowedTypes.includes(type))).toEqual([]);
  });

  it("would be caught running or naming something from a string", () => {
    const planted =
      "MATCH (n:$($label)) WHERE n.key = '${key}' CALL apoc.cypher.run('x', {}) CALL dbms.killQueries([])";
    expect(DYNAMIC.filter(([, pattern]) => pattern.test(planted)).map(([what]) => what)).toEqual([
      "a template placeholder",
      "a dynamic label or type",
      "APOC, which runs code and sets labels from strings",
      "a procedure that administers the server",
    ]);
    expect(namesIn("MATCH (a:Admin)-[:OWNS|PWNS]->(b {x: CASE WHEN true THEN 1 END})")).toEqual({
      labels: ["Admin"],
      types: ["OWNS", "PWNS"],
    });
  });
});

/** `driver.executeQuery(q, …)`, `tx.run(q, …)`, `session.run(q, …)`: the calls that send Cypher. */
function isQueryCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const method = node.expression.name.text;
  const target = node.expression.expression.getText();
  return (
    method === "executeQuery" || (method === "run" && /^(tx|transaction|session)$/i.test(target))
  );
}

/**
 * The query argument must be a value (a statement read from a .cypher file, passed along) or a
 * plain constant: never a template with placeholders, a concatenation or a computed string.
 */
function isValueOrConstant(node: ts.Node | undefined): boolean {
  if (node === undefined) return false;
  return (
    ts.isIdentifier(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node)
  );
}

function unsafeQueryCalls(file: SourceFile): string[] {
  return [...nodesOf(file.ast)]
    .filter(isQueryCall)
    .filter((call) => !isValueOrConstant(call.arguments[0]))
    .map((call) => where(file, call));
}

/** Strings that look like Cypher and are put together in code. */
const CYPHER_WORDS = /\b(MATCH|MERGE|CREATE|DELETE|DETACH|UNWIND|RETURN|SET|CALL)\b[\s\S]*[([]/;
function assembledCypher(file: SourceFile): string[] {
  return [...nodesOf(file.ast)]
    .filter(
      (node) =>
        (ts.isTemplateExpression(node) && CYPHER_WORDS.test(node.getText())) ||
        (ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
          [node.left, node.right].some(
            (side) => ts.isStringLiteral(side) && CYPHER_WORDS.test(side.text),
          )),
    )
    .map((node) => where(file, node));
}

describe("the code that sends queries", () => {
  const files = sourceFiles();
  const senders = files.filter((file) => [...nodesOf(file.ast)].some(isQueryCall));

  it("is found (the scans below are not vacuous)", () => {
    expect(senders.map((file) => file.path)).toEqual(
      expect.arrayContaining(["src/neo4j/read-query.ts", "src/neo4j/run-statements.ts"]),
    );
  });

  it("passes statements as values, never as templates or concatenations", () => {
    expect(files.flatMap(unsafeQueryCalls)).toEqual([]);
  });

  it("never assembles Cypher-looking text from pieces anywhere in src/", () => {
    expect(files.flatMap(assembledCypher)).toEqual([]);
  });

  it("would be caught assembling a statement", () => {
    const planted = parseSource(
      "src/load/planted.ts",
      [
        "await tx.run(`MATCH (n:${label} {key: '${key}'}) RETURN n`);",
        'await driver.executeQuery("MATCH (n) WHERE n.key = \'" + key + "\' RETURN n");',
        "await session.run(statement.cypher, { key });",
      ].join("\n"),
    );
    expect([...unsafeQueryCalls(planted), ...assembledCypher(planted)]).toEqual([
      "src/load/planted.ts:1: tx.run(`MATCH (n:${label} {key: '${key}'}) RETURN n`)",
      'src/load/planted.ts:2: driver.executeQuery("MATCH (n) WHERE n.key = \'" + key + "\' RETURN n")',
      "src/load/planted.ts:1: `MATCH (n:${label} {key: '${key}'}) RETURN n`",
      'src/load/planted.ts:2: "MATCH (n) WHERE n.key = \'" + key',
    ]);
  });
});
