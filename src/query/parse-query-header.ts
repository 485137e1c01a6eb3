import { z } from "zod";
import { NewsgraphError } from "../errors.ts";
import { coerceParam } from "./coerce-param.ts";
import { PARAM_TYPES } from "./saved-query.ts";
import type { ParamSpec, SavedQuery } from "./saved-query.ts";

/**
 * The header is the run of `//` lines at the top of the file. Tagged lines carry the contract:
 *
 *   // @query who-met-whom
 *   // @description Who met whom, for one person and a period
 *   // @param person string = null  Person key or part of a name; everyone when null
 *   // @param type string = "MET_WITH" (MET_WITH|OPPOSES|FUNDS)  Which fact
 *   // @param name string  Part of a name (no default: the parameter is required)
 *
 * A default is `null` or a literal read as the parameter's type (`"…"` for strings and dates,
 * bare numbers and booleans); choices, in parentheses, are the only values a string accepts.
 * Untagged comment lines are notes for the reader.
 */
const PARAM_LINE =
  /^(?<name>\S+)\s+(?<type>\S+)(?:\s*=\s*(?<literal>"(?:[^"\\]|\\.)*"|[^\s(]+))?(?:\s+\((?<choices>[^)]*)\))?(?:\s+(?<description>.*))?$/;
const TAG_LINE = /^\/\/\s*@(?<tag>\w+)\s*(?<rest>.*)$/;

const ParamLineSchema = z.object({
  name: z.string().regex(/^[a-z][A-Za-z0-9]*$/, "a parameter name is camelCase, like minArticles"),
  type: z.enum(PARAM_TYPES, { message: `a parameter type is one of ${PARAM_TYPES.join(", ")}` }),
  literal: z.string().optional(),
  choices: z
    .string()
    .transform((text) => text.split("|").map((choice) => choice.trim()))
    .pipe(z.array(z.string().min(1)).min(1))
    .optional(),
  description: z.string().trim().default(""),
});

const HeaderSchema = z.object({
  query: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case name"))
    .length(1, "must appear exactly once"),
  description: z
    .array(z.string().min(1, "must not be empty"))
    .length(1, "must appear exactly once"),
  param: z.array(z.string()).default([]),
});

/** Reads a saved query's header; anything missing or malformed fails, naming the file. */
export function parseQueryHeader(file: string, text: string): SavedQuery {
  const fail = (problem: string): never => {
    throw new NewsgraphError(
      "query",
      `${file}: ${problem}; see the header format in docs/queries.md`,
      {
        context: { path: file },
      },
    );
  };
  const header = HeaderSchema.safeParse(collectTags(headerLines(text), fail));
  if (!header.success) return fail(describeIssue(header.error));
  const params = header.data.param.map((line) => parseParamLine(line, fail));
  checkParameterUse(text, params, fail);
  return {
    name: header.data.query[0] ?? "",
    description: header.data.description[0] ?? "",
    params,
    cypher: text,
    file,
  };
}

function headerLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((line) => !line.trimStart().startsWith("//"));
  return lines.slice(0, end === -1 ? lines.length : end).map((line) => line.trim());
}

function collectTags(lines: readonly string[], fail: (problem: string) => never) {
  const tags: Record<string, string[]> = {};
  for (const line of lines) {
    const match = TAG_LINE.exec(line);
    if (match?.groups === undefined) continue;
    const { tag = "", rest = "" } = match.groups;
    if (!["query", "description", "param"].includes(tag)) fail(`unknown header tag @${tag}`);
    (tags[tag] ??= []).push(rest.trim());
  }
  return tags;
}

function parseParamLine(line: string, fail: (problem: string) => never): ParamSpec {
  const groups = PARAM_LINE.exec(line)?.groups ?? fail(`cannot read "@param ${line}"`);
  const parsed = ParamLineSchema.safeParse(groups);
  if (!parsed.success)
    return fail(`@param ${line}: ${parsed.error.issues[0]?.message ?? "malformed"}`);
  const { name, type, literal, choices, description } = parsed.data;
  if (choices !== undefined && type !== "string") fail(`@param ${name}: only strings take choices`);
  return {
    name,
    type,
    required: literal === undefined,
    defaultValue: literal === undefined ? null : readDefault(name, type, literal, choices, fail),
    choices,
    description,
  };
}

function readDefault(
  name: string,
  type: ParamSpec["type"],
  literal: string,
  choices: readonly string[] | undefined,
  fail: (problem: string) => never,
): ParamSpec["defaultValue"] {
  if (literal === "null") return null;
  const text = literal.startsWith('"') ? (JSON.parse(literal) as string) : literal;
  const coerced = coerceParam(type, text);
  if (!coerced.ok) return fail(`@param ${name}: the default ${literal} is not ${coerced.expected}`);
  if (choices !== undefined && !choices.includes(text))
    fail(`@param ${name}: the default ${literal} is not one of its choices`);
  return coerced.value;
}

/** Every `$name` in the statement is declared, and every declared parameter is used. */
function checkParameterUse(
  text: string,
  params: readonly ParamSpec[],
  fail: (problem: string) => never,
): void {
  const body = text.replace(/\/\/.*$/gm, "");
  const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  const declared = new Set(params.map((param) => param.name));
  if (declared.size !== params.length) fail("a parameter is declared twice");
  const undeclared = [...used].filter((name) => name !== undefined && !declared.has(name));
  if (undeclared.length > 0) fail(`$${undeclared.join(", $")} used but not declared with @param`);
  const unused = [...declared].filter((name) => !used.has(name));
  if (unused.length > 0) fail(`@param ${unused.join(", ")} declared but not used`);
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "malformed header";
  const tag = `@${String(issue.path[0] ?? "header")}`;
  return issue.code === "invalid_type" ? `missing ${tag} line` : `${tag} ${issue.message}`;
}
