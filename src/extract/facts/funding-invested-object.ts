import { leftClauseStart } from "./clause.ts";
import type { Recipient } from "./find-funding.ts";
import { INVEST_VERB, issueOf } from "./funding-recipients.ts";
import { withPlace } from "./funding-purpose-extent.ts";
import type { MoneyMention } from "./money.ts";

/**
 * " in its plant", " over three years in a floating solar plant", " in expanding its gas
 * terminal": what is invested in, named by common nouns after the amount (a time before it, a
 * gerund of the work before its object and "each of" are passed over, "in mining and processing
 * projects" is no gerund's), up to a stop, a preposition or a clause word; "in order to", "in
 * addition to", "in the wake of"… are no place money goes.
 */
const INVESTED_OBJECT =
  /^\s*(?:(?:a|each|this|next) year\s+|over (?:the next\s+)?[\w-]+ (?:years?|months)\s+)?(?:in|into)\s+(?!(?:the\s+)?(?:order|part|addition|response|return|exchange|line|turn|particular|full|cash|kind|favou?r|support|terms|light|spite|tandem|advance|other words|wake|form|event|meantime|end|process|hope|name)(?![\w-]))(?:[a-z]+ing\s+(?=(?:its|the|a|an|their)\s))?(?:(?:each|all|both|some|many|most|one)\s+of\s+)?(?:(?:its|the|a|an|their|his|her|our|new)\s+)?((?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)(?=\s*(?:[,.;:]|$|\s(?:in|on|at|near|over|by|with|which|that|to|and|as|for|from|after|before|this|next|last|under|until|while)\b))/;

/** " in the eastern city of Debrecen": a place named after its kind, which withPlace reads bare. */
const IN_KIND_OF_PLACE =
  /^\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?:city|town|port|province|region|district|county|state)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

/**
 * A noun that stands for a state or a place ("in the country", "in the city"), a sum or a
 * holding, a pronoun, or a time ("in the past five years", "in the first quarter", "in the long
 * term"), not for a thing invested in.
 */
const NO_THING =
  /^(?:(?:the\s+)?(?:country|countries|nation|state|kingdom|republic|region|territory|island|islands|city|cities|town|capital|province|district|county|area|continent|world|economy|future|years?|months?|coming\s+years|total|sum|amount|talks|shares?|stakes?)|it|them|this|that|these|those|itself|themselves|(?:[a-z'’-]+\s+)*(?:years?|months?|weeks?|days?|decades?|quarters?|half|term|run|period|century|past|future|time))$/;

/**
 * "BASF will invest 300 billion forints in its plant in Pecs", "a decision by Acme Energy to
 * invest $700 million in expanding its gas terminal in Cartagena": with a verb of investing in
 * the amount's clause, the thing invested in, lowercase, is what the money goes to, with the place
 * it lies in. A capitalised place ("invest $5 billion in Kenya") is investedIn's; a state named
 * by a common noun ("in the country") is none.
 */
export function investedObject(
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  const before = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  if (!INVEST_VERB.test(before)) return undefined;
  const after = text.slice(money.end - start);
  const m = INVESTED_OBJECT.exec(after);
  const thing = m?.[1];
  if (m === null || thing === undefined || NO_THING.test(thing)) return undefined;
  const place = IN_KIND_OF_PLACE.exec(after.slice(m.index + m[0].length))?.[1];
  return issueOf(place === undefined ? withPlace(after, thing) : `${thing} in ${place}`);
}
