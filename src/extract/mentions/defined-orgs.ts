import { ORG_FORMS, patternOrg } from "../gazetteer/organization-index.ts";
import { FUNCTION_WORDS, ORG_KEYWORDS } from "../gazetteer/words.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { spanOf, titleCase } from "./span.ts";
import { LOWERCASE, PARTICIPLE } from "../text/char-classes.ts";
import { type Mention, orgMention, type TitleMention, titleMention } from "./mention.ts";
import { acronymBodies } from "./acronym-body.ts";
import { bodyInTitle } from "./body-name-connectors.ts";
import { bodyOver } from "./body-over.ts";
import { describesStateBody, keepAside, nameStateBody, stateBodyWord } from "./body-aside.ts";
import {
  acronymLike,
  AMBIGUOUS_KINDS,
  ambiguousKindAt,
  ARTICLES,
  BODY_PARTICIPLES,
  bodyKind,
  DEFINITE,
  DETERMINERS,
  MEMBERS,
  PREPOSITIONS,
} from "./body-kinds.ts";

/**
 * A name or an unknown acronym that a description of the sentence makes a body: "Chadema, the
 * main opposition party,", "the Juwa party", "the M23 rebels", "its development bank, KfW", "the
 * Socio-Economic Rights and Accountability Project (SERAP)". The kind of body is told by a
 * lowercase noun (BODY_KINDS) in apposition or right after the name; persons are never described
 * so, and a name written like a person's is not taken where a person's place could be meant.
 */
export function definedOrgs(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind === "title") {
      const split = titleOfBody(tokens, m);
      if (split !== undefined) {
        out ??= mentions.slice(0, k);
        out.push(split[0], split[1]);
        continue;
      }
    }
    if (mayBeBody(m, mentions[k - 1]) && !afterStateName(mentions, k)) {
      const chain = chainFrom(tokens, mentions, k);
      const end = mentions[k + chain - 1]!.to;
      if (chain > 1 && tokens[end]?.text === "," && apposedKind(tokens, end + 1, m) === "one") {
        out ??= mentions.slice(0, k);
        out.push(bodyOver(tokens, m.from, end));
        k = keepAside(tokens, mentions, k + chain - 1, out);
        continue;
      }
      const n = describedBodies(tokens, mentions, k);
      if (n > 0) {
        out ??= mentions.slice(0, k);
        for (let j = k; j < k + n; j++) {
          const named = mentions[j]!;
          out.push(orgMention(patternOrg(named.text, undefined), named));
        }
        if (n === 1) nameStateBody(tokens, out);
        k = keepAside(tokens, mentions, k + n - 1, out);
        continue;
      }
    }
    // "the Milli Majlis, the Azerbaijani parliament,": a known body set beside a state's.
    if (m.kind === "org" && describesStateBody(tokens, m.to)) {
      out ??= mentions.slice(0, k);
      out.push(m);
      k = keepAside(tokens, mentions, k, out);
      continue;
    }
    out?.push(m);
  }
  return acronymBodies(tokens, out ?? (mentions as Mention[]));
}

/** "Shanghai-based", "Kremlin-backed": a modifier, not a name. */
const HYPHENATED_MODIFIER = /-\p{Ll}+$/u;

/** A name (not after an honorific or a title) or an acronym taken for a place. */
export function mayBeBody(m: Mention, before: Mention | undefined): boolean {
  if (m.kind === "name")
    return (
      !m.honorific &&
      !(before?.kind === "title" && before.to === m.from) &&
      !(m.text.includes("-") && HYPHENATED_MODIFIER.test(m.text))
    );
  return m.kind === "place" && acronymLike(m);
}

/** The small words inside a body's name: "Patriots for Change", "Party of the Poor". */
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "de", "du", "del"]);

/**
 * "The Independent Patriots for Change": how many names from `k` on are joined by the small
 * words of a body's name into one, at least the name itself.
 */
function chainFrom(tokens: readonly Token[], mentions: readonly Mention[], k: number): number {
  let n = 1;
  for (;;) {
    const prev = mentions[k + n - 1]!;
    const next = mentions[k + n];
    // "Breathe Mongolia, a coalition of…": a state's name may close the name.
    if (next !== undefined && closingState(prev, next)) return n + 1;
    if (next === undefined || !mayBeBody(next, prev) || next.from - prev.to > 2) return n;
    for (let j = prev.to; j < next.from; j++)
      if (!NAME_JOINERS.has(tokens[j]?.text ?? "")) return n;
    if (next.from === prev.to) return n;
    n++;
  }
}

/** A state's own name right after a name, as the last word of a body's. */
function closingState(prev: Mention, next: Mention): boolean {
  return (
    prev.kind === "name" &&
    // "Inside Israel, the opposition…": a preposition opening the sentence names nothing.
    !PREPOSITIONS.has(prev.text.toLowerCase()) &&
    next.kind === "country" &&
    next.form === "name" &&
    !next.possessive &&
    !prev.possessive &&
    next.from === prev.to
  );
}

