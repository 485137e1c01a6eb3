import { APPROXIMATELY, FURTHER } from "./funding-hedges.ts";

/**
 * "…is separate from the €1.2 billion Jordan owes to European lenders", "the $3 billion that the
 * government still owes China": a debt a relative clause after the amount says someone owes is
 * no money given (however the lender is named after it).
 */
const OWED_AFTER =
  /^\s*(?:(?:that|which)\s+)?(?:(?:the|its|their)\s+[a-z]+|it|they|(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:still\s+|already\s+)?(?:owes|owed|owe|has owed|had owed|has to repay|must repay|had borrowed|has borrowed)\b/u;

/**
 * "restructuring $13 billion of external debt", "R400 billion of debt": the amount is a debt —
 * unless turned into something given ("convert €50 million of debt into grants").
 */
const DEBT_NOUN_AFTER =
  /^\s*(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:debts?|arrears|bonds|liabilities)\b(?!\s+(?:[\w-]+\s+)?into\b)/i;

/** Whether the words right after an amount make it a debt its subject owes. */
function owedAfter(after: string): boolean {
  if (DEBT_NOUN_AFTER.test(after)) return true;
  return after.includes("ow") || after.includes("repay") || after.includes("borrowed")
    ? OWED_AFTER.test(after)
    : false;
}

/** "…a disbursement of about $40 million, but the fund's board has yet to consider it", "…has yet to be approved". */
const NOT_YET =
  /\b(?:has|have) yet to (?:be )?(?:approved?|consider(?:ed)?|decided? on|sign(?:ed)?)\b/i;

/** Money a party is made to pay: "a $5 million fine", "a fine of $5 million". */
export const PENALTY_NOUNS = String.raw`fines?|penalt(?:y|ies)|damages|ransoms?`;

/** "a $100,000 reward for information", "a $5 million fine": money paid, but not aid to a party. */
const NOT_AID = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+)?(?:rewards?|bount(?:y|ies)|prizes?|bail|${PENALTY_NOUNS}|salar(?:y|ies)|wages?|bribes?|settlements?)\b`,
  "i",
);

/**
 * "…, about $2 billion, was withdrawn", "a $2 billion loan for the line remains under
 * negotiation", "an arrangement of $3 billion has been discussed", "…had been lost", "…had lapsed",
 * "…remains frozen", "…was \"under review\"", "…could be unlocked only if…", "a $1.5 billion loan
 * that Colombo has requested", "…is still being prepared": money undone, or not yet settled, in
 * the words after it.
 */
const UNDONE_AFTER =
  /^[^.;]{0,60}?\b(?:(?:was|were|is|are|has been|have been|had been|is being|are being|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?["“]?(?:withdrawn|cancell?ed|suspended|frozen|scrapped|rejected|halted|blocked|vetoed|revoked|proposed|discussed|floated|mooted|requested|sought|debated|shelved|lost|forfeited|on hold)|(?:has|have|had)\s+(?:\w+\s+)?(?:lapsed|expired)|(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:still\s+|not\s+)?["“]?(?:under|in|being)\s+(?:negotiation|discussion|consideration|review|talks|negotiated|discussed|considered|prepared|drafted|studied|appraised)|(?:could|might)\s+(?:only\s+)?be|only\s+(?:if|once|when|after)|(?:that|which)\s+(?:[\w-]+\s+){1,4}?(?:(?:has|have|had|is|are|was|were)\s+)?(?:requested|sought|seeking|asked for|applied for|proposed))\b/i;

/**
 * "the $50m in health aid cut last year", "$12 million of aid slashed this year": the amount's own
 * noun phrase, then the participle that takes it away. Nothing else may come between — no "to",
 * no subject, no verb — for "gave £20 million to Sudan to replace funding Washington cut last
 * year" and "$30 million to the WFP after the aid the US slashed" give money in place of aid cut.
 */
const CUT_AFTER =
  /^\s+(?:(?:in|of)\s+(?:(?!(?:to|the|a|an|its|their|his|her|our|we|they|it|who|which|that)\s)\p{Ll}[\p{Ll}-]*\s+){1,3}?)?(?:cut|axed|slashed|withdrawn)\s+(?:last|earlier\s+this|this)\s+(?:year|month|week|spring|summer|autumn|winter)\b/u;

/**
 * "a $40 million rail loan, which Tokyo put on hold last year, …": a relative clause on the
 * amount that says its payer set it aside.
 */
const PUT_ON_HOLD_ASIDE =
  /^[^.;]{0,60}?,\s*(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?(?:put|placed|kept|has put|had put|has kept|had kept)\s+on\s+(?:hold|ice)\b/i;

/**
 * "Aid under a $20 million scheme for the northern provinces has been on hold since May": with no
 * comma between them, the amount stands in the subject the predicate sets aside, however long —
 * but not across a relative pronoun ("gave $5 million to farmers whose loans have been on hold":
 * what is on hold is the relative's own subject).
 */
const SUBJECT_ON_HOLD =
  /^(?:(?!\b(?:who|whose|whom|which|that|where)\b)[^.;,]){0,180}?\b(?:has been|have been|had been|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?(?:on hold|on ice|frozen|suspended)\b/i;

/**
 * "A $2.2 billion loan from the bank for the railway has been under negotiation since 2024", "a
 * $90 million credit for the port is still being studied": with no comma between them, the amount
 * stands in the subject the predicate says is not settled yet — not across a relative pronoun.
 */
const SUBJECT_UNSETTLED =
  /^(?:(?!\b(?:who|whose|whom|which|that|where)\b)[^.;,]){0,180}?\b(?:has been|have been|had been|is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:under\s+(?:negotiation|discussion|consideration|review|study)|being\s+(?:negotiated|discussed|considered|studied|reviewed|prepared))\b/i;

/**
 * Whether the amount stands in a long subject that its predicate says is set aside; `rest` is
 * the sentence after the amount (the words findFunding reads after it stop at 100 characters).
 */
export function heldSubject(rest: string): boolean {
  if ((rest.includes("under") || rest.includes("being")) && SUBJECT_UNSETTLED.test(rest))
    return true;
  return (
    (rest.includes("on hold") ||
      rest.includes("on ice") ||
      rest.includes("frozen") ||
      rest.includes("suspended")) &&
    SUBJECT_ON_HOLD.test(rest)
  );
}

/** "has kept a $350 million compact for the power sector on hold": set aside by its payer. */
const KEPT_BEFORE = new RegExp(
  String.raw`\b(?:kept|keeps?|keeping|put|puts|putting|placed|places|placing)\s+(?:(?:a|an|the|its|their|his|her|${APPROXIMATELY})\s+)*$`,
  "i",
);
/** …the amount's own noun phrase up to "on hold", with no clause joined in between. */
const ON_HOLD_AFTER = /^(?:(?!\s(?:and|but)\s)[^.;,]){0,120}?\bon\s+(?:hold|ice)\b/i;

/** What both patterns of setAside need: the words after the amount say "on hold" or "on ice". */
const ON_HOLD = /\bon\s+(?:hold|ice)\b/i;

/** Whether the words around an amount say its payer has set it aside ("on hold", "on ice"). */
function setAside(after: string, before: string): boolean {
  if (!ON_HOLD.test(after)) return false;
  return PUT_ON_HOLD_ASIDE.test(after) || (KEPT_BEFORE.test(before) && ON_HOLD_AFTER.test(after));
}

/**
 * "A refinery, a $3.7 billion investment announced in January, is still waiting for a final
 * agreement": a deal its clause says is still waited for is not made.
 */
const STILL_WAITING =
  /^[^.;]{0,120}?\b(?:is|are|was|were|remains?)\s+still\s+(?:waiting|awaiting)\b/i;

/**
 * "with a further €110 million proposed for the autumn", "another $30 million requested by…",
 * "€10 million pending approval", "lapsed with $850 million undisbursed": a participle or phrase
 * right after the amount leaves it unsettled, or never paid out.
 */
const UNSETTLED_RIGHT_AFTER =
  /^\s*(?:(?:more|extra|in\s+[\w-]+)\s+)?(?:still\s+|now\s+)?(?:proposed|requested|sought|mooted|floated|pending|awaiting|undisbursed|unspent|unused|undrawn|under\s+(?:negotiation|discussion|consideration|review))\b/i;

/**
 * "…has not been approved", "…was discussed earlier this year but has not been signed": the
 * amount's own clause says the deal is not made (a "but" joins a predicate of the same subject).
 */
const NOT_MADE_AFTER =
  /^(?:[^.;]{0,60}?|[^.;]{0,160}?\bbut\s+(?:it\s+)?)\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:signed|approved|agreed|finali[sz]ed|ratified|confirmed)\b/i;

/**
 * "with loans of about $12 billion currently in use", "$3 billion outstanding", "a portfolio of
 * $2 billion": money lent long before and still held, a stock, not money given now.
 */
const STOCK_AFTER =
  /^\s*(?:(?:currently|now|already|still)\s+)?(?:in use|outstanding|in circulation|on (?:its|their|the) books|under management)\b/i;
const STOCK_BEFORE = new RegExp(
  String.raw`\b(?:portfolio|stock)\s+(?:of\s+)?(?:loans\s+)?(?:worth\s+)?(?:of\s+)?(?:${APPROXIMATELY}\s+)?$`,
  "i",
);

/** "has a $500 million sukuk falling due", "a $1 billion Eurobond": a security sold, not money given. */
const BOND_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:bonds?|eurobonds?|sukuks?)\b/i;

/**
 * "trade between the two countries, about $110 million last year, remains small": an amount set off
 * by a comma after a noun of trade is its volume.
 */
const VOLUME_APPOSITION = new RegExp(
  String.raw`\b(?:trade|exports?|imports?|turnover|commerce|remittances)\b[^,;.]{0,60},\s*(?:(?:${APPROXIMATELY}|an\s+estimated|estimated\s+at)\s+)?$`,
  "i",
);

/**
 * "a planned $150 million credit line", "the proposed €2 billion loan", "is looking at a NZ$3
 * million contribution", "mulling a further $50 million", "will need about $65 billion", "are
 * discussing a loan of up to €140 billion": not yet settled.
 */
const UNSETTLED_BEFORE = new RegExp(
  String.raw`\b(?:(?:a|an|the|its|their)\s+(?:planned|proposed|mooted|requested|prospective|potential|possible)\s+(?:new\s+)?|(?:looking at|mulling|eyeing|weighing up|exploring)\s+(?:(?:a|an|the)\s+)?(?:possible\s+|further\s+|new\s+|fresh\s+)?|(?:need|needs|needed|requires?|required)\s+(?:(?:${APPROXIMATELY}|at\s+least|${FURTHER})\s+)?|\b(?:discussing|negotiating|considering|debating)\s+(?:a|an|the)\s+[^.;]{0,40}?\bof\s+(?:${APPROXIMATELY}\s+)?)$`,
  "i",
);

/**
 * Whether the words right after an amount make it no money given: undone or not yet settled, owed,
 * or no aid, a bond, a stock of money lent or a volume of trade. `before` is the text up to the amount (from the amount
 * before it): "a planned $150 million…" is not settled.
 */
export function notGivenAfter(after: string, before = ""): boolean {
  return (
    UNDONE_AFTER.test(after) ||
    CUT_AFTER.test(after) ||
    setAside(after, before) ||
    owedAfter(after) ||
    NOT_YET.test(after) ||
    NOT_AID.test(after) ||
    UNSETTLED_RIGHT_AFTER.test(after) ||
    (after.includes("still") && STILL_WAITING.test(after)) ||
    (after.includes("not") && NOT_MADE_AFTER.test(after)) ||
    UNSETTLED_BEFORE.test(before) ||
    BOND_AFTER.test(after) ||
    STOCK_AFTER.test(after) ||
    STOCK_BEFORE.test(before) ||
    VOLUME_APPOSITION.test(before)
  );
}
