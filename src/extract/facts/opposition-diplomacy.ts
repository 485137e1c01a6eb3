import type { Actor } from "../resolve/actor.ts";
import { actorsBetween, rightClauseEnd } from "./clause.ts";
import type { OppositionMention } from "./find-oppositions.ts";
import { execAll } from "../text/exec-all.ts";
import { possessorAt } from "./opposition-decider.ts";
import { ENVOY } from "./opposition-verbs.ts";

/** An envoy named anywhere in a phrase. */
const ENVOY_WORD = new RegExp(String.raw`\b${ENVOY}(?![\p{L}])`, "iu");

/**
 * Diplomatic measures are stances against a state even when no reason is given: "expelled three
 * Russian diplomats", "summoned Spain's ambassador", "summoned India's high commissioner",
 * "called in the Turkish envoy", "recalled its ambassador from Sudan", "withdrew its ambassador from Paris", "declared the French
 * ambassador persona non grata" — but not "broke off relations with Taiwan", which is a switch of
 * allegiance rather than a protest.
 * The state opposed is the one whose envoys are sent away or summoned, or the one an envoy leaves.
 */
export const DIPLOMATIC = new RegExp(
  String.raw`\b(?:(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in|expel(?:s|led|ling)?|declar(?:e|es|ed|ing)(?=\s+[^.;]{1,80}?\bpersona\s+non\s+grata\b))\s+((?:[\w'’.-]+\s+){0,4}?)${ENVOY}(?![A-Za-zÀ-ÿ])|(?:recall(?:s|ed|ing)?|withdr(?:ew|aws?|awn|awing)|pull(?:s|ed|ing)?)\s+(?:its|their|the\s+country['’]s)\s+${ENVOY}\s+(?:from|to|in)\s+)`,
  "gi",
);

// "chargé" ends in a letter that \b does not count as one, so the end of a word is tested by hand.

/** Cheap test: a sentence with none of these stems skips the pattern. */
export const DIPLOMATIC_HINT =
  /summon|call\w*\s+in\s|expel|recall|non grata|(?:withdr\w*|pull\w*)\s+(?:its|their|the country)/i;

/** The state a diplomatic measure is taken against, named in the match or right after it. */
export function diplomaticTarget(
  text: string,
  start: number,
  m: RegExpMatchArray,
  parties: readonly Actor[],
): Actor | undefined {
  const at = start + (m.index ?? 0);
  const envoys = m[1];
  if (envoys !== undefined) {
    // "three Russian diplomats", "Spain's ambassador": the state the envoys are from.
    const from = at + m[0].indexOf(envoys, m[0].search(/\s/));
    // "the EU ambassador": a body that sends envoys as a state does.
    const sender = actorsBetween(parties, from, from + envoys.length).find(
      (a) => !a.place && (a.label === "Country" || (a.label === "Organization" && a.via === "org")),
    );
    if (sender !== undefined) return sender;
    // "the ambassador of China": the state after "of".
    const end = at + m[0].length;
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end - start, end - start + 12));
    if (of === null) return undefined;
    const next = parties.find((a) => a.start === end + of[0].length);
    return next?.label === "Country" && !next.place ? next : undefined;
  }
  const end = at + m[0].length;
  const next = actorsBetween(parties, end, rightClauseEnd(text, start, end))[0];
  return next !== undefined && next.start === end && next.label === "Country" ? next : undefined;
}

/** A summons ("summoned", "called in"), or an expulsion, of an envoy, up to the reason it gives. */
export const SUMMONS = /^(?:summon|call(?:s|ed|ing)?\s+in\b|expel)/i;

/**
 * "summoned the Dutch ambassador over the remarks", "summoned the EU ambassador, X, to protest
 * against the statement": the state or body whose envoy is called in, when the reason it is
 * called in over names no party of its own. `from` is where the summons starts, `to` where its
 * reason's verb ends; undefined when no summons or no sender is told.
 */
export function summonedSender(
  text: string,
  start: number,
  from: number,
  to: number,
  parties: readonly Actor[],
): Actor | undefined {
  if (
    !SUMMONS.test(text.slice(from - start, to - start)) ||
    !ENVOY_WORD.test(text.slice(from - start, to - start))
  )
    return undefined;
  return actorsBetween(parties, from, to).find(
    (a) => !a.place && (a.label === "Country" || (a.label === "Organization" && a.via === "org")),
  );
}

/**
 * "to the Russian chargé d'affaires", "to Iran's ambassador", "with the Embassy of China": an
 * envoy or mission, named by its state's demonym, possessive or name. The envoy's own possessive
 * ("the ambassador's remarks") is not an addressee.
 */
const ENVOY_ADDRESSEE =
  /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}?(?:(?:new|acting|top|senior|visiting|resident)\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]harg[ée](?:\s+d['’]affaires)?|[Ee]mbassy|[Cc]onsulate(?:-[Gg]eneral)?|[Cc]onsul(?:-[Gg]eneral)?|(?:diplomatic\s+)?[Mm]ission|diplomats?)(?!['’]s)(?!\p{L})(?:\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*|of\s+){1,6})?/u;

