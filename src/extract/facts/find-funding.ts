import type { Actor } from "../resolve/actor.ts";
import { mayMatch } from "../text/letter-gate.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { actorsBetween, leftClauseStart, rightClauseEnd } from "./clause.ts";
import { isUnsettledPayment } from "./modality.ts";
import {
  bracketedPayer,
  listedRecipient,
  listItemFunding,
  recipientInView,
} from "./funding-lists.ts";
import {
  findMoney,
  mayHoldMoney,
  mayStateAmount,
  type MoneyHints,
  type MoneyMention,
} from "./money.ts";
import { withoutConversions } from "./funding-conversions.ts";
import { withDurations } from "./funding-duration.ts";
import {
  homeOrgans,
  possessiveOrgan,
  seatedGovernment,
  unnamedState,
} from "./funding-unnamed-state.ts";
import { fledCause } from "./funding-displaced.ts";
import { ownBudget } from "./funding-own-budget.ts";
import { equityStake } from "./funding-stake.ts";
import { contactRelative } from "./funding-contact-relative.ts";
import { closeWorthAsides } from "./funding-worth-aside.ts";
import { whosePayer } from "./funding-whose.ts";
import { lenderBetween } from "./funding-between.ts";
import { payer } from "./stance-actor.ts";
import { adjectivalPayer } from "./funding-adjective.ts";
import { currencySide, lenderFirst, withLender } from "./funding-direction.ts";
import { outerPayer, thanks } from "./funding-clauses.ts";
import { acronymBodies, acronymLender } from "./funding-acronym.ts";
import { dealBeforeColon } from "./funding-deals.ts";
import { twoSides } from "./funding-two-sides.ts";
import { officesAsStates } from "./funding-office.ts";
import { respectiveRecipients } from "./funding-respectively.ts";
import { organBorrower } from "./funding-organ.ts";
import { withoutBorders } from "./funding-border.ts";
import { shareBase, shareOwner, sharePaidInto } from "./funding-share.ts";
import { paidWork } from "./funding-work-noun.ts";
import { agentBefore, approvingLender } from "./funding-agent.ts";
import { describedPayer } from "./funding-described.ts";
import { heldSubject, notGivenAfter, PENALTY_NOUNS } from "./funding-not-given.ts";
import { selfReported } from "./funding-self-report.ts";
import { companySignedWith } from "./funding-counterpart.ts";
import { shareLaterFunders, shareLaterRecipients } from "./funding-tranche.ts";
import { issuingState, legislatureState } from "./funding-issuer.ts";
import { amountItem } from "./funding-bullets.ts";
import { schemeInView } from "./funding-anaphora.ts";
import { partPurpose } from "./funding-part-purpose.ts";
import { groupTotal } from "./funding-group-total.ts";
import { APPROXIMATELY } from "./funding-hedges.ts";
import { homeGovernment, joinedToNextName, payerState, stateInView } from "./funding-home-state.ts";
import { topicCountry } from "./funding-topic-country.ts";
import { ownCurrencyGovernment, treasuryState } from "./funding-own-currency.ts";
import { shareHolder, sharePayer } from "./funding-fronted-share.ts";
import { fundInView } from "./funding-fund-in-view.ts";
import { ownPot } from "./funding-own-pot.ts";
import { sizesEachUnit } from "./funding-unit-size.ts";
import { ownClauseAfter, undonePromise } from "./funding-undone-promise.ts";
import { borrowersSigned } from "./funding-signed-deals.ts";
import { pronounRecipients } from "./funding-pronoun-recipient.ts";
import { frontedRecipient } from "./funding-fronted-recipient.ts";
import { antecedentParties } from "./funding-antecedent.ts";
import { possessiveBorrowers } from "./funding-borrower.ts";
import { isPurchase } from "./funding-purchase.ts";
import { signingSide } from "./funding-signing-side.ts";
import { BANKROLLING, JOINING_IN } from "./funding-joining-verbs.ts";
import { FURTHER, forTheSameEnd, ofTheDeal } from "./funding-same-end.ts";
import { pointedBack } from "./funding-purpose-antecedent.ts";
import { forTheSameThing, sameWork } from "./funding-same-thing.ts";
import { runningTotal } from "./funding-running-total.ts";
import { namedFunds } from "./funding-named-fund.ts";
import { useOfAmount } from "./funding-use-clause.ts";
import { kindOverPeople } from "./funding-beneficiaries.ts";
import { bodyOfState } from "./funding-state-body.ts";
import { givesGoods, goodsPurpose } from "./funding-goods.ts";
import { conferenceRecipient } from "./funding-donor-conference.ts";
import {
  describedOrg,
  FUNDING_VERB,
  PUT_IN,
  SANCTIONED_MONEY,
  fromActor,
  partyOf,
  cofunderOf,
  listedBefore,
  paysExplicitly,
  receivingSubject,
  relativeParties,
  subjectOf,
} from "./funding-parties.ts";
import {
  enabledRecipient,
  namesake,
  genericPurpose,
  investedIn,
  namedProgramme,
  programmeBeforeNoun,
  placeAfter,
  purposeOf,
  recipientOf,
  useRecipient,
  workPlace,
} from "./funding-recipients.ts";
import { investedObject } from "./funding-invested-object.ts";
import { namesMoneyNotGiven } from "./funding-not-money.ts";
import { ownMoneyEnds, ownSpending, paidFromOwnPurse } from "./funding-own-spending.ts";
import { spentOn } from "./funding-spent-on.ts";

export type Party = { readonly key: string; readonly label: Actor["label"] };
export type Recipient =
  { readonly actor: Party } | { readonly issue: string; readonly issueKey: string };

export interface FundingMention {
  readonly funder: Party | undefined;
  readonly recipient: Recipient | undefined;
  readonly money: MoneyMention;
  readonly purpose: string | undefined;
  /** Said of the recipient ("Serbia stands to receive…"), so a bare follow-up names another recipient. */
  readonly received?: boolean;
  /** A stated part of an amount named before it: its recipient is not the article's main one. */
  readonly part?: boolean;
  /** The funder's name when only this sentence's wording makes it a body ("fund, Norfund,"). */
  readonly funderName?: string;
  /** The recipient's name when only this sentence's wording makes it a company. */
  readonly recipientName?: string;
  /** How the payer model changed the rules' payer: gave one they had none for, or replaced it. */
  readonly payerChange?: "added" | "switched";
  /** The named work the money is for ("…for the Tapia reservoir"): "the same project" later. */
  readonly work?: Recipient | undefined;
}

