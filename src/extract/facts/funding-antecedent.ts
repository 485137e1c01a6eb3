import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";

/** Cheap gate: no relative pronoun before the amount, no relative clause to read. */
const RELATIVE_WORD = /\bwh(?:ich|om)\b/i;
/** Between a party and the relative clause's subject: ", which", ", to which", ", for whom the". */
const OPENS_RELATIVE = /^\s*,\s*(?:(to|for)\s+)?(?:which|whom)\s+(?:the\s+)?$/i;
/**
 * A verb that takes who is paid as its object ("which Germany backed with…", "whom Japan lent…"),
 * after at most three auxiliaries or adverbs and no comma.
 */
const OBJECT_PAID =
  /^\s*(?:[\w-]+\s+){0,3}?(?:back|fund|financ|co-financ|bankroll|support|capitali[sz]|lend|lent|loan|grant|giv|gave|offer|promis|sen[dt]|pa(?:y|id)|top(?:s|ped)? up)\w*\b[^,;]*$/i;
/** A verb whose paid party follows "to" or "for" ("to which Britain contributed…"). */
const PAID_TO =
  /^\s*(?:[\w-]+\s+){0,3}?(?:pledg|contribut|donat|commit|allocat|provid|giv|gave|lend|lent|channel|disburs|sen[dt]|transferr?|pa(?:y|id)|add|earmark|offer|promis)\w*\b[^,;]*$/i;

/**
 * "the Ukraine Energy Support Fund, which Germany has backed with €340 million", "Jordan, to
 * which Britain pledged £20 million": a relative clause on a named party, whose subject pays the
 * amount inside it, makes that party the one paid. The clause must still be open at the amount
 * (no comma), and no other party stand between its verb and the amount ("which Japan gave Kenya").
 */
export function antecedentParties(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Actor; recipient: Actor } | undefined {
  if (!RELATIVE_WORD.test(text.slice(0, money.start - start))) return undefined;
  let previous: Actor | undefined;
  for (const payer of actors) {
    if (payer.end > money.start) break;
    const antecedent = previous;
    previous = payer;
    if (antecedent === undefined || antecedent.label === "Person") continue;
    const opening = OPENS_RELATIVE.exec(text.slice(antecedent.end - start, payer.start - start));
    if (opening === null || payer.key === antecedent.key) continue;
    const clause = text.slice(payer.end - start, money.start - start);
    if (!(opening[1] === undefined ? OBJECT_PAID : PAID_TO).test(clause)) continue;
    if (actors.some((a) => a.start >= payer.end && a.end <= money.start && a.label !== "Person"))
      continue;
    return { funder: payer, recipient: antecedent };
  }
  return undefined;
}
