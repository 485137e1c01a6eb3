import { ORG_FORMS } from "../gazetteer/organization-index.ts";
import { LOWERCASE } from "../text/char-classes.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { isBracketedAcronym } from "./acronym-body.ts";
import { bodyOver } from "./body-over.ts";
import { AMBIGUOUS_KINDS, ambiguousKindAt, bodyKind, DEFINITE, DETERMINERS } from "./body-kinds.ts";
import { mayBeBody } from "./defined-orgs.ts";
import type { Mention } from "./mention.ts";

/**
 * Bodies that the words around a name show to be one, where no description in apposition does
 * (definedOrgs reads those): the kind after names joined by their small words ("the Law and Order
 * party", "whose Renewal party"), a party's political colour before it ("the far-right Dawn", "the
 * ruling PDF"), a kind of body before it ("the carmaker Voltra", "the union confederations Alfa
 * and Beta"), an acronym in brackets spelt from its letters ("the Kazora (KZR)") and a place it is
 * based in ("the Kisumu-based Ecowatch"; a state's or capital's "Lima-based" is read as the state
 * before this sees it, and the body after it is lost).
 */
export function shapedBodies(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const before = mentions[k - 1];
    const span = mayBeBody(m, before)
      ? bodySpan(tokens, mentions, k)
      : namedKind(tokens, mentions, k);
    if (span === undefined) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, k);
    // Mentions before the span that it takes in ("Pakistan" of "Pakistan Justice Front (PJF)").
    while (out.length > 0 && out.at(-1)!.from >= span.from) out.pop();
    for (const named of span.bodies) out.push(bodyOver(tokens, named.from, named.to));
    k = span.last;
  }
  return out ?? mentions;
}

/** Where one or more bodies lie, and the index of the last mention they cover. */
interface BodySpan {
  readonly from: number;
  readonly bodies: readonly { from: number; to: number }[];
  readonly last: number;
}

function bodySpan(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): BodySpan | undefined {
  const m = mentions[k]!;
  const chain = joinedNames(tokens, mentions, k);
  const end = mentions[chain - 1]!.to;
  if (kindAfterNames(tokens, m.from, end, chain > k + 1))
    return { from: m.from, bodies: [{ from: m.from, to: end }], last: chain - 1 };
  const based = basedIn(tokens, m);
  if (based !== undefined) return { from: m.from, bodies: [based], last: k };
  if (colouredBy(tokens, m)) return { from: m.from, bodies: [m], last: k };
  const listed = kindBefore(tokens, mentions, k);
  if (listed > 0)
    return { from: m.from, bodies: mentions.slice(k, k + listed), last: k + listed - 1 };
  const first = acronymAfter(tokens, mentions, k);
  if (first !== undefined) {
    const from = mentions[first]!.from;
    return { from, bodies: [{ from, to: m.to }], last: k };
  }
  return undefined;
}

/**
 * "the opposition Law and Order party": a first word a kind before it made a body of is joined
 * to the names after it when a kind closes them all.
 */
function namedKind(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): BodySpan | undefined {
  const m = mentions[k]!;
  if (m.kind !== "org" || ORG_FORMS.has(m.text) || m.possessive) return undefined;
  const chain = joinedNames(tokens, mentions, k);
  const end = mentions[chain - 1]!.to;
  if (chain === k + 1 || !kindAfterNames(tokens, m.from, end, true)) return undefined;
  return { from: m.from, bodies: [{ from: m.from, to: end }], last: chain - 1 };
}

/** The small words inside a party's name: "Law and Justice", "Party of the Regions". */
const JOINERS: ReadonlySet<string> = new Set(["and", "of", "for", "the"]);

/** "Law and Justice": the index past the last name joined to the one at `k` by small words. */
function joinedNames(tokens: readonly Token[], mentions: readonly Mention[], k: number): number {
  let n = k + 1;
  for (;;) {
    const prev = mentions[n - 1]!;
    const next = mentions[n];
    if (next === undefined || !mayBeBody(next, prev) || next.from === prev.to) return n;
    if (next.from - prev.to > 2) return n;
    for (let j = prev.to; j < next.from; j++) if (!JOINERS.has(tokens[j]?.text ?? "")) return n;
    n++;
  }
}

