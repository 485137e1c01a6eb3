import type { Actor } from "../resolve/actor.ts";
import { SHUNNED } from "./opposition-measure-words.ts";

/** What a ban falls on when it names goods, traffic or those kept out. */
const BANNED_THINGS = String.raw`(?:imports|exports|shipments|sales|purchases|flights|broadcasts|products|goods|vessels|ships|aircraft|airlines|carriers|companies|firms|officials|outlets|channels)`;

/**
 * "Cambodia has banned imports of Thai fruit", "barred the agency from operating", "banned
 * Russian-flagged vessels": a ban laid on a party, or on what comes from it, is a measure against
 * it. A ban suffered ("was banned", "are barred from") is passive and not read here; the verb must
 * be followed by goods, traffic or those kept out, or by whoever is kept "from" doing something.
 */
export const BAN = String.raw`(?:bann(?:ed|ing)|bans|barr(?:ed|ing)|bars|prohibit(?:s|ed|ing)?)(?<!\b(?:is|are|was|were|be|been|being|get|gets|got|not)\s+(?:\w+ly\s+)?\w+)(?=\s+(?:[\w'’.-]+\s+){0,6}?from\s+\w+ing\b|\s+(?:[\w'’.-]+\s+){0,3}?${BANNED_THINGS}\b)`;

/** A ban's verb, as BAN matches it, for the object reading below. */
const BAN_VERB = /^(?:bann|bans|barr|bars|prohibit)/i;

/** "from operating": the party barred stands before the verb, as a relative clause's antecedent. */
const FROM_DOING = /^\s+from\s+\w+ing\b/i;

/** "…, which Israel has barred": the relative pronoun before the ban's subject. */
const RELATIVE = /,\s*(?:which|whom|who)\s+[^,;]*$/i;

/**
 * The party a ban is laid on: the state whose goods or traffic are banned ("banned imports of
 * Thai fruit", "banned Georgian wine imports"), or, for "…, which Israel has barred from
 * operating", the party the relative clause hangs on. Undefined for a verb that is not a ban, and
 * when the object names a party of its own ("barred the agency from…"), which is read as usual.
 */
export function bannedParty(
  text: string,
  start: number,
  at: number,
  verb: string,
  parties: readonly Actor[],
): Actor | undefined {
  const end = at + verb.length;
  const after = text.slice(end - start, end - start + 120);
  if (MEASURE_ON.test(verb)) return goodsOrigin(after, end, verb, parties);
  if (/^(?:suspend|expel)/i.test(verb)) return memberOf(after, end, parties);
  if (!BAN_VERB.test(verb)) return undefined;
  if (FROM_DOING.test(after)) return relativeAntecedent(text, start, at, parties);
  // The first party within the object's first words, when it is a state: the goods' source.
  const object = /^\s+(?:\S+\s+){0,5}\S+/.exec(after)?.[0] ?? "";
  const first = parties.find((a) => a.start > end && a.end <= end + object.length);
  return first?.label === "Country" ? first : undefined;
}

/** A measure told with what it falls "on": "imposed tariffs of 25% on", "raised duties on". */
const MEASURE_ON =
  /\b(?:sanctions|embargo(?:es)?|restrictions|penalties|tariffs?|dut(?:y|ies)|lev(?:y|ies)|bans?)\b.*\s(?:on|against)$/i;

/**
 * "all goods from Colombia", "US imports", "Chinese products", "electric cars made in Korea":
 * trade named only by its source.
 */
const GOODS =
  /^\s+(?:all\s+)?(?:(?:goods|imports|products|exports|shipments)\s+(?:from|of)\s+(?:the\s+)?(?=\p{Lu})|(?:[\p{Ll}-]+\s+){1,3}(?:made|produced|manufactured|built|grown)\s+in\s+(?:the\s+)?(?=\p{Lu})|(?=\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+(?:goods|imports|products|exports|shipments)\b))/u;

/** A tax on trade, as against a sanction or a ban, which may fall on people as well as goods. */
const TRADE_LEVY = /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies))\b/i;

/**
 * "duties on Brazilian beef", "tariffs on South Korean cars", "a levy on US-made cars": a tax on
 * goods named by their state's demonym (or its name joined by a hyphen to "made", "built",
 * "produced" or "grown"), a lowercase noun after it, falls on that state.
 */
