import { parse as parseYaml } from "yaml";

export type FrontMatter =
  { ok: true; data: Record<string, unknown>; content: string } | { ok: false; reason: string };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits `---\n<yaml>\n---\n<markdown>`. A file without front matter has empty data (the article
 * schema then says what is missing); one that opens front matter without closing it is an error,
 * because its body would otherwise be the YAML.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { ok: true, data: {}, content: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { ok: false, reason: "front matter: no closing '---' line" };
  const yaml = rest.slice(0, closing.index);
  const content = rest.slice(closing.index + closing[0].length);
  const data = parseYamlObject(yaml);
  return typeof data === "string" ? { ok: false, reason: data } : { ok: true, data, content };
}

/** The mapping in the YAML, or the reason it is not one. */
function parseYamlObject(yaml: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = parseYaml(yaml);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return `front matter: invalid YAML: ${message}`;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    return `front matter: expected "key: value" lines, got ${Array.isArray(value) ? "a list" : typeof value}`;
  }
  return value as Record<string, unknown>;
}
