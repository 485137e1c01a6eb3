import { execAll } from "../text/exec-all.ts";
import { CAPITAL_FIRST } from "../text/char-classes.ts";
import { complementAfter } from "./opposition-noun-complement.ts";
import { EVENT_VERBS } from "./opposition-previous-doer.ts";

/**
 * Nouns a story uses, one for another, for the same thing, each with its kind and how much it
 * says: an agreement may later be "the deal"; a treaty or a pact is a kind of agreement, and "the
 * agreement" after "the treaty" is that treaty. A strike, a raid or a bombing is a kind of
 * attack. A general noun points back to a more specific one, never the other way.
 */
const NOUNS: ReadonlyMap<string, { readonly kind: string; readonly rank: number }> = new Map([
  ["arrangement", { kind: "pact", rank: 0 }],
  ...["agreement", "deal"].map((w) => [w, { kind: "pact", rank: 1 }] as const),
  ...["accord", "pact", "treaty", "memorandum", "framework"].map(
    (w) => [w, { kind: "pact", rank: 2 }] as const,
  ),
  ["attack", { kind: "attack", rank: 0 }],
  ...["strike", "airstrike", "raid", "bombing", "assault", "shelling", "bombardment", "ambush"].map(
    (w) => [w, { kind: "attack", rank: 1 }] as const,
  ),
  ...["plan", "proposal", "scheme", "initiative", "programme", "program", "project"].map(
    (w) => [w, { kind: "plan", rank: 0 }] as const,
  ),
  ["reform", { kind: "reform", rank: 0 }],
  ["resolution", { kind: "resolution", rank: 0 }],
  ["vote", { kind: "vote", rank: 0 }],
  ...["election", "referendum", "plebiscite"].map((w) => [w, { kind: "vote", rank: 1 }] as const),
  ...["exercise", "drill", "manoeuvre", "maneuver"].map(
    (w) => [w, { kind: "drill", rank: 0 }] as const,
  ),
]);

const HEADS = new RegExp(String.raw`\b(${[...NOUNS.keys()].join("|")})s?\b`, "gi");

/** Nouns of HEADS that are verbs too ("agreement a quarter of a century old" is a noun). */
const VERB_LIKE = /^(?:strike|attack|raid|plan|deal|assault|ambush)s?$/i;

/** A determiner or an object pronoun right after a noun of HEADS: the word is a verb there. */
const OBJECT_AFTER = /^\s+(?:a|an|the|its|their|his|her|this|these|those|him|them|it)\s/i;

/** Words that may stand before a noun without saying which one it is: "the new deal". */
const FILLER = "latest|recent|new|proposed|planned|same|whole|entire";

/** A bare noun, maybe after such a word or one of hearsay: "the alleged attack". */
const EMPTY = new RegExp(
  String.raw`^(?:(?:${FILLER}|alleged|reported|apparent|such)\s+)?([a-z]+?)(s?)(?:\s+that\s.*)?$`,
  "i",
);

/** "similar deals", "another attack", "earlier agreements": words that tell of another one. */
const ANOTHER =
  /^(?:similar|other|another|further|previous|earlier|former|past|future|possible|separate|different|second|third)$/i;

/** Words before a noun phrase that make it one thing, named: "the", "its", "a". */
const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her|our|any|every|each|no)$/i;

/** Words before "a" or "an" that make the noun phrase after them a predicate: "is a good deal". */
const PREDICATIVE =
  /^(?:is|was|are|were|be|been|being|as|become|became|remains?|remained|it|them)$/i;

/**
 * Words between a determiner and a noun's own words that say nothing of which one it is: "a new
 * fisheries accord", "the first Gaza truce".
 */
const SAYS_NOTHING = new RegExp(String.raw`^(?:${FILLER}|first|last)$`, "i");

