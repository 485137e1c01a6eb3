import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import type { Token } from "../text/tokenize.ts";
import type { Mention } from "./mention.ts";

/**
 * Nouns by which news takes up a body it has just named: "Tana Watch condemned the dam. The
 * group said…", "The campaigners added…". People are taken up as "he", "she" or by their role.
 */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  "group",
  "organisation",
  "organization",
  "ngo",
  "association",
  "union",
  "charity",
  "coalition",
  "alliance",
  "network",
  "federation",
  "movement",
  "campaigners",
  "activists",
  "watchdog",
  "foundation",
  "collective",
  "cooperative",
  "co-operative",
  "lobby",
  "nonprofit",
  "non-profit",
  "society",
  "institute",
  "think-tank",
  "tank",
  "company",
  "firm",
  "developer",
  "consortium",
  // Firms and funds taken up by their trade: "Nordvolt will build the plant. The carmaker said…".
  "carmaker",
  "automaker",
  "conglomerate",
  "manufacturer",
  "insurer",
  "lender",
  "investor",
  "fund",
  "miner",
  "producer",
  "operator",
  "utility",
  "start-up",
  "startup",
]);

/** What a subject taken up says or does: "said", "warned", "argues" (not "this", "as"). */
const VERB_AFTER = /^\p{Ll}+(?:ed|s)$/u;

/** Auxiliaries and adverbs a subject's verb may open with: "has", "will", "also". */
const AUXILIARY = /^(?:has|had|is|was|will|would|also|said|told|wrote)$/;

/** Lowercase words that may stand between "The" and the noun: "The campaign group". */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * "The group said…", "The rights group has…", "The association's director…": the sentence opens
 * by taking up a body by a noun for one, then says what it said or did.
 */
export function bodyReference(tokens: readonly Token[]): boolean {
  if (tokens[0]?.text !== "The") return false;
  for (let at = 1; at <= 3; at++) {
    const t = tokens[at];
    if (t === undefined || t.punct) return false;
    if (BODY_NOUNS.has(t.lower)) {
      return t.possessive || verbAfter(tokens, at + 1);
    }
    if (t.capitalized || !MODIFIER.test(t.text) || t.possessive) return false;
  }
  return false;
}

/** "X, which campaigns for…": "which", never "who", after the name and its comma. */
export function whichAfter(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === "," && tokens[at + 1]?.text === "which";
}

/** What a body does and a place does not: represent, campaign, monitor, fund. */
const BODY_ACTIVITY =
  /^(?:represents|campaigns|advocates|lobbies|monitors|tracks|promotes|defends|publishes|organises|organizes|funds|finances|invests|employs|unites|groups|speaks|works|operates|runs|manages|owns|builds|develops|produces|supplies|lends|provides|documents|investigates|tallies|counts|compiles)$/;

/** Participles by which a body's beginnings are told: "founded in 2012", "set up by farmers". */
const FOUNDED = /^(?:founded|established|formed|launched|created|registered|set)$/;

/**
 * "Kivuwatch, which represents miners,…", "Open Ledger, founded in 2012 by auditors,…": an aside
 * that tells what a body does or who founded it; a place "lies", a person is "who".
 */
export function bodyAside(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ",") return false;
  const first = tokens[at + 1]?.lower ?? "";
  if (first === "which") return BODY_ACTIVITY.test(tokens[at + 2]?.lower ?? "");
  if (!FOUNDED.test(first)) return false;
  const from = first === "set" ? at + 3 : at + 2;
  if (first === "set" && tokens[at + 2]?.lower !== "up") return false;
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const t = tokens[k]!;
    if (t.punct) return false;
    if (t.lower === "by") return true;
  }
  return false;
}

/** What only a body has: members, a founder, a board, a secretariat. */
const BODY_PARTS: ReadonlySet<string> = new Set([
  "members",
  "member",
  "founder",
  "founders",
  "co-founder",
  "board",
  "staff",
  "employees",
  "volunteers",
  "headquarters",
  "offices",
  "secretariat",
  "chairman",
  "chairwoman",
  "chairperson",
  "affiliates",
  "branches",
  "ceo",
  "shareholders",
  "subsidiary",
  "subsidiaries",
]);

/**
 * What a person has too, so that a name owning it may be a person's ("Maxine Waters' staff",
 * "Trump's campaign headquarters"); only "its" makes them a body's.
 */
const PERSONAL_PARTS: ReadonlySet<string> = new Set([
  "staff",
  "employees",
  "volunteers",
  "headquarters",
  "offices",
  "board",
]);

/** Two-word roles only a body has: "executive director", "chief executive". */
const BODY_ROLES = /^(?:executive director|chief executive|managing director|board chairman)$/;

