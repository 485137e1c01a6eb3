import type { Actor } from "../resolve/actor.ts";
import { slugify } from "../text/slug.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd } from "./clause.ts";
import type { Party, Recipient } from "./find-funding.ts";
import { isDemonymMention, isGivenTo, outside, parenthetical } from "./funding-parties.ts";
import type { MoneyMention } from "./money.ts";
import { helpedAt, helpPurpose } from "./funding-help.ts";
import { peoplePurpose } from "./funding-people-verb.ts";
import { isFledState } from "./funding-displaced.ts";
import { isAggressor } from "./funding-aggressor.ts";
import { longerName, namedInApposition } from "./funding-appositive.ts";
import { occasionAt } from "./funding-occasion.ts";
import { listBeneficiary, withPlace } from "./funding-purpose-extent.ts";
import { MONTH } from "../gazetteer/words.ts";
import { payerState } from "./funding-home-state.ts";

/** Who or what an amount goes to, read from the words after it (and between payer and amount). */

const RECIPIENT_LEAD =
  /^\s*(?:in\s+[\w\s-]{0,30}?\s+)?(?:["“]?[\w-]+["”]?\s+){0,5}?(?:to|for|toward|towards|intended\s+(?:to|for)|earmarked\s+for|destined\s+for|with|deposits?\s+(?:held\s+|placed\s+)?(?:at|in|with))\b/i;
/** "in Kenya": case-sensitive, for under the "i" flag \p{Lu} would take "in loans" too. */
const IN_NAME = /^\s*(?:in|into)\b(?=\s+\p{Lu})/u;
/**
 * "for demining", "to demining", "to shore up its wine industry after China raised duties": the
 * purpose after the amount, a phrasal verb's particle left out, ending before a clause of its own.
 * "from its border management instrument last week for…", "from the Italian Climate Fund for…":
 * the payer's own source, or a lender named after the amount, is skipped — as is the one a deal
 * was signed with ("a grant with the governor, Jane Doe, to equip…", "a loan with Finance Minister
 * Ama Owusu for…"). After "to", an adjective, a participle or a plural ("to humanitarian groups",
 * "to displaced families") is no infinitive but the purpose's first word. A period ends the
 * purpose: "for troop allowances for the first half of 2027", "… for the next two years", "… for
 * 2027", "… for fiscal 2026", "… for the 2026–27 season" are for the allowances. A half or a
 * quarter is a period only of a year ("for the first half of the applicants" is not), and a
 * project's phase is no period.
 */
const SPECIFIC_PURPOSE =
  /^\s*(?:(?:in|of)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}?(?:through|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:of\s+(?:the\s+)?)?){1,5})?(?:from\s+(?:its|their)\s+(?:[\w-]+\s+){1,4}?(?=(?:[\w-]+\s+){0,4}?for\s))?(?:(?:[\w-]+\s+){0,2}?with\s+(?:[^,;.]{2,60},\s+[^,;.]{2,60},\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}))?(?:[\w'’-]+\s+){0,4}?(?:for|towards?|earmarked for|into|(?:go|goes|went|flow|flows)\s+to|to(?=\s+(?:[a-z]+ing|[a-z]+(?:ian|ous|ese|ible|ed)|(?!(?:deal|heal|seal|steal|reveal|appeal|conceal|signal|rival|total|panic)\b)[a-z]+(?:al|ic)|[a-z]+[^s\W]s)\b)|to\s+(?!the\b|a\b|an\b|be\b|have\b)[a-z]+(?<!ing)(?:\s+(?:up|out|off|back|down)(?=\s))?)\s+((?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}\d'’-]+\s+){0,6}?[\p{L}\d'’-]*[\p{L}\d'’])(?=\s*(?:[,.;:]|$|\b(?:in|over|which|who|whose|that|and|as|on|at|with|within|without|during|throughout|until|following|despite|amid|ahead|across)\b|(?<=\s)\p{Ll}+ing\s+(?:the|a|an|its|their)\b|(?:this|next|last|the coming)\s+(?:year|month|week|decade|spring|summer|autumn|winter)\b|for\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|next|coming|past)\s+(?:[\w-]+\s+)?(?:(?:half|quarter)(?=\s+of\s+(?:the\s+|this\s+|next\s+)?(?:\d{4}|year)\b|\s*(?:[,.;:]|$))|years?|months?|weeks?|decade)|rest\s+of\s+(?:the|this|next)\s+year|(?:fiscal\s+)?\d{4}(?:[-–¬/]\d{2,4})?(?=\s*(?:[,.;:]|$)|\s+(?:in|and|to|as|at|on|with|under|from|through|season|budget)\b))|by\s+(?:\d{4}|the end)\b|(?:after|before|because|since|although|though|while|whereas|once|until|unless)\s+(?:the\s+)?\p{Lu}))/u;