/**
 * "the Law and Justice party", "whose Renewal party", "his Unity movement": names followed by a
 * lowercase kind of body in the singular, after "whose", or after "the" when several names are
 * joined (one name alone is definedOrgs' kindAfter).
 */
function kindAfterNames(tokens: readonly Token[], from: number, to: number, joined: boolean) {
  const next = tokens[to];
  const kind = bodyKind(next);
  if (kind === undefined || next?.text !== kind || AMBIGUOUS_KINDS.has(kind)) return false;
  let at = from - 1;
  // "the opposition Law and Justice party": a few lowercase modifiers may come first.
  while (at > from - 4 && MODIFIER.test(tokens[at]?.text ?? "") && !OPENERS.has(tokens[at]!.text))
    at--;
  const det = tokens[at]?.lower ?? "";
  return det === "whose" || (joined && (DEFINITE.has(det) || tokens[at]?.possessive === true));
}

/** What opens the words before a party's name and kind. */
const OPENERS: ReadonlySet<string> = new Set([...DEFINITE, "whose"]);

/** A lowercase modifier, hyphenated or not: "opposition", "far-right". */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;

/** "the Almaty-based Ecoforum": a place a body is based in, set before its name. */
const BASED = /^\p{Lu}[\p{L}.-]*-based$/u;

function basedIn(tokens: readonly Token[], m: Mention): { from: number; to: number } | undefined {
  if (m.kind !== "name") return undefined;
  // "the Hong Kong-based Harbour Line": the run ended at the modifier, the name is on its own.
  if (BASED.test(tokens[m.from - 1]?.text ?? "")) return { from: m.from, to: m.to };
  if (m.to - m.from < 2 || !BASED.test(tokens[m.from]?.text ?? "")) return undefined;
  return { from: m.from + 1, to: m.to };
}

/**
 * Colours a person is described by too, a surname alone after them being the person ("the
 * populist Orban", "the conservative Johnson"): only an acronym after them is a party.
 */
const PERSON_COLOURS: ReadonlySet<string> = new Set([
  "liberal",
  "conservative",
  "socialist",
  "communist",
  "nationalist",
  "populist",
  "separatist",
  "ultranationalist",
  "centrist",
  "eurosceptic",
  "Eurosceptic",
  "Islamist",
]);

/**
 * Political colours a party's name follows: "the far-right Dawn", "the ruling PDF", and the
 * colours a person has too.
 */
const COLOURS: ReadonlySet<string> = new Set([
  ...PERSON_COLOURS,
  "far-right",
  "far-left",
  "hard-right",
  "hard-left",
  "right-wing",
  "left-wing",
  "centre-right",
  "centre-left",
  "center-right",
  "center-left",
  "ruling",
  "governing",
  "anti-immigration",
  "pro-European",
]);

/**
 * "the far-right Dawn", "the ruling PDF", "the liberal VVD": after "the" and a party's colour, one
 * word alone (a person's name there has two) or, after a colour a person has too, an acronym.
 */
function colouredBy(tokens: readonly Token[], m: Mention): boolean {
  if (m.to - m.from !== 1 || m.possessive || tokens[m.to]?.capitalized === true) return false;
  let at = m.from - 1;
  const colour = tokens[at]?.text ?? "";
  if (!COLOURS.has(colour)) return false;
  if (PERSON_COLOURS.has(colour) && !ACRONYM_WORD.test(m.text)) return false;
  while (COLOURS.has(tokens[at - 1]?.text ?? "")) at--;
  return DEFINITE.has(tokens[at - 1]?.lower ?? "");
}

/**
 * "Vietnamese carmaker Voltra", "the union confederations Alfa and Beta": a lowercase kind of body
 * right before the name (ambiguous kinds, "a developer", only before an acronym-led name), opened
 * by a determiner, a state's adjective or a modifier; a plural kind takes the names listed after
 * it. Returns how many names it makes bodies.
 */
