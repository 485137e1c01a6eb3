import { patternOrg } from "../gazetteer/organization-index.ts";
import { NAME_PARTICLES } from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { extendWithOf } from "./match-forms.ts";
import { type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** Titles of rulers and heads of state that bodies are named after. */
const RULER_TITLES: ReadonlySet<string> = new Set([
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Sheikh",
  "Sheikha",
  "Sultan",
  "Emir",
  "Amir",
  "President",
]);

/** What a body named after a person is: "…Centre", "…Foundation", "…Prize". */
const EPONYM_HEADS: ReadonlySet<string> = new Set([
  "Centre",
  "Center",
  "Foundation",
  "Fund",
  "Institute",
  "Agency",
  "Trust",
  "Endowment",
  "University",
  "College",
  "Academy",
  "School",
  "Hospital",
  "Prize",
  "Award",
  "Programme",
  "Program",
  "Initiative",
  "Library",
  "Museum",
  "Airport",
  "Stadium",
]);

const MAX_WORDS = 10;

/**
 * "The King Salman Humanitarian Aid and Relief Centre signed…", "the Sheikh Zayed Foundation":
 * a ruler's title and name opening capitalised words (joined by "and" too) that end in what a
 * body named after a person is, name that body, not the ruler.
 */
export function eponymousBody(tokens: readonly Token[], i: number): Mention | undefined {
  if (!RULER_TITLES.has(tokens[i]?.text ?? "")) return undefined;
  let head = -1;
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
    const t = tokens[j];
    if (t === undefined || t.punct) break;
    const inName =
      (t.capitalized && (!tokens[j - 1]?.possessive || j === i + 1)) ||
      NAME_PARTICLES.has(t.text) ||
      (t.text === "and" && tokens[j + 1]?.capitalized === true);
    if (!inName) break;
    if (j > i + 1 && t.capitalized && EPONYM_HEADS.has(t.text)) head = j;
    if (t.possessive) break;
  }
  if (head < 0) return undefined;
  const end = extendWithOf(tokens, head + 1);
  const text = joinTokens(tokens, i, end);
  return orgMention(patternOrg(text, undefined), spanOf(tokens, i, end, text));
}