/**
 * "Kiribati Futures, a campaign group…", "Zambia Lobito Rail, the project company": a name right
 * after a state's own name may go on it, or the state be a party of its own; both are left as
 * they are.
 */
function afterStateName(mentions: readonly Mention[], k: number): boolean {
  const before = mentions[k - 1];
  return (
    before?.kind === "country" &&
    before.form === "name" &&
    !before.possessive &&
    before.to === mentions[k]!.from
  );
}

/**
 * How many mentions from `k` on the description of the sentence makes bodies: the name itself
 * (1), or the names listed with it ("Rosneft and Lukoil, Russia's two largest oil producers"),
 * or none (0).
 */
function describedBodies(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): number {
  const m = mentions[k]!;
  if (kindAfter(tokens, m) || ownedAcronym(mentions[k - 1], m)) return 1;
  const listed = listedFrom(tokens, mentions, k);
  const last = mentions[k + listed - 1]!;
  if (tokens[last.to]?.text === ",") {
    const number = apposedKind(tokens, last.to + 1, m);
    if (number === "many" ? listed > 1 : number === "one" && listed === 1) return listed;
  }
  // "its development bank, KfW", "Zimbabwe's ruling party, the Zanu-PF,": the name may take "the".
  const comma = tokens[m.from - 1]?.text === "the" ? m.from - 2 : m.from - 1;
  if (tokens[comma]?.text === "," && kindBefore(tokens, comma, m)) {
    const after = tokens[last.to];
    if (after === undefined || after.punct) return listed;
  }
  return ownedBefore(tokens, m.from) ? 1 : 0;
}

/** How a body is owned: "state-owned Sonangol", "the state-run Ethiopian Airlines". */
const OWNED =
  /^(?:state|government|privately|family|foreign|publicly)-(?:owned|run|controlled|backed|listed)$/i;

/** "Angola's state-owned Sonangol": what is owned or run is a body, never a person. */
function ownedBefore(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from - 1]?.text ?? "";
  return word.includes("-") && OWNED.test(word);
}

/** "Hungary's MOL", "Brazil's BNDES", "Iran's IRGC": a state's acronym is one of its bodies. */
function ownedAcronym(before: Mention | undefined, m: Mention): boolean {
  return (
    before?.kind === "country" &&
    before.possessive &&
    before.to === m.from &&
    OWNED_ACRONYM.test(m.text)
  );
}

/** Two capitals or more, or an inner capital: "MOL", "KfW" (not "S-400", not "Putin"). */
const OWNED_ACRONYM = /^(?:\p{Lu}{2,}[\p{Lu}\d&]*|\p{Lu}\p{Ll}*\p{Lu}[\p{L}\d]*)$/u;

/**
 * "the candidate of the Juwa party", "the chairman of the Chadema party": a role's "of" took the
 * party's name into the title; the kind after it, or a body's description set after it ("the
 * president of CAF, the regional development bank,"), shows the name is a body's. Gives the role
 * up to "of" and the body.
 */
function titleOfBody(tokens: readonly Token[], t: TitleMention): [Mention, Mention] | undefined {
  const kind = bodyKind(tokens[t.to]);
  const named = kind !== undefined && !AMBIGUOUS_KINDS.has(kind) && tokens[t.to]?.text === kind;
  // "X, the chairperson of the African Union Commission,": a body's name (a known one, or one
  // ending as bodies' do) ends the title, unless the title goes on before a name ("the President
  // of the European Commission Ursula…").
  if (!named && tokens[t.to]?.capitalized === true) return undefined;
  // "head of the Union of Women in Agriculture": a name that goes on past its small words.
  const inside = named ? undefined : bodyInTitle(tokens, t.from, t.to);
  if (inside !== undefined) return splitTitle(tokens, t, inside);
  let from = t.to;
  while (from > t.from && tokens[from - 1]?.capitalized === true) from--;
  if (from === t.to) return undefined;
  const of = tokens[from - 1]?.text === "the" ? from - 2 : from - 1;
  if (tokens[of]?.text !== "of" || of <= t.from) return undefined;
  if (
    !named &&
    !ORG_KEYWORDS.has(tokens[t.to - 1]?.text ?? "") &&
    !ORG_FORMS.has(joinTokens(tokens, from, t.to)) &&
    // "the executive president of CAF, the development bank of Latin America,": a description
    // of a body set after the name.
    !(
      tokens[t.to]?.text === "," &&
      apposedKind(tokens, t.to + 1, bodyOver(tokens, from, t.to)) === "one"
    )
  )
    return undefined;
  return splitTitle(tokens, t, from);
}

/** The title's role before the body that opens at `from`, and that body. */
function splitTitle(tokens: readonly Token[], t: TitleMention, from: number): [Mention, Mention] {
  const of = tokens[from - 1]?.text === "the" ? from - 2 : from - 1;
  const roleText = joinTokens(tokens, t.from, of);
  const role = titleMention(
    {
      role: titleCase(roleText),
      country: t.country,
      org: t.org,
      definite: t.definite,
      plural: t.plural,
      count: t.count,
    },
    spanOf(tokens, t.from, of, roleText),
  );
  return [role, bodyOver(tokens, from, t.to)];
}

