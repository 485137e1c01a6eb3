import { textBeforeAmount } from "./money.ts";
import { APPROXIMATELY, FURTHER } from "./funding-hedges.ts";
import { BANKROLLING, JOINING_IN } from "./funding-joining-verbs.ts";
import { issuingState } from "./funding-issuer.ts";
import { kindSubject } from "./funding-kind-subject.ts";
import { GIVEN_PARTICIPLE } from "./funding-agent.ts";
import { relativeBefore } from "./funding-relative-before.ts";
import { quotedReceiver } from "./funding-quoted-speaker.ts";
import { lookupCountryForm } from "../gazetteer/countries.ts";
import type { Actor } from "../resolve/actor.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd } from "./clause.ts";
import type { FundingMention, Party } from "./find-funding.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";
import { appositiveBody } from "./funding-appositive.ts";
import { namedBody } from "./funding-named-body.ts";
import { metObject } from "./funding-met-object.ts";
import { mayMatch } from "../text/letter-gate.ts";
import { bodyOfKind } from "../resolve/body-by-kind.ts";
import { COMPANY_KINDS, KIND_MODIFIER } from "../resolve/kind-nouns.ts";

/** Who pays and who receives an amount, read from the words around it. */

export const RECEIVE =
  /\b(receiv\w*|receipt of|lin(?:es|ed|ing) up|get|gets|got|obtain\w*|secur(?:e|es|ed|ing)|won|win|(?:was|were|has been|have been|had been|will be|is|are|is being|are being)\s+(?:granted|awarded|promised|given|lent|offered|allocated|loaned|approved|pledged|disbursed|extended|provided|sanctioned))\b/i;

/**
 * "sanctioned" as a verb of giving: only directly before an amount — a currency sign or code, or a
 * figure with its scale ("sanctioned Rs 500 crore", "sanctioned $5 million") — or at the end of
 * the words before one; never before a bare count ("sanctioned 12 Chinese companies").
 */
export const SANCTIONED_MONEY = String.raw`sanctioned(?=\s*$|\s+(?:(?:a|an|about|nearly|some|another|more\s+than)\s+)?(?:(?:[A-Z]{1,3}\s?)?[$€¤£¥₹]|(?:USD|EUR|GBP|INR|Rs\.?|CHF|JPY|CNY|KES|NGN|ZAR)\s?\d|(?:[A-Z]{1,3}\s?)?\d[\d.,]*\s*(?:million|billion|trillion|crore|lakh|mn|bn|m)\b))`;

/**
 * "put in" and "put up" as verbs of giving: only right before the money ("will put in 90 million
 * dinars", "put up a further $50 million", "put in the rest of the", "of its own") or at the end of
 * the words before it; never before an order, a bid, a guarantee or "place" ("put in a $5 billion
 * bid", "put up a $300 million guarantee", "put in place"), nor before what is put up for sale.
 */
export const PUT_IN = String.raw`put(?:s|ting)?\s+(?:in|up)(?![^.;]{0,60}\bfor\s+sale\b)(?=\s*$|\s+(?:(?:${FURTHER}|${APPROXIMATELY}|the\s+(?:remaining|rest\s+of\s+the|balance\s+of\s+the)|(?:half|a\s+third|a\s+quarter|\d+%)\s+of\s+(?:the|its|their))\s+)?(?:$|(?!(?:a|an|the|with|for|to|in|at|on|by|of|up|and|or)\s)[A-Z]{0,4}\s?[$€¤£¥₹\d])|\s+(?:the\s+same\s+amount|the\s+(?:money|funds|sum|rest|remainder|balance)|(?:its|their)\s+own|half)\b)`;

