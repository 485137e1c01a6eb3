import type { NameMention } from "../mentions/mention.ts";
import { ORG_DESCRIPTORS } from "../mentions/match-run.ts";
import type { Token } from "../text/tokenize.ts";
import { placeHeaded, portfolioName, secondHalfOfPlace } from "./not-a-name.ts";

/** "better known as Prachanda", "is styled Hero-Arkadag": what a person is called, not a person. */
const EPITHET_BEFORE = /^(?:known as|styled|self-styled|dubbed|nicknamed|alias|aka|a\.k\.a\.)$/i;

/**
 * True when a name stands where no new person can: an epithet or nickname of someone already
 * named ("Jimmy Chérizier, known as Barbecue", "Pushpa Kamal Dahal, better known as Prachanda"),
 * or a name with an article ("the Presidency said", "at the Amiri Diwan", "a Bosnian Croat, who
 * had spoken…"), which people are not given; or a place's name ("Lake Titicaca").
 */
export function cannotBePerson(tokens: readonly Token[], name: NameMention): boolean {
  const prev = tokens[name.from - 1]?.text ?? "";
  if (/^(?:the|an?)$/i.test(prev)) return true;
  if (portfolioName(name) || secondHalfOfPlace(tokens, name) || placeHeaded(name)) return true;
  if (EPITHET_BEFORE.test(prev)) return true;
  const two = `${tokens[name.from - 2]?.text ?? ""} ${prev}`;
  return EPITHET_BEFORE.test(two);
}

/**
 * Prepositions after which a name is an object, never the subject of the verb that follows it:
 * "the group Rivers without Boundaries criticised the lenders".
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of",
  "on",
  "for",
  "without",
  "about",
  "against",
  "among",
  "between",
  "under",
  "over",
  "through",
  "during",
  "despite",
  "amid",
  "toward",
  "towards",
  "behind",
  "beyond",
  "within",
  "upon",
  "via",
]);

/** "a", "foreign", "pro-government": a lowercase word of any length, perhaps hyphenated. */
const LOWERCASE_WORD_ANY_LENGTH = /^\p{Ll}[\p{Ll}-]*$/u;

/** "…without Boundaries criticised": a verb after a preposition's object says nothing of it. */
export function objectOfPreposition(tokens: readonly Token[], name: NameMention): boolean {
  if (PREPOSITIONS.has(tokens[name.from - 1]?.lower ?? "")) return true;
  // "X, leader of the junior partner Nemuno Aušra, criticised…": the name closes an aside, and
  // the verb after its comma is the subject's.
  if (tokens[name.to]?.text !== ",") return false;
  for (let at = name.from - 1; at >= Math.max(0, name.from - 5); at--) {
    const word = tokens[at]?.text ?? "";
    if (PREPOSITIONS.has(word)) return tokens.slice(0, at).some((t) => t.text === ",");
    if (!LOWERCASE_WORD_ANY_LENGTH.test(word)) return false;
  }
  return false;
}

/** What only a person owns: "Orbán's camp", "Lula's re-election", "Milei's spokesman". */
const PERSON_POSSESSIONS: ReadonlySet<string> = new Set([
  "camp",
  "party",
  "allies",
  "ally",
  "supporters",
  "followers",
  "loyalists",
  "administration",
  "presidency",
  "premiership",
  "tenure",
  "rule",
  "regime",
  "family",
  "wife",
  "husband",
  "son",
  "daughter",
  "widow",
  "lawyer",
  "lawyers",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "aide",
  "aides",
  "remarks",
  "comments",
  "speech",
  "arrest",
  "death",
  "re-election",
  "campaign",
  "successor",
  "predecessor",
  "entourage",
  "resignation",
  "impeachment",
  "rival",
  "rivals",
  "critics",
]);

/** "Smith", "Lloyd-George": a capital, then lowercase letters. */
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** A word of letters and hyphens with a lowercase first letter. */
const LOWERCASE_FIRST_WORD = /^\p{Ll}[\p{L}-]*$/u;

