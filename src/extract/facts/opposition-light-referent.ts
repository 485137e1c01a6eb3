import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { isOf, referredTo } from "./opposition-event-noun.ts";
import { recentHolder } from "./opposition-recent-holder.ts";
import { BARE_THOUGHT } from "./opposition-light-noun.ts";

/**
 * "the statement", "the claim", "these assertions": words someone said, called only by their
 * kind; they stand for whoever said them.
 */
const BARE_SAYING = new RegExp(
  String.raw`^(?:(?:latest|recent|new|same|such|public|whole|written)\s+)?(statement|claim|assertion|announcement)s?$`,
  "i",
);

/** A verb of saying or asserting, in the sentence a bare "the claim" answers. */
const SAYING_VERB =
  /\b(?:said|says|claimed|claims|alleged|alleges|stated|states|asserted|asserts|insisted|insists|argued|argues|declared|declares|maintained|maintains|accused|accuses)\b/i;

/**
 * "In a joint press statement, the two ministers…": the same kind of words told earlier with
 * words of their own ("joint press") after a determiner; the kind is the last word.
 */
const SAID_BEFORE =
  /\b(?:a|an|the|its|their|his|her)\s+((?:(?!(?:latest|recent|new|same|such|public|whole|written)\b)[\p{L}\d][\p{L}\d-]*\s+){1,2}(?:statement|claim|assertion|announcement))s?\b/gu;

/** The latest "joint press statement" of the three sentences before the current one, of `kind`. */
function saidBefore(kind: string, texts: readonly string[]): string | undefined {
  for (const text of [texts.at(-2), texts.at(-3), texts.at(-4)]) {
    if (text === undefined || !text.includes(kind)) continue;
    const found = [...text.matchAll(SAID_BEFORE)].filter((m) => m[1]!.endsWith(kind)).at(-1);
    if (found !== undefined) return found[1];
  }
  return undefined;
}

/**
 * "Lusaka said on Monday that Malawi had blocked its trucks… Malawi condemned the statement":
 * words called only by their kind stand for the same words told more fully in one of the three
 * sentences before ("a joint press statement"), else for the party the sentence right before
 * opened with when it says or asserts something, else for the one who took the stance they told
 * in one of the two sentences before — never the one now rejecting them.
 */
export function sayingReferent(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target)) return undefined;
  const kind = BARE_SAYING.exec(target.issue)?.[1]?.toLowerCase();
  if (kind === undefined) return undefined;
  const named = saidBefore(kind, memory.texts);
  if (named !== undefined) return issueTarget(named);
  // "Iran's foreign minister said the islands were Iranian. The UAE rejected the claim."
  const sayer = openerDoing(SAYING_VERB, memory);
  if (sayer !== undefined && !isOf(sayer, holder)) return { actor: referredTo(sayer) };
  const speaker = recentHolder(memory, 2);
  return speaker === undefined || isOf(speaker, holder)
    ? undefined
    : { actor: referredTo(speaker) };
}

/** A verb of putting a course forward, in the sentence a bare "the idea" answers. */
const PROPOSING_VERB =
  /\b(?:proposed|proposes|suggested|suggests|floated|floats|mooted|pitched|put\s+forward|puts\s+forward|called\s+for|calls\s+for|offered|offers)\b/i;

/**
 * "Argentina proposed a joint fund for the basin. Uruguay rejected the idea.": a bare thought
 * stands for the party the sentence right before opened with, when that sentence puts a course
 * forward and the party is not the one now rejecting it.
 */
export function thoughtReferent(
  target: OppositionTarget,
  holder: Actor,
  memory: OppositionMemory,
): OppositionTarget | undefined {
  if (!("issue" in target) || !BARE_THOUGHT.test(target.issue)) return undefined;
  const proposer = openerDoing(PROPOSING_VERB, memory);
  return proposer !== undefined && !isOf(proposer, holder)
    ? { actor: referredTo(proposer) }
    : undefined;
}

/**
 * "Kenya's foreign minister, Ruth Wambui, said…", "Serbian President Milan Jovic said…": between
 * an opener and its verb, words of its own clause and at most an aside closed by its comma.
 */
const OWN_CLAUSE = /^[^,]{0,60}(?:,[^,]{1,40},)?\s*$/;

/**
 * The party the sentence before opened with, when it is the one doing what `verb` says: the verb
 * is in its own predicate or clause (no comma left open before it). Not "Russia is arming the
 * rebels, Ukraine's minister claimed" nor "Ethiopia, Eritrea's minister said, has no right to…".
 */
function openerDoing(verb: RegExp, memory: OppositionMemory): Actor | undefined {
  const opener = memory.lastSubject;
  const text = memory.texts.at(-2);
  if (opener === undefined || text === undefined) return undefined;
  if (verb.test(memory.lastPredicate)) return opener;
  const after = memory.lastPredicate === "" ? -1 : text.indexOf(memory.lastPredicate);
  const at = text.slice(Math.max(after, 0)).search(verb);
  return after >= 0 && at >= 0 && OWN_CLAUSE.test(text.slice(after, after + at))
    ? opener
    : undefined;
}
