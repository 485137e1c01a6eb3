import type { NameMention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenize.ts";

/**
 * "Canada's minister responsible for Canada-US trade, Dominic LeBlanc,", "the minister for
 * women and children, Jane Doe,": a role whose remit (a preposition and a few words of any
 * case) runs to a comma names the full name set off after it. Tokens [from, to) are the remit.
 */
export function remitBeforeName(
  tokens: readonly Token[],
  from: number,
  to: number,
  name: NameMention,
): boolean {
  if (name.words.length < 2 || tokens[name.to]?.text !== ",") return false;
  let at = tokens[from]?.text === "responsible" ? from + 1 : from;
  if (!/^(?:of|for|to|in|on|at)$/.test(tokens[at]?.text ?? "")) return false;
  at++;
  if (to - at < 1 || to - at > 6) return false;
  return tokens.slice(at, to).every((t) => !t.punct && !/^\p{Ll}+ed$/u.test(t.text));
}