/** A funding verb within three words after a party, not across a comma. */
export const FUNDING_VERB = new RegExp(
  String.raw`^[^\w,]*(?:\w+[^\w,]+){0,3}?(pledg\w*|announc\w*|provid\w*|give|gave|giv\w*|offer\w*|commit\w*|grant\w*|lend\w*|lent|approv\w*|${SANCTIONED_MONEY}|sign\w*|promis\w*|allocat\w*|disburs\w*|donat\w*|contribut\w*|pay|pays|paid|paying|will pay|would provide|agreed|add|added|adds|deposit\w*|inject\w*|transfer\w*|invest\w*|send\w*|sent|suppl(?:y|ies|ied|ying)|channel\w*|earmark\w*|budgeted|appropriated|allott?ed|ring-?fenced|extend\w*|loan(?:s|ed)|fund(?:s|ed|ing)?|financ\w*|ma(?:ke|kes|de|king)|releas\w*|unveil\w*|award\w*|mobili[sz]\w*|hand(?:s|ed|ing)?|roll(?:s|ed|ing)? over|renew\w*|rais(?:e|es|ed|ing)|top(?:s|ped)? up|set(?:s|ting)? aside|put(?:s|ting)?(?=[^.]{0,40}\binto\b)|${PUT_IN}|${JOINING_IN}|${BANKROLLING})\b`,
  "i",
);

/**
 * "Japan will give Kenya grants of…", "handed Kenya a loan": a party right after a verb of giving
 * is its first object, the recipient — even when a money noun ("grants") follows it like a verb.
 */
const GIVING_VERB_BEFORE =
  /\b(?:give|gives|gave|given|giving|hand(?:s|ed|ing)?|grant(?:s|ed|ing)?|lend(?:s|ing)?|lent|offer(?:s|ed|ing)?|send(?:s|ing)?|sent|award(?:s|ed|ing)?|extend(?:s|ed|ing)?|provid(?:e|es|ed|ing)|loan(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pay(?:s|ing)?|paid|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))\s+(?:the\s+)?$/i;

/** Whether a party stands as the first object of a verb of giving. */
export function isGivenTo(text: string, start: number, actor: Actor): boolean {
  return GIVING_VERB_BEFORE.test(
    text.slice(Math.max(0, actor.start - start - 40), actor.start - start),
  );
}

const ASIDE_WITH_COMMAS =
  /,(\s+(?:represented|led|headed|chaired|backed|based|set up|founded|created|owned|run|which|who|whose)\b(?:[^,]{2,80},){1,3}?[^,]{2,80}),\s*(?:[a-z]+\s+){0,2}[a-z]+\s+(?:[\w-]+\s+){0,3}$/;

/**
 * "Serbia stands to receive about €1.58 billion and Albania €922 million": the subject receives;
 * the payer is the one the article has been talking about. A quoted "we" that receives is the
 * speaker.
 */
export function receivingSubject(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  previous: FundingMention | undefined,
): Actor | undefined {
  const from = previous?.money.end ?? leftClauseStart(text, start, money.start);
  const left = actorsBetween(actors, from, money.start).filter(
    (a) => a.label !== "Person" || a.country !== undefined,
  );
  const subject = left.at(-1) ?? quotedReceiver(text, start, money, actors, RECEIVE);
  if (subject === undefined) return undefined;
  if (subject.start > money.end) return asParty(subject);
  const verbText = text.slice(subject.end - start, money.start - start);
  const continues = previous?.received === true && /^\s*$/.test(verbText);
  return RECEIVE.test(verbText) || continues ? asParty(subject) : undefined;
}

function asParty(subject: Actor): Actor {
  return subject.label === "Person"
    ? { ...subject, key: `country:${subject.country ?? ""}`, label: "Country" }
    : subject;
}

/**
 * "the bank", "the Manila-based lender", "the 27-member bloc's": a body by its kind, maybe after
 * its seat, size or field (kind-nouns.ts), before the words that lead to an amount.
 */
const KIND_BEFORE = new RegExp(
  String.raw`\b[Tt]he\s+((?:${KIND_MODIFIER}\s+){0,2})([Bb]ank|[Ff]und|[Ll]ender|[Aa]gency|[Cc]ommission|[Uu]nion|[Bb]loc|[Oo]rgani[sz]ation|[Ii]nstitution|[Bb]ody|[Gg]rouping)\b(?:['’]s\s+(?:executive\s+)?(?:board|directors|governors|shareholders)\b)?(?:\s+[\w-]+){0,7}\s*$`,
  "u",
);