/** "the review of Sri Lanka's programme, releasing…": the state whose programme is paid into. */
const OWN_PROGRAMME =
  /^(?:'s?|’s?)?\s+(?:[\w-]+\s+){0,2}?(?:programme|program|bailout|loan|arrangement|facility|budget|reforms?|plan)\b/i;
/** "Sweden is Ukraine's biggest Nordic donor and has given…": the state whose donor gives. */
const DONOR_OF =
  /^(?:'s?|’s?)\s+(?:[\w-]+\s+){0,3}?(?:donors?|creditors?|lenders?|backers?|benefactors?|financiers?|funders?)\b/i;
/**
 * "to the mission's trust fund", "to a programme for…", "to the joint company", "to the state
 * utility": a fund, programme or body named by its kind. "to the refinery", "to the hospital": an
 * enterprise or facility is one even unqualified.
 */
const TO_A_FUND =
  /^\s*(?:(?:in|of|from)\s+(?:[\w-]+\s+){0,3}?)?to\s+(?:the|a|an|its|their)\s+((?:[\p{L}'’-]+\s+){1,3}?(?:fund|programme|program|facility|initiative|appeal|mission|plan|project|company|venture|utility|authority|operator|consortium|corporation|institute|secretariat|commission|committee|agency|cooperative|foundation|charity|organi[sz]ation)|(?:[\p{L}'’-]+\s+){0,3}?(?:refinery|shipyard|airline|airport|port|hospital|clinic|school|university|smelter|mine|factory|mill|power plant|power station))\b/u;
const GENERIC_PURPOSE =
  /^\s*(?:(?:in|of)\s+)?((?:(?!to\b|for\b|the\b)[a-z][\w-]*\s+){0,3}?(?:aid|assistance|package|loans?|grants?|funding|financing|finance|commitment|pledge|support|relief|investment|credit|bailout|fund|programme|program|facility|tranche|bill))\b/i;

const PROGRAMME =
  /^\s+(?:(?:under|through|via|as part of|from)\s+(?:its|the|their|his|her)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Plan|Programme|Program|Facility|Initiative|Package|Mechanism|Compact|Partnership|Strategy))\b/u;

/** "a €6 billion Growth Plan", "$320 million under its Mattei Plan": the named programme is what the money is for. */
export function namedProgramme(
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  const m = PROGRAMME.exec(text.slice(money.end - start));
  return m?.[1] === undefined ? undefined : issueOf(m[1]);
}

/**
 * "a €1.1 billion Global Gateway package", "a $2 billion Belt and Road loan": a name set between
 * the amount and its money noun is the programme it is paid under. Not a party's name ("a $50
 * million World Bank loan" names its lender) nor an acronym, which may be a lender's.
 */
const NAME_BEFORE_NOUN =
  /^\s+((?:\p{Lu}\p{Ll}[\p{L}'’-]*\s+(?:and\s+)?){1,4})(?:package|programme|program|loan|grant|fund|facility|initiative|plan|scheme|investment|financing)s?\b/u;

export function programmeBeforeNoun(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Recipient | undefined {
  const m = NAME_BEFORE_NOUN.exec(text.slice(money.end - start));
  const name = m?.[1]?.trim();
  if (m === null || name === undefined) return undefined;
  const from = money.end + m[0].indexOf(name);
  const to = from + name.length;
  if (actors.some((a) => a.start < to && a.end > from)) return undefined;
  return issueOf(name);
}

/** "under the", "as part of", "within": what names the framework money comes under. */
const FRAMEWORK_BEFORE =
  /\b(?:under|within|as part of|part of|in line with|in the framework of)\s+(?:the\s+|a\s+|an\s+|its\s+)?$/i;

export function recipientOf(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Actor | undefined,
  lenderAfter: boolean,
  previousEnd: number,
): Recipient | undefined {
  if (lenderAfter) {
    // "$300 million from Saudi Arabia and $200 million from Qatar": not the amount before's lender.
    const from = Math.max(leftClauseStart(text, start, money.start), previousEnd);
    // "Finance Minister X and South Korea's ambassador signed a loan from the Export-Import Bank
    // of Korea": not the lender's own state; a minister stands for the state that borrows.
    const borrower = actorsBetween(actors, from, money.start)
      .map(asState)
      .filter(
        (a) =>
          a.label !== "Person" &&
          a.key !== funder?.key &&
          a.key !== `country:${funder?.country ?? ""}` &&
          !/\b(?:from|by|with)\s+(?:the\s+)?$/i.test(text.slice(from - start, a.start - start)) &&
          // "The package announced under the EU's Global Gateway strategy includes €600 million in
          // loans from the EIB": the framework the money comes under borrows nothing.
          !FRAMEWORK_BEFORE.test(text.slice(from - start, a.start - start)) &&
          // "a loan from China Development Bank to the power utility Acme, and a credit from the
          // Export-Import Bank": whom an amount before went to borrows nothing of this one.
          !OBJECT_OF_TO.test(text.slice(from - start, a.start - start)) &&
          // "The World Bank said it had approved a grant from its IDA": a giver borrows nothing.
          !GIVER_VERB.test(text.slice(a.end - start, money.start - start)) &&
          // "The opposition criticised the government for its reliance on a loan from Hungary":
          // who speaks of a loan does not borrow it.
          !STANCE_VERB.test(text.slice(a.end - start, money.start - start)),
      )
      .at(0);
    if (borrower !== undefined) return { actor: borrower };
  }
  // "…the bank will lend Madagascar €80 million": the first object of a verb of giving — before
  // a party in the purpose after the amount ("give Fiji a grant … for patrols around Tonga").
  // "The World Bank lent Uruguay $100 million…, and Orsi's cabinet added $20 million for…": not
  // the object of a verb before the amount that came before.
  const clause = Math.max(previousEnd, leftClauseStart(text, start, money.start));
  const object = actorsBetween(actors, clause, money.start).find(
    (a) => a.label !== "Person" && a.key !== funder?.key && isGivenTo(text, start, a),
  );
  if (object !== undefined) return { actor: object };
  const investee = statedInvestee(text, start, money, actors, funder);
  if (investee !== undefined) return { actor: investee };
  // "a $2 billion loan approved by the World Bank for Kenya": the phrase may follow the lender.
  const led =
    leadRecipient(text, start, money.end, actors, funder) ??
    (lenderAfter && funder !== undefined
      ? leadRecipient(text, start, funder.end, actors, funder)
      : undefined);
  if (led !== undefined)
    return (
      longerName(text, start, led, actors) ?? {
        actor: namedInApposition(text, start, led, actors) ?? led,
      }
    );
  const aside = parenthetical(text, start, money.start);
  const between =
    funder === undefined
      ? []
      : actorsBetween(actors, funder.end, money.start).filter(
          (a) =>
            a.label !== "Person" &&
            a.key !== funder.key &&
            // "Takaichi says Japan will put ¥3 billion into…": a speaker's own state acts.
            a.key !== `country:${funder.country ?? ""}` &&
            // "He met the bank's president in Washington and said it had approved $400
            // million…": the place where something happened receives nothing.
            a.locationOnly !== true &&
            (!a.possessive ||
              OWN_PROGRAMME.test(text.slice(a.end - start)) ||
              DONOR_OF.test(text.slice(a.end - start, a.end - start + 60))) &&
            outside(a, aside),
        );
  if (between[0] !== undefined) return { actor: between[0] };
  // "for about 9,000 private homes": a thousands separator does not end the purpose.
  // "to the state budget next year for reconstruction in Karabakh": the pot it is paid through
  // is no purpose; what follows says what the money is for.
  const after = text
    .slice(money.end - start)
    .replace(/(\d),(\d{3})/g, "$1$2")
    .replace(INTO_BUDGET, "")
    .replace(CHANNEL, "");
  const specific = withNamesJoined(
    after,
    helpPurpose(after) ??
      peoplePurpose(after) ??
      restoring(SPECIFIC_PURPOSE.exec(after)) ??
      TO_A_FUND.exec(after)?.[1],
  );
  // "for 2025 and 2026": a period, not a purpose.
  // "for another three years": a period, not a purpose.
  if (
    specific === undefined ||
    /^(?:the\s+)?(?:\d{4}|next|this|the next|coming)\b/i.test(specific) ||
    /\b(?:years?|months?|weeks?|decades?)$/i.test(specific)
  )
    return undefined;
  // "through the Qatar Fund for Development": a name's own "for" states no purpose.
  if (insideName(text, start, money, actors, specific)) return undefined;
  const purpose = listBeneficiary(after, specific) ?? specific;
  return issueOf(withPlace(after, purpose.replace(/^(the|a)\s+/i, "")));
}

/** " to the state budget next year", " into the treasury": a state's own pot, before a purpose. */
const INTO_BUDGET =
  /^\s*(?:in)?to\s+(?:the|its|their)\s+(?:(?:state|national|federal|central|government|general|annual)\s+)?(?:budget|treasury|coffers)(?:\s+(?:next|this)\s+year)?(?=\s+for\s)/i;

/**
 * " under its Official Security Assistance programme", " through its Caribbean infrastructure
 * fund", " next year under its aid programme": the programme or fund an amount is paid under or
 * through, right after it, is the channel; the "for"/"to" after it says what the money is for
 * ("…for coastal radar systems", "…to equip the coast guard"). Not before a capital: "under the
 * Growth Plan for the Western Balkans", "through the Fund for Development" are a name's own words.
 */
const CHANNEL =
  /^\s*(?:(?:next|this)\s+year\s+)?(?:under|through|via|as\s+part\s+of)\s+(?:its|their|the|a)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:[Pp]rogram(?:me)?|[Ss]cheme|[Ff]acility|[Ff]und|[Pp]lan|[Ii]nitiative|[Ww]indow|[Mm]echanism|[Ii]nstrument)(?=\s+(?:for|to)\s+(?!(?:the\s+)?\p{Lu}))/u;

/** "to rebuild", "to repair": a verb of restoring says what the money is for as much as its object. */
const RESTORING = /\bto\s+(rebuild|reconstruct|repair|restore|rehabilitate|renovate)\s+$/i;

/** "to rebuild police stations": the purpose keeps its verb of restoring ("rebuild police stations"). */
function restoring(m: RegExpExecArray | null): string | undefined {
  const purpose = m?.[1];
  if (m === null || purpose === undefined) return undefined;
  const verb = RESTORING.exec(m[0].slice(0, m[0].length - purpose.length))?.[1];
  return verb === undefined ? purpose : `${verb.toLowerCase()} ${purpose}`;
}

/** A capitalised word last. */
const CAPITALISED_LAST = /\p{Lu}[\p{L}'’-]*$/u;

/** " and Social Affairs": "and", then up to three capitalised words. */
const AND_NAME = /^\s+and\s+(?:\p{Lu}[\p{L}'’-]*(?![\p{Sc}\d])\s*){1,3}/u;

/** "for North and South Kivu": names joined by "and" are one purpose, not its first word. */
function withNamesJoined(after: string, purpose: string | undefined): string | undefined {
  if (purpose === undefined || !CAPITALISED_LAST.test(purpose)) return purpose;
  const at = after.indexOf(purpose);
  const more = AND_NAME.exec(after.slice(at + purpose.length));
  return more === null ? purpose : `${purpose}${more[0].trimEnd()}`;
}

function insideName(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  words: string,
): boolean {
  return actors.some(
    (a) =>
      a.label !== "Person" &&
      a.start >= money.end &&
      a.start - money.end < 120 &&
      text.slice(a.start - start, a.end - start).includes(words),
  );
}

const PHRASE_STOP = /[,;\p{Sc}]|\b(?:that|which|who|whose)\b|\b\d/u;
/** ", churches and ": the rest of a list of common nouns, up to its last "and" or "or". */
const LIST_GOES_ON =
  /^,\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*(?:,\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)*,?\s+(?:and|or)\s+/;

/** "during a visit to Madrid", "on a trip to Rome": the place a visitor went. */
const VISITED = /\b(?:visit|visits|trip|journey|tour|stopover|stop)\s+(?:to|in)\s+(?:the\s+)?$/i;

const CO_PAYING = /\b(?:co-?financ\w*|co-?fund\w*|jointly|together|alongside)\b/i;

/** " to the power utility ", " for the state ": a party named as the object of "to" or "for". */
const OBJECT_OF_TO = /\b(?:to|for)\s+(?:[Tt]he\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,3}$/;

const GIVER_VERB =
  /\b(?:approv|grant|provid|pledg|extend|disburs|lent|lend|commit|offer|donat|allocat|releas|unlock)\w*/i;

const STANCE_VERB =
  /\b(?:criticis|criticiz|condemn|denounc|accus|attack|blam|question|welcom|prais|warn|slam|object|oppos)\w*/i;

function asState(a: Actor): Actor {
  return a.label === "Person" && a.country !== undefined
    ? { ...a, key: `country:${a.country}`, label: "Country" }
    : a;
}

/** "to Kenya", "for the people of Sudan": the party a phrase after `from` gives the money to. */
function leadRecipient(
  text: string,
  start: number,
  from: number,
  actors: readonly Actor[],
  funder: Actor | undefined,
): Actor | undefined {
  const lead =
    RECIPIENT_LEAD.exec(text.slice(from - start)) ?? IN_NAME.exec(text.slice(from - start));
  if (lead === null) return undefined;
  // "co-financed the project in Bangladesh with the World Bank": a partner in paying, not a payee.
  if (/\bwith$/i.test(lead[0]) && CO_PAYING.test(text.slice(0, from - start))) return undefined;
  const nextClause = /,\s+(?:and|while|but|whereas)\s/.exec(text.slice(from - start));
  const clauseEnd = Math.min(
    rightClauseEnd(text, start, from),
    nextClause === null ? Infinity : from + nextClause.index,
  );
  // "…15 billion yen for demining, South Korea 30 billion won": a comma ends the phrase, and so
  // does a relative clause ("for fuel purchases that India extended") and the next amount ("for
  // geothermal power and a €150 million package from Germany").
  // "for schools, churches and cultural centres in Ukraine's Transcarpathia": a comma inside a
  // list of things paid for does not.
  const base = from + lead[0].length;
  const phrase = text.slice(base - start);
  const stop = PHRASE_STOP.exec(phrase);
  const list = stop?.[0] === "," ? LIST_GOES_ON.exec(phrase.slice(stop.index)) : null;
  let stopAt = stop === null ? Infinity : stop.index;
  // Past the list, "of the Hungarian community in Ukraine's…": a people's adjective is no party.
  let listFrom = Infinity;
  if (list !== null) {
    listFrom = base + stopAt;
    const rest = stopAt + list[0].length;
    const next = PHRASE_STOP.exec(phrase.slice(rest));
    stopAt = next === null ? Infinity : rest + next.index;
  }
  // "for reconstruction in Gaza at a conference co-hosted by Egypt": the occasion's host or place
  // receives nothing.
  const phraseEnd = Math.min(clauseEnd, base + stopAt, base + occasionAt(phrase));
  // "to help producers find buyers outside the United States": only the party helped receives.
  const helped = /\bto$/i.test(lead[0]) ? helpedAt(phrase) : undefined;
  const found = actorsBetween(actors, base - 1, phraseEnd).find(
    (a) =>
      (a.label !== "Person" || leadersOwn(text, start, a)) &&
      a.key !== funder?.key &&
      !isFledState(text, start, a) &&
      // "…for power plants damaged by Russian strikes": who did the harm is not paid to repair it.
      !isAggressor(text, start, a) &&
      // "C$40 million for the scheme during a visit to Warsaw": where a visitor went receives nothing.
      !VISITED.test(text.slice(Math.max(0, a.start - start - 30), a.start - start)) &&
      // "for training in communities on both sides of the strait": a pronoun deep in a purpose
      // phrase is no party paid; only one right after the lead is ("to them", "for it").
      (a.via !== "pronoun" || a.start - base <= 2) &&
      // "for a second power interconnection with Colombia": a partner of the thing paid for,
      // deep in the phrase, is not paid.
      (a.start === base || !PARTNER_WITH.test(text.slice(base - start, a.start - start))) &&
      (helped === undefined || a.start <= base + helped) &&
      (a.start < listFrom || !isDemonymMention(text, start, a)),
  );
  return found === undefined ? undefined : asState(found);
}

/**
 * " interconnection with ", " cooperation with the ": a thing's partner, named after "with" that
 * follows a noun — not after an adverb or a participle ("a vehicle run jointly with the SCIC",
 * "built together with Peru"), which may name a co-owner paid too.
 */
const PARTNER_WITH = /\p{Ll}[\p{Ll}-]*(?<!ly|ed|together)\s+with\s+(?:the\s+)?$/u;

/**
 * "'s flagship \"three million homes\" programme", "’s signature housing plan": what a leader's
 * name owns that the state pays into.
 */
const LEADERS_OWN =
  /^['’]s?\s+(?:["“”]?[\w-]+["“”]?\s+){0,5}?(?:programme|program|plan|scheme|project|initiative|agenda|drive|reforms?)\b/i;

/** "to Prabowo's flagship housing programme": a leader's programme is the leader's state's. */
function leadersOwn(text: string, start: number, a: Actor): boolean {
  return a.possessive && a.country !== undefined && LEADERS_OWN.test(text.slice(a.end - start));
}

/**
 * "The money, €25 million from the German government, will fund solar plants in Namibia": when the
 * amount is the subject, the state where its stated use lies receives it.
 */
const USE_VERB =
  /^[^.;$€¤£¥\d]{0,90}?\b(?:will|would|is to|are to|to|shall|should)\s+(?:be\s+(?:used|spent)\s+(?:to|for|on)\s+|help\s+(?:to\s+)?)?(?:fund|finance|pay for|build|rebuild|support|upgrade|modern[is]e|expand|repair|restore|buy|go to|go towards?|help)\b/i;

export function useRecipient(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Actor | undefined,
): Recipient | undefined {
  const m = USE_VERB.exec(text.slice(money.end - start));
  if (m === null) return undefined;
  const from = money.end + m[0].length;
  const comma = text.slice(from - start).search(/[,;.]/);
  const to = comma < 0 ? start + text.length : from + comma;
  const found = actorsBetween(actors, from, to).find(
    (a) => a.label === "Country" && a.key !== funder?.key && !agentOf(text, start, a),
  );
  return found === undefined ? undefined : { actor: found };
}

/** "bridges damaged by Russian shelling", "hit by the Israeli strikes": the agent of a participle. */
const BY_AGENT = /\bby\s+(?:the\s+)?$/i;

/** Whether a state is named as the agent after "by", which says who did harm, not where money goes. */
function agentOf(text: string, start: number, state: Actor): boolean {
  return BY_AGENT.test(text.slice(Math.max(0, state.start - start - 12), state.start - start));
}

/**
 * "vehicles built in London, Ontario": a capital followed by a region of its own that no list
 * knows is a namesake town elsewhere, not the state.
 */
const NAMESAKE_AFTER = /^,\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*(?:[,.;]|$)/u;

export function namesake(
  text: string,
  start: number,
  place: Actor,
  actors: readonly Actor[],
): boolean {
  if (place.locationOnly !== true) return false;
  const after = text.slice(place.end - start);
  const m = NAMESAKE_AFTER.exec(after);
  if (m === null) return false;
  const region = place.end + after.indexOf(m[0].replace(/^,\s*/, "").slice(0, 1), 1);
  return !actors.some((a) => a.start === region);
}

/** The words between an amount and the state it lets act: " facility that lets ", " allowing ". */
const ENABLING =
  /^\s*(?:[\w'’-]+\s+){0,6}?(?:(?:that|which)\s+(?:will\s+|would\s+)?(?:lets?|allows?|enables?|helps?)|letting|allowing|enabling|helping)\s+$/i;

/**
 * "a $1.5 billion facility that lets Pakistan import…", "a credit line allowing Sri Lanka to buy…":
 * the state the money lets do something receives it.
 */
export function enabledRecipient(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Party | undefined,
): Recipient | undefined {
  const state = actors.find(
    (a) =>
      a.start > money.end &&
      a.start - money.end < 60 &&
      a.label === "Country" &&
      !a.possessive &&
      ENABLING.test(text.slice(money.end - start, a.start - start)),
  );
  if (state === undefined || state.key === funder?.key) return undefined;
  const home = payerState(funder, actors);
  return state.key === `country:${home ?? ""}` ? undefined : { actor: state };
}

/**
 * "will finance €300 million of the railway in Senegal", "co-finance the $1 billion project in
 * Vietnam": the state where the funded work lies receives the money.
 */
const WORK_IN =
  /^\s*(?:(?:of|for)\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:in|across)\s+(?:the\s+)?$/;

export function workPlace(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Actor | undefined,
): Recipient | undefined {
  const found = actors.find(
    (a) =>
      a.start > money.end &&
      a.start - money.end < 60 &&
      a.label === "Country" &&
      a.key !== funder?.key &&
      // "The Saudi fund signed a $1.5bn facility in Riyadh": where the payer signs at home.
      a.key !== `country:${funder?.country ?? ""}` &&
      WORK_IN.test(text.slice(money.end - start, a.start - start)),
  );
  return found === undefined ? undefined : { actor: found };
}

/** " in Africa", "across the Sahel countries": a preposition, then a capitalised place. */
const PLACE_AFTER =
  /^\s*(?:in\s+(?:[a-z]+\s+){1,2}?(?:to|for)|in|into|across|to)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s+(?:countries|nations|states|governments|neighbours|neighbors))?)/u;

/** "invest 360 billion yuan in Africa": a region that is neither country nor body is the purpose. */
export function placeAfter(
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  const m = PLACE_AFTER.exec(text.slice(money.end - start));
  // "in May", "in March 2025": a time, not a place; "to Prabowo's programme": an owner, no place.
  if (m?.[1] === undefined || MONTH.test(m[1]) || /['’]s?$/.test(m[1])) return undefined;
  return issueOf(m[1].replace(/^the\s+/, ""));
}

/** "will invest", "is putting", "poured": a verb of putting money into something, in the amount's clause. */
export const INVEST_VERB =
  /\b(?:invest(?:s|ed|ing)?|put(?:s|ting)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|sink(?:s|ing)?|sank|plough(?:s|ed|ing)?)\b[^,;:]*$/i;

/** " in a Kenyan ", " into the first Lao ": the invested-in phrase up to a state's word in it. */
const IN_QUALIFIED = /^\s*(?:in|into)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?=\p{Lu})/u;

/**
 * "Deo Ca will invest $300 million in the first Lao section of the expressway to the Vietnamese
 * port", "…in a Kenyan wind farm": the state a demonym or possessive places the thing invested in
 * receives, before any party named further on in the phrase — never the payer's own state.
 */
function statedInvestee(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  funder: Actor | undefined,
): Actor | undefined {
  const before = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  const m = INVEST_VERB.test(before) ? IN_QUALIFIED.exec(text.slice(money.end - start)) : null;
  if (m === null) return undefined;
  const state = actors.find((a) => a.start === money.end + m[0].length);
  return state?.label === "Country" &&
    state.key !== funder?.key &&
    state.key !== `country:${funder?.country ?? ""}`
    ? state
    : undefined;
}

/**
 * "EDF will invest £1.1 billion in the Sizewell C nuclear plant": what money is invested in, named
 * right after the amount, is where it goes — before the recipient the story had in view.
 */
export function investedIn(
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  const before = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  if (!INVEST_VERB.test(before) || !/^\s*(?:in|into)\s/i.test(text.slice(money.end - start)))
    return undefined;
  return placeAfter(text, start, money);
}

export function genericPurpose(
  text: string,
  start: number,
  money: MoneyMention,
): Recipient | undefined {
  const purpose = purposeOf(text, start, money);
  return purpose === undefined ? undefined : issueOf(purpose);
}

export function purposeOf(text: string, start: number, money: MoneyMention): string | undefined {
  return GENERIC_PURPOSE.exec(text.slice(money.end - start))?.[1]
    ?.trim()
    .toLowerCase();
}

export function issueOf(name: string): Recipient {
  return { issue: name, issueKey: `issue:${slugify(name)}` };
}
