import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart, rightClauseEnd } from "./clause.ts";
import type { Party, Recipient } from "./find-funding.ts";
import { DEBT_PURPOSE } from "./funding-hedges.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";

/** Whose or which budget: "the state budget", "its 2024 budget". */
const PURSE_OF = String.raw`(?:state|national|federal|public|government|domestic|annual|\d{4})`;

/**
 * "from its own budget", "out of the state budget", "from state coffers", "of its own funds": the
 * state's own purse named as where the money comes from. After a bare "the", only a budget,
 * treasury or coffers is: "of the funds from the World Bank", "of the resources provided by
 * Japan" are another's money.
 */
const OWN_PURSE = new RegExp(
  String.raw`\b(?:(?:from|out of|of|with)\s+(?:(?:its|their)\s+(?:own\s+)?(?:${PURSE_OF}\s+)?(?:budget|treasury|coffers|reserves|funds|resources|purse|pocket)|the\s+(?:(?:${PURSE_OF}\s+)?(?:budget|treasury|coffers)|${PURSE_OF}\s+(?:reserves|funds|resources|purse)))|from\s+(?:state|public|government|national|federal)\s+(?:budget|treasury|coffers|reserves|funds|resources|purse|pocket))\b`,
  "i",
);

/** Cheap gate: a word every own purse needs. */
const PURSE_WORD = /\b(?:budget|treasury|coffers|reserves|funds|resources|purse|pocket)\b/i;

/** A verb by which a state spends its own money, between the state and the amount. */
const SPENDS =
  /^(?:['’]s\s+(?:government|cabinet|treasury|finance ministry))?\s+(?:(?:itself|alone|will|would|is|are|has|have|had|plans to|intends to|is to|also|now|already|again|to|be)\s+)*(?:spend\w*|spent|pa(?:y|ys|id|ying)|fund(?:s|ed|ing)?|cover\w*|provid\w*|allocat\w*|set(?:s|ting)?\s+aside|put(?:s|ting)?|contribut\w*|commit\w*|earmark\w*|invest\w*|financ\w*|us(?:e|es|ed|ing)|find|found|finding|rais(?:e|es|ed|ing))\b(?:\s+(?:[\w'’-]+\s+){0,4}?(?:from|out of|of|with)\s+(?:its|their|the|state|public)\b[^,;]*)?[^,;\p{Sc}\d]*$/iu;

