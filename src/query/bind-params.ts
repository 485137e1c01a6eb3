import { NewsgraphError } from "../errors.ts";
import { coerceParam } from "./coerce-param.ts";
import type { ParamSpec, ParamValue, SavedQuery } from "./saved-query.ts";

/** One `--param name=value` as typed on the command line. */
export interface ParamArgument {
  readonly name: string;
  readonly text: string;
}

/**
 * The values to run `query` with: each given argument checked against its declared type and
 * choices, every other parameter at its default. An unknown, repeated, missing or ill-typed
 * parameter is a "query" error that says what the query takes.
 */
export function bindParams(
  query: SavedQuery,
  args: readonly ParamArgument[],
): Record<string, ParamValue> {
  const given = new Map<string, string>();
  for (const { name, text } of args) {
    const spec = query.params.find((param) => param.name === name);
    if (spec === undefined) throw paramError(query, `takes no parameter "${name}"`);
    if (given.has(name)) throw paramError(query, `got --param ${name} twice`);
    given.set(name, text);
  }
  return Object.fromEntries(query.params.map((spec) => [spec.name, valueOf(query, spec, given)]));
}

function valueOf(query: SavedQuery, spec: ParamSpec, given: ReadonlyMap<string, string>) {
  const text = given.get(spec.name);
  if (text === undefined) {
    if (spec.required) throw paramError(query, `needs --param ${spec.name}=<${spec.type}>`);
    return spec.defaultValue;
  }
  const coerced = coerceParam(spec.type, text);
  if (!coerced.ok)
    throw paramError(query, `--param ${spec.name}=${text}: expected ${coerced.expected}`);
  if (spec.choices !== undefined && !spec.choices.includes(text))
    throw paramError(
      query,
      `--param ${spec.name}=${text}: expected one of ${spec.choices.join(", ")}`,
    );
  return coerced.value;
}

function paramError(query: SavedQuery, problem: string): NewsgraphError {
  const takes =
    query.params.length === 0
      ? "it takes no parameters"
      : `it takes ${query.params.map((param) => `${param.name} (${param.type})`).join(", ")}`;
  return new NewsgraphError("query", `${query.name} ${problem}; ${takes}`, {
    context: { query: query.name },
  });
}