/**
 * "the bank will lend Madagascar €80 million", "the bank's board approved $500 million": a body
 * named by its kind (or its board by the body's) is the latest such body.
 */
export function describedOrg(
  text: string,
  start: number,
  money: MoneyMention,
  orgs: readonly string[],
): { party: Party; at: number } | undefined {
  const before = textBeforeAmount(text, start, money, 60);
  const m = KIND_BEFORE.exec(before);
  const kind = m?.[2]?.toLowerCase();
  if (kind === undefined) return kindSubject(text, start, money, orgs);
  const at = money.start - (before.length - (m?.index ?? 0));
  const key = bodyOfKind(kind, at, { modifiers: m?.[1]?.split(" ").filter(Boolean) })?.key;
  return key === undefined
    ? kindSubject(text, start, money, orgs)
    : { party: { key, label: "Organization" }, at };
}

/** "a $6 billion loan from the IMF": the lender is named after the amount. */
export function fromActor(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  const after = text.slice(money.end - start, rightClauseEnd(text, start, money.end) - start);
  // "a $2 billion loan approved by the World Bank": a passive's agent is the lender too.
  // "a $500 million loan, approved on Friday by the bank's board": a date may come between; "was
  // awarded $750 million by the World Bank": a bare "by" right after the amount names its agent.
  const m = mayMatch(LENDER_AFTER, after) ? LENDER_AFTER.exec(after) : null;
  // "€10 million for refugees from Sudan": "from" tells where the people helped come from.
  if (m === null || PEOPLE_FROM.test(m[0])) return undefined;
  // "approved by the board of the World Bank": the body whose board or governors act lends.
  const board = BOARD_OF.exec(after.slice(m[0].length))?.[0].length ?? 0;
  return actors.find((a) => a.start === money.end + m[0].length + board && a.label !== "Person");
}

/**
 * How the lender may follow the amount: "from", "comes from", a passive's "by" — after its verb
 * ("approved on Friday by"), after the one it went to ("was given to Nepal by India"), or after
 * the money's own noun ("was granted a $400 million loan by Japan", "$1 billion in loans by").
 */
const LENDER_AFTER = new RegExp(
  String.raw`^(?:\s*(?:[\w-]+,?\s+){0,3}?from|[\s,]*(?:[\w-]+,?\s+){0,4}?(?:come|comes|came|coming|will come|would come|is coming)\s+from|[\s,]*(?:[\w'’-]+,?\s+){0,10}?(?:(?:${GIVEN_PARTICIPLE})\s+(?:(?:to|for|in|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})?(?:(?:on|last|this|early|late)\s+\w+\s+)?by)|\s+(?:in\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:loans?|grants?|credits?|aid|assistance|funding|financing|support|package|deposits?|donations?|facility)\s+by|\s+by)\s+(?:the\s+|its\s+|their\s+)?`,
  "iu",
);
const PEOPLE_FROM =
  /\bfor\s+(?:[\w-]+\s+)?(?:refugees|students|families|migrants|people|children|women|victims|survivors|returnees|evacuees|displaced|workers|pilgrims|prisoners|detainees|civilians|patients|farmers|orphans|asylum[\s-]+seekers)\s+from\s/i;

const BOARD_OF =
  /^(?:(?:executive\s+)?board(?:\s+of\s+(?:executive\s+)?directors)?|governors|shareholders)\s+of\s+(?:the\s+)?/i;

/**
 * "UN agencies", "EU member states", "Chinese state companies": a group the party only qualifies
 * (its members, its firms, its people), not the party itself.
 */
const GROUP_HEAD =
  /^\s+(?:(?:state-owned|state|private|public|major|leading|large|small|big)\s+)?(?:agencies|member states|members|countries|states|donors|partners|lenders|banks|governments|companies|firms|businesses|investors|enterprises|carmakers|automakers|manufacturers|developers|exporters|traders|entrepreneurs|businessmen|billionaires|philanthropists|citizens|nationals|families)\b/i;

