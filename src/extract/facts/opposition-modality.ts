/**
 * "Poland's spokesman said Warsaw would vote against the deal", "warned that Iran would block it":
 * a "would" in reported speech is the future seen from the time of speaking, not a hypothesis.
 */
const REPORTED_WOULD =
  /\b(?:said|says|warned|warns|added|insisted|vowed|stated|announced|declared|signall?ed|replied|responded|countered|maintained|repeated|reiterated)\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:[\p{L}'’.-]+\s+){1,7}?would\s+(?:(?:also|still|again|keep|continue\s+to|\w+ly)\s+){0,2}$/iu;

/**
 * The words qualifying a verb (`narrow`), with a reported "would" read as "will" when the wider
 * clause before the verb (`wide`) shows it is reported speech.
 */
export function asReportedFuture(narrow: string, wide: string): string {
  if (!/would/i.test(narrow) || !REPORTED_WOULD.test(wide)) return narrow;
  return narrow.replace(/\bwould\b(?!.*\bwould\b)/is, "will");
}
