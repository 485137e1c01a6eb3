import kinds from "../lexicon/org-kinds.json" with { type: "json" };
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { lookupCountryForm } from "../gazetteer/countries.ts";
import { type OrgRef, patternOrg } from "../gazetteer/organization-index.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { slugify } from "../text/slug.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { type CountryMention, type Mention, orgMention } from "./mention.ts";
import { spanOf, titleCase } from "./span.ts";

/**
 * Bodies named by a common noun for a kind of institution (WordNet's noun.group senses, written
 * by scripts/lexicon/org-kinds.ts): a state's own after its name ("Russia's central bank", "the
 * Kenyan election commission") and an organ every state has, named alone ("The army said the
 * road was closed", "It will go to parliament next month").
 */

/**
 * An organ every state has one of ("parliament", "the army", "the central bank"), with the
 * organ it names: "army" and "armed forces" both name a state's forces.
 */
const ORGAN_OF: ReadonlyMap<string, string> = new Map(Object.entries(kinds.organs));

export const ORGANS: ReadonlySet<string> = new Set(ORGAN_OF.keys());

/** Heads of a state's body named after the state: "ministry", "central bank", "supreme court". */
const KINDS: ReadonlySet<string> = new Set(kinds.kinds);

/** Modifiers a state's organ may carry when named alone: "the national army". */
const ORGAN_MODIFIERS: ReadonlySet<string> = new Set(["national", "federal", "royal"]);

/** First words of the organs of two words: "central" of "central bank". */
const ORGAN_FIRST: ReadonlySet<string> = new Set(
  [...ORGANS].filter((w) => w.includes(" ")).map((w) => w.split(" ")[0] ?? ""),
);

/** Whether a word, in lowercase, may open an organ named alone: one set lookup per word. */
function mayOpenOrgan(lower: string): boolean {
  return ORGANS.has(lower) || ORGAN_MODIFIERS.has(lower) || ORGAN_FIRST.has(lower);
}

/** What may own an organ named alone: "the army", "its army". */
const OWNERS: ReadonlySet<string> = new Set(["the", "his", "her", "its", "their"]);

/**
 * Words a legislature named without "the" follows: "told parliament", "sent to parliament",
 * "boycotted parliament". Not "of" ("a member of parliament" is a title) nor "in" ("in
 * parliament" is as often where a debate is as the body).
 */
const BEFORE_BARE: ReadonlySet<string> = new Set([
  "to",
  "before",
  "into",
  "through",
  "told",
  "tell",
  "tells",
  "addressed",
  "addressing",
  "address",
  "dissolved",
  "dissolve",
  "boycotted",
  "boycott",
  "pass",
  "passed",
  "passes",
  "entered",
  "convened",
]);

/** Organs that are named without "the": "parliament", "congress". */
const BARE: ReadonlySet<string> = new Set(["parliament", "congress"]);

/**
 * What a body does right after its name that is not in "-ed": "said", "has", "took", and the
 * past tenses a court or a bank is written with ("Ghana's supreme court upheld the ban", "the
 * army struck back", "Peru's central bank kept its rate").
 */
const AFTER_BODY =
  /^(?:said|says|has|have|had|is|was|will|would|could|may|might|must|should|took|told|sent|held|ran|won|began|gave|made|set|put|cut|upheld|struck|found|froze|kept|led|left|lent|paid|sold|spent|sought|brought|bought|chose|threw|wrote|met|fought|rose|fell|stood|spoke|came|went|shut|built|laid|lost)$/;

/** The kind at `i`, of one word or two ("central bank"), and where it ends. */
function kindAt(tokens: readonly Token[], i: number, set: ReadonlySet<string>): number {
  const word = tokens[i];
  if (word === undefined || word.capitalized || word.punct) return i;
  const pair = tokens[i + 1];
  if (pair !== undefined && !word.possessive && set.has(`${word.lower} ${pair.lower}`))
    return pair.capitalized ? i : i + 2;
  return set.has(word.lower) ? i + 1 : i;
}