/** "Kivuwatch's members", "Eagle Hills' founder": the name owns what only a body has. */
export function ownsBodyPart(tokens: readonly Token[], m: Mention): boolean {
  let at = m.to;
  if (!m.possessive) {
    if (tokens[at]?.text !== "'") return false;
    at++;
  }
  const word = tokens[at]?.lower ?? "";
  if (PERSONAL_PARTS.has(word)) return false;
  return BODY_PARTS.has(word) || BODY_ROLES.test(`${word} ${tokens[at + 1]?.lower ?? ""}`);
}

/** Bodies named by a common noun, which a later "its" may be: "criticised the bank and its board". */
const OTHER_OWNERS: ReadonlySet<string> = new Set([
  "government",
  "party",
  "ministry",
  "bank",
  "council",
  "committee",
  "commission",
  "agency",
  "parliament",
  "club",
  "army",
]);

/**
 * "Urban Mothers criticised the plan, and its members marched": "its" owns what only a body has
 * later in the sentence, no capitalised word or body's noun (another owner) between ("Tony Banks
 * criticised the teachers' union, and its members…" is the union's).
 */
export function itsBodyPart(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < Math.min(tokens.length - 1, from + 20); at++) {
    const t = tokens[at]!;
    if (t.capitalized || t.text === ";" || t.lower === "who") return false;
    if (BODY_NOUNS.has(t.lower) || OTHER_OWNERS.has(t.lower)) return false;
    if (t.lower === "its") return BODY_PARTS.has(tokens[at + 1]?.lower ?? "");
  }
  return false;
}

/** Verbs of saying after which "its" is the speaker's: "said its", "announced its". */
const SAID = /^(?:said|says|added|announced|reported|confirmed|stated|warned|noted)$/;

/** A body's people, whom "its" after a speaker's verb may own: "said its researchers". */
const BODY_PEOPLE: ReadonlySet<string> = new Set([
  ...BODY_PARTS,
  "researchers",
  "investigators",
  "auditors",
  "monitors",
  "activists",
  "campaigners",
]);

/**
 * "Kivuwatch said its researchers…": "its" right after the name's verb of saying owns the
 * speaker's people, where a person's would be "his" or "her"; "its" owning anything else may be
 * another's ("Modi said its economy…", "the Act and its…").
 */
export function itsOwn(tokens: readonly Token[], at: number): boolean {
  return (
    SAID.test(tokens[at]?.lower ?? "") &&
    tokens[at + 1]?.lower === "its" &&
    BODY_PEOPLE.has(tokens[at + 2]?.lower ?? "")
  );
}

/** "Northern Fishers said", "Tana Watch has…": a verb right after the name. */
export function verbAfter(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined || t.punct || t.capitalized || t.possessive) return false;
  return AUXILIARY.test(t.text) || (VERB_AFTER.test(t.text) && !FUNCTION_WORDS.has(t.lower));
}

/** What "it" does after a body's verb of saying: "said it would invest", "says it has spent". */
const ITS_OWN_VERB =
  /^(?:would|will|had|has|have|plans|planned|intends|intended|aims|expects|expected|was|is|agreed|pledged|committed)$/;

/** "on Tuesday", "last week", "this month": a time between a verb of saying and what was said. */
const TIME_OPENER = /^(?:on|last|this|earlier|late)$/;

/**
 * "Volkswagen said on Tuesday it would invest…", "Nordvolt says that it has spent…": "it" right
 * after a subject's verb of saying, then an auxiliary, is the speaker, where a person's would be
 * "he" or "she" ("Modi said it would be a mistake" is no body: "it" then opens "be", and a person
 * named with a given name is read before this).
 */
export function saidItWill(tokens: readonly Token[], at: number): boolean {
  if (!SAID.test(tokens[at]?.lower ?? "")) return false;
  let k = at + 1;
  if (TIME_OPENER.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.punct === false) k += 2;
  if (tokens[k]?.lower === "that") k++;
  return (
    tokens[k]?.lower === "it" &&
    ITS_OWN_VERB.test(tokens[k + 1]?.lower ?? "") &&
    !/^(?:be|not|been)$/.test(tokens[k + 2]?.lower ?? "")
  );
}

/**
 * "Masdar will invest $1 billion in Azerbaijan, the company said on Monday.": the sentence closes
 * by taking up its subject by a noun for a body and a verb of saying; a person is "he said".
 */
export function closingBodySay(tokens: readonly Token[]): boolean {
  for (let at = tokens.length - 2; at >= Math.max(1, tokens.length - 9); at--) {
    if (tokens[at]?.text !== "," || tokens[at + 1]?.lower !== "the") continue;
    for (let k = at + 2; k <= at + 4; k++) {
      const t = tokens[k];
      if (t === undefined || t.punct || t.capitalized) return false;
      if (BODY_NOUNS.has(t.lower)) return SAID.test(tokens[k + 1]?.lower ?? "");
      if (!MODIFIER.test(t.text)) return false;
    }
    return false;
  }
  return false;
}