/** Whether a party only qualifies the group named after it ("UN agencies", "EU member states"). */
export function qualifiesGroup(text: string, start: number, a: Actor): boolean {
  return GROUP_HEAD.test(text.slice(a.end - start));
}

/**
 * "the Chinese carmaker", "the Japanese trading house": a company the demonym only qualifies
 * ("Toyota… the Japanese carmaker is investing"), which spends its own money, not its state's.
 */
const COMPANY_HEAD = new RegExp(
  String.raw`^\s+(?:(?:state-owned|state|private|listed)\s+)?(?:[a-z-]+\s+)?(?:${COMPANY_KINDS}|trading house)\b`,
);

function companyDemonym(text: string, start: number, a: Actor): boolean {
  return a.label === "Country" && !a.possessive && COMPANY_HEAD.test(text.slice(a.end - start));
}

/** "Roe announced C$370 million", "Roe will provide…": a person giving, not signing or receiving. */
const OWN_GIVING =
  /^[^,;]{0,40}?\b(?:announc|pledg|provid|giv|gave|commit|offer|donat|allocat|earmark|spen[dt]|unveil|contribut|confirm)\w*\b[^,;]*$/i;

/**
 * "Brazilians have given more than R$100 million through the state's emergency account": a
 * nation's people, named by a plural demonym, give as private donors, not as their state.
 */
function isPeople(text: string, start: number, a: Actor): boolean {
  if (a.via !== "country" || !text.endsWith("s", a.end - start)) return false;
  return (
    /[^s]s$/.test(text.slice(a.start - start, a.end - start)) && isDemonymMention(text, start, a)
  );
}

/** Whether an actor is named in the sentence by a demonym ("Kenyan", "Brazilians"), not its name. */
export function isDemonymMention(text: string, start: number, actor: Actor): boolean {
  return lookupCountryForm(text.slice(actor.start - start, actor.end - start))?.kind === "demonym";
}

/** The payer: the nearest party before the amount that a funding verb follows, else the clause's first. */
export function subjectOf(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  previous: FundingMention | undefined,
): Actor | undefined {
  const aside = parenthetical(text, start, money.start);
  const appositive =
    aside === undefined ? undefined : appositiveBody(text, start, aside, money.start, actors);
  if (appositive !== undefined) return appositive;
  // "Switzerland, which has supported…, pledged": the clause began before its aside.
  const clauseStart = leftClauseStart(text, start, money.start);
  const ownStart =
    aside !== undefined && clauseStart > aside[0] && clauseStart <= aside[1]
      ? leftClauseStart(text, start, aside[0])
      : clauseStart;
  const from = Math.max(ownStart, previous?.money.end ?? start);
  const body = namedBody(text, start, from, money.start, actors);
  if (body !== undefined) return body;
  const left = actorsBetween(actors, from, money.start).filter(
    (a) =>
      (!a.place || a.label !== "Country" || a.via !== "country") &&
      outside(a, aside) &&
      !qualifiesGroup(text, start, a) &&
      !companyDemonym(text, start, a) &&
      !isPeople(text, start, a),
  );
  const acting = left.filter(
    (a) =>
      FUNDING_VERB.test(withoutAside(text, start, a.end, money.start, aside)) &&
      !a.possessive &&
      !isGivenTo(text, start, a) &&
      // "X met Kenyan President Ruto and pledged…": the one met does not pay.
      !metObject(text, start, a.start, a.end, money.start),
  );
  // The nearest party a funding verb follows, or the first of "X and Y signed"; for a later amount
  // in the same sentence only such a party, else the list goes on with the same funder.
  // "Roe announced C$370 million": a person of no stated state pays for the currency's issuer.
  // Only as the sole party before the amount, after a verb of giving: "Roe signed a loan with the
  // Saudi Fund for 375 million riyals" borrows.
  const nearest = [...acting].reverse().find((a) => pays(text, start, a, money, actors));
  // "Roe and Kenya's Finance Minister John Mbadi signed…": the possessive opens the second
  // person's title; the one coordinated with comes before it.
  const at = nearest === undefined ? -1 : left.indexOf(nearest);
  const titled = left[at - 1]?.possessive === true && left[at - 1]?.label === "Country" ? 1 : 0;
  const coordinatedWith = nearest === undefined ? undefined : left[at - 1 - titled];
  if (
    nearest !== undefined &&
    coordinatedWith !== undefined &&
    /^\s+and\s+(?:the\s+)?$/.test(
      text.slice(
        coordinatedWith.end - start,
        (titled ? (left[at - 1]?.start ?? 0) : nearest.start) - start,
      ),
    )
  ) {
    return coordinatedWith;
  }
  // "…held talks with Prime Minister X, who, according to his office, … approved $5 million":
  // the one a relative "who"/"which" stands for is the subject of the verb of giving.
  const relative = nearest === undefined ? relativeSubject(text, start, money, actors) : undefined;
  // A person of no stated state who approves an amount in a state's currency pays for that state.
  if (
    relative !== undefined &&
    (payer(relative) !== undefined || issuingState(relative, money) !== undefined)
  )
    return relative;
  if (nearest !== undefined || previous !== undefined) return nearest;
  // "…under which the bank will lend Madagascar €80 million": the object given to never pays.
  return left
    .filter((a) => !a.place && !isGivenTo(text, start, a))
    .find((a) => pays(text, start, a, money, actors));
}