/** What earlier sentences established: "France itself pledged €110 million" gives to the same cause. */
export interface FundingContext {
  readonly funder: Party | undefined;
  readonly recipient: Recipient | undefined;
  /** Organisations named so far, most recent first: "the bank will lend…" is one of them. */
  readonly orgs: readonly string[];
  /** Countries named so far, most recent first: "kroner" in a report on Denmark are Danish. */
  readonly countries: readonly string[];
  /** How often each country has been named so far: the one named most is the report's subject. */
  readonly mentions?: ReadonlyMap<string, number>;
  /** The state, or body of no state, the sentence before opened on: "it" may be it. */
  readonly subject?: string;
  readonly subjectBody?: string;
  /** Currencies of the amounts found so far, most recent first. */
  readonly currencies: readonly string[];
  /**
   * Whether the sentence before spoke of money given ("The pledges included:"), or listed it:
   * asked only by a sentence that may be an item of its list, so most never search for the words.
   */
  readonly fundingTalk?: () => boolean;
  /** The last amount given so far: "Ankara would put in the same amount" gives it again. */
  readonly lastPaid?: FundingMention | undefined;
  /**
   * The body that last approved several grants without an amount, kept for the rest of the
   * article: "Chad will receive $20 million" told after it is its money.
   */
  readonly approver?: Party | undefined;
  /** The article's text, that sentence offsets index: "for the line" is the line named before. */
  readonly story?: string;
  /**
   * What the report's first amounts were said to be for: a state's own share told later goes
   * there. Null once they have been told without a purpose.
   */
  readonly leadPurpose?: Recipient | null | undefined;
}

/** Whether a sentence speaks of money given, lent or pledged at all. */
export function talksFunding(text: string): boolean {
  return FUNDING_WORDS.test(text);
}

const FUNDING_WORDS = new RegExp(
  String.raw`\b(aid|assistance|package|loans?|grant\w*|funding|funds?|funded|financ\w*|pledg\w*|donat\w*|contribut\w*|provid\w*|allocat\w*|disburs\w*|approv\w*|${SANCTIONED_MONEY}|budget|budgeted|appropriated|allott?ed|ring-?fenced|support|investments?|invest\w*|credit|bailout|roll(?:s|ed|ing)? over|rollover|renew\w*|set(?:s|ting)? aside|relief|lend\w*|lent|give|gave|given|giving|earmark\w*|intended|sen[dt]|supply|bill|programme|program|facility|tranches?|announc\w*|promis\w*|commit\w*|offer\w*|pay|pays|paid|paying|go to|deposit\w*|inject\w*|transfer\w*|add|added|adds|channel\w*|swaps?|credit lines?|loaned|send\w*|available|includ\w*|receiv\w*|secur(?:e|es|ed|ing)|obtain\w*|won|wins?|award\w*|gets?|got|getting|hand(?:s|ed|ing)?|extend\w*|used (?:to|for)|spent on|spend(?:s|ing)? [^.]{0,40}? on|put(?:s|ting)? [^.]{0,40}? into|${PUT_IN}|borrow\w*|go towards?|goes (?:to|towards?)|went (?:to|towards?)|releas\w*|unlock\w*|coming from|comes? from|came from|agreements? worth|confirm(?:s|ed|ing)?|unveil\w*|mobili[sz]\w*|top(?:s|ped|ping)? up|chip(?:s|ped|ping)? in|${JOINING_IN}|${BANKROLLING}|of (?:this|that|it|the (?:total|sum|money|amount))|own (?:budget|resources|funds|coffers|treasury)|stakes?|equity)\b`,
  "i",
);
/** What money that is not given is said to be: sought, owed, traded, frozen… */
const NOT_GIVEN = new RegExp(
  String.raw`\b(rejected|refused|blocked|blocking|vetoed|vetoing|proposal|considering|discussed|debate|debating|asked for|requested|sought|seeking|demanded|cost|costs|costing|costed|holding up|held up|losses|worth|revenue|exports?|imports?|GDP|deficit|debt of|valued|owes?|owed|owing|arrears|repa(?:y|ys|ying|id)|withdr[ae]w\w*|revok\w*|rescind\w*|retract\w*|seeks?|appeal\w*|talks (?:with [^,;.]{1,80}? )?(?:on|over|about|for)|negotiat\w*|hop(?:e|es|ed|ing)|wants?|in talks|consider\w*|prepar\w*|manag(?:e|es|ed|ing)|holds|assets|reserves|stands? at|stood at|standing at|deficits?|gap|shortfall|budget of|faces|paus\w*|valued at|value of|suspend\w*|freez\w*|froze|frozen|halt\w*|withh[eo]ld\w*|(?:kept|keeps?|keeping|held|holds?|holding) back|den(?:y|ies|ied|ying)|(?:${PENALTY_NOUNS}) of|(?<!\b(?:to|help|helps|helped|helping)\s+(?:\w+\s+)?)(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|trimm(?:ed|ing))|cancel\w*|scrapp\w*|shelv\w*|on hold|ax(?:e|es|ed|ing)|ditch\w*|terminat\w*|threat\w*|weigh(?:s|ing)|call(?:s|ed|ing)? for|propos(?:e|es|ing)|urg(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|equivalent|ask(?:s|ed|ing)?|request\w*|needs|debt (?:exchange|swap|restructuring|service|repayments?)|default\w*|bonds?|eurobonds?|none|until|unless|earn\w*|remittances?|income|expected to (?:meet|vote|approve|decide|consider|sign|invest|spend|pledge|provide|give|grant|lend|loan|disburse|release|allocate|earmark|commit|contribute|channel|transfer|donate|offer|extend|announce|unveil|send|pay|receive|get|secure|unlock|deposit|inject|fund|finance)|expect(?:s|ed|ing)?(?=\s+(?!to\b))\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:provide|lend|give|raise|grant|pledge|offer|contribute|extend|disburse|commit|send|invest|spend|put|add|increase)|yet to)\b`,
  "i",
);
/** The modal "may" is lowercase; "May" is the month ("Germany in May pledged…"). */
const MODAL_MAY = /\bmay\b/;
const PART_OF =
  /\b(such as|including|includes|included|of which|contains|comprising|among them|of that sum|of the total|of this|of it)\b/i;