/** What the money goes to, after the purse or the amount: "on …", "for …", "into …", "to …". */
const PURPOSE_AFTER =
  /^[^,;]*?\b(?:on|for|into|towards?|to(?=\s+(?:[a-z]+ing|(?!the\b|a\b|an\b|be\b|its\b|their\b)[a-z]+\s)))\s+(?!(?:it|them|this|that|now|date|help)\b)((?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]*[\p{L}\d'’])(?=\s*(?:[,.;:]|$|\b(?:after|in|this|next|over|despite|with|while|which|who|that|and|as|at|by|from|along|near|before|until|during|amid|across|under)\b))/u;

/** "…this year, mainly to resettle the families": a purpose set off by a comma and a focus word. */
const FOCUSED_PURPOSE =
  /^[^;]*?,\s*(?:mainly|largely|chiefly|partly|primarily|mostly|in part|above all)\s+((?:to|for)\s+[^]*)$/;

/**
 * A purse's money paid out or lent is not given either: "…of its reserves to pay salaries", "…for
 * loans" (with the debts every rule turns away, `DEBT_PURPOSE`).
 */
const PAID_OR_LENT = /^pa(?:y|ying)\b|\bloans?\b/i;

/** "400 million bolivianos of school repairs", "…of the railway's cost": a share of a thing. */
const SHARE_OF = new RegExp(
  String.raw`^\s+of\s+(?!(?:its|their|the)\s+(?:own\s+)?(?:${PURSE_OF}\s+)?(?:budget|treasury|coffers|reserves|funds|resources)\b)((?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+?)(?:['’]s?\s+(?:cost|costs|bill|price)|\s+costs?)?(?=\s*(?:[,.;:]|$|\b(?:from|out|with|this|next|in|over|by)\b))`,
  "u",
);

const PARTICIPLE_OPENING = /^\W*\p{Ll}+ing\b/u;

/** The object of the verb before the amount: "is financing the Rogun dam from its own budget". */
const OBJECT_BEFORE =
  /\b(?:financ\w*|fund\w*|build\w*|pay\w*\s+for|cover\w*)\s+((?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]*[\p{L}\d'’])\s+(?:from|out of|with)\b/u;

/**
 * A state's own money goes to what it is for. A report that a state pays from its own budget
 * ("Kyrgyzstan will put 8 billion soms of its own budget into resettling families from the border
 * area with Uzbekistan", "Peru will spend 2 billion soles from its national budget on
 * reconstruction", "the state will cover 200 billion tugriks of the railway's cost from state
 * coffers") tells of money kept at home: the state that opens the clause pays, and the purpose
 * named after the purse or the amount (or the share the amount is of) receives — never another
 * state the sentence names in passing. Only when the purse is named; `null` when the purse pays
 * debts, which is no money given.
 */
export function ownBudget(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Party; recipient: Recipient } | null | undefined {
  if (!PURSE_WORD.test(text)) return undefined;
  const own = leftClauseStart(text, start, money.start);
  // "Tajikistan is financing the dam from its own budget, setting aside 1.5 billion somoni": a
  // participle's clause has the sentence's subject.
  const clause = PARTICIPLE_OPENING.test(text.slice(own - start)) ? start : own;
  const end = rightClauseEnd(text, start, money.end);
  const before = text.slice(clause - start, money.start - start);
  const after = text.slice(money.end - start, Math.max(end, money.end + 120) - start);
  const purse = OWN_PURSE.exec(after) ?? OWN_PURSE.exec(before);
  if (purse === null) return undefined;
  const state = openingState(text, start, clause, money.start, actors);
  if (state === undefined) return undefined;
  const purpose = purposeOf(before, after, purse);
  if (purpose === undefined) return undefined;
  // "Tunisia used $1 billion of its reserves to pay foreign debts": money paid out, not given.
  return DEBT_PURPOSE.test(purpose) || PAID_OR_LENT.test(purpose)
    ? null
    : { funder: state, recipient: issueOf(purpose) };
}

/** ", setting aside": a participle after the subject's clause, which may carry the spending verb. */
const TRAILING_PARTICIPLE = /,\s*(\p{Ll}+ing\b[^,;]*)$/u;

/** The state (or its government) opening the clause whose verb spends the amount. */
function openingState(
  text: string,
  start: number,
  clause: number,
  moneyStart: number,
  actors: readonly Actor[],
): Party | undefined {
  const first = actors.find((a) => a.start >= clause && a.end <= moneyStart && !a.place);
  if (first === undefined || first.label === "Person") return undefined;
  if (!/^\W*(?:the\s+)?$/i.test(text.slice(clause - start, first.start - start))) return undefined;
  // "Bolivia's government will fund…": the state and its organ are one subject.
  const organ = actors.find(
    (a) => a.start > first.end && a.start <= first.end + 3 && a.label === "Organization",
  );
  const subject = first.possessive && organ !== undefined ? organ : first;
  const verb = text.slice(subject.end - start, moneyStart - start);
  const participle = TRAILING_PARTICIPLE.exec(verb)?.[1];
  if (!SPENDS.test(participle === undefined ? verb : ` ${participle}`)) return undefined;
  const party = payer(subject);
  return party?.label === "Country" ? party : undefined;
}

/** What the purse's money is for, in the order a report most plainly says it. */
function purposeOf(before: string, after: string, purse: RegExpExecArray): string | undefined {
  const share = SHARE_OF.exec(after)?.[1];
  const inAfter = purse.input === after;
  const rest = inAfter ? after.slice(purse.index + purse[0].length) : after;
  const focused = FOCUSED_PURPOSE.exec(rest)?.[1];
  const found =
    share ??
    PURPOSE_AFTER.exec(rest)?.[1] ??
    (focused === undefined ? undefined : PURPOSE_AFTER.exec(` ${focused}`)?.[1]) ??
    (inAfter ? PURPOSE_AFTER.exec(after)?.[1] : undefined) ??
    OBJECT_BEFORE.exec(before)?.[1];
  const bare = found?.replace(/^(?:the|a|an|its|their)\s+/i, "").trim();
  return bare === undefined || bare === "" ? undefined : bare;
}
