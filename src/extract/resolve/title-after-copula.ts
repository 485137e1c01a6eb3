import type { Mention, NameMention, TitleMention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenize.ts";

/** The linking verbs that give their subject a role: "is", "has been", "became", "serves as". */
const COPULA: ReadonlySet<string> = new Set(["is", "was", "became", "becomes", "remains"]);
const PERFECT: ReadonlySet<string> = new Set(["has", "had", "have"]);
const SERVES: ReadonlySet<string> = new Set(["serves", "served", "serving"]);

/** What may stand between the linking verb and the role: an article, a possessor's "'s". */
const FILLER: ReadonlySet<string> = new Set(["the", "a", "an", "'s", "’s", "s"]);

/** How many tokens the linking verb after a name takes: "is" 1, "has been" 2, "serves as" 2. */
function copulaLength(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower ?? "";
  if (COPULA.has(word)) return 1;
  const next = tokens[at + 1]?.lower;
  if (PERFECT.has(word) && next === "been") return 2;
  if (SERVES.has(word) && next === "as") return 2;
  return 0;
}

/**
 * "Kamina Johnson Smith has been Jamaica's foreign minister since 2016", "Ana Lenz is the
 * Austrian trade minister": a role the name is said to hold, which a later "the minister" means —
 * not a title before another name ("Ana Lenz is the daughter of President Karl Lenz").
 */
export function titleAfterCopula(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: number,
  name: NameMention,
): TitleMention | undefined {
  if (name.possessive) return undefined;
  const verb = copulaLength(tokens, name.to);
  if (verb === 0) return undefined;
  let k = index + 1;
  let at = name.to + verb;
  for (; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    // Only articles, a possessor's "'s" and countries between the verb and the role.
    for (; at < m.from; at++) if (!FILLER.has(tokens[at]?.lower ?? "")) return;
    if (m.kind === "title") return mentions[k + 1]?.from === m.to || m.plural ? undefined : m;
    if (m.kind !== "country") return undefined;
    at = m.to;
  }
  return undefined;
}
