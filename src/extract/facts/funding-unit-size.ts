/**
 * "The facility will begin disbursing grants of between $100,000 and $1.5 million each", "loans
 * worth up to €2 million apiece to small firms": an amount that sizes each of an uncounted number
 * of grants or loans says how large one will be, not what any party gives. Not "Greece and Cyprus
 * will inject €25 million each" (each of the named payers), nor "two grants of $5 million each"
 * (counted parts of a package).
 */
/** A written figure with its optional scale word: "100,000", "$1.5 million", "€2m". */
const FIGURE = String.raw`\S*\d[\d.,]*(?:\s*(?:million|billion|thousand|mn|bn|m|k)\b)?`;

const PLURAL_MONEY_NOUN_BEFORE = new RegExp(
  String.raw`(?<!\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?)\b(?:grants|loans|awards|credits|payments|disbursements|transfers|tranches|instal?lments|subsidies|allocations|contributions|donations)\s*,?\s+(?:(?:of|worth|sized at|ranging from|averaging|valued at)\s+)(?:(?:between|up to|about|around|roughly|some|from|at most|at least|no more than)\s+)?(?:${FIGURE}\s*(?:and|to|or|-|–|¬)\s*)?$`,
  "i",
);

/**
 * "[…] each", "[…] and $1.5 million each", "[…] to €2 million apiece": the words after an amount
 * reach "each" directly or past the upper end of a range.
 */
const EACH_AFTER = new RegExp(
  String.raw`^(?:\s*(?:and|to|or|-|–|¬)\s*${FIGURE})?\s*(?:each|apiece|a piece|per (?:grant|loan|project|award|recipient))\b`,
  "i",
);

/** Whether an amount is the size of each of an uncounted number of grants or loans. */
export function sizesEachUnit(before: string, after: string): boolean {
  if (!/\b(?:each|apiece|a piece|per)\b/i.test(after.slice(0, 40))) return false;
  return EACH_AFTER.test(after) && PLURAL_MONEY_NOUN_BEFORE.test(before);
}
