import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/**
 * One line a user can act on, e.g. `publishedAt: missing; title: expected a string, got number`,
 * instead of zod's multi-line JSON. The input is passed so the actual type found can be named.
 */
export function describeZodError(error: z.ZodError, input: unknown): string {
  return error.issues.map((issue) => describeIssue(issue, input)).join("; ");
}

function describeIssue(issue: Issue, input: unknown): string {
  if (issue.code === "invalid_union") return describeUnion(issue, input);
  return `${describePath(issue.path)}: ${describeProblem(issue, input)}`;
}

/**
 * A value that fits none of a union's shapes: the shape it got furthest into explains it best
 * (`tags[0]: expected a string` for `tags: [1]`); otherwise say which shapes were expected.
 */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, input: unknown): string {
  const firsts = issue.errors.flatMap((branch) => branch.slice(0, 1));
  const deepest = firsts.find((first) => first.path.length > 0);
  if (deepest) return describeIssue({ ...deepest, path: [...issue.path, ...deepest.path] }, input);
  const expected = firsts.flatMap((first) =>
    first.code === "invalid_type" ? [withArticle(first.expected)] : [],
  );
  const found = typeName(valueAt(input, issue.path));
  return `${describePath(issue.path)}: expected ${expected.join(" or ") || "another value"}, got ${found}`;
}

function describeProblem(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      const found = valueAt(input, issue.path);
      return found === undefined
        ? "missing"
        : `expected ${withArticle(issue.expected)}, got ${typeName(found)}`;
    }
    case "invalid_format":
      return issue.format === "url" ? "not a valid URL" : `not a valid ${issue.format}`;
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1 ? "empty" : issue.message;
    case "unrecognized_keys":
      return `unknown keys ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "record";
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i > 0 ? "." : ""}${String(part)}`,
    )
    .join("");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const part of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "an object" : typeof value;
}

function withArticle(expected: string): string {
  if (expected === "array") return "a list";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
