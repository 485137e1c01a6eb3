import { textBeforeAmount } from "./money.ts";
import type { Actor } from "../resolve/actor.ts";
import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import { SPEND_BEFORE } from "./funding-spent-on.ts";
import type { MoneyMention } from "./money.ts";

/**
 * An amount whose own clause says what it will be used for goes to that: "The remaining €80
 * million will finance dormitories at three colleges", "Of the total, 40 million dinars will be
 * spent on diesel for the army's trucks", "…, about $60 million, will cover nurses' pay in Gaza",
 * "a $200 million loan on Monday to extend cash transfers to farmers hit by the drought". The
 * object of the verb of use is read as a noun phrase that ends before a preposition, a participle
 * or a clause, so "diesel for the army's trucks" is diesel and "cash transfers to farmers hit
 * by…" cash transfers. A party named there ("will go to Jordan", "will finance Kenya's budget")
 * receives instead.
 */
export function useOfAmount(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Recipient | undefined {
  const after = text.slice(money.end - start, money.end - start + 200);
  // "…would spend 20 million soles (about $5.6 million) on a health post": spent on what follows.
  const spent = SPEND_BEFORE.test(textBeforeAmount(text, start, money, 40));
  if (!spent && !USE_HINT.test(after)) return undefined;
  const m = (spent ? SPENT_ON.exec(after) : null) ?? USE_CLAUSE.exec(after);
  const object = m?.[1];
  if (m === null || object === undefined || STOP_OBJECT.test(object)) return undefined;
  // "The loan, worth $500 million, will support…", "The $200 million loan will fund…": the deal
  // told before, whose recipient stays in view.
  const before = textBeforeAmount(text, start, money, 60);
  if (DEAL_BEFORE.test(before) || (/\bthe\s*$/i.test(before) && DEAL_NOUN_AFTER.test(after)))
    return undefined;
  const at = money.end + m[0].length - object.length;
  // "…will fund roads in Ghana": the state of its use receives, as the state's own reading has it.
  const end = money.end + m[0].length + 60;
  if (actors.some((a) => a.label === "Country" && a.start >= at && a.start < end)) return undefined;
  const party = actors.find(
    (a) =>
      a.label !== "Person" && a.start >= at && a.start <= at + 4 && a.end <= at + object.length + 2,
  );
  if (party !== undefined) return { actor: party };
  return issueOf(object.replace(/^(?:the|a|an|its|their)\s+/i, ""));
}

/** Cheap test: a verb of use may follow the amount. */
const USE_HINT =
  /\b(?:spent|used|finance|fund|pay|cover|buy|build|rebuild|repair|upgrade|expand|widen|extend|bankroll|support|to\s+[a-z]+)\b/;

/**
 * The object of a verb of use, group 1: a noun phrase of up to six words that ends before a
 * preposition, a participle or a clause ("diesel" of "diesel for the army's trucks").
 */
const OBJECT =
  String.raw`((?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]*[\p{L}\d'’](?<!\bof))` +
  String.raw`(?=\s*(?:[,.;:]|$)|\s+(?:to|for|in|on|at|from|by|with|across|after|before|during|until|over|under|which|who|that|and|or|as|so)\b|\s+\p{Ll}+ed\b|\s+\p{Ll}+ing\s+(?:the|a|an|its|their)\b|\s+(?:this|next|last|the coming)\s+(?:(?:fiscal|financial|budget)\s+)?(?:year|month|week|decade|spring|summer|autumn|winter)\b)`;

/** " (about $5.6 million) on ": a conversion in brackets, then "on" and what is spent on. */
const SPENT_ON = new RegExp(String.raw`^\s*(?:\([^)]{1,40}\)\s*)?on\s+` + OBJECT, "u");

/**
 * After the amount: the money's noun ("loan", "in grants"), an aside (", approved on Friday,") or
 * a day ("on Monday"), a modal or "which", then the verb of use; group 1 is its object.
 */
const USE_CLAUSE = new RegExp(
  String.raw`^(?:\s+(?:in\s+)?(?:[a-z-]+\s+){0,2}?(?:loans?|grants?|credits?|tranches?|package|financing|funding|deposits?|aid|assistance))?` +
    String.raw`(?:\s*,[^,;.]{1,60},|\s+(?:on|last|this|next)\s+\p{Lu}?[a-z]+)?` +
    String.raw`(?:\s*,?\s*(?:which|that))?` +
    String.raw`(?:` +
    // "will be spent on", "is to be used to buy", "will finance", "would pay for"
    String.raw`\s+(?:will|would|is to|are to|shall|should|must|can|could)\s+(?:(?:also|then|mainly|mostly|largely|partly|chiefly)\s+)?` +
    String.raw`(?:be\s+(?:spent|used)\s+(?:on|for|to\s+[a-z]+)|finance|fund|pay\s+for|cover|buy|build|rebuild|repair|upgrade|expand|widen|extend|bankroll|support)` +
    // "a $200 million loan on Monday to extend": an infinitive after the money's noun and a day
    String.raw`|(?<=(?:loans?|grants?|credits?|package|financing|funding)\s+(?:on|last|this|next)\s+\p{Lu}?[a-z]+)\s+to\s+(?!(?:the|a|an|be)\b)[a-z]+` +
    String.raw`)\s+` +
    OBJECT,
  "u",
);

/** "The loan, worth ", "this grant, of ": the amount of a deal named right before it. */
const DEAL_BEFORE =
  /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:loan|grant|credit|package|deal|facility|financing|agreement)\s*,\s*(?:(?:worth|of|totalling|totaling)\s+)?(?:(?:about|some|nearly|around)\s+)?$/i;
/** "[The $200 million] loan will…": the money's noun right after the amount. */
const DEAL_NOUN_AFTER =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:loan|grant|credit|package|deal|facility|financing|agreement)\b/;

/** Objects that name no use, or a debt: "will cover the cost", "will fund it", "spend… on interest". */
const STOP_OBJECT =
  /^(?:(?:the|a|an|its|their)\s+)?(?:(?:it|them|this|that|rest|remainder|balance)$|(?:cost|costs|bill|gap|shortfall|deficit|debt|debts|loans?|interest|arrears|repayments?)\b)/i;