/** A colon right before an amount, with nothing but an approximation after it. */
const BREAKDOWN = /:\s*(?:(?:about|some|nearly|around|roughly|almost|up to)\s+)?$/i;

/** A clause stop, or "and" before a capitalised word. */
const STOP_OR_AND_NAME = /^\s*(?:[,;.]|and\s+\p{Lu})/u;

/**
 * Whether any sentence of an article may state an amount `findFunding` reads: in an article where
 * none does, no funding is found. `findFunding` finds nothing in a sentence without an amount
 * (each mention it makes, a list item's too, holds one `findMoney` found in the sentence with its
 * worth asides closed); `sameAmount` only repeats an amount found before; and a deal told without
 * an amount only tells later sentences who the parties are. So the article's funding, and all it
 * remembers from sentence to sentence, may be passed over.
 */
export function mayFindFunding(sentences: readonly AnalyzedSentence[]): boolean {
  return sentences.some(
    (s) => mayHoldMoney(s.sentence.text) && mayStateAmount(closeWorthAsides(s.sentence.text)),
  );
}

/**
 * Amounts a sentence says one party gives, lends or pledges to another, each a separate fact.
 * `talk` tells whether the sentence speaks of money given at all (asked only of a sentence that
 * may state an amount), for a caller that keeps the answer.
 */
