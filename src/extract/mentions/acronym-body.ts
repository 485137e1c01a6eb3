import { ACRONYM_SKIPS } from "../facts/organization-names.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";
import type { Token } from "../text/tokenize.ts";
import { bodyOver } from "./body-over.ts";
import type { Mention } from "./mention.ts";

/** "SERAP": the form of an acronym. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/** "(SERAP)": whether tokens [from, to), which read `text`, are an acronym in brackets. */
export function isBracketedAcronym(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
): boolean {
  return tokens[from - 1]?.text === "(" && tokens[to]?.text === ")" && ACRONYM.test(text);
}

/**
 * "The Socio-Economic Rights and Accountability Project (SERAP)": capitalised words whose
 * initials the acronym in brackets after them spells are one body (the acronym is left to
 * spreadOrgs, which makes it the body elsewhere). A person is never given an acronym.
 */
export function acronymBodies(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let k = 0; k < out.length; k++) {
    const short = out[k]!;
    if (short.kind !== "place" && short.kind !== "org") continue;
    if (!isBracketedAcronym(tokens, short.from, short.to, short.text)) continue;
    const open = short.from - 1;
    const from = initialsStart(tokens, open, short.text);
    if (from === undefined) continue;
    const inside = out.filter((x) => x.from >= from && x.to <= open);
    // "the Saudi Fund for Development (SFD)": a body a state's name opens is left to the state's;
    // "the East African Crude Oil Pipeline (EACOP)": a place or a work is no body.
    if (inside.length === 0 || inside.some((x) => x.kind !== "name")) continue;
    if (out.some((x) => x.from < from && x.to > from)) continue;
    const at = out.indexOf(inside[0]!);
    out = out.toSpliced(at, inside.length, bodyOver(tokens, from, open));
    k = at + 1;
  }
  return out;
}

/**
 * Where the capitalised words before the bracket at `open` start whose initials (of each
 * capitalised part of a hyphenated word; small words skipped) spell `acronym`.
 */
function initialsStart(
  tokens: readonly Token[],
  open: number,
  acronym: string,
): number | undefined {
  let initials = "";
  for (let at = open - 1; at >= Math.max(0, open - 10); at--) {
    const t = tokens[at]!;
    if (t.punct || t.possessive) return undefined;
    if (ACRONYM_SKIPS.has(t.text)) continue;
    if (!t.capitalized) return undefined;
    let own = "";
    for (const part of t.text.split("-")) if (CAPITAL_FIRST.test(part)) own += part.charAt(0);
    initials = own + initials;
    if (initials === acronym) return at;
    if (!acronym.endsWith(initials)) return undefined;
  }
  return undefined;
}
