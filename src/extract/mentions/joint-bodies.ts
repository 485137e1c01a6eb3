import { lookupCountryForm } from "../gazetteer/countries.ts";
import { patternOrg } from "../gazetteer/organization-index.ts";
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { APOSTROPHE, LOWERCASE } from "../text/char-classes.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";

/** The words that make a body two states share: "joint", "bilateral". */
export const SHARED = /^(?:joint|bilateral)$/;

/** Nouns for a standing body of two states: "…joint border commission", "…working group". */
const SHARED_BODY_NOUNS: ReadonlySet<string> = new Set([
  "commission",
  "committee",
  "council",
  "group",
  "body",
  "board",
  "panel",
  "force",
]);

/** How many lowercase words may say what the shared body deals with: "joint border security". */
const MAX_TOPIC_WORDS = 3;

/** What a body's noun may be followed by as a subject: "the joint commission met", "…has". */
const AFTER_BODY = /^(?:is|was|will|would|has|had|met|meets|said|says|must|should|could)$/;

/** "Kenya-Somalia", "Algerian-Malian": two states' names or demonyms joined by a hyphen. */
function statePair(t: Token | undefined): boolean {
  // Most capitalised words have no hyphen: no split for them.
  if (t === undefined || !t.capitalized || !t.text.includes("-")) return false;
  const halves = t.text.split("-");
  return halves.length === 2 && halves.every((h) => lookupCountryForm(h) !== undefined);
}

/**
 * "the Kenya-Somalia joint commission", "the two countries' joint border commission", "the
 * bilateral border commission", "A joint working group will follow up": a standing body two states
 * share, told by "joint" or "bilateral", up to three lowercase words of what it deals with and a
 * body's noun. Only one the text takes as known — after "the", a possessive or the two states'
 * names, or opening the sentence as its subject — is a body; one only "set up" or "agreed to"
 * ("agreed to set up a joint working group") is not yet, and one before a noun ("joint commission
 * meetings") qualifies that noun.
 */
export function jointBody(tokens: readonly Token[], i: number): Mention | undefined {
  const pair = statePair(tokens[i]);
  const shared = pair ? i + 1 : i;
  if (!SHARED.test(tokens[shared]?.lower ?? "")) return undefined;
  let end = shared + 1;
  while (
    end - shared <= MAX_TOPIC_WORDS &&
    topicWord(tokens[end]) &&
    !SHARED_BODY_NOUNS.has(tokens[end]!.text)
  )
    end++;
  const noun = tokens[end];
  if (noun === undefined || !SHARED_BODY_NOUNS.has(noun.lower)) return undefined;
  if (noun.lower === "force" && tokens[end - 1]?.lower !== "task") return undefined;
  if (!pair && !known(tokens, i)) return undefined;
  if (qualifiesNoun(tokens[end + 1])) return undefined;
  const text = joinTokens(tokens, i, end + 1);
  return orgMention(patternOrg(text, undefined), spanOf(tokens, i, end + 1, text));
}

function topicWord(t: Token | undefined): boolean {
  return t !== undefined && LOWERCASE.test(t.text) && !FUNCTION_WORDS.has(t.text);
}

/** Told as known: after "the" or a possessive ("the two countries'"), or "A…" opening the sentence. */
function known(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (prev.lower === "the" || prev.possessive || APOSTROPHE.test(prev.text)) return true;
  return prev.text === "A" && i === 1;
}

/** "joint commission meetings": a lowercase noun after the body's noun, which it qualifies. */
function qualifiesNoun(next: Token | undefined): boolean {
  return (
    next !== undefined &&
    LOWERCASE.test(next.text) &&
    !FUNCTION_WORDS.has(next.text) &&
    !AFTER_BODY.test(next.text) &&
    !next.text.endsWith("ed")
  );
}