/**
 * Whether the body's words end at `to`: a stop, a small word, a verb, or the body's own
 * possessive; not a noun they modify ("the cabinet meeting", "central bank governor").
 */
function endsAt(tokens: readonly Token[], to: number): boolean {
  if (tokens[to - 1]?.possessive === true) return true;
  const next = tokens[to];
  if (next === undefined || next.punct) return true;
  if (next.capitalized) return false;
  const word = next.lower;
  if (FUNCTION_WORDS.has(word) || word.endsWith("ed") || word.endsWith("ly")) return true;
  // "before parliament votes on the budget", "its army uses to supply": a verb in "-s", told
  // from a plural noun ("army trucks") by the small word after it.
  if (word.endsWith("s") && FUNCTION_WORDS.has(tokens[to + 1]?.lower ?? "")) return true;
  return AFTER_BODY.test(word);
}

/**
 * "Russia's central bank", "the Kenyan election commission", "Peru's supreme court": a
 * state, up to two lowercase modifiers, then a kind of institution, standing alone. Not after
 * "a" ("a Chinese state bank" is any of them).
 */
function stateKindBody(tokens: readonly Token[], state: CountryMention): Mention | undefined {
  const i = state.to;
  const det = tokens[state.from - 1]?.lower;
  if (det === "a" || det === "an") return undefined;
  for (let head = i; head <= i + 2; head++) {
    const to = kindAt(tokens, head, KINDS);
    if (to > head) return endsAt(tokens, to) ? stateBody(tokens, state, i, to) : undefined;
    const t = tokens[head];
    if (t === undefined || !isModifier(t)) return undefined;
  }
  return undefined;
}

/** A lowercase modifier of a body's kind: "development", "export", "state-owned". */
function isModifier(t: Token): boolean {
  return (
    !t.capitalized &&
    !t.punct &&
    !t.possessive &&
    !FUNCTION_WORDS.has(t.lower) &&
    !DIGIT.test(t.text)
  );
}

/** A digit: "2024 election commission" is no body's modifier. */
const DIGIT = /\d/;

/**
 * The state's own body, keyed by the state ("Russia's central bank" is org:rus-central-bank):
 * never a known body its kind word is also the short name of ("the Commission" is the European
 * Commission, "Kenya's commission" is not), nor another state's body of the same kind.
 */
function stateBody(
  tokens: readonly Token[],
  state: CountryMention,
  from: number,
  to: number,
): Mention {
  const words = joinTokens(tokens, from, to);
  const org = {
    name: titleCase(words),
    key: `org:${state.iso3.toLowerCase()}-${slugify(words)}`,
    country: state.iso3,
  };
  return orgMention(org, spanOf(tokens, from, to, words));
}

/**
 * "The army said", "according to the central bank", "It will go to parliament",
 * "merging with the national army": an organ every state has, after "the" or a possessive
 * pronoun (a legislature also after a preposition or a verb), standing alone.
 */
function bareOrgan(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.capitalized) return capitalOrgan(tokens, i);
  const modified = ORGAN_MODIFIERS.has(t.lower) ? i + 1 : i;
  const to = kindAt(tokens, modified, ORGANS);
  if (to === modified || !endsAt(tokens, to)) return undefined;
  const prev = tokens[i - 1];
  // "The army said…": "the" may open the sentence; no other capitalised word may come first.
  if (prev === undefined || prev.punct || (prev.capitalized && prev.lower !== "the"))
    return undefined;
  const bare = to === i + 1 && BARE.has(t.lower);
  if (!OWNERS.has(prev.lower) && !(bare && BEFORE_BARE.has(prev.lower))) return undefined;
  const words = joinTokens(tokens, modified, to);
  return orgMention(
    patternOrg(titleCase(words), undefined),
    spanOf(tokens, i, to, joinTokens(tokens, i, to)),
  );
}

/**
 * "the Treasury has not confirmed it": an organ's one word, capitalised, after "the" and before
 * neither a name's "of" nor another capitalised word ("the Treasury Secretary", "the Senate of
 * Kenya" are the rules' of titles and names).
 */