/** "Rosneft and Lukoil", "Petrosen and SMH": the names listed from `k` on, at least itself. */
function listedFrom(tokens: readonly Token[], mentions: readonly Mention[], k: number): number {
  let n = 1;
  for (;;) {
    const prev = mentions[k + n - 1]!;
    const next = mentions[k + n];
    if (next === undefined || !mayBeBody(next, prev)) return n;
    const gap = next.from - prev.to;
    const joiner = tokens[prev.to]?.text;
    if (!(gap === 1 && (joiner === "and" || joiner === ","))) return n;
    if (joiner === "," && tokens[next.to]?.text !== "and" && tokens[next.to]?.text !== ",")
      return n;
    n++;
  }
}

/**
 * "the Juwa party", "the far-right Vox party", "the official KCNA news agency", "the M23 rebels",
 * "JNIM militants": the name followed by its kind (after one modifier at most). A kind in the
 * singular wants a determiner before the name; members in the plural do not.
 */
function kindAfter(tokens: readonly Token[], m: Mention): boolean {
  if (m.possessive) return false;
  let at = m.to;
  const next = tokens[at];
  if (next === undefined || next.punct || next.capitalized) return false;
  // "Tuareg rebels": a people's name before its fighters is no body's.
  if (MEMBERS.has(next.text)) return acronymLike(m) || m.to - m.from > 1;
  if (bodyKind(next) === undefined) {
    if (!LOWERCASE.test(next.text) || FUNCTION_WORDS.has(next.text) || next.possessive)
      return false;
    if (PARTICIPLE.test(next.text)) return false;
    at++;
  }
  const kind = bodyKind(tokens[at]);
  if (kind === undefined || ambiguousKindAt(tokens, at, kind) || tokens[at]?.text !== kind)
    return false;
  return definiteBefore(tokens, m.from);
}

/**
 * "the far-right Vox", "Bukele's Nuevas Ideas": a definite determiner, maybe a few modifiers,
 * then `from`.
 */
function definiteBefore(tokens: readonly Token[], from: number): boolean {
  for (let at = from - 1; at >= Math.max(0, from - 4); at--) {
    const t = tokens[at]!;
    if (t.possessive) return true;
    const lower = t.lower;
    if (DEFINITE.has(lower)) return true;
    if (!LOWERCASE.test(t.text.replaceAll("-", "")) || FUNCTION_WORDS.has(lower)) return false;
  }
  return false;
}

/**
 * "Chadema, the main opposition party, which…", "M23, a rebel group backed by Rwanda",
 * "Rosneft and Lukoil, Russia's two largest oil producers,": after the comma at `at`, a
 * description whose head noun is a kind of body.
 */
function apposedKind(tokens: readonly Token[], at: number, m: Mention): "one" | "many" | undefined {
  const first = tokens[at];
  if (first === undefined) return undefined;
  if (!DETERMINERS.has(first.lower) && !(first.possessive && first.capitalized)) return undefined;
  const end = Math.min(tokens.length, at + 8);
  let j = at + 1;
  for (; j < end; j++) {
    const t = tokens[j]!;
    const lower = t.lower;
    // "CEMOC, the joint military staff committee it shares with…": a pronoun ends it too.
    if (t.punct || FUNCTION_WORDS.has(lower) || BODY_PARTICIPLES.has(lower)) break;
  }
  if (j === end && end < tokens.length) return undefined;
  const head = tokens[j - 1];
  const kind = j > at + 1 ? (bodyKind(head) ?? stateBodyWord(head)) : undefined;
  if (kind === undefined) return undefined;
  if (ambiguousKindAt(tokens, j - 1, kind) && !acronymLike(m) && m.to - m.from > 1)
    return undefined;
  return kind === head?.text ? "one" : "many";
}

/**
 * "its development bank, KfW", "Spain's development agency, AECID,", "the two national oil
 * companies, Petrosen and SMH": a description ending in a kind of body, then a comma before the
 * name. After a preposition the description may be where a person is ("within the party,
 * Smith…"): then only an acronym is taken.
 */
function kindBefore(tokens: readonly Token[], comma: number, m: Mention): boolean {
  const kind = bodyKind(tokens[comma - 1]) ?? stateBodyWord(tokens[comma - 1]);
  if (kind === undefined || ambiguousKindAt(tokens, comma - 1, kind)) return false;
  for (let at = comma - 2; at >= Math.max(0, comma - 7); at--) {
    const t = tokens[at]!;
    if (t.possessive || DETERMINERS.has(t.lower)) {
      // "for Ghana's cocoa regulator, Cocobod": a body's owner says whose it is.
      if (!ARTICLES.has(t.lower)) return true;
      return !PREPOSITIONS.has(tokens[at - 1]?.lower ?? "") || acronymLike(m);
    }
    if (t.punct || !LOWERCASE.test(t.text.replaceAll("-", ""))) return false;
  }
  return false;
}
