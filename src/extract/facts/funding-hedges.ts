/**
 * Words that may stand between a verb and its amount without changing who pays: the hedges
 * ("about", "up to", "more than") and the words of one more payment ("a further", "another").
 * One definition, so every rule reading "spent about $5 million" reads the same words.
 */
export const APPROXIMATELY = String.raw`(?:about|around|nearly|roughly|some|almost|more\s+than|over|up\s+to)`;

/** "a further", "an extra": one more payment on top of those told before. */
export const FURTHER = String.raw`(?:a\s+further|an\s+extra|an\s+additional|another)`;

/**
 * "on interest", "to repay bondholders", "to pay off creditors": paying debts is no money given
 * ("pay rises" is).
 */
export const DEBT_PURPOSE =
  /^(?:repa(?:y|ying)\b|pa(?:y|ying)\s+(?:off|back|down)\b)|\b(?:debts?|arrears|interest|bonds?|eurobonds?|creditors?|bondholders?)\b/i;