/** Whether `a` pays `money`: a payer, or a person giving in the currency of a state (see subjectOf). */
function pays(
  text: string,
  start: number,
  a: Actor,
  money: MoneyMention,
  actors: readonly Actor[],
): boolean {
  return (
    payer(a) !== undefined ||
    (issuingState(a, money) !== undefined &&
      actorsBetween(actors, a.end, money.start).length === 0 &&
      OWN_GIVING.test(text.slice(a.end - start, money.start - start)))
  );
}

/** "The New Development Bank, set up by the BRICS countries, disbursed…": the aside is skipped. */
export function parenthetical(
  text: string,
  start: number,
  moneyStart: number,
): [number, number] | undefined {
  const before = text.slice(0, moneyStart - start);
  // "The United States, represented by its ambassador to the UN, Linda Thomas-Greenfield,
  // committed…": an aside opened by a participle or a relative pronoun may hold commas itself.
  const m =
    ASIDE_WITH_COMMAS.exec(before) ??
    /,([^,]{3,120}),\s*(?:[a-z]+\s+){0,2}[a-z]+\s+(?:[\w-]+\s+){0,3}$/.exec(before);
  const aside = m?.[1];
  return m === null || aside === undefined
    ? undefined
    : [start + m.index, start + m.index + aside.length + 2];
}

export function outside(a: Actor, aside: [number, number] | undefined): boolean {
  return aside === undefined || a.end <= aside[0] || a.start >= aside[1];
}

/** The text from `from` to `to` with the aside, if it lies between them, taken out. */
export function withoutAside(
  text: string,
  start: number,
  from: number,
  to: number,
  aside: [number, number] | undefined,
): string {
  if (aside === undefined || aside[0] < from || aside[1] > to)
    return text.slice(from - start, to - start);
  return text.slice(from - start, aside[0] - start) + text.slice(aside[1] - start, to - start);
}

export function partyOf(actor: Actor | undefined): Party | undefined {
  return actor === undefined ? undefined : payer(actor);
}

/**
 * "a $400 million currency swap that the Reserve Bank of India granted the Central Bank of Sri
 * Lanka": the payer of an amount may be the subject of a relative clause after it, and the party
 * right after that clause's funding verb its recipient.
 */
export function relativeParties(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): { funder: Actor; recipient: Actor | undefined } | undefined {
  const after = text.slice(money.end - start, money.end - start + 120);
  const m = /^[^,;.]{0,60}?\b(?:that|which)\s+(?:the\s+)?/i.exec(after);
  if (m === null) return relativeBefore(text, start, money, actors);
  const funder = actors.find((a) => a.start === money.end + m[0].length && !a.possessive);
  if (funder === undefined || payer(funder) === undefined) return undefined;
  const verb = FUNDING_VERB.exec(text.slice(funder.end - start));
  if (verb === null || /\b(?:that|which)\b/i.test(verb[0])) return undefined;
  const verbEnd = funder.end + verb[0].length;
  const recipient = actors.find(
    (a) =>
      a.start >= verbEnd &&
      /^\s*(?:the\s+)?$/i.test(text.slice(verbEnd - start, a.start - start)) &&
      a.label !== "Person",
  );
  return { funder, recipient };
}