/**
 * "tied the country to Viktor Orbán's "anti-European camp"": a name of two or three plain words
 * owning what only a person owns (a camp, a spokesman, a re-election), a few adjectives on.
 */
export function possessivePersonalName(tokens: readonly Token[], name: NameMention): boolean {
  if (!name.possessive || name.words.length < 2 || name.words.length > 3) return false;
  if (!name.words.every((w) => PLAIN_NAME_WORD.test(w))) return false;
  for (let at = name.to; at < name.to + 4; at++) {
    const t = tokens[at]?.text ?? "";
    if (PERSON_POSSESSIONS.has(t)) return true;
    if (!/^["“]$/.test(t) && !LOWERCASE_FIRST_WORD.test(t)) return false;
  }
  return false;
}

/** Offices of a territory, not of a person: "Hawaii's governor", "Johor's sultan". */
const TERRITORIAL_OFFICES = /^(?:governor|mayor|premier|sultan|legislature|parliament|senators?)$/i;

/** "met Hawaii's governor, Josh Green": a name owning a territory's office is a place. */
export function ownsTerritorialOffice(tokens: readonly Token[], name: NameMention): boolean {
  return name.possessive && TERRITORIAL_OFFICES.test(tokens[name.to]?.text ?? "");
}

/** ", the opposition's most popular figure, who": an aside of a few words, then "who". */
export function whoAfterAside(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.text !== "," || !/^(?:the|a|an)$/i.test(tokens[from + 1]?.text ?? ""))
    return false;
  for (let at = from + 2; at < from + 10; at++) {
    const t = tokens[at];
    if (t === undefined) return false;
    if (t.text === ",") return tokens[at + 1]?.text === "who";
    if (t.punct) return false;
  }
  return false;
}

/** A noun for what one does: "footballer", "businessman", "economist", "novelist". */
const OCCUPATION = /^\p{Ll}+(?:er|or|ist|ian|man|woman|person)$/u;

/** "the leftist Janatha Vimukthi Peramuna": a leaning that describes parties as well as people. */
const IDEOLOGY =
  /^(?:far-)?(?:left|right|national|social|commun|popul|separat|marx|mao|centr|reform|federal|union|zion|islam|jihad|extrem|royal|loyal|secular|nativ|liberal|progress)ist$/;

/** "the former footballer Mikheil Kavelashvili": an article, a few modifiers, an occupation. */
export function occupationBefore(tokens: readonly Token[], from: number): boolean {
  const noun = tokens[from - 1]?.text ?? "";
  if (
    !OCCUPATION.test(noun) ||
    ORG_DESCRIPTORS.has(noun) ||
    NO_OCCUPATIONS.has(noun) ||
    IDEOLOGY.test(noun)
  )
    return false;
  for (let at = from - 2; at >= Math.max(0, from - 4); at--) {
    const t = tokens[at]?.text ?? "";
    if (/^(?:the|a|an)$/i.test(t)) return true;
    if (!LOWERCASE_FIRST_WORD.test(t)) return false;
  }
  return false;
}

/**
 * Words in -er/-or that are no occupation: bodies the kinds of body (ORG_DESCRIPTORS) leave out
 * ("the regulator X"), and places, seasons and months written in lowercase ("the border").
 */
export const NO_OCCUPATIONS: ReadonlySet<string> = new Set([
  "regulator",
  // "the junior coalition partner X": a party, a state or a firm.
  "partner",
  "distributor",
  "exporter",
  "importer",
  "retailer",
  "supplier",
  "developer",
  "contractor",
  "monitor",
  "sector",
  "order",
  "border",
  "corridor",
  "center",
  "chamber",
  "harbour",
  "harbor",
  "river",
  "water",
  "power",
  "number",
  "quarter",
  "summer",
  "winter",
  "october",
  "november",
  "december",
  "september",
]);