/** A protest or complaint told with "to" or "with" its addressee (not "objections to the plan"). */
const ADDRESSED =
  /\b(?:protests?|notes?|complaints?|concerns?|representations|displeasure|dissatisfaction|disapproval|indignation)\s+(?:to|with)$/i;

/**
 * "protested to Phnom Penh over…", "protests with the embassy about…", "protested directly to…":
 * the verb and its addressee.
 */
const PROTESTED_TO = /^protest(?:s|ed|ing)?\s+(?:(?:\w+ly|again|also)\s+)?(?:to|with)\s/i;

/**
 * "handed a protest note to the Russian chargé d'affaires over the jamming", "sent a protest to
 * Kampala": a protest addressed to a state, its capital, or its envoy or mission is a stance
 * against that state. `verb` is the stance's verb, found at `at`, ending in the preposition of its
 * addressee; returns that state, or undefined when no state is addressed.
 */
export function envoyAddressee(
  text: string,
  start: number,
  at: number,
  verb: string,
  parties: readonly Actor[],
): Actor | undefined {
  // "protested to Phnom Penh over the flights": the addressee stands inside the verb's match.
  const inside = ADDRESSED.test(verb) ? null : PROTESTED_TO.exec(verb);
  if (inside === null && !ADDRESSED.test(verb)) return undefined;
  const end = inside === null ? at + verb.length : at + inside[0].length - 1;
  // "sent a protest note to Kampala": the state itself, or its capital, is addressed.
  const state = parties.find((a) => a.start === end + 1 && a.label === "Country" && !a.possessive);
  if (state !== undefined) return state;
  const m = ENVOY_ADDRESSEE.exec(text.slice(end - start, end - start + 120));
  if (m === null) return undefined;
  const inMatch = actorsBetween(parties, end, end + m[0].length + 1);
  return inMatch.find((a) => a.label === "Country");
}

/**
 * "Caracas declared Prime Minister Kamla Persad-Bissessar persona non grata", "approved a motion
 * declaring the mayor persona non grata": a person barred from a state is opposed by it. The group
 * is the one declared; an envoy so declared is read by DIPLOMATIC, against the envoy's state.
 */
export const NON_GRATA =
  /\bdeclar(?:e|es|ed|ing)\s+([^.;]{1,140}?)\s+(?:an?\s+)?["“]?persona\s+non\s+grata\b/gi;

/** Cheap test for NON_GRATA. */
export const NON_GRATA_HINT = /non grata/i;

/**
 * The people a NON_GRATA match declares unwelcome, each of a list ("declared Russian lawmakers
 * Pyotr Tolstoy and Leonid Slutsky persona non grata"), unless envoys (read by DIPLOMATIC).
 */
export function declaredPeople(
  m: RegExpExecArray,
  start: number,
  parties: readonly Actor[],
): Actor[] {
  const named = m[1] ?? "";
  if (ENVOY_WORD.test(named)) return [];
  const from = start + m.index + m[0].indexOf(named, m[0].search(/\s/));
  return actorsBetween(parties, from, from + named.length).filter(
    (a) => a.label === "Person" && !a.possessive,
  );
}

/**
 * "Spain's ambassador in Buenos Aires, María Alonso, was being withdrawn", "France's envoy to Niger
 * has been recalled": an envoy called home is the sending state's stance against the state it was
 * posted to. The group is the posting.
 */
const RECALLED_ENVOY = new RegExp(
  String.raw`['’]s?\s+${ENVOY}\s+(?:to|in)\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3}?)(?:,[^,]{1,60},)?\s+(?:was|were|is|has\s+been|had\s+been|will\s+be)\s+(?:being\s+)?(?:\w+ly\s+)?(?:recalled|withdrawn|called\s+home)\b`,
  "giu",
);

/** Cheap test for RECALLED_ENVOY. */
export const RECALLED_ENVOY_HINT = /\b(?:recalled|withdrawn|called\s+home)\b/i;

/** The stances RECALLED_ENVOY tells: the envoy's state against the state of its posting. */
export function recalledEnvoys(
  text: string,
  start: number,
  parties: readonly Actor[],
): OppositionMention[] {
  const out: OppositionMention[] = [];
  for (const m of execAll(RECALLED_ENVOY, text)) {
    const at = start + m.index;
    const holder = possessorAt(parties, at, "Country");
    const postingAt = at + m[0].indexOf(m[1] ?? "", 4);
    const posting = actorsBetween(parties, postingAt, postingAt + (m[1] ?? "").length + 1).find(
      (a) => a.label === "Country",
    );
    if (holder === undefined || posting === undefined || holder.key === posting.key) continue;
    out.push({ holder, target: { actor: posting }, what: posting.key, verb: m[0], at });
  }
  return out;
}