/**
 * "The European Union and Japan each pledged $100 million": the second of two payers joined by
 * "and" pays too — unless the verb is one they do together as two sides ("X and Y signed a loan").
 */
export function cofunderOf(
  text: string,
  start: number,
  subject: Actor | undefined,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  if (subject === undefined) return undefined;
  const next = actors.find((a) => a.start >= subject.end && a.end <= money.start);
  if (next === undefined || next.possessive || payer(next) === undefined) return undefined;
  if (!/^\s+and\s+(?:the\s+)?$/.test(text.slice(subject.end - start, next.start - start)))
    return undefined;
  const verb = FUNDING_VERB.exec(text.slice(next.end - start, money.start - start));
  return verb === null || /sign|agreed|renew/i.test(verb[1] ?? "") ? undefined : next;
}

/** A preposition right before a party: it is no subject ("after talks with Kenya, France…"). */
const PREPOSITION_BEFORE =
  /\b(?:with|to|from|in|by|of|for|after|between|among|on|at)\s+(?:the\s+)?$/i;

/**
 * "Britain, Canada and Norway each pledged $100 million": the payers listed with commas before
 * the two that "and" joins, each a payer too — first to last, only when the list opens the clause
 * (not "After talks with Kenya, France and Germany pledged…").
 */
export function listedBefore(
  text: string,
  start: number,
  subject: Actor,
  actors: readonly Actor[],
): Actor[] {
  const listed: Actor[] = [];
  let current = subject;
  let previous: Actor | undefined;
  for (;;) {
    previous = actors.findLast((a) => a.end <= current.start);
    if (
      previous === undefined ||
      previous.possessive ||
      previous.place ||
      previous.locationOnly === true ||
      payer(previous) === undefined ||
      !/^\s*,\s*$/.test(text.slice(previous.end - start, current.start - start))
    )
      break;
    listed.unshift(previous);
    current = previous;
  }
  if (listed.length === 0) return listed;
  // A party before the first one listed (the one the loop stopped at): the list opens no clause.
  const opening = text.slice(0, current.start - start);
  return PREPOSITION_BEFORE.test(opening) || previous !== undefined ? [] : listed;
}

/** ", who, according to his office, ordered an inquiry and approved ": a relative clause's verb. */
const RELATIVE_GIVING =
  /^\s*,\s*(?:who|which)\b[^.;:]*?\b(?:approved|pledged|provided|gave|granted|announced|committed|allocated|donated|lent|offered|promised|earmarked|released|disbursed|extended|contributed)\s+(?:(?:a|an|the|about|some|nearly|around|roughly|up to|another|a further|an additional|more than)\s+)*$/i;

/**
 * "Prime Minister X, who, according to his office, ordered an inquiry and approved 5 billion
 * dinars": the party a relative pronoun stands for (the one right before ", who") gives, when no
 * other party comes between it and the amount.
 */
function relativeSubject(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Actor | undefined {
  const last = actors.findLast((a) => a.end <= money.start && a.via !== "pronoun");
  if (last === undefined) return undefined;
  return RELATIVE_GIVING.test(text.slice(last.end - start, money.start - start)) ? last : undefined;
}

/** "China agreed to provide $1 billion": a funding verb joins the party to the amount. */
export function paysExplicitly(
  text: string,
  start: number,
  actor: Actor | undefined,
  money: MoneyMention,
): boolean {
  // "The Eurasian Fund, which is managed by the bank, also released…": across the aside.
  const aside = parenthetical(text, start, money.start);
  return (
    actor !== undefined &&
    actor.end <= money.start &&
    FUNDING_VERB.test(withoutAside(text, start, actor.end, money.start, aside))
  );
}
