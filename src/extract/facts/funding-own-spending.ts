import type { Actor } from "../resolve/actor.ts";
import type { FundingContext, FundingMention, Party, Recipient } from "./find-funding.ts";
import { APPROXIMATELY, DEBT_PURPOSE, FURTHER } from "./funding-hedges.ts";
import { FROM_OWN_PURSE, NAME_JOINING_DASH, ownCause } from "./funding-home-state.ts";
import { genericPurpose, issueOf, recipientOf } from "./funding-recipients.ts";
import { PUT_IN } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";

/**
 * "will add", "has committed a further", "would also put", "has earmarked": a verb by which the
 * subject spends money of its own, right before the amount. Not "raised" (borrowed), "values at"
 * or "put at" (an estimate: the amount is followed by nothing of this).
 */
const SPENDS_BEFORE = new RegExp(
  String.raw`\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|${PUT_IN}|contribut(?:e|es|ed|ing)|commit(?:s|ted|ting)?|spend(?:s|ing)?|spent|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|set(?:s|ting)?\s+aside|releas(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|inject(?:s|ed|ing)?|provid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|budget(?:s|ed)?)\s+(?:(?:${FURTHER}|${APPROXIMATELY})\s+)?$`,
  "i",
);

/**
 * What stands right before the spending verb when the state is its subject: "Kenya would", "the
 * Iraqi government has", "the government said it would", "the Solomon Islands government, whose
 * budget is under strain, will" — not "the Ivorian agreement, signed in Kuwait City, provides".
 */
const SUBJECT_END =
  /\b(?:state|government|cabinet|treasury|authorities|ministry|it)(?:\s*,[^,]{1,80},)?(?:\s+(?:itself|alone|also|now|already|again|then|will|would|shall|has|have|had|is|are|was|were|to|be|plans|planned|intends|intended|agreed|said|says|that))*\s+$/i;

/**
 * What may stand between the amount and what it is for without saying it: a conversion ("(about
 * $190 million)"), the purse ("from its own development budget", "of its own", "from this year's
 * budget"), a period ("this budget year", "over two years") and a focus word ("mainly").
 */