export function findFunding(
  sentence: AnalyzedSentence,
  actors: readonly Actor[],
  context: FundingContext,
  talk: () => boolean = () => talksFunding(sentence.sentence.text),
): FundingMention[] {
  // Every amount found below, and a list item's, is one `findMoney` finds: a sentence that
  // cannot state one is passed over before its money hints and asides are built.
  if (!mayHoldMoney(sentence.sentence.text)) return [];
  const { start } = sentence.sentence;
  const text = closeWorthAsides(sentence.sentence.text);
  // The currency hints are built only for a sentence that may hold money given (most are
  // passed over before), and its amounts read once: a sentence of funding talk that does not
  // finish hands them to listItem. context.countries and context.currencies are not changed
  // inside findFunding, so the first hints hold for the whole sentence.
  if (!talk()) return listItem(sentence, text, actors, context, undefined);
  const hints = moneyHints(actors, context, sentence.sentence.text, start);
  const amounts = withDurations(
    text,
    start,
    withoutConversions(text, start, findMoney(text, start, hints)),
  );
  const found: FundingMention[] = [];
  let named: string | undefined;
  let receivers: readonly Actor[] | undefined;
  for (const money of amounts) {
    // "$48 a barrel", "$5 per tonne": prices, not money given.
    if (
      money.amount < MIN_AMOUNT ||
      /^\s*(?:a|per)\s+(?:barrel|tonne|ton|head|person|share|unit)\b/i.test(
        text.slice(money.end - start),
      )
    )
      continue;
    const previous = found.at(-1);
    const between = text.slice((previous?.money.end ?? start) - start, money.start - start);
    // "raised the swap line to 40 billion yuan from 30 billion yuan", "…, up from $1.5 billion":
    // the old figure is no money.
    if (
      previous !== undefined &&
      (/^\s*,?\s*(?:up |down )?from\s+$/i.test(between) || /\b(?:up|down) from\s+$/i.test(between))
    )
      continue;
    // Names are not words: the "Export-Import Bank" names no exports.
    named ??= withoutNames(text, start, actors);
    const plain = named.slice((previous?.money.end ?? start) - start, money.start - start);
    // The amount's own clause: "…for essential imports and provided $400 million" is not imports.
    const clause = (plain.split(/[,;]|\band\s+(?=(?:also\s+)?[a-z]+ed\b)/).at(-1) ?? "").slice(
      -100,
    );
    const after = text.slice(money.end - start, money.end - start + 100);
    if (
      isBlocked(clause, plain, after) ||
      notGivenAfter(ownClauseAfter(text, start, money, after), plain) ||
      heldSubject(text.slice(money.end - start))
    )
      continue;
    // "grants of between $100,000 and $1.5 million each": the size of one, not money given.
    if (sizesEachUnit(text.slice(0, money.start - start), after)) continue;
    // "The United States, which promised $100 million, has suspended its contribution".
    if (undonePromise(text, start, money)) continue;
    // "half of the design cost, roughly 2 billion zloty", "$2 billion in taxes": not given.
    if (namesMoneyNotGiven(sentence.tokens, money)) continue;
    // "will finance 85% of the $4.7 billion railway": the whole a share of which is paid.
    if (shareBase(text, start, money)) continue;
    // "Peru will spend 2 billion soles from its national budget on reconstruction": a state's
    // own money goes to what it is for, not to a state the sentence names in passing.
    const home = ownBudget(text, start, money, actors);
    if (home === null) continue;
    // "…will take a $150 million stake in a copper project": equity put into the project.
    const stake = home ?? equityStake(text, start, money, actors, context, found.at(-1)?.recipient);
    if (stake === null) continue;
    // "Tunisia will use the $120 million the fund approved in May": the relative clause's
    // subject pays, the main clause's receives.
    const put = stake ?? contactRelative(text, start, money, actors);
    if (put !== undefined) {
      found.push({ ...put, money, purpose: purposeOf(text, start, money) });
      continue;
    }
    // "Turkey paid $2.5 billion for Russia's S-400 system", "a $7 billion contract": a price.
    if (isPurchase(text, start, money)) continue;
    // "Japan and other donors pledged $2 billion": a total of payers named only in part.
    if (groupTotal(text, start, money)) continue;
    // A part of what was just named: "such as the $8 billion…", "Of the grants, €200m…".
    const isPart =
      previous !== undefined
        ? PART_OF.test(between) ||
          // "C$60 million for Haiti: C$25 million for the force and C$35 million for food": the
          // amounts a colon opens break down the one before it.
          BREAKDOWN.test(between) ||
          // "a $3.4 billion loan…, making about $1 billion available immediately".
          RELEASED_PART.test(between) ||
          !actorsBetween(actors, previous.money.end, money.start).length ||
          // "including €720 million for Syria and €1.78 billion for Lebanon": the list goes on.
          (previous.part === true && /(?:,|\band)\s*$/.test(between))
        : /^\W*of (?:the|that|this|these|those|which|it)\b/i.test(between);
    // "…came from Saudi Arabia ($1bn), Qatar ($500m)": the party before the bracket pays.
    const bracketed = bracketedPayer(text, start, money, actors);
    // "…the Global Fund, which Japan backs with $500 million": the party the clause is on is paid.
    const relative =
      relativeParties(text, start, money, actors) ?? antecedentParties(text, start, money, actors);
    // "$300 million in Japanese aid": the adjective on the money noun names a lender too.
    const lenderNamed =
      fromActor(text, start, money, actors) ?? adjectivalPayer(text, start, money, actors);
    // "a $100 million grant from its International Development Association": the owner pays.
    const pot = ownPot(text, start, money, lenderNamed);
    const lender = pot === undefined ? lenderNamed : undefined;
    const from =
      lender ??
      relative?.funder ??
      agentBefore(text, start, money, actors) ??
      whosePayer(text, start, money, actors);
    const receiver = receivingSubject(text, start, money, actors, previous);
    const ownSubject = from === undefined && !isPart && receiver === undefined;
    const report = ownSubject
      ? selfReported(text, start, money, actors, previous?.money)
      : undefined;
    const reporter = report?.subject;
    const subject = ownSubject
      ? (reporter ??
        subjectOf(text, start, money, actors, previous) ??
        possessiveOrgan(text, start, money, actors, previous?.money.end ?? start) ??
        seatedGovernment(text, start, money, actors, previous?.money.end ?? start) ??
        outerPayer(text, start, money, actors))
      : undefined;
    const colonDeal = dealBeforeColon(text, start, money, actors);
    const described = describedOrg(text, start, money, context.orgs);
    // "Japan pledged 100 million yen and South Korea 1 billion won": the party right before a
    // later amount is its payer.
    const elliptical =
      previous !== undefined && receiver === undefined
        ? actorsBetween(actors, previous.money.end, money.start)
            .filter((a) => APPROXIMATOR.test(text.slice(a.end - start, money.start - start)))
            .at(-1)
        : undefined;
    const thanked = thanks(text, start, money, actors);
    // "Japan's Toyota will invest…": the body a state only qualifies pays.
    const bodied = bodyOfState(
      // "…co-financed with 120 million soles from the national treasury": the state's own.
      treasuryState(text, start, money, actors, context) ??
        thanked?.funder ??
        partyOf(bracketed) ??
        partyOf(elliptical) ??
        partyOf(from) ??
        (from === undefined ? acronymLender(text, start, money, context.orgs) : undefined) ??
        (subject === undefined ? colonDeal?.funder : undefined) ??
        (described !== undefined && (subject === undefined || described.at > subject.end)
          ? described.party
          : undefined) ??
        partyOf(subject) ??
        issuingState(from ?? subject, money) ??
        withLender(text, start, money, actors) ??
        (receiver === undefined
          ? undefined
          : partyOf(approvingLender(text, start, money, actors))) ??
        described?.party ??
        // "The government has allocated 1.8 billion taka…": an organ spending its state's money.
        ownCurrencyGovernment(text, start, money, actors, context) ??
        // "…, and the government will put up JD150 million of its own": a clause of its own on
        // the recipient state's government, not the lender just before it.
        homeGovernment(text, start, money, context, previous) ??
        previous?.funder ??
        (receiver !== undefined || continuesPayer(text, start, money, isPart)
          ? context.funder
          : undefined) ??
        (receiver !== undefined ? context.approver : undefined) ??
        (receiver === undefined ? unnamedState(text, start, money, actors, context) : undefined),
      text,
      start,
      money,
      actors,
    );
    // "Congress approved an extra 8.7 billion pesos": a legislature votes its state's money.
    // "Of Estonia's share, €1.1bn will go to air defence": the share's holder receives it.
    const funder = sharePayer(
      legislatureState(bodied, text, start, money, actors),
      text,
      start,
      actors,
      context,
    );
    // "…, while Sweden added SEK 800 million.": a bare amount goes where the one before it went.
    // "Britain up to £160 million and Norway…": an amount followed by nothing of its own.
    const rest = text.slice(money.end - start, rightClauseEnd(text, start, money.end) - start);
    const bare = rest.trim().split(/\s+/).length < 3 || STOP_OR_AND_NAME.test(rest);
    // "…, part of a NZ$1.3 billion commitment": this amount is the whole, not another part.
    const whole = /\bpart of (?:a|an|the)\s*$/i.test(between);
    // "…to mobilise private investment, and €600m in grants": a part naming its own kind of money
    // goes to that rather than to its sibling's purpose (a sibling's party it shares).
    const ownKind =
      isPart && previous !== undefined && /^\s*in\s/i.test(text.slice(money.end - start))
        ? genericPurpose(text, start, money)
        : undefined;
    const siblings = previous?.recipient;
    const earlier =
      context.recipient !== undefined && "actor" in context.recipient
        ? context.recipient
        : undefined;
    // A part with no recipient of its own goes to its sibling's party, else to the party in view
    // rather than to its sibling's purpose ("€45 million will go to education, €30 million to…").
    // "a 70 billion yen loan from Japan for geothermal power and a €150 million package from
    // Germany": amounts listed one after another are for the same recipient.
    // "…a $700 million loan for the Afghan section, and Turkmenistan has committed a further $1
    // billion": more money for the same thing.
    const listedOn =
      previous !== undefined &&
      (/(?:,|\band)\s+(?:a|an|another)\s*$/i.test(between) || FURTHER.test(between));
    // "Ghana is to get $300 million from the World Bank and $200 million from the AfDB": the
    // subject receives each amount its verb governs.
    const received =
      previous?.received === true &&
      /^\s*(?:from|by)\s[^,;]*\band\s+(?:(?:about|some|nearly|another|a further)\s+)?$/i.test(
        between,
      );
    const sibling =
      (isPart || bare || listedOn || received) && !whole
        ? siblings !== undefined && "actor" in siblings
          ? siblings
          : (wholeParty(found) ?? earlier ?? ownKind ?? siblings)
        : undefined;
    // A named programme first, then a party named here, then the one just before in the sentence,
    // then a party of an earlier sentence, and only then this amount's own generic noun.
    const cofunder =
      funder === partyOf(subject) || partyOf(subject)?.key === funder?.key
        ? cofunderOf(text, start, subject, money, actors)
        : undefined;
    // "vehicles built in London, Ontario": a namesake town receives nothing for its state.
    receivers ??= withoutBorders(text, start, actors).filter(
      (a) => !namesake(text, start, a, actors),
    );
    // "He … said the bank had approved…": the body described pays, not the subject.
    const payerHere =
      from === undefined &&
      cofunder === undefined &&
      described !== undefined &&
      subject !== undefined &&
      funder?.key === described.party.key &&
      subject.key !== funder.key
        ? describedPayer(text, start, described)
        : subject !== undefined && subject === reporter
          ? { ...subject, end: report?.itEnd ?? subject.end }
          : subject;
    const own = recipientOf(
      text,
      start,
      money,
      receivers,
      pot ?? from ?? cofunder ?? payerHere,
      lenderNamed !== undefined,
      previous?.money.end ?? start,
    );
    const listed = bracketed === undefined ? undefined : listedRecipient(text, start, actors);
    // "a €60 million loan with Acme Power, the state utility": the company signed with borrows.
    const counterpart = companySignedWith(text, start, money, actors, funder);
    // "…will put in 250 million dinars of its own": the payer's own purse, read once.
    const ownPurse = paidFromOwnPurse(text, start, money);
    const chosen =
      // "…$85 million for an early-warning system, co-financed with 120 million soles from the
      // national treasury": the co-financing goes to the same end as the amount it joins.
      (previous !== undefined && CO_FINANCED_WITH.test(between) ? previous.recipient : undefined) ??
      (listed === undefined ? undefined : { actor: listed }) ??
      (bracketed === undefined ? undefined : recipientInView(context, partyOf(bracketed)?.key)) ??
      (receiver === undefined ? undefined : { actor: receiver }) ??
      partyRecipient(counterpart?.party) ??
      partyRecipient(shareOwner(text, start, money, actors)) ??
      partyRecipient(partyOf(shareHolder(text, start, actors))) ??
      partyRecipient(thanked?.recipient) ??
      // "Norway will spend 7 billion kroner on air defence systems for Ukraine".
      spentOn(text, start, money, actors, funder) ??
      namedProgramme(text, start, money) ??
      programmeBeforeNoun(text, start, money, actors) ??
      (relative?.recipient === undefined ? undefined : { actor: relative.recipient }) ??
      (own !== undefined && "actor" in own && own.actor.key !== funder?.key ? own : undefined) ??
      // "Germany pledged €50 million at a donors' conference for Sudan in London".
      partyRecipient(conferenceRecipient(text, start, money, actors, funder)) ??
      // "…signed a $1.5bn facility in Riyadh that lets Pakistan import crude".
      enabledRecipient(text, start, money, actors, funder) ??
      // "The remaining €80 million will finance dormitories": what its own clause says it is for.
      useOfAmount(text, start, money, actors) ??
      // "Of the total, $200 million is budget support…": a part goes where its total went.
      // "Of that, $200 million is a grant for the adjustment fund": unless it states its own end.
      (isPart && previous === undefined
        ? (partPurpose(text, start, money, own) ?? earlier)
        : undefined) ??
      // "The package consists of a $120 million grant… and a $50 million credit…": all parts.
      // "…to make the island's water supply resilient. The amount consists of a $40 million
      // loan…": what the whole went to, a purpose too — unless the part states its own ("…, A$300
      // million in loan guarantees for wineries"), which it then goes to.
      (BACK_REFERENCE.test(text.slice(0, money.start - start)) ||
      CO_FINANCES_IT.test(text.slice(0, money.start - start))
        ? (earlier ?? (own === undefined ? context.recipient : undefined))
        : undefined) ??
      // "…committed 150 billion tenge as the country's share of the joint company's capital".
      sharePaidInto(text, start, money) ??
      partyRecipient(stateInView(text, start, money, funder, context)) ??
      (colonDeal?.recipient !== undefined && "actor" in colonDeal.recipient
        ? colonDeal.recipient
        : undefined) ??
      schemeInView(text, start, money, context, previous?.recipient, funder?.key) ??
      (own !== undefined && "actor" in own ? undefined : own) ??
      fledCause(text, start, money, actors) ??
      (subject === undefined && receiver === undefined
        ? useRecipient(text, start, money, receivers, from)
        : undefined) ??
      workPlace(text, start, money, receivers, from ?? subject) ??
      paidWork(text, start, money) ??
      sibling ??
      investedIn(text, start, money) ??
      earlier ??
      // "…added a further €150 million", "Seoul will contribute 30 billion won.": for the same,
      // unless it names a thing of its own ("would invest a further $300 million in its smelter").
      (previous === undefined &&
      forTheSameEnd(text.slice(0, money.start - start), bare) &&
      investedObject(text, start, money) === undefined
        ? context.recipient
        : undefined) ??
      // "For Tonga, Australia committed A$15 million": a fronted phrase names the recipient.
      frontedRecipient(text, start, money, actors, funder) ??
      // "Italy and Tunisia signed a deal under which Rome will give €50 million": the other side.
      signingSide(text, start, money, actors, funder) ??
      placeAfter(text, start, money) ??
      // "Taiwan donated scanners worth $3.2 million": the goods given, when no party receives.
      goodsPurpose(text, start, money, actors) ??
      // A payer tied to the amount by a verb or as its lender ("financed by China").
      (paysExplicitly(text, start, subject, money) ||
      lender !== undefined ||
      // "Under it, the fund will disburse $485 million": the body described gives.
      (described !== undefined &&
        funder?.key === described.party.key &&
        FUNDING_VERB.test(text.slice(described.at - start, money.start - start)))
        ? (fundInView(context) ??
          // "…will put in 250 million dinars of its own": its own money goes to no other state.
          (ownPurse ? undefined : topicCountry(text, start, funder, actors, context)))
        : undefined) ??
      // "BASF will invest 300 billion forints in its plant": the thing invested in, when no party
      // of the sentence or of the story ("The miner will invest $6 billion in the railway" in a
      // report on its deal with a state) receives.
      investedObject(text, start, money) ??
      genericPurpose(text, start, money);
    // "…for the first two sections of the line": the line the article named before.
    const read = runningTotal(
      text,
      start,
      money,
      kindOverPeople(
        pointedBack(chosen, context.story, text, start, money.start, context.orgs),
        text,
        start,
        money,
      ),
      funder,
      context,
      previous?.recipient,
    );
    // "…and the bank lent a further €90 million for the same stretch": when no work of the
    // article's own words is pointed back to, the end of the money told just before.
    const recipient = !forTheSameThing(text, start, money)
      ? read
      : sameBody(
          read !== undefined && "issue" in read && read.issueKey.startsWith("issue:same-")
            ? (previous?.recipient ?? context.lastPaid?.recipient ?? context.recipient ?? read)
            : read,
          previous ?? context.lastPaid,
        );
    // "The government itself will put SRD 750 million into the grid programme": a state's money
    // for its own ends goes to what it is for.
    const ownEnds = ownMoneyEnds(text, start, money, recipient, funder);
    // A state's organ that receives stands for its state.
    const organ = stateOf(
      ownEnds ?? homeState(recipient, funder, text, start, money, actors),
      actors,
    );
    // "Kenya would add Sh9.6bn from its own budget to compensate families": the same, when the
    // state or its organ would otherwise receive its own money.
    // "…will put in 250 million dinars of its own over five years, mostly for land": the same,
    // when the rules found no end for it at all.
    const spent =
      ownEnds === undefined &&
      (organ === undefined ? ownPurse : "actor" in organ && organ.actor.key === funder?.key)
        ? ownSpending(text, start, money, funder, actors, context)
        : undefined;
    const sides =
      lenderBetween(text, start, money, actors) ??
      (bracketed === undefined ? twoSides(text, start, actors, money, context) : undefined);
    const toState =
      sides === undefined ? organBorrower(spent ?? organ, actors, funder, context) : undefined;
    found.push({
      ...(sides ??
        (lenderNamed === undefined
          ? bothSides(text, start, actors, money, funder, toState)
          : { funder, recipient: toState })),
      money,
      purpose: purposeOf(text, start, money),
      received: receiver !== undefined || received,
      part: isPart && previous !== undefined,
      work: sameWork(text, start, money),
      ...unlistedFunder(subject ?? from, funder, actors),
    });
    const last = found.at(-1);
    // A company no list knows is named by the words that made it a borrower.
    if (
      last !== undefined &&
      counterpart !== undefined &&
      last.recipient !== undefined &&
      "actor" in last.recipient &&
      last.recipient.actor.key === counterpart.party.key &&
      !actors.some((a) => a.key === counterpart.party.key)
    )
      found[found.length - 1] = { ...last, recipientName: counterpart.name };
    const second = partyOf(cofunder);
    if (second !== undefined) {
      const one = found.at(-1) as FundingMention;
      // "Britain, Canada and Norway each pledged…": the ones listed before pay as well.
      const listed = subject === undefined ? [] : listedBefore(text, start, subject, actors);
      for (const party of [second, ...listed.flatMap((a) => partyOf(a) ?? [])])
        found.push({ ...one, funder: party });
    }
  }
  const homed = homeOrgans(
    officesAsStates(
      respectiveRecipients(
        text,
        start,
        shareLaterFunders(text, start, shareLaterRecipients(text, start, acronymBodies(found))),
        actors,
      ),
      actors,
    ),
    actors,
    context,
    text,
    start,
  );
  // "Mali faces a hunger crisis. Canada pledged C$20 million to help it": "it" is Mali.
  // "…under Pakistan's $7 billion Extended Fund Facility": the state owning it receives.
  const shared = possessiveBorrowers(
    pronounRecipients(homed, text, start, actors, context),
    text,
    start,
    actors,
    context,
  );
  const complete = shared.some((f) => f.funder !== undefined && f.recipient !== undefined);
  // "…for the Coral Sea Facility, the region's own climate fund": a body, not a purpose.
  // "Jordan signed financing agreements worth $1.5bn": the signer borrows; the total has no payer.
  const paid = namedFunds(borrowersSigned(shared, text, start, actors), text);
  return complete ? paid : [...paid, ...listItem(sentence, text, actors, context, amounts)];
}