/** Words that end a noun phrase's modifiers, read backwards from its head. */
const NOT_MODIFIER = new RegExp(
  String.raw`^(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|any|no|every|each|such|some|of|on|in|at|by|to|for|with|from|into|onto|over|under|after|before|since|during|against|between|about|than|as|and|or|but|nor|if|is|are|was|were|be|been|being|has|have|had|do|does|did|said|says|say|will|would|could|should|may|might|must|can|not|who|whom|which|what|when|where|while|whose|how|${FILLER}|alleged|reported|apparent|first|last|another|other|one|two|three)$`,
  "i",
);

/** Past tenses not in "-ed", which end a noun phrase's modifiers: "Norway began naval exercises". */
const IRREGULAR_PAST =
  /^(?:began|held|made|took|gave|set|sent|won|led|kept|struck|laid|sought|brought|built|bought|chose|drew|found|got|grew|left|lost|paid|rose|saw|sold|spoke|stood|told|threw|wrote|broke|came|went|put|ran|shut|split|spent|hit|cut)$/;

/** A capitalised word right after a noun: the noun is inside a longer name. */
const NAME_GOES_ON = /^\s\p{Lu}/u;

export interface Referent {
  /** The words the thing was named with: "Reciprocal Access Agreement", "air strike". */
  readonly phrase: string;
  /** Its noun, singular and lower case: "agreement", "strike". */
  readonly head: string;
  /** Whether words of its own stood before the noun. */
  readonly full: boolean;
  /** Whether the noun was plural ("attacks"). */
  readonly plural: boolean;
}

/**
 * "signed the protocol renewing for 2026 the fisheries agreement", "expelled 47 people": a verb of
 * EVENT_VERBS, then its object (group 1), up to a preposition, a clause or a punctuation mark. (An
 * object owned by the doer, "closed its embassy", names the doing by the noun: "embassy closure".)
 */
export const EVENT_OBJECT = new RegExp(
  String.raw`(?:${[...EVENT_VERBS.values()].map((v) => v.source).join("|")})\w*\s+(?:for\s+\d{4}\s+)?((?:the|a|an|all|several|two|three|four|five|six|seven|eight|nine|ten|(?:dozens|hundreds|thousands)\s+of|(?:more\s+than\s+)?\d[\d,]*)\s+[^,.;:"“”]{1,60}?)(?=\s+(?:from|to|in|on|at|for|with|that|which|who|after|over|and|because|while|as|by|until|since|under)\b|[,.;:"“”]|$)`,
  "gi",
);

/** Cheap test for EVENT_OBJECT: one of its verbs (those of EVENT_VERBS). */
export const EVENT_HINT = new RegExp([...EVENT_VERBS.values()].map((v) => v.source).join("|"), "i");

/**
 * "renewing the fisheries agreement" → "renewal of the fisheries agreement": the doings a sentence
 * tells by a verb with its object, as the noun a later "the renewal" uses.
 */
function eventsIn(text: string, out: Referent[]): void {
  if (!EVENT_HINT.test(text)) return;
  for (const m of execAll(EVENT_OBJECT, text)) {
    for (const [noun, verb] of EVENT_VERBS) {
      if (!verb.test(m[0])) continue;
      out.push({ phrase: `${noun} of ${m[1] ?? ""}`, head: noun, full: true, plural: false });
      break;
    }
  }
}

/**
 * "signed a defence pact… the Reciprocal Access Agreement…", "its air strike on a compound in
 * Doha": the agreements, attacks and plans a sentence names, latest last, each with the words
 * that say which one it is.
 */
