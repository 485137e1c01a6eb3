import { OFFICE_HEADS } from "../lexicon/name-heads.ts";
import { isPeopleNoun } from "../lexicon/people-nouns.ts";
import type { Actor } from "../resolve/actor.ts";
import { actorsBetween, rightClauseEnd } from "./clause.ts";
import { isListGap } from "./meeting-list-gap.ts";
import { mayStartTitle } from "../gazetteer/title-index.ts";

/**
 * Right after a meeting's words, past a place or a day: "hosted by", "mediated by", "chaired by",
 * "under the auspices of". "at talks hosted by Anwar", "held talks in Jeddah on Tuesday, mediated
 * by Faisal", "sat down together under the auspices of the Emir of Qatar, Sheikh Tamim".
 */
const HOSTED_BY =
  /^(?:\s+together)?(?:\s+(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*){0,2}\s*,?\s+(?:(?:hosted|co-hosted|chaired|co-chaired|mediated|brokered|convened|facilitated|moderated)\s+by|under\s+the\s+auspices\s+of)\s+/u;

/**
 * The same after a meeting noun the meeting verb is placed in, past other words of its clause:
 * "met in Muscat after weeks of contacts, at a session hosted by", "talked for hours in a round
 * chaired by", past an aside on the meeting: "held talks, their first in a year, at a session
 * hosted by".
 */
const AT_HOSTED =
  /^(?:\s+(?!(?:and|but|while|who|which|said|says|as)\b)[\p{L}\p{N}'’.-]+){0,10}?(?:,\s+(?:their|its)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?[\p{L}\p{N}'’-]+)?,?\s+(?:at|in|during|over)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:session|meeting|talks|round|dinner|lunch|breakfast|summit|conference|gathering|encounter)\s+(?:hosted|co-hosted|chaired|co-chaired|mediated|convened|facilitated|moderated)\s+by\s+/u;

/**
 * Only a title and a demonym between "by" and the person, perhaps after a word of its time:
 * "Malaysian Prime Minister ", "former Nigerian President ".
 */
const TITLE_WORDS = /^(?:(?:former|acting|interim|outgoing|then)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** Up to five words of a role's owner and modifiers before its head, no conjunction among them. */
const ROLE_LEAD = String.raw`^(?:the\s+)?(?:(?!(?:and|with|while|as|for|after|before|who|which)\b)[\p{L}.'’-]+\s+){0,5}?`;

/**
 * A role set off by a comma before the name, with its owner and modifiers: "Egypt's Foreign
 * Minister, ", "the Omani foreign minister, ", "the country's top diplomat, ", "the Emir of
 * Qatar, Sheikh ", or up to three words of what it heads: "the director-general of the port
 * authority, ".
 */
const ROLE_APPOSED = new RegExp(
  String.raw`${ROLE_LEAD}(?:minister|president|secretary|envoy|diplomat|mediator|chief|leader|king|emir|sultan|premier|chancellor|counterpart|adviser|advisor|director|director-general|secretary-general|negotiator|host|ambassador|official|deput(?:y|ie)|aide|wife|husband|spouse|son|daughter|father|mother|brother|sister)s?(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?,\s+$`,
  "iu",
);

/**
 * A role whose last word is an office — written as a title (a capitalised noun of people,
 * people-nouns.ts) or one of the offices of name-heads.ts — with a place or body after it:
 * "India's High Commissioner in Dhaka, ", "the bank's Regional Director for Asia, ". Not "the
 * government, ", a body.
 */
const OFFICE_APPOSED = new RegExp(
  String.raw`${ROLE_LEAD}([\p{L}-]+)(?:\s+(?:of|in|to|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+$`,
  "u",
);

/** Whether the words between "by" and a name are a role set off by a comma. */
function isRoleApposed(gap: string): boolean {
  if (ROLE_APPOSED.test(gap)) return true;
  const head = OFFICE_APPOSED.exec(gap)?.[1] ?? "";
  return /^\p{Lu}/u.test(head) ? isPeopleNoun(head) : OFFICE_HEADS.has(head);
}

/** Title words after a role's comma, before the name: ", Sheikh ", ", Prince ". */
const TITLE_AFTER_COMMA = /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}$/u;

/**
 * An office in lowercase after a role's comma, before the name: "his father, former president ",
 * "her deputy, finance minister ".
 */
const LOWER_TITLE_AFTER_COMMA = /,\s+((?:[\p{Ll}-]+\s+){1,3})$/u;

/** Whether the lowercase words after a role's comma are an office, perhaps of a former holder. */
function isLowerOffice(words: string): boolean {
  return words
    .trim()
    .split(/\s+/)
    .every((w) => /^(?:former|acting|interim|outgoing|then)$/.test(w) || mayStartTitle(w));
}

/** The words between "by" and a name with an office set off after a role's comma read as a title. */
function withoutOfficeAfterComma(gap: string): string {
  const lower = LOWER_TITLE_AFTER_COMMA.exec(gap);
  if (lower !== null && isLowerOffice(lower[1] ?? "")) return gap.slice(0, lower.index) + ", ";
  return gap.replace(TITLE_AFTER_COMMA, ", ");
}

/**
 * "A and B agreed to a ceasefire at talks hosted by C", "A and B held talks, mediated by C": the
 * one who hosts, chairs or mediates the meeting just told takes part in it — the person right
 * after "by" (past a role in apposition: "hosted by Oman's foreign minister, D") and those listed
 * with them. `rest` is the text after the trigger, which ends at
 * `end` (an offset in the body); `start` is the sentence's.
 */
export function hostsOf(
  text: string,
  start: number,
  end: number,
  rest: string,
  people: readonly Actor[],
): Actor[] {
  if (!rest.includes(" by ") && !rest.includes(" auspices ")) return [];
  const m = HOSTED_BY.exec(rest) ?? AT_HOSTED.exec(rest);
  if (m === null) return [];
  return namedAfterBy(text, start, end + m[0].length, people);
}

/**
 * The person named right after a "by" that ends at `from` (past a title, or a role in
 * apposition: "by Oman's foreign minister, D") and those listed with them.
 */
export function namedAfterBy(
  text: string,
  start: number,
  from: number,
  people: readonly Actor[],
): Actor[] {
  const after = actorsBetween(people, from, rightClauseEnd(text, start, from));
  const first = after[0];
  const gap = first === undefined ? "" : text.slice(from - start, first.start - start);
  if (
    first === undefined ||
    !(TITLE_WORDS.test(gap) || isRoleApposed(withoutOfficeAfterComma(gap)))
  )
    return [];
  const out = [first];
  for (const next of after.slice(1)) {
    if (!isListGap(text.slice((out.at(-1)?.end ?? 0) - start, next.start - start))) break;
    out.push(next);
  }
  return out;
}