const ASIDE =
  /^\s*(?:\([^()]*\)|,?\s*(?:of\s+(?:its|their)\s+own(?:\s+(?:budget\s+)?(?:funds|money|resources))?|(?:from|out\s+of|in)\s+(?:its\s+own|their\s+own|its|their|the|(?:this|next|last)\s+year['’]s|the\s+\d{4})\s+(?:[\w-]+\s+){0,2}?(?:budget|treasury|coffers|reserves?|funds?|resources)(?:\s+funds)?|(?:this|next)\s+(?:budget\s+|fiscal\s+)?year|over\s+(?:the\s+next\s+)?(?:\w+\s+)?(?:years?|months?)|(?:mainly|largely|chiefly|mostly|primarily|partly)(?=\s+(?:to|for|on|into)\b)))/i;

/** "The government itself will put…", "1.1 billion escudos of its own": a state paying for its own ends. */
const OWN_MONEY =
  /\b(?:itself|its own|their own|from (?:its|the|their) (?:own |national |\d{4} )?(?:budget|reserves|coffers))\b/i;

/** "…250 million dinars of its own", "…from its own budget": the purse named right after an amount. */
const OWN_PURSE = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?,?\s*(?:of\s+(?:its|their)\s+own\b|${FROM_OWN_PURSE})`,
  "i",
);

/**
 * Whether an amount is said to be the payer's own money: "The Jordanian government will put in
 * 250 million dinars of its own" is spent at home, not given to another state the report names.
 */
export function paidFromOwnPurse(text: string, start: number, money: MoneyMention): boolean {
  return OWN_PURSE.test(text.slice(money.end - start));
}

/**
 * The ends of a payer's money that the rules gave back to the payer itself, when the text says
 * the money is its own ("The government itself will put SRD 750 million into the grid
 * programme"): what its clause says it is for. Undefined otherwise: elsewhere a payer that
 * receives its own money is a misreading (and `ownSpending` may still read a state's organ).
 */
export function ownMoneyEnds(
  text: string,
  start: number,
  money: MoneyMention,
  recipient: Recipient | undefined,
  funder: Party | undefined,
): Recipient | undefined {
  if (recipient === undefined || !("actor" in recipient) || recipient.actor.key !== funder?.key)
    return undefined;
  if (!OWN_MONEY.test(text)) return undefined;
  return (
    recipientOf(text, start, money, [], undefined, false, start) ??
    ownCause(text, start, money) ??
    genericPurpose(text, start, money)
  );
}

/**
 * A state's own money that the rules gave back to that state: "Kenya would add Sh9.6bn from its
 * own development budget to compensate families", "the government will contribute 480 billion
 * shillings from its own budget". Spent at home, it goes to what it is for — the purpose the
 * sentence states after the purse, else the purpose the report opened on (the project the
 * lenders' money went to, that the state adds its share to). Undefined when the amount is not
 * the state's spending or nothing says what it is for.
 */
export function ownSpending(
  text: string,
  start: number,
  money: MoneyMention,
  funder: Party | undefined,
  actors: readonly Actor[],
  context: FundingContext,
): Recipient | undefined {
  if (funder?.label !== "Country") return undefined;
  const verb = SPENDS_BEFORE.exec(text.slice(0, money.start - start));
  if (verb === null || !SUBJECT_END.test(asState(text, start, verb.index, funder, actors)))
    return undefined;
  const stated = statedPurpose(text.slice(money.end - start));
  if (stated !== undefined)
    return DEBT_PURPOSE.test("issue" in stated ? stated.issue : "") ? undefined : stated;
  return context.leadPurpose ?? undefined;
}

/** "this budget year": a period inside the purpose's words, no part of it. */
const PERIOD_INSIDE = /\s+(?:this|next|the\s+coming)\s+(?:budget|fiscal|financial)\s+year\b/gi;

/** A dash standing for a hyphen between two names ("the Tabora–Kigoma section"). */
const NAME_DASH = new RegExp(String.raw`(?<=\p{L})${NAME_JOINING_DASH}(?=\p{L})`, "gu");

/**
 * "on a transmission line to connect…", "to the academy's running costs": what the money is
 * spent on when the rules' purpose phrases find nothing — up to the end of its clause.
 */
const SPENT_ON =
  /^\s*(?:on|for|into|towards?|to(?=\s+(?:the\s+|its\s+|their\s+)?\p{Ll}))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(\p{L}[^,;.()]{2,90}?)(?=\s*(?:[,;.(]|$|\b(?:which|that|who|whose|while|after|before|because|as|said|says|officials|this|next|last|from)\b))/u;

/** The sentence up to `end`, each mention of the paying state read as "state". */
function asState(
  text: string,
  start: number,
  end: number,
  funder: Party,
  actors: readonly Actor[],
): string {
  let out = text.slice(0, end);
  for (const a of [...actors].reverse()) {
    if (a.key !== funder.key || a.end - start > end) continue;
    out = `${out.slice(0, a.start - start)}state${out.slice(a.end - start)}`;
  }
  return out;
}

/** What the words after an amount say it is for, the purse and other asides passed over. */
export function statedPurpose(after: string): Recipient | undefined {
  let rest = after
    .replace(PERIOD_INSIDE, "")
    .replace(NAME_DASH, "-")
    .replace(/(\d),(\d{3})/g, "$1$2");
  for (let m = ASIDE.exec(rest); m !== null && m[0].length > 0; m = ASIDE.exec(rest))
    rest = rest.slice(m[0].length);
  const recipient =
    recipientOf(rest, 0, NOWHERE, [], undefined, false, 0) ??
    issueOfWords(SPENT_ON.exec(rest)?.[1]);
  return recipient !== undefined && "issue" in recipient && WORD.test(recipient.issue)
    ? withoutArticle(recipient)
    : undefined;
}

/** The words a purpose phrase caught, as an issue. */
function issueOfWords(words: string | undefined): Recipient | undefined {
  return words === undefined ? undefined : issueOf(words);
}

/** "the 1443-kilometre pipeline" is the pipeline's purpose without its article. */
function withoutArticle(recipient: Recipient): Recipient {
  if (!("issue" in recipient)) return recipient;
  const bare = recipient.issue.replace(/^(?:the|a|an|its|their)\s+/i, "");
  return bare === recipient.issue ? recipient : issueOf(bare);
}

/** A word of three letters or more that is not an article: "the 1" of "the 1,443-km pipeline" is none. */
const WORD = /\b(?!the\b)\p{L}{3,}/u;

/** An amount standing before the text it is read with: the text is all "after" it. */
const NOWHERE: MoneyMention = { amount: 0, currency: "", start: 0, end: 0 };

/**
 * The purpose the report's first amount was stated for ("Japan will lend Mongolia 32 billion yen
 * to modernise the district heating network"): what a state's own share told later goes to when
 * its sentence names nothing.
 */
export function firstPurpose(
  text: string,
  start: number,
  funding: readonly FundingMention[],
  actors: readonly Actor[],
): Recipient | null | undefined {
  if (!funding.some((f) => f.funder !== undefined)) return undefined;
  for (const f of funding) {
    if (f.funder === undefined) continue;
    const purpose = statedPurpose(text.slice(f.money.end - start));
    // "$700 million for Ethiopia": a party's name alone is no purpose.
    if (
      purpose !== undefined &&
      "issue" in purpose &&
      !namesParty(purpose.issue, text, start, actors)
    )
      return purpose;
  }
  // The first amounts named no purpose: a later lender's is another project's.
  return null;
}

/**
 * Whether a purpose's words open on the name of a party the sentence names, not as its owner:
 * "$700 million for Ethiopia", "to help the Dominican Republic cut losses" — not "to shore up
 * Iraq's power grid".
 */
function namesParty(words: string, text: string, start: number, actors: readonly Actor[]): boolean {
  const bare = words.replace(/^the\s+/i, "").toLowerCase();
  return actors.some((a) => {
    if (a.via === "pronoun") return false;
    const name = text.slice(a.start - start, a.end - start).toLowerCase();
    return bare.startsWith(name) && !/^(?:['’]|\p{L})/u.test(bare.slice(name.length));
  });
}