function capitalOrgan(tokens: readonly Token[], i: number): Mention | undefined {
  const t = tokens[i]!;
  if (!ORGANS.has(t.lower) || tokens[i - 1]?.lower !== "the") return undefined;
  const next = tokens[i + 1]?.lower;
  if (next === "of" || next === "for" || !endsAt(tokens, i + 1)) return undefined;
  return orgMention(patternOrg(t.text, undefined), spanOf(tokens, i, i + 1, t.text));
}

/** A body named by its kind, listed among the article's organisations. */
export interface KindBody {
  readonly org: OrgRef;
  /** How the text wrote it: "central bank", "Kenyan election commission". */
  readonly surface: string;
  /** The organ it is of ("legislature" for "parliament"), if it is a state's organ. */
  readonly organ: string | undefined;
}

/**
 * The bodies an article names by their kind alone ("the army", "Peru's election commission"),
 * where no other mention lies. They are listed as the article's organisations, not read as
 * parties to facts: the annotation reads a state's own organ speaking, paying or opposed as the
 * state ("China's central bank raised its swap line" is China's), and money "to support the
 * central bank's reserves" as for a thing.
 */
export function kindBodiesIn(sentences: readonly AnalyzedSentence[]): KindBody[] {
  const out: KindBody[] = [];
  for (const s of sentences) {
    const { tokens, mentions } = s;
    let k = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (k < mentions.length && mentions[k]!.to <= i) k++;
      const m = mentions[k];
      if (m !== undefined && m.from <= i) {
        // "Russia's central bank": the kind right after a state no other mention follows.
        const next = mentions[k + 1];
        if (m.kind === "country" && next?.from !== m.to) push(out, stateKindBody(tokens, m));
        // "the Treasury has not confirmed it": read as an unknown name, one word long.
        if (m.kind === "name" && m.to === i + 1) push(out, capitalOrgan(tokens, i));
        i = m.to - 1;
        continue;
      }
      if (mayOpenOrgan(tokens[i]!.lower)) push(out, bareOrgan(tokens, i));
    }
  }
  return out;
}

function push(out: KindBody[], m: Mention | undefined): void {
  if (m?.kind !== "org") return;
  const organ = ORGAN_OF.get(m.org.name.toLowerCase());
  out.push({ org: m.org, surface: m.text.replace(LEADING_THE, ""), organ });
}

/** "the" opening a surface, left out of the name kept. */
const LEADING_THE = /^the\s+/i;

/**
 * The organ a body's name is of, when it has a state in it ("Central Bank of Yemen", "Lebanese
 * Armed Forces", "Bank of Korea"): a body named by its organ alone in the same article is that
 * body, not another.
 */
export function organOfNamed(name: string): string | undefined {
  const organ = organIn(name);
  return organ !== undefined && namesState(name.split(" ")) ? organ : undefined;
}

/**
 * Whether a state is named among a name's words: "Yemen" in "Central Bank of Yemen", or all the
 * words after "of" ("Bank of Papua New Guinea").
 */
function namesState(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (lookupCountryForm(words[k]!) !== undefined) return true;
    if (words[k] === "of" && lookupCountryForm(words.slice(k + 1).join(" ")) !== undefined)
      return true;
  }
  return false;
}

/** "Bank of Korea", "Reserve Bank of Malawi": a state's central bank by the name it bears. */
const CENTRAL_BANK_NAME = /^(?:(?:reserve|national|state) )?bank of /;

/** The organ a longer name is of: "Central Bank of Yemen", "Israel Defense Forces". */
function organIn(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (CENTRAL_BANK_NAME.test(lower)) return "central bank";
  const words = lower.split(" ");
  for (let k = 0; k < words.length; k++) {
    const two = `${words[k]} ${words[k + 1] ?? ""}`;
    const organ =
      ORGAN_OF.get(two) ?? ORGAN_OF.get(two.replace(PLURAL_END, "")) ?? ORGAN_OF.get(words[k]!);
    if (organ !== undefined) return organ;
  }
  return undefined;
}

/** A plural's "s" (read off "forces" to find "defence force"). */
const PLURAL_END = /s$/;
