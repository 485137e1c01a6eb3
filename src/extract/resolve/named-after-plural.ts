import type { Mention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenize.ts";

/** Words that may finish a plural description before its comma: "of the two largest unions". */
const DESCRIPTION_TAIL =
  /^(?:of|the|two|three|four|five|both|main|largest|biggest|rival|[\p{Ll}'’-]+|\p{Lu}[\p{L}'’-]*)$/u;

/** Words that end the description without naming anyone after it. */
const NOT_TAIL = /^(?:and|or|but|who|which|that|was|were|is|are|had|has|have|met|said)$/i;

/**
 * "The premier received the two union chiefs, Anna Berg and Tomas Lind, at his office": a plural
 * description set off by a comma before names says who those named are — it points forward, to
 * them, not back to the people named in earlier sentences. True when mention `mi` is a plural
 * description whose noun phrase ("the leaders of the three farm unions") is followed by a comma
 * and a name.
 */
export function namesFollowPlural(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  mi: number,
): boolean {
  const m = mentions[mi];
  if (m?.kind !== "title" || !m.plural) return false;
  let k = m.to;
  for (let n = 0; n < 8 && tokens[k]?.text !== ","; n++, k++) {
    const word = tokens[k]?.text ?? "";
    if (NOT_TAIL.test(word) || !DESCRIPTION_TAIL.test(word)) return false;
  }
  if (tokens[k]?.text !== ",") return false;
  // "…, Anna Berg and…", "…, union leader Anna Berg and…": a name, maybe after its own title.
  // Right after the comma: not "the two leaders, with Anwar in the chair".
  const at = mentions.findIndex((x) => x.from === k + 1);
  const first = mentions[at];
  const next = first?.kind === "title" ? mentions[at + 1] : first;
  return next?.kind === "name" && (next === first || next.from === first?.to);
}
