import type { Actor } from "../resolve/actor.ts";
import type { OppositionMemory } from "./opposition-memory.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { isOf, referredTo } from "./opposition-event-noun.ts";
import { recentHolder } from "./opposition-recent-holder.ts";
import { EVENT_VERBS } from "./opposition-previous-doer.ts";
import { withoutDanglingTail } from "./opposition-phrase-tail.ts";

/**
 * "any form of interference", "all forms of terrorism", "any kind of military intervention": a
 * noun of sort, "of", then a noun phrase with no determiner, which is the topic. ("The form of
 * the resolution" is the resolution's shape, and stays.)
 */
const SORT_OF =
  /^(?:form|kind|type|sort)s?\s+of\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)(\S.{2,})$/i;

/** A medium that shows something: "the video", "leaked footage", "images". */
const MEDIA = String.raw`videos?|footage|images|photos|photographs|pictures|recordings?|clips?`;

/**
 * "footage showing police dogs attacking migrants", "images of soldiers burning crops": a medium,
 * then what it shows, which is the topic.
 */
const MEDIA_SHOWING = new RegExp(
  String.raw`^(?:[\w-]+\s+)?(?:${MEDIA})\s+(?:of|showing|depicting)\s+(?!(?:the|a|an|its|their|his|her)\s+(?:incident|event|meeting|ceremony)\b)(\S.{2,})$`,
  "i",
);

/** "a video that showed…", "a video which appeared to show…": what follows the medium. */
const SHOWED = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:${MEDIA})\s+(?:(?:that|which)\s+)?(?:(?:appeared|appears|seemed|seems|purported|purports|purporting)\s+to\s+)?(?:show(?:ed|s|ing|n)?|depict(?:ed|s|ing)?)\s+([^,;:.!?"“”]{3,80})`,
  "i",
);

/** "a video", "the leaked footage": a medium named by its kind, maybe with one word before it. */
const BARE_MEDIA = new RegExp(String.raw`^(?:[\w-]+\s+)?(?:${MEDIA})$`, "i");

/**
 * "summoned the ambassador over a video that showed gendarmes beating a driver": a medium named
 * only by its kind stands for what it is said to show. `after` is the text after the verb,
 * `phrase` the object read from it.
 */
export function shownContent(after: string, phrase: string): string | undefined {
  if (!BARE_MEDIA.test(phrase)) return undefined;
  const shown = SHOWED.exec(after)?.[1];
  return shown === undefined
    ? undefined
    : withoutDanglingTail(shown.trim().split(/\s+/).slice(0, 8).join(" "));
}

/**
 * Light nouns of thought: "the idea", "the notion", "the prospect". They name a thought, not a
 * topic; what it is a thought of is the topic ("rejected the idea of a gas union" is against the
 * gas union). ("Talk of" and "suggestions of" are left alone: "dismissed talk of a rift" denies.)
 */
const THOUGHT = "idea|notion|concept|prospect|possibility|spectre|specter|thought";

/** Words before a light noun that say nothing of a topic: "the whole idea", "the very notion". */
const EMPTY = String.raw`(?:(?:whole|very|mere|same|new|latest|old|such|any)\s+)?`;

/** "idea of a customs union", "the very notion of joint patrols": the thought, "of", its topic. */
const THOUGHT_OF = new RegExp(
  String.raw`^${EMPTY}(?:${THOUGHT})s?\s+of\s+(?:(?:a|an|the)\s+)?(\S.{2,})$`,
  "i",
);

/**
 * "the idea", "the suggestion", "the whole notion": a light noun and nothing else. Left bare
 * after every earlier sentence was asked what it stands for, it names no target.
 */
const BARE_THOUGHT = new RegExp(String.raw`^${EMPTY}(?:${THOUGHT}|suggestion)s?$`, "i");

/**
 * "the statement", "the claim", "these assertions": words someone said, called only by their
 * kind; they stand for whoever said them.
 */
const BARE_SAYING = new RegExp(
  String.raw`^(?:(?:latest|recent|new|same|such|public|whole|written)\s+)?(statement|claim|assertion|announcement)s?$`,
  "i",
);

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
  const proposer = memory.lastSubject;
  const proposed = memory.texts.at(-2);
  return proposer !== undefined &&
    proposed !== undefined &&
    PROPOSING_VERB.test(proposed) &&
    !isOf(proposer, holder)
    ? { actor: referredTo(proposer) }
    : undefined;
}

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
 * What a stance against a thought or a sort is against: its topic. "Brazil rejected the idea of a
 * customs union with Argentina" → "customs union with Argentina", "any form of interference in
 * its affairs" → "interference in its affairs"; any other phrase is returned as it is.
 */
