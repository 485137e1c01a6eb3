import { textBeforeAmount } from "./money.ts";
import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";

/** Cheap test: the amount comes right after "with". */
const WITH_BEFORE = /\bwith\s+(?:[\w-]+\s+){0,2}$/;

/**
 * "will fund the programme with €12 million", "financed the new clinic with NOK 30 million",
 * "will back the reforms with €50 million": a verb of paying, its object, then "with" and the
 * amount — the object is what the money is for. Not "together with" / "along with" (a partner's
 * money), nor "pay back the loan with…" (a debt repaid).
 */
const FUND_OBJECT_WITH =
  /\b(?:fund(?:s|ed|ing)?|co-?financ(?:e|es|ed|ing)|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?|(?<!\b(?:pay|pays|paid|paying)\s+)back(?:s|ed|ing)?|support(?:s|ed|ing)?)\s+(?:(the|a|an|its|their|this|that|these|those)\s+)?((?:(?!(?:along|together)\b)[a-z][\w'’-]*\s+){0,3}?(?!(?:along|together)\b)[a-z][\w'’-]*)\s+with\s+(?:(?:a|an|another|some|about|nearly|around|roughly|up\s+to|more\s+than)\s+)?(?:(?:further|additional|new|extra)\s+)?$/;

/** A kind of scheme that a demonstrative points back to: "that programme", "this project". */
const SCHEME_KIND = /^(?:programmes?|programs?|projects?|schemes?|plans?|initiatives?|efforts?)$/;

/**
 * What "X will fund the programme with €12 million" pays for: the verb's object — or, for "that
 * programme" / "the project", the scheme told of before: `inView`, what money before went to.
 */
export function fundedObject(
  text: string,
  start: number,
  money: MoneyMention,
  inView: Recipient | undefined,
): Recipient | undefined {
  const before = textBeforeAmount(text, start, money, 120);
  if (!WITH_BEFORE.test(before)) return undefined;
  const m = FUND_OBJECT_WITH.exec(before);
  const object = m?.[2];
  if (m === null || object === undefined) return undefined;
  const pointsBack =
    SCHEME_KIND.test(object) && m[1] !== undefined && m[1] !== "a" && m[1] !== "an";
  return (pointsBack ? inView : undefined) ?? issueOf(object);
}
