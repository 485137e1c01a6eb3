import type { Token } from "../text/tokenize.ts";
import { bodyOver } from "./body-over.ts";
import type { Mention } from "./mention.ts";

/** The head of a state's body whose name lists its portfolios: "Ministry of Economy". */
const PORTFOLIO_BODY = /^(?:[Mm]inistry|[Dd]epartment)\s+of\s+\p{Lu}\p{L}*$/u;

/**
 * "the Ministry of Economy, Trade and Industry", "the Ministry of Land, Infrastructure, Transport
 * and Tourism": a ministry named by a list of portfolios is one body, not a ministry of the first
 * and the rest names of their own.
 */
export function portfolioLists(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== "org" || !PORTFOLIO_BODY.test(m.text)) continue;
    const end = listEnd(tokens, m.to);
    if (end === undefined) continue;
    const inside = out.filter((x) => x.from >= m.to && x.to <= end);
    if (inside.some((x) => x.kind === "country" || x.kind === "title")) continue;
    out = out.toSpliced(k, inside.length + 1, bodyOver(tokens, m.from, end));
  }
  return out;
}

/**
 * Where a list of one-word portfolios after a ministry's first ends: ", Trade and Industry", ",
 * Infrastructure, Transport and Tourism"; undefined when the words after are no such list.
 */
function listEnd(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  for (let items = 0; items < 5; items++) {
    const sep = tokens[at]?.text;
    const word = tokens[at + 1];
    if ((sep !== "," && sep !== "and") || word?.capitalized !== true || word.punct)
      return undefined;
    if (sep === "and")
      return tokens[at + 2]?.capitalized === true || tokens[at + 2]?.possessive === true
        ? undefined
        : at + 2;
    // ", and Industry": a serial comma before the last.
    if (word.lower === "and") return undefined;
    at += 2;
  }
  return undefined;
}