export function thoughtTopic(phrase: string): string {
  return (
    THOUGHT_OF.exec(phrase)?.[1] ??
    SORT_OF.exec(phrase)?.[1] ??
    MEDIA_SHOWING.exec(phrase)?.[1] ??
    phrase
  );
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
  const sayer = memory.lastSubject;
  const said = memory.texts.at(-2);
  if (sayer !== undefined && said !== undefined && SAYING_VERB.test(said) && !isOf(sayer, holder))
    return { actor: referredTo(sayer) };
  const speaker = recentHolder(memory, 2);
  return speaker === undefined || isOf(speaker, holder)
    ? undefined
    : { actor: referredTo(speaker) };
}

/**
 * Whether a stance names more than a bare thought: "Estonia dismissed the idea as unrealistic",
 * with nothing before it the idea could be, tells no target.
 */
export function namesMoreThanAThought(o: { readonly target: OppositionTarget }): boolean {
  return !("issue" in o.target) || !BARE_THOUGHT.test(o.target.issue);
}

/** "the idea floated by", "the suggestion put forward by the": a thought, who put it, "by". */
const PUT_BY = new RegExp(
  String.raw`^${EMPTY}(?:${THOUGHT}|suggestion)s?\s+(?:(?:first\s+)?(?:put\s+forward|floated|raised|mooted|voiced|advanced|proposed|pushed|championed|aired))\s+by\s+(?:the\s+)?`,
  "i",
);

/** ", floated by the": the same participle set off by commas after a bare thought. */
const PUT_BY_ASIDE =
  /^\s*,\s*(?:first\s+)?(?:put\s+forward|floated|raised|mooted|voiced|advanced|proposed|pushed|championed|aired)\s+by\s+(?:the\s+)?/i;

/**
 * "Egypt rejected the idea floated by Ethiopia", "dismissed the idea, floated by Guatemala, of a
 * joint force": a thought put forward by a party, told with no topic or with its topic after the
 * aside, stands for that party. `phrase` is the object as read, starting at `phraseStart`.
 */
export function thoughtOwner(
  text: string,
  start: number,
  phraseStart: number,
  phrase: string,
  actors: readonly Actor[],
): Actor | undefined {
  const m = PUT_BY.exec(phrase);
  const aside =
    m === null && BARE_THOUGHT.test(phrase)
      ? PUT_BY_ASIDE.exec(text.slice(phraseStart - start + phrase.length))
      : null;
  if (m === null && aside === null) return undefined;
  const at = phraseStart + (m?.[0].length ?? phrase.length + (aside?.[0].length ?? 0));
  return actors.find((a) => a.start === at && !a.possessive);
}

/**
 * "the decision to expel…", "a move to close…", "plans to suspend…": a noun for a course of action,
 * "to", a verb (maybe with its particle), and the rest of the verb phrase.
 */
const COURSE_TO =
  /^(?:(?:a|the)\s+)?(?:efforts?|attempts?|plans?|moves?|decision|bids?|calls?)\s+to\s+([a-z]+)(?:\s+(?:down|off|up|out))?(\s.*)?$/i;

/** The nouns strip-only before this module: "efforts to…", "calls to…" lose just those words. */
const COURSE_STRIPPED = /^(?:efforts|attempts|plans|moves|a decision|the decision|calls)\s+to\s+/i;

/**
 * What a course of action is, as the noun of its verb when the project knows one (EVENT_VERBS):
 * "denounced the decision to expel 40 traders" → "expulsion of 40 traders", "plans to close the
 * crossing" → "closure of the crossing". Otherwise "efforts to…", "calls to…" and the like lose
 * their first words ("attempts to reopen talks" → "reopen talks"), and other phrases stay.
 */
export function courseTopic(phrase: string): string {
  const m = COURSE_TO.exec(phrase);
  const verb = m?.[1];
  const noun =
    verb === undefined
      ? undefined
      : [...EVENT_VERBS].find(([, form]) => form.test(verb) && !/ed$|ing$/i.test(verb))?.[0];
  if (noun !== undefined && m?.[2] !== undefined) return `${noun} of${m[2]}`;
  return phrase.replace(COURSE_STRIPPED, "");
}