/**
 * The currencies a sentence's amounts may be in: those of the states it and the sentences before
 * it name, and those seen so far. Built only for a sentence that may hold money given.
 */
function moneyHints(
  actors: readonly Actor[],
  context: FundingContext,
  text: string,
  start: number,
): MoneyHints {
  const here = actors.flatMap((a) => {
    const iso3 = a.label === "Country" ? a.key.slice("country:".length) : a.country;
    return iso3 === undefined ? [] : [{ iso3, start: a.start }];
  });
  // "After talks with Mexico, Colombia pledged 50 million pesos": a state after a preposition is
  // no payer's, so the states the sentence names otherwise come first.
  here.sort(
    (a, b) => Number(afterPreposition(text, start, a)) - Number(afterPreposition(text, start, b)),
  );
  return {
    countries: [
      ...actors.flatMap((a) => (a.label === "Country" ? [a.key.slice("country:".length)] : [])),
      ...context.countries,
    ],
    seen: context.currencies,
    here,
    mentions: context.mentions,
  };
}

/**
 * "with Mexico", "from the Gulf states": words that make the name after them no subject. Not "of"
 * or "by": "the government of Chile", "a pledge by Mexico" name the payer's own state.
 */
const PREPOSITION_BEFORE =
  /\b(?:with|after|from|to|in|into|for|against|between|on|at|toward|towards)\s+(?:the\s+)?$/i;

