/**
 * "rejected claims that it had criticised Paris", "denied allegations that it had blocked the
 * resolution", "dismissed reports that Oslo had condemned…": a stance told inside what a denied
 * claim says is not stated by the sentence.
 */
const DENIED_CONTENT =
  /\b(?:reject|dismiss|den(?:y|ies|ied|ying)|refut|rebutt?)\w*\s+(?:\w+\s+){0,2}?(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|speculation|assertions?)\s+that\s+[^,;]*$/i;

/**
 * "denied that it had criticised Delhi", "denies ever having blocked the loan", "denied
 * sanctioning the firms": what a party denies doing, told as a clause or a gerund, it did not do.
 */
const DENIED_DOING =
  /\bden(?:y|ies|ied|ying)\s+(?:\w+ly\s+)?(?:(?:that|ever|having)\b[^,;]*|(?:ever\s+)?(?:having\s+)?)$/i;

/** The words before a verb (its clause, up to 90 characters) put it inside a denied claim. */
export function insideDeniedClaim(before: string): boolean {
  return DENIED_CONTENT.test(before) || DENIED_DOING.test(before);
}
