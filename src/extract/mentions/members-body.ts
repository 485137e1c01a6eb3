import { patternOrg } from "../gazetteer/organization-index.ts";
import { AMBIGUOUS_KINDS, bodyKind } from "./body-kinds.ts";
import { type Mention, orgMention } from "./mention.ts";
import { spanOf } from "./span.ts";
import { joinTokens, type Token } from "../text/tokenize.ts";
import { FUNCTION_WORDS } from "../gazetteer/words.ts";
import { APOSTROPHE, LOWERCASE } from "../text/char-classes.ts";

/** Plurals that take "'s", not a bare apostrophe: "fishermen's", "women's", "people's". */
const IRREGULAR_PLURAL = /(?:men|people)$/;

/** A plural noun in "-s": "teachers", "lorry drivers" (not "bus", "boss"). */
const PLURAL = /^\p{Ll}[\p{Ll}-]*[^s]s$/u;

/**
 * Whether the word at `i` may be the members a body belongs to: a plural before a bare
 * apostrophe ("teachers'"), or an irregular plural with "'s" ("fishermen's"). A cheap test that
 * lets `findMentions` try `membersBody` at a lowercase word.
 */
export function mayOwnBody(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.possessive) return IRREGULAR_PLURAL.test(t.text);
  const next = tokens[i + 1];
  return next !== undefined && next.start === t.end && APOSTROPHE.test(next.text);
}

/**
 * "a teachers' union in Zvečan", "the fishers' cooperative", "Lorry drivers' unions",
 * "fishermen's associations": a body named by those it is made of, the members' plural in the
 * possessive right before the kind of body. Only plain kinds count ("the miners' strike", "the
 * farmers' protest" are no bodies; nor is "the growers' producer", a kind a person may be).
 */
export function membersBody(
  tokens: readonly Token[],
  i: number,
  before: readonly Mention[],
): Mention | undefined {
  if (!mayOwnBody(tokens, i)) return undefined;
  const owner = tokens[i]!;
  const word = owner.lower;
  // "Teachers' union" opening the sentence is as lowercase as mid-sentence.
  if (owner.capitalized && i > 0) return undefined;
  // "the UN women's agency": a body's name before the members makes the body that body's own.
  const last = before.at(-1);
  if (last?.kind === "org" && last.to === i) return undefined;
  if (!owner.possessive && !PLURAL.test(word)) return undefined;
  const at = owner.possessive ? i + 1 : i + 2;
  const head = tokens[at];
  const kind = bodyKind(head);
  if (head === undefined || kind === undefined || AMBIGUOUS_KINDS.has(kind)) return undefined;
  // "the railway workers' union": the nouns before the members are the body's name too.
  const from = modifiersBefore(tokens, i, last?.to ?? 0);
  const members = owner.possessive ? `${word}'s ${head.text}` : `${word}' ${head.text}`;
  const name = from < i ? `${joinTokens(tokens, from, i)} ${members}` : members;
  return orgMention(patternOrg(name, undefined), spanOf(tokens, from, at + 1, name));
}

/** Adjectives that describe a body rather than name what its members do: "the main union". */
const DESCRIBING: ReadonlySet<string> = new Set([
  "main",
  "big",
  "new",
  "old",
  "local",
  "other",
  "top",
  "small",
  "large",
  "major",
  "key",
  "rival",
  "powerful",
  "influential",
  "militant",
  "independent",
  "radical",
  "angry",
  "whole",
  "same",
]);

/** Endings of adjectives and verb forms, not nouns: "striking", "organised", "largest", "national". */
const NOT_A_MODIFIER = /(?:ed|ing|est|al|ic|ous|ive|ful|ian|ese|ish|ly)$/;

/** How many lowercase nouns may qualify the members: "the state railway workers' union". */
const MAX_MODIFIERS = 2;

/**
 * "the railway workers' union", "the dock workers' union", "the tea pickers' association": the
 * lowercase nouns before the members tell what work they do and belong to the body's name;
 * a determiner, an adjective ("the main", "the striking", "the largest") or a verb does not.
 * Returns where the name opens, `i` when nothing qualifies the members.
 */
function modifiersBefore(tokens: readonly Token[], i: number, after: number): number {
  let from = i;
  while (from > after && i - from < MAX_MODIFIERS) {
    const t = tokens[from - 1]!;
    if (!LOWERCASE.test(t.text) || t.possessive || FUNCTION_WORDS.has(t.text)) break;
    if (DESCRIBING.has(t.text) || NOT_A_MODIFIER.test(t.text)) break;
    from--;
  }
  return from;
}
