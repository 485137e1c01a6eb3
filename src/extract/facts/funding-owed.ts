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

/** "a $100,000 reward for information", "a $5 million fine": money paid, but not aid to a party. */
const NOT_AID =
  /^\s*(?:[\w-]+\s+)?(?:rewards?|bount(?:y|ies)|ransoms?|prizes?|bail|fines?|penalt(?:y|ies)|salar(?:y|ies)|wages?|bribes?|damages|settlements?)\b/i;

/** Whether the words right after an amount make it no money given: owed, not yet settled, or no aid. */
export function notGivenAfter(after: string): boolean {
  return owedAfter(after) || NOT_YET.test(after) || NOT_AID.test(after);
}