const TAXED_GOODS =
  /^\s+(?:(?:all|most|many|some)\s+)?(?=\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:\s+|-(?:made|built|produced|grown)\s+)\p{Ll})/u;

/**
 * "tariffs of 25% on all goods from Colombia", "duties on US imports", "a levy on steel produced
 * in Vietnam": a measure on trade named only by where it comes from is against that state. Other
 * objects ("tariffs on Chinese steel") are read as usual.
 */
function goodsOrigin(
  after: string,
  end: number,
  verb: string,
  parties: readonly Actor[],
): Actor | undefined {
  const m = GOODS.exec(after) ?? (TRADE_LEVY.test(verb) ? TAXED_GOODS.exec(after) : null);
  if (m === null) return undefined;
  return parties.find((a) => a.start === end + m[0].length && a.label === "Country");
}

/** "Madagascar's membership": what a body suspends a member from, owned by the member. */
const MEMBER_RIGHT =
  /^['’]s?\s+(?:membership|participation|seat|voting\s+rights|accreditation|credentials)\b/i;

/**
 * "The African Union suspended Madagascar's membership": a member suspended from a body is the
 * one the body stands against, not its membership.
 */
function memberOf(after: string, end: number, parties: readonly Actor[]): Actor | undefined {
  const member = parties.find((a) => a.start === end + 1 && a.possessive);
  if (member === undefined || !MEMBER_RIGHT.test(after.slice(member.end - end))) return undefined;
  return member;
}

/** A preposition that ends a noun phrase's head: "the UN agency | for refugees". */
const HEAD_END = /\s(?:for|of|in|on|at|with|from|to|based|run|led)\s/i;

/**
 * "UNRWA, the United Nations agency for Palestinian refugees, which Israel has barred": the party
 * the relative clause hangs on, named in the head of the last phrase before it ("the United
 * Nations agency"), else in an earlier phrase it stands in apposition to ("UNRWA").
 */
function relativeAntecedent(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): Actor | undefined {
  const head = text.slice(0, at - start);
  const relative = RELATIVE.exec(head);
  if (relative === null) return undefined;
  let end = relative.index;
  const clauseStart = Math.max(head.lastIndexOf(";"), head.lastIndexOf(":")) + 1;
  while (end > clauseStart) {
    const from = Math.max(head.lastIndexOf(",", end - 1) + 1, clauseStart);
    const phrase = head.slice(from, end);
    const headEnd = HEAD_END.exec(phrase);
    const to = start + from + (headEnd === null ? phrase.length : headEnd.index);
    const named = parties.filter((a) => a.start >= start + from && a.end <= to && !a.possessive);
    if (named.length > 0) return named.at(-1);
    end = from - 1;
  }
  return undefined;
}

/**
 * "added eleven hotels run by GAESA to its list of restricted entities", "added two Chinese
 * firms to the Entity List", "placed three defence contractors on its export control list":
 * listing a party among those punished is a measure against it. The first group is who is listed,
 * the second the list.
 */
export const LISTED =
  /\b(?:add(?:s|ed|ing)?\s+([^.;]{1,100}?)\s+to|(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\s+([^.;]{1,100}?)\s+on)\s+((?:its|their|the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:list|blacklist|register)(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?)/gi;

/** Cheap test for LISTED. */
export const LISTED_HINT = /\b(?:add|plac|put)\w*\b[^.]*\b(?:list|register)\b/i;

/** The party a LISTED match puts on a list of the shunned, if the list is one. */
export function listedParty(
  m: RegExpExecArray,
  start: number,
  parties: readonly Actor[],
): Actor | undefined {
  if (!SHUNNED.test(m[3] ?? "")) return undefined;
  const listed = m[1] ?? m[2] ?? "";
  const from = start + m.index + m[0].indexOf(listed, m[0].search(/\s/));
  const inside = parties.filter(
    (a) => a.start >= from && a.end <= from + listed.length && !a.possessive && !a.place,
  );
  // "three Japanese contractors, among them a subsidiary of Kawasaki": the body named is listed,
  // the state of the demonym only where no body is named.
  return inside.find((a) => a.label !== "Country") ?? inside[0];
}
