import { lookupCountryForm } from "../gazetteer/countries.ts";
import { DATE_WORDS, FUNCTION_WORDS, ORG_KEYWORDS, REGION_WORDS } from "../gazetteer/words.ts";
import { mayStartLowerTitle } from "../gazetteer/title-index.ts";
import type { Token } from "../text/tokenize.ts";

/**
 * "the Committee on Missing Persons", "the United Nations Office on Drugs and Crime": after a
 * body's keyword, "on" and a capitalised topic go on with the body's name — but not a date
 * ("the Commission on Monday"), a country ("the Council on Iran") or an owner ("on Trump's").
 */
export function onTopicOfBody(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== "on") return false;
  const from = tokens[at + 1]?.text === "the" ? at + 2 : at + 1;
  const first = tokens[from];
  return (
    first !== undefined &&
    first.capitalized &&
    !first.possessive &&
    !DATE_WORDS.has(first.lower) &&
    !REGION_WORDS.has(first.text) &&
    lookupCountryForm(first.text) === undefined &&
    !briefedBefore(tokens, at)
  );
}

/** Verbs whose object is told or asked about a topic: "briefed the Senate on Gaza". */
const BRIEFING_VERBS: ReadonlySet<string> = new Set([
  "brief",
  "briefs",
  "briefed",
  "briefing",
  "lobby",
  "lobbies",
  "lobbied",
  "lobbying",
  "told",
  "informed",
  "updated",
  "pressed",
  "questioned",
  "quizzed",
  "grilled",
]);

/** How far back, within the clause, a verb of briefing may stand before the body's "on". */
const BRIEFING_REACH = 6;

/** "Blinken briefed the Senate on Gaza": "on" after a briefed body gives the topic, not its name. */
function briefedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - BRIEFING_REACH; k--) {
    const t = tokens[k];
    if (t === undefined || t.punct) return false;
    if (BRIEFING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Capitalised words a conjunct of a body's name may have after "and": "Southern African Trade". */
const MAX_CONJUNCT = 4;

/**
 * "the Eastern and Southern African Trade and Development Bank", "the Peace and Security
 * Council": after "the", capitalised words joined by "and" that end in a body's keyword are one
 * body's name when the keyword has a word of its own before it. Returns the end of the name, or undefined when the run at [start, to) is not
 * followed by such conjuncts. Without "the" before the run, "Siemens and Deutsche Bank" are two.
 */
export function coordinatedBodyEnd(
  tokens: readonly Token[],
  start: number,
  to: number,
): number | undefined {
  if (tokens[to]?.text !== "and" || !/^the$/i.test(tokens[start - 1]?.text ?? "")) return undefined;
  // "The Highland Water Company and Coastal Power Company": a run that already ends in a body's
  // keyword is a whole name, and "and" opens a second body.
  if (ORG_KEYWORDS.has(tokens[to - 1]?.text ?? "")) return undefined;
  let at = to;
  while (tokens[at]?.text === "and") {
    let end = at + 1;
    while (end - at <= MAX_CONJUNCT && conjunctWord(tokens[end])) {
      end++;
      // "the Trade and Development Bank's loan": an owner ends the name.
      if (tokens[end - 1]?.possessive === true) break;
    }
    if (end === at + 1) return undefined;
    // "the Artibonite and Centre departments": a keyword alone after "and" is a second name.
    if (end - at > 2 && ORG_KEYWORDS.has(tokens[end - 1]?.text ?? "")) return end;
    at = end;
  }
  return undefined;
}

/** A capitalised word that may stand inside a body's name: not a date, a function word or a country. */
function conjunctWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.capitalized &&
    !t.punct &&
    !DATE_WORDS.has(t.lower) &&
    !FUNCTION_WORDS.has(t.lower) &&
    lookupCountryForm(t.text) === undefined
  );
}

/**
 * "…for Asia and the Pacific", "…of Latin America and the Caribbean": inside a body's "of"/"for"
 * phrase, "and the" before one or two capitalised words opening with a region's word (not a body's
 * keyword nor a country), ending the name, joins a second region ("the Ministry of Defence and the Interior
 * Ministry" are two bodies, "…of Japan and the Philippines" two states).
 */
export function regionAfterAndThe(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== "and" || tokens[at + 1]?.text !== "the") return false;
  // "…of the Economy Julien Ambassa and the President of…": a title opens no region.
  if (mayStartLowerTitle(tokens[at + 2]?.lower ?? "")) return false;
  // "The Ministry of Finance and the IMF agreed": only a region ("the Caribbean", "the Pacific",
  // "the Middle East") is joined, never a second body.
  if (!REGION_WORDS.has(tokens[at + 2]?.text ?? "")) return false;
  let end = at + 2;
  while (end - at - 2 < 2 && conjunctWord(tokens[end]) && !tokens[end]?.possessive) {
    if (ORG_KEYWORDS.has(tokens[end]?.text ?? "")) return false;
    end++;
  }
  return end > at + 2 && tokens[end]?.capitalized !== true && tokens[end]?.text !== "of";
}
