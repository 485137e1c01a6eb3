/**
 * How a predicate is qualified — stated, denied, hypothetical or still to come — shared by the
 * finders of meetings, visits, stances and payments, each reading the words of its own clause.
 */

export const NEGATION =
  /\b(not|n't|never|no longer|nor|failed to|refused to|declined to|(?:has|have|had|is|are|was|were) yet to|stopped short of|refrained from|cancel(?:l)?ed|postponed|called off|avoid(?:ed|s|ing)?|snubb(?:ed|ing)|shunn(?:ed|ing))\b|\Bn['’]t\b/i;
const HYPOTHETICAL =
  /\b(could|might|may|would|should|if|whether|possible|possibly|potential|hopes? to|wants? to|considering|proposed|offered to)\b/i;
const FUTURE =
  /\b(will|'ll|shall|is to|are to|going to|plans? to|planned|planning to|expected to|(?:is|are|was|were) expected|scheduled|set to|due to|due (?:in|at|back)|intends? to|next (?:week|month|year|time|round|summit|meeting)|next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|upcoming|later this|to meet|to visit|to hold|to travel)\b/i;

export type Modality = "asserted" | "negated" | "hypothetical" | "future";

/**
 * "did not hesitate to condemn", "never failed to pay", "did not waste any time in calling": a
 * denied reluctance (litotes) asserts what follows, so its negation is not the predicate's. The
 * auxiliary stays, so "will not hesitate to retaliate" is still to come and "would not hesitate
 * to" still hypothetical ("won't" is "will").
 */
const LITOTES =
  /\b(?:(did|does|do|has|have|had|would|will|wo)\s*(?:not|n't)|never)\s+(?:hesitat\w*|fail\w*|shy\w*\s+away\s+from|wast\w*\s+(?:any\s+)?time)\b/gi;

/** The window with each denied reluctance reduced to its auxiliary. */
function withoutLitotes(window: string): string {
  return window.replace(LITOTES, (_m, aux: string | undefined) =>
    aux === undefined ? "" : /^wo$/i.test(aux) ? "will" : aux,
  );
}

/** How a predicate is qualified by the words just before it. */
export function modalityOf(window: string): Modality {
  const words = withoutLitotes(window);
  if (NEGATION.test(words)) return "negated";
  if (FUTURE.test(words)) return "future";
  if (HYPOTHETICAL.test(words)) return "hypothetical";
  return "asserted";
}

/** A sentence about the future: its dates resolve forward and its meetings are planned. */
export const FUTURE_HINT = FUTURE;

/**
 * The words before `index` that qualify what stands there: at most `reach` characters, and not
 * across a comma into an earlier clause ("…, which would double royalties, was criticised").
 */
export function clauseWindow(text: string, index: number, reach: number): string {
  const from = Math.max(0, index - reach, text.lastIndexOf(",", index - 1) + 1);
  return text.slice(from, index);
}

/**
 * Money said to be given is qualified differently: "said it would provide $16.6 billion" and
 * "offered to lend" announce it, so neither "would" nor "offered to" makes it hypothetical.
 */
const CONDITIONAL_PAYMENT =
  /\b(could|might|should|if|whether|possible|possibly|potential|hopes? to|wants? to|considering|proposed)\b/i;

/** "would lend $500 million to Kenya if it…": a payment on a condition stated after it. */
const CONDITION_AFTER = /^[^.;]*?\b(?:if|unless|provided that|on condition that)\b/i;
/** "Will Japan lend Kenya $500 million?": a yes-no question asks whether it is given. */
const YES_NO =
  /^\W*(?:will|would|could|can|should|shall|does|do|did|is|are|was|were|has|have|had)\s/i;

/**
 * A payment the words before it deny or leave open, or that the words after it (`after`, up to
 * the sentence's end) make a condition's outcome or a question.
 */
export function isUnsettledPayment(window: string, after = ""): boolean {
  return (
    NEGATION.test(withoutLitotes(window)) ||
    CONDITIONAL_PAYMENT.test(window) ||
    (/\bwould\b/i.test(window) && CONDITION_AFTER.test(after)) ||
    (YES_NO.test(window) && /^[^.!]*\?/.test(after))
  );
}