/** Whether a mention stands right after a preposition. */
function afterPreposition(text: string, start: number, at: { readonly start: number }): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, at.start - start - 16), at.start - start));
}

/**
 * A list item ("Germany: €244 million", "The United Kingdom: £88 million for food aid") says who
 * gives without a verb; "- £20 million for joint investigation teams" is an item of a package
 * told of before. `text` is the sentence's text as findFunding reads it; `amounts` are the
 * sentence's amounts when findFunding has read them already.
 *
 * A function of the module, not a closure of findFunding: the code that runs the rules names
 * every closure it creates, and findFunding runs for every sentence.
 */
function listItem(
  sentence: AnalyzedSentence,
  text: string,
  actors: readonly Actor[],
  context: FundingContext,
  amounts: readonly MoneyMention[] | undefined,
): FundingMention[] {
  const { start } = sentence.sentence;
  if (text.length > 200 || context.fundingTalk?.() !== true) return [];
  // An item holds one amount.
  const [money, ...more] =
    amounts ??
    withoutConversions(
      text,
      start,
      findMoney(text, start, moneyHints(actors, context, text, start)),
    );
  if (money === undefined || more.length > 0) return [];
  const item =
    (text.length <= 160 && /[:–¬—¦,-]/.test(text)
      ? listItemFunding(sentence, actors, money, context)
      : undefined) ?? amountItem(sentence, actors, money, context);
  return item === undefined ? [] : [item];
}

