import type { NameMention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenize.ts";
import { LOWERCASE, PARTICIPLE } from "../text/char-classes.ts";

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
  if (name.words.length < 2 || !closesApposition(tokens, name.to)) return false;
  let at = tokens[from]?.text === "responsible" ? from + 1 : from;
  if (!/^(?:of|for|to|in|on|at)$/.test(tokens[at]?.text ?? "")) return false;
  at++;
  if (to - at < 1 || to - at > 6) return false;
  return tokens.slice(at, to).every((t) => !t.punct && !PARTICIPLE.test(t.text));
}

/** "…, Dominic LeBlanc," or "…, Marie Bjerre.": a comma or the sentence's end closes the name. */
function closesApposition(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t === undefined || t.text === "," || t.text === ".";
}

/**
 * "Denmark's minister for European affairs, Marie Bjerre": the title took the remit's capitalised
 * words ("minister for European"); its lowercase rest, up to the comma, is still the remit.
 * Tokens [from, to) are that rest.
 */
export function remitTailBeforeName(
  tokens: readonly Token[],
  role: string,
  from: number,
  to: number,
  name: NameMention,
): boolean {
  if (name.words.length < 2 || !closesApposition(tokens, name.to)) return false;
  if (!/ (?:of|for|to) /i.test(role) || to - from < 1 || to - from > 3) return false;
  return tokens.slice(from, to).every((t) => LOWERCASE.test(t.text) && !/ed$/.test(t.text));
}
