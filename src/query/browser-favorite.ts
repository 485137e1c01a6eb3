import type { ParamSpec, ParamValue, SavedQuery } from "./saved-query.ts";

/**
 * A saved query as a Neo4j Browser favorite: the first line names it in the Favorites drawer,
 * `:param` lines set every parameter to its default (edit them and run again), then the statement
 * without its header. Browser runs the whole script in its multi-statement editor, split at `;`:
 * the statement ends with one, and no comment holds one (the statement's own comments are dropped).
 */
export function toBrowserFavorite(query: SavedQuery): string {
  const comments = [`${query.name}: ${query.description}`, ...query.params.map(describeParam)];
  const lines = [
    ...comments.map((comment) => `// ${comment.replace(/;/g, ",")}`),
    ...query.params.map((param) => `:param ${param.name} => ${cypherLiteral(param.defaultValue)};`),
    `${statementBody(query.cypher)};`,
  ];
  return `${lines.join("\n")}\n`;
}

function describeParam(param: ParamSpec): string {
  const choices = param.choices === undefined ? "" : ` (${param.choices.join("|")})`;
  const required = param.required ? ", required: set it before running" : "";
  const about = param.description === "" ? "" : ` ${param.description}`;
  return `$${param.name}: ${param.type}${choices}${required}.${about}`;
}

function cypherLiteral(value: ParamValue): string {
  if (value === null) return "null";
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function statementBody(cypher: string): string {
  return cypher
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}