/** "The AIIB is co-financing the project with a $100 million loan": the project just told of. */
const CO_FINANCES_IT =
  /\bco-?financ\w*\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:project|programme|program|plan|scheme|initiative|loan|facility)\b[^,;:]*$/i;

/** ", co-financed with", "co-funded by": an amount that joins the one before it in paying for one end. */
const CO_FINANCED_WITH =
  /\bco-?(?:financ|fund)(?:ed|ing)\s+(?:with|by)\s+(?:(?:about|some|nearly|around|another|a further)\s+)?$/i;

/** "[The $500 million] loan": the money noun after an amount the definite article opens. */
const DEFINITE_DEAL =
  /^\s*(?:[\w-]+\s+){0,2}?(?:loan|grant|credit|package|facility|deposit|programme|program|deal|agreement|financing|aid|assistance|bailout|swap)\b/i;

const PASSIVE_PAYMENT =
  /^\s*(?:[\w-]+\s+){0,3}?(?:will be|was|were|is|are|has been|have been|had been|would be)\s+(?:\w+ly\s+)?(?:disbursed|released|provided|allocated|paid|given|made available|transferred|committed|earmarked|pledged|granted|lent|channell?ed)\b/i;

/**
 * "Under the programme, €45 million will go to…", "The loan, worth $500 million, will…", "The
 * $500 million loan carries…": the sentence opens on money the article has just told of.
 */
const BACK_REFERENCE =
  /^\W*(?:(?:under|of|from|with(?:in)?|through|(?:part|some|much|most|half|the bulk|the rest|the remainder|a (?:third|quarter|portion|share|part)) of)\s+)?(?:the|this|that)\s+(?:new\s+|same\s+)?(?:[\p{Sc}\w.,-]+\s+){0,3}?(?:programme|program|agreement|deal|package|loan|facility|grant|credit|credit line|financing|funding|total|sum|amount|money|pledge|aid|assistance|deposit|swap|support|payment|disbursement|tranche|instalment|installment|allocation|project)\b[^;]*$/iu;

/** "…, the minister said that", "X says", "According to the statement,": a report right before the amount. */
const REPORTED =
  /(?:\b(?:says?|said|adds?|added|told\s+\w+|explain(?:s|ed)?)\s+(?:that\s+)?|^\W*according\s+to\s+[^,]{2,60},\s*)(?:(?:about|some|around|nearly|roughly|up to|more than|over|another|a further)\s+)?$/i;

/** "€150 million will go to…", "…is to be spent on…": how the amount will be spent. */
const GOES_TO =
  /^\s*(?:[\w-]+\s+){0,3}?(?:will|would|is to|are to|shall|should)\s+(?:go|flow|be spent|be used|be allocated)\b/i;

/** Any capital letter. */
const CAPITAL = /\p{Lu}/u;

/** "On Thursday it announced…": a time phrase, then the subject or verb that goes on with a deal. */
const SUBJECT_OPENING =
  /^\W*(?:(?:on|in|over|during|last|this|earlier|later)\s+(?:the\s+)?(?:(?:past|last|recent|few)\s+){0,2}\p{L}?\w+,?\s+)?(?:(?:also|then|later|separately|meanwhile|in addition|additionally|of (?:the|that|this|which|it)\b[^,]*),?\s+)?(?:it|they|the\s+(?:bank|fund|lender|government|ministry|union|bloc|commission|agency|institution|country|organi[sz]ation|donor|group|company|firm|consortium|conglomerate|corporation)|another|a further|an additional|a (?:second|third|new)|the (?:rest|remainder|remaining|balance|second|first|final|next)|the (?:biggest|largest|smallest)(?=,|\s+of\s+(?:them|these|those|the\s+\w+),)|(?:pledg|provid|committ|approv|grant|disburs|allocat|releas|announc|add)\w*)\b/iu;

/**
 * Whether an amount with no payer of its own is the earlier payer's: a part of what was named
 * ("Of the total, $200 million…"), or a clause whose subject refers back ("It also pledged…",
 * "The bank will lend…", "Another $50 million will go to…") — not one about someone else
 * ("Medical device makers are expected to invest $900 million").
 */
function continuesPayer(
  text: string,
  start: number,
  money: MoneyMention,
  isPart: boolean,
): boolean {
  if (isPart || BACK_REFERENCE.test(text.slice(0, money.start - start))) return true;
  const before = text.slice(leftClauseStart(text, start, money.start) - start, money.start - start);
  const after = text.slice(money.end - start, money.end - start + 60);
  // "The bank approved a loan for Pakistan. The $500 million loan will…", "…$1 billion of the loan".
  if ((/^\W*the\s*$/i.test(before) && DEFINITE_DEAL.test(after)) || ofTheDeal(after)) return true;
  // "Defence Minister X says €150 million will go to Patriot interceptors": a speaker reports
  // how the money told of is spent.
  if (REPORTED.test(before) && (PASSIVE_PAYMENT.test(after) || GOES_TO.test(after))) return true;
  // "About $600 million will be disbursed immediately": the amount is the passive's subject.
  if (/^\W*(?:about|some|around|nearly|roughly|up to|more than|over|a|an|the)?\s*$/i.test(before))
    return PASSIVE_PAYMENT.test(after);
  // "the exchange of notes on a 377.4 billion yen loan": a deal the article already told of.
  if (/\b(?:on|of|under)\s+(?:a|an|the)\s+$/i.test(before) && !CAPITAL.test(before.slice(1)))
    return true;
  // "On Thursday it announced…": a time phrase may open the clause before the subject.
  return SUBJECT_OPENING.test(before);
}