function kindBefore(tokens: readonly Token[], mentions: readonly Mention[], k: number): number {
  const m = mentions[k]!;
  const word = tokens[m.from - 1];
  const kind = bodyKind(word);
  if (kind === undefined || word === undefined) return 0;
  const first = tokens[m.from]?.text ?? "";
  // "the state investor Temasek", "sovereign wealth fund Norfund": a compound leaves no doubt.
  if (ambiguousKindAt(tokens, m.from - 1, kind) && !ACRONYM_WORD.test(first)) return 0;
  if (!openedBefore(tokens, mentions, m.from - 1)) return 0;
  if (word.text === kind) return 1;
  let n = 1;
  for (;;) {
    const prev = mentions[k + n - 1]!;
    const next = mentions[k + n];
    const joiner = tokens[prev.to]?.text;
    if (next === undefined || !mayBeBody(next, prev) || next.from !== prev.to + 1) return n;
    if (joiner !== "and" && joiner !== ",") return n;
    n++;
  }
}

/** "ACWA", "MUFG": a word of capitals. */
const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\d&-]+$/u;

/** What may open the words before a kind at `kind`: a determiner, a state's adjective. */
function openedBefore(tokens: readonly Token[], mentions: readonly Mention[], kind: number) {
  for (let at = kind - 1; at >= Math.max(0, kind - 4); at--) {
    const t = tokens[at]!;
    if (DETERMINERS.has(t.lower) || t.possessive) return true;
    if (mentions.some((x) => x.kind === "country" && x.to === at + 1)) return true;
    // "the Christian union ACV-CSC": a capitalised modifier right after "the".
    if (t.capitalized && DEFINITE.has(tokens[at - 1]?.lower ?? "")) return true;
    if (t.punct || !LOWERCASE.test(t.text.replaceAll("-", ""))) return false;
  }
  return false;
}

/**
 * "the Kazora (KZR)", "Pakistan Justice Front (PJF)", "the Nordic Council on Rivers and Lakes
 * (NCRL)": a name followed by an acronym in brackets whose letters the words from some mention
 * before it have in order, from their first; the mentions may be joined by small words. Returns
 * the index of the first mention of the body: the one furthest back that spells it.
 */
function acronymAfter(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): number | undefined {
  const m = mentions[k]!;
  const short = tokens[m.to + 1]?.text ?? "";
  if (m.possessive || !isBracketedAcronym(tokens, m.to + 1, m.to + 2, short)) return undefined;
  let first = k;
  while (first > k - 5 && joinsNext(tokens, mentions[first - 1], mentions[first]!)) first--;
  for (; first <= k; first++) {
    const from = mentions[first]!.from;
    if (mentions[first]!.kind !== "title" && spells(joinTokens(tokens, from, m.to), short))
      return first;
  }
  return undefined;
}

/** The small words a body's name may have between two of its capitalised parts. */
const INNER_WORDS: ReadonlySet<string> = new Set([...JOINERS, "on", "de", "del", "des"]);

/** Whether `before` and `m` may be parts of one name: side by side or joined by small words. */
function joinsNext(tokens: readonly Token[], before: Mention | undefined, m: Mention): boolean {
  if (before === undefined || before.kind === "title" || before.possessive) return false;
  if (m.from - before.to > 2) return false;
  for (let j = before.to; j < m.from; j++)
    if (!INNER_WORDS.has(tokens[j]?.text ?? "")) return false;
  return true;
}

/** Digits and signs in an acronym (global: used by replace only). */
const NOT_A_LETTER = /[^\p{L}]/gu;

/** Whether `short`'s letters come in order in `text`, its first letter first. */
function spells(text: string, short: string): boolean {
  const lower = text.toLowerCase();
  const letters = short.toLowerCase().replace(NOT_A_LETTER, "");
  if (letters.length < 2 || lower[0] !== letters[0]) return false;
  let at = 1;
  for (const c of letters.slice(1)) {
    at = lower.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
