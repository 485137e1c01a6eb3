import { describe, expect, it } from "vitest";
import ts from "typescript";
import { DEFAULT_LOCAL_PASSWORD } from "../../../src/config.ts";
import { nodesOf, parseSource, sourceFiles, where } from "./source-files.ts";
import type { SourceFile } from "./source-files.ts";

const files = sourceFiles();
const SECRET_NAME = /pass(word)?|secret|token|credential|api_?key/i;

function isText(node: ts.Node | undefined): boolean {
  return (
    node !== undefined &&
    (ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node))
  );
}

/** `name = "literal"` in a declaration, a property or an assignment, as [name, value]. */
function assignment(node: ts.Node): [string, ts.Node | undefined] | undefined {
  if (
    ts.isVariableDeclaration(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isPropertyDeclaration(node)
  )
    return [node.name.getText(), node.initializer];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return [node.left.getText(), node.right];
  return undefined;
}

/** Text literals given to a password-like name. */
function secretLiterals(file: SourceFile): string[] {
  return [...nodesOf(file.ast)]
    .filter((node) => {
      const pair = assignment(node);
      return pair !== undefined && SECRET_NAME.test(pair[0]) && isText(pair[1]);
    })
    .map((node) => where(file, node));
}

/** Literals passed to `neo4j.auth.*(…)`, and the default's value spelled out anywhere else. */
function inlineCredentials(file: SourceFile): string[] {
  return [...nodesOf(file.ast)]
    .filter(
      (node) =>
        (ts.isStringLiteral(node) &&
          node.text === DEFAULT_LOCAL_PASSWORD &&
          file.path !== "src/config.ts") ||
        (ts.isCallExpression(node) &&
          /\bauth\.\w+$/.test(node.expression.getText()) &&
          node.arguments.some(isText)),
    )
    .map((node) => where(file, node));
}

/** Where src/ reads the environment; src/local-db may only hand it on to the processes it runs. */
function environmentReads(file: SourceFile): string[] {
  if (file.path === "src/config.ts" || file.path.startsWith("src/cli/")) return [];
  const forwardsToChild = (node: ts.Node) =>
    file.path.startsWith("src/local-db/") &&
    ts.isSpreadAssignment(node.parent) &&
    ts.isObjectLiteralExpression(node.parent.parent) &&
    ts.isPropertyAssignment(node.parent.parent.parent) &&
    node.parent.parent.parent.name.getText() === "env";
  return [...nodesOf(file.ast)]
    .filter(
      (node) =>
        ts.isPropertyAccessExpression(node) &&
        node.getText() === "process.env" &&
        !forwardsToChild(node),
    )
    .map((node) => where(file, node.parent));
}

describe("credentials", () => {
  it("are never written into src/; the one literal is the documented local default", () => {
    expect(files.flatMap(secretLiterals)).toEqual([
      `src/config.ts:7: DEFAULT_LOCAL_PASSWORD = "${DEFAULT_LOCAL_PASSWORD}"`,
    ]);
  });

  it("reach the driver only as values from the configuration", () => {
    expect(files.flatMap(inlineCredentials)).toEqual([]);
  });

  it("come from the environment or .env, read only by the CLI and src/config.ts", () => {
    expect(files.flatMap(environmentReads)).toEqual([]);
  });

  it("are caught by these scans when planted", () => {
    const planted = parseSource(
      "src/load/planted.ts",
      [
        'const neo4jPassword = "hunter2hunter2";',
        "options.password = `s3cret${1}`;",
        'const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "letmein1"));',
        `const fallback = "${DEFAULT_LOCAL_PASSWORD}";`,
        'const uri = process.env["NEO4J_URI"];',
        "const copy = { env: { ...process.env } };",
      ].join("\n"),
    );
    expect([
      ...secretLiterals(planted),
      ...inlineCredentials(planted),
      ...environmentReads(planted),
    ]).toEqual([
      'src/load/planted.ts:1: neo4jPassword = "hunter2hunter2"',
      "src/load/planted.ts:2: options.password = `s3cret${1}`",
      'src/load/planted.ts:3: neo4j.auth.basic("neo4j", "letmein1")',
      `src/load/planted.ts:4: "${DEFAULT_LOCAL_PASSWORD}"`,
      'src/load/planted.ts:5: process.env["NEO4J_URI"]',
      "src/load/planted.ts:6: ...process.env",
    ]);
  });
});