export function referentsIn(text: string): Referent[] {
  const out: Referent[] = [];
  for (const m of execAll(HEADS, text)) {
    // "strike a deal", "attacks the convoy", "plans them": a verb, not a noun.
    if (
      VERB_LIKE.test(m[0]) &&
      OBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    )
      continue;
    // "the Union Election Commission": a word inside a longer name is not its head.
    if (NAME_GOES_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const head = (m[1] ?? "").toLowerCase();
    const words = modifiersBefore(text, m.index, m[0].length > head.length);
    if (words === undefined) continue;
    // "a plan to drill for oil", "a resolution on whaling": told by what follows it instead.
    const after =
      words.length > 0
        ? undefined
        : complementAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    const phrase = [...words, m[0], ...(after === undefined ? [] : [after])]
      .join(" ")
      .replace(/["“”‘(]/g, "");
    const full = words.length > 0 || after !== undefined;
    out.push({ phrase, head, full, plural: m[0].length > head.length });
  }
  eventsIn(text, out);
  return out;
}

/**
 * Up to three words right before `index` that qualify the noun there ("Reciprocal Access",
 * "air", "Israel's"): not a determiner, preposition or verb form; a possessive ends them. None
 * when the noun is not one thing named ("to reach agreement", "similar deals").
 * (Not opposition-memory's modifiersBefore, which never refuses a noun nor stops at a possessive.)
 */
function modifiersBefore(text: string, index: number, plural: boolean): string[] | undefined {
  const from = Math.max(0, index - 60);
  const words = text.slice(from, index).split(/\s+/);
  // A word cut by the window's start is not read.
  if (from > 0) words.shift();
  if (words.at(-1) === "") words.pop();
  const kept: string[] = [];
  let i = words.length - 1;
  for (; i >= 0 && kept.length < 3; i--) {
    const word = words[i]!.replace(/^["“(]+/, "");
    if (!/^[\p{L}\d][\p{L}\d'’.-]*$/u.test(word)) break;
    if (ANOTHER.test(word)) return undefined;
    if (NOT_MODIFIER.test(word) || IRREGULAR_PAST.test(word) || /^[a-z-]+(?:ed|ing|ly)$/.test(word))
      break;
    kept.unshift(word);
    if (/['’]s?$/.test(word)) return kept;
  }
  // "to still reach agreement": a noun without a determiner is one thing named only by a name.
  // "a new fisheries accord": words that say nothing of which one may stand between.
  while (i > 0 && SAYS_NOTHING.test(words[i]!)) i--;
  const before = words[i]?.replace(/^["“(]+/, "");
  // "This is a win-win agreement", "described it as a bad deal": what a thing is said to be
  // describes it; it does not name it.
  if (before !== undefined && /^an?$/i.test(before) && PREDICATIVE.test(words[i - 1] ?? ""))
    return undefined;
  if (before === undefined || DETERMINER.test(before)) return kept;
  // "began naval exercises": a plural needs no determiner to be the ones told of.
  return kept.some((w) => CAPITAL_FIRST.test(w)) || (plural && kept.length > 0) ? kept : undefined;
}

/**
 * What a bare "the agreement", "the attack" or "the plan" stands for: the latest one named with
 * words of its own ("the Reciprocal Access Agreement", "Israel's air strike"), by the same noun or
 * a more specific noun of its kind; else the first more specific noun the story used for one
 * ("the treaty" for a later "the agreement"). `referents` are those of the sentences before the
 * current one, in order (referentsIn of each).
 */
export function bareAntecedent(issue: string, referents: readonly Referent[]): string | undefined {
  const bare = EMPTY.exec(issue);
  const noun = bare?.[1]?.toLowerCase() ?? "";
  // "criticised the renewal" after "renewing the fisheries agreement": the doing told by its verb.
  if (bare !== null && EVENT_VERBS.has(noun))
    return referents.findLast((r) => r.head === noun && r.full)?.phrase;
  const meaning = NOUNS.get(noun);
  if (bare === null || meaning === undefined) return undefined;
  const plural = bare[2] === "s";
  let specific: Referent | undefined;
  let firstSpecific: Referent | undefined;
  for (let i = referents.length - 1; i >= 0; i--) {
    const r = referents[i]!;
    const of = NOUNS.get(r.head);
    if (of?.kind !== meaning.kind || (r.plural && !plural)) continue;
    if (r.full && r.head === noun) return r.phrase;
    if (of.rank <= meaning.rank) continue;
    if (r.full) specific ??= r;
    else firstSpecific = r;
  }
  return specific?.phrase ?? firstSpecific?.head;
}
