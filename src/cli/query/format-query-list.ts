import type { QueryCatalog } from "../../query/read-query-catalog.ts";
import type { ParamSpec } from "../../query/saved-query.ts";

/** `query --list`: each query's name and description, then its parameters, one a line. */
export function formatQueryList(catalog: QueryCatalog): string {
  const blocks = [...catalog.values()].map((query) =>
    [`${query.name}`, `  ${query.description}`, ...query.params.map(describeParam)].join("\n"),
  );
  return `${blocks.join("\n\n")}\n`;
}

function describeParam(param: ParamSpec): string {
  const choices = param.choices === undefined ? "" : ` (${param.choices.join("|")})`;
  const value = param.required ? "required" : `default ${JSON.stringify(param.defaultValue)}`;
  const about = param.description === "" ? "" : `  ${param.description}`;
  return `    --param ${param.name}=<${param.type}>${choices}  ${value}${about}`;
}
