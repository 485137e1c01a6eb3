import type { Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "2 billion pesos in flood relief and rebuilding money for families in three provinces", "$4
 * million in emergency shelter aid for people displaced by the fighting": when the phrase after
 * "for" names only the people who benefit, what the money is for is told by the kind of money the
 * amount is "in" — its words before the money noun. People named by a state or a place ("for
 * residents of Gaza") still leave the kind first: the place is where, the kind is what.
 */
export function kindOverPeople(
  recipient: Recipient | undefined,
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  if (recipient === undefined || !("issue" in recipient) || !PEOPLE.test(recipient.issue))
    return recipient;
  const kind = MONEY_KIND.exec(text.slice(money.end - start, money.end - start + 120))?.[1];
  if (kind === undefined || PLAIN.test(kind)) return recipient;
  return issueOf(kind);
}

/** A purpose that is a group of people: "residents of…", "families displaced…", "farmers whose…". */
const PEOPLE =
  /^(?:(?:the|some|about|around|nearly|more than|over|\d[\d,]*|thousands of|hundreds of|[a-z]+)\s+)?(?:residents|families|households|people|victims|survivors|farmers|workers|fishermen|fishers|refugees|migrants|children|pupils|women|soldiers|veterans|pensioners|communities|villagers|displaced|evacuees|citizens|civilians|traders|growers|herders)\b/i;

/**
 * " in compensation and reconstruction money for", " in emergency food aid for": the kind of money
 * (group 1: its words and noun), then "for".
 */
const MONEY_KIND =
  /^\s+(?:in|of)\s+((?:[a-z][\w-]*\s+(?:and\s+)?){1,4}(?:money|aid|assistance|grants|loans|funds|funding|support|relief|payments|subsidies|credits))\s+(?:[\w-]+\s+){0,2}?for\b/;

/**
 * A kind that says nothing of a use, only how much or on what terms: "in new money", "in direct
 * grants", "in humanitarian aid" (aid to people is what "for displaced families" says already).
 */
const PLAIN =
  /^(?:(?:new|additional|further|fresh|extra|direct|financial|total|cash|soft|concessional|interest-free|low-interest|non-refundable|humanitarian|emergency|development|and)\s+)+(?:money|aid|assistance|grants|loans|funds|funding|support|relief|payments|subsidies|credits)$/;