/** A funder read from the wording alone is no mention's, so its name must come with it. */
function unlistedFunder(
  subject: Actor | undefined,
  funder: Party | undefined,
  actors: readonly Actor[],
): { funderName: string } | Record<string, never> {
  if (subject?.name === undefined || subject.key !== funder?.key) return {};
  return actors.some((a) => a.key === subject.key) ? {} : { funderName: subject.name };
}

/** The party the whole amount of this sentence went to, that its parts go to as well. */
function wholeParty(found: readonly FundingMention[]): Recipient | undefined {
  return found.findLast(
    (f) => f.part !== true && f.recipient !== undefined && "actor" in f.recipient,
  )?.recipient;
}

/** Which of two signing sides pays: the lender, else the side whose currency it is. */
function bothSides(
  text: string,
  start: number,
  actors: readonly Actor[],
  money: MoneyMention,
  funder: Party | undefined,
  recipient: Recipient | undefined,
): { funder: Party | undefined; recipient: Recipient | undefined } {
  const sides = lenderFirst(text, start, actors, funder, recipient, money.currency);
  return sides.funder === funder ? currencySide(text, actors, money, funder, recipient) : sides;
}

/**
 * "The Saudi Fund for Development signed a $90 million loan in Saudi Arabia that lets Togo…", "…to
 * the United States–Ukraine fund": a national body's own state named only as the place it signs
 * in, or as half of a two-state name, does not receive its money; the state it lets act does,
 * else what the money is. (Its state placing the work, "for the Brazilian stretch", still may.)
 */
function homeState(
  recipient: Recipient | undefined,
  funder: Party | undefined,
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
): Recipient | undefined {
  if (funder?.label !== "Organization" || recipient === undefined || !("actor" in recipient))
    return recipient;
  const home = payerState(funder, actors);
  if (home === undefined || recipient.actor.key !== `country:${home}`) return recipient;
  const passing = actors.some(
    (a) =>
      a.key === recipient.actor.key &&
      a.start > money.end &&
      (a.place || joinedToNextName(text.slice(a.end - start))),
  );
  if (!passing) return recipient;
  return enabledRecipient(text, start, money, actors, funder) ?? genericPurpose(text, start, money);
}

/** "Pakistan's finance ministry", "the Dominican government": a state's organ receives for it. */
function stateOf(
  recipient: Recipient | undefined,
  actors: readonly Actor[],
): Recipient | undefined {
  if (recipient === undefined || !("actor" in recipient)) return recipient;
  if (recipient.actor.label !== "Organization") return recipient;
  const organ = actors.find((a) => a.key === recipient.actor.key);
  const state = organ === undefined ? undefined : payer(organ);
  return state === undefined ? recipient : { actor: state };
}

function partyRecipient(party: Party | undefined): Recipient | undefined {
  return party === undefined ? undefined : { actor: party };
}

/** The text with every party's name blanked out, offsets kept. */
function withoutNames(text: string, start: number, actors: readonly Actor[]): string {
  let out = text;
  for (const a of actors) {
    if (a.via === "pronoun") continue;
    const from = a.start - start;
    out = out.slice(0, from) + " ".repeat(a.end - a.start) + out.slice(a.end - start);
  }
  return out;
}

const LEVEL =
  /\b(?:rose|fell|grew|increased|declined|reached|totall?ed|jumped|dropped|surged|climbed|exceeded|topped|surpassed)\s+(?:(?:to|by|about|some|nearly|around|roughly|more than|over|almost|a record|an estimated)\s+)*$/i;

/**
 * "If approved, the $2 billion loan would go to Egypt", "Unless it pays $300 million…": money in a
 * condition opening the sentence, or in the main clause after it that says what would or will
 * follow — not "If you ask officials, Japan gave $1 billion to Kenya".
 */
function isConditional(before: string, after: string): boolean {
  const opening = /^\W*(?:if|unless)\b([^]*)$/i.exec(before);
  if (opening === null) return false;
  const comma = opening[1]?.indexOf(",") ?? -1;
  if (comma < 0) return true;
  const main = `${opening[1]?.slice(comma + 1) ?? ""} ${after.split(/[,;.]/)[0] ?? ""}`;
  return /\b(?:would|will|could|might|shall)\b|['’]ll\b/i.test(main);
}

/** Not money given: proposed, sought, owed, traded… — though "a currency swap worth $400 million" is. */
function isBlocked(window: string, before: string, after: string): boolean {
  if (MODAL_MAY.test(window) || isUnsettledPayment(window, after) || isConditional(before, after))
    return true;
  // "trade reached $22 billion": a level the amount stands at, said right before it — not
  // "reached a staff-level agreement on the review of its $253 million facility".
  if (LEVEL.test(window)) return true;
  const blocker = mayMatch(NOT_GIVEN, window) ? NOT_GIVEN.exec(window) : null;
  if (blocker === null) return false;
  const word = blocker[1]?.toLowerCase();
  // "Japan donated relief supplies worth 45 million yen": goods given, valued in money, are given.
  if ((word === "worth" || word === "valued") && givesGoods(before, after)) return false;
  // "The package, worth €7.4 billion, was signed": the worth of money given is still given.
  return !(
    word === "worth" &&
    /\b(swaps?|loans?|grants?|aid|credits?|package|assistance|deposits?|financing|funding|programmes?|programs?|facility|facilities|agreements?|deals?|projects?|stakes?)\b/i.test(
      before.slice(-100),
    )
  );
}

const RELEASED_PART = new RegExp(
  String.raw`,\s+(?:making|releasing|unlocking|disbursing)\s+(?:${APPROXIMATELY}\s+)?$`,
  "i",
);

/**
 * "Britain up to £160 million", "… and Qatar's $300 million": what may stand between an elliptical
 * payer and its amount.
 */
const APPROXIMATOR =
  /^(?:['’]s?)?\s*(?:(?:up to|about|around|roughly|some|nearly|almost|over|more than|at least|an additional|a further|another|a total of)\s*)?$/i;

/** Aid, loans and pledges between states and institutions are never this small. */
const MIN_AMOUNT = 10_000;

/** The end of the money before that "the same …" points to: its named work rather than a body. */
function sameBody(recipient: Recipient | undefined, before: FundingMention | undefined) {
  return recipient !== undefined &&
    "actor" in recipient &&
    recipient.actor.label === "Organization" &&
    before?.work !== undefined
    ? before.work
    : recipient;
}
