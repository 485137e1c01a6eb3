import type { Mention, NameMention, TitleMention } from "../mentions/mention.ts";
import type { Token } from "../text/tokenize.ts";

/** The linking verbs that give their subject a role: "is", "has been", "became", "serves as". */
const COPULA: ReadonlySet<string> = new Set(["is", "was", "became", "becomes", "remains"]);
const PERFECT: ReadonlySet<string> = new Set(["has", "had", "have"]);
const SERVES: ReadonlySet<string> = new Set(["serves", "served", "serving"]);

/** What may stand between the linking verb and the role: an article, a possessor's "'s". */
const FILLER: ReadonlySet<string> = new Set(["the", "a", "an", "'s", "’s", "s"]);

/** Passive auxiliaries before a verb of taking office: "was", "has been". */
const PASSIVE: ReadonlySet<string> = new Set(["is", "was", "were"]);
/** Verbs by which one comes to hold an office: "was sworn in as", "was elected", "was named". */
const INSTALLED: ReadonlySet<string> = new Set([
  "sworn",
  "elected",
  "re-elected",
  "reelected",
  "appointed",
  "reappointed",
  "re-appointed",
  "named",
  "inaugurated",
  "installed",
  "confirmed",
]);
/** "took office as", "takes office as". */
const TOOK: ReadonlySet<string> = new Set(["took", "takes", "take"]);

/** How many tokens the linking verb after a name takes: "is" 1, "has been" 2, "serves as" 2. */
function copulaLength(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower ?? "";
  if (COPULA.has(word) && !INSTALLED.has(tokens[at + 1]?.lower ?? "")) return 1;
  const next = tokens[at + 1]?.lower;
  if (PERFECT.has(word) && next === "been" && !INSTALLED.has(tokens[at + 2]?.lower ?? "")) return 2;
  if (SERVES.has(word) && next === "as") return 2;
  if (TOOK.has(word) && next === "office" && tokens[at + 2]?.lower === "as") return 3;
  return installedLength(tokens, at);
}

/**
 * "was sworn in as Peru's president", "has been appointed foreign minister", "was elected
 * president": a passive of taking office gives its subject the role as a linking verb does.
 */
function installedLength(tokens: readonly Token[], at: number): number {
  let k = at;
  if (PERFECT.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "been") k += 2;
  else if (PASSIVE.has(tokens[k]?.lower ?? "")) k += 1;
  else return 0;
  const verb = tokens[k]?.lower ?? "";
  if (!INSTALLED.has(verb)) return 0;
  k++;
  if (verb === "sworn") {
    if (tokens[k]?.lower !== "in") return 0;
    k++;
  }
  if (tokens[k]?.lower === "as") k++;
  return k - at;
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
