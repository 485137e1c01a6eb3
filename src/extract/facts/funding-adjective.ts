import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";

/**
 * A state or body named as an adjective on the money noun pays it: "$300 million in Japanese aid",
 * "a Chinese loan of $2 billion", "€50 million of EU funding". No verb ties it to the amount, so
 * the payer finders that read subjects and agents miss it.
 */
const MONEY_NOUN =
  /^\s+(?:(?:new|fresh|additional|extra|emergency|humanitarian|military|development|budget|concessional|soft|official)\s+)?(?:aid|assistance|loans?|grants?|funding|financing|finance|credits?|money|donations?|support|lending|investments?|programmes?|programs?|bailout|facility|arrangement|deposits?)\b/i;
/** Between the amount and the adjective after it: "in", "of", "under an expanded", or nothing ("a $500 million Chinese loan"). */
const AFTER_AMOUNT =
  /^\s*(?:(?:in|of|under|through)\s+(?:(?:the|an?|its)\s+)?(?:(?:new|expanded|extended|existing|current|latest)\s+)?)?$/i;
/** Between the money noun and an amount after it: "a Chinese loan of up to $2 billion". */
const BEFORE_AMOUNT =
  /^\s+(?:of|worth|totall?ing)\s+(?:(?:up to|about|around|some|nearly|almost|roughly|more than|over)\s+)?$/i;

export function adjectivalPayer(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  return actors.find((a) => {
    if (a.label === "Person" || a.possessive) return false;
    const noun = MONEY_NOUN.exec(text.slice(a.end - start));
    if (noun === null) return false;
    const nounEnd = a.end + noun[0].length;
    if (a.start >= money.end)
      return (
        AFTER_AMOUNT.test(text.slice(money.end - start, a.start - start)) &&
        !namedFor(text.slice(money.end - start, a.start - start), noun[0])
      );
    // "a Chinese loan of…", not "gave Kenya loans of…", where the party is the recipient.
    return (
      nounEnd <= money.start &&
      /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, a.start - start - 6), a.start - start)) &&
      BEFORE_AMOUNT.test(text.slice(nounEnd - start, money.start - start))
    );
  });
}

/** A capitalised word next. */
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;

/**
 * "€3 billion under the Moldova Facility": a programme the money is paid under, named for the
 * state it serves (a capitalised money noun after the state's name), names no payer.
 */
function namedFor(between: string, noun: string): boolean {
  return /\b(?:under|through)\b/i.test(between) && CAPITALISED_NEXT.test(noun);
}
