import type { MoneyMention } from "./money.ts";

/** ", which promised", ", who had pledged": a relative clause opened on the party before it. */
const RELATIVE_OPEN = /,\s*(?:which|who)\s+[^,;.]*$/i;

/**
 * The main clause's predicate right after the relative clause closes: "…, has suspended its
 * contribution", "…, has since frozen the payment", "…, later withdrew it", "…, put the money on
 * hold".
 */
const UNDONE_PREDICATE =
  /^\s*(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:since|now|later|then|also|abruptly|quietly|effectively)\s+)?(?:(?:been|has been)\s+)?(?:suspend(?:ed|s)|froze|frozen|freezes|withdr(?:ew|awn|aws)|cancell?(?:ed|s)|halt(?:ed|s)|paus(?:ed|es)|revok(?:ed|es)|scrapp(?:ed|s)|shelv(?:ed|es)|rescind(?:ed|s)|put\s+(?:(?:it|the\s+\w+|its\s+\w+|that)\s+)?on\s+hold)\b/i;

/**
 * "The United States, which promised $100 million in 2023, has suspended its contribution": money a
 * relative clause says was promised, whose main clause then says the promise is suspended,
 * withdrawn or frozen, is not given (the annotation rules: suspended money does not count). Not
 * "Germany, which pledged €50 million in March, added €10 million", nor money in a main clause
 * after a relative that tells of a suspension ("Japan, which suspended aid in 2021, pledged…").
 */
export function undonePromise(text: string, start: number, money: MoneyMention): boolean {
  const rest = text.slice(money.end - start);
  const close = relativeClose(text, start, money, rest);
  return close >= 0 && UNDONE_PREDICATE.test(rest.slice(close + 1, close + 81));
}

/**
 * The words after an amount that its own clause holds: up to the comma that closes a relative
 * clause the amount stands in ("Australia, which has pledged A$50 million, said a further
 * contribution was being considered": what is considered is another contribution), else all of
 * them. A predicate of the relative's antecedent that undoes the promise is read by undonePromise.
 */
export function ownClauseAfter(
  text: string,
  start: number,
  money: MoneyMention,
  after: string,
): string {
  const close = relativeClose(text, start, money, after);
  if (close < 0) return after;
  // "…, which would unlock $40 million, but the board has yet to consider it": a clause joined
  // after the relative still speaks of the same money.
  return JOINED.test(after.slice(close + 1)) ? after : after.slice(0, close);
}

/** A conjunction that joins a clause about the same money after a relative closes. */
const JOINED =
  /^\s*(?:but|and|though|although|yet|while|whereas|pending|until|unless|subject to|provided)\b/i;

/**
 * Where the relative clause an amount stands in closes, in `tail` (words that follow the amount):
 * the index of its comma; -1 when the amount stands in no relative clause or a semicolon comes
 * first.
 */
function relativeClose(text: string, start: number, money: MoneyMention, tail: string): number {
  if (!RELATIVE_OPEN.test(text.slice(0, money.start - start))) return -1;
  const close = tail.search(/[,;]/);
  return close >= 0 && tail[close] === "," ? close : -1;
}
