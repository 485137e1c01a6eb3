import type { FundingMention } from "./find-funding.ts";

/** ", the second tranche of its", ", part of a", ", the first instalment of the". */
const PART_OF_NEXT =
  /^\s*,\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:tranche|instal+ments?|disbursement|part|portion|share|payment)\s+(?:of|from|under)\s+(?:the|a|an|its|their|his|her)\s*$/i;

/**
 * "Ghana will receive $360 million, the second tranche of its $3 billion IMF bailout": an amount
 * the sentence calls part of the next one is paid by that one's payer.
 */
export function shareLaterFunders(
  text: string,
  start: number,
  found: readonly FundingMention[],
): FundingMention[] {
  return shareFromNext(text, start, found, (here, next, between) =>
    next.funder !== undefined && here.funder === undefined && PART_OF_NEXT.test(between)
      ? { ...here, funder: next.funder, recipient: here.recipient ?? next.recipient }
      : undefined,
  );
}

/** "…, including R$15 billion…", "…, of which $200 million…": the next amount is a part of this one. */
const PARTS_FOLLOW =
  /\b(?:including|includes|of which|such as|comprising|made up of|consisting of)\b/i;

/** "…, and the government approved on Tuesday €3.5 million for tourism": a clause of its own. */
const OWN_VERB =
  /\b(?:approv|pledg|announc|provid|grant|commit|allocat|disburs|sign|lend|offer|donat|contribut|releas)\w*|\blent\b/i;

/**
 * "X pledged A and Y B for reconstruction in Ukraine": an amount with no recipient shares the next
 * one's — but a whole does not go where one of its parts goes ("…adds up to R$50.9 billion,
 * including R$15 billion in credit for companies"), nor an amount where one in a clause with a
 * verb of its own goes.
 */
export function shareLaterRecipients(
  text: string,
  start: number,
  found: readonly FundingMention[],
): FundingMention[] {
  return shareFromNext(text, start, found, (here, next, between) =>
    here.recipient === undefined &&
    next.recipient !== undefined &&
    !PARTS_FOLLOW.test(between) &&
    !OWN_VERB.test(between)
      ? { ...here, recipient: next.recipient }
      : undefined,
  );
}

/**
 * Walks the amounts from the last but one back to the first, letting `take` fill each from the
 * amount after it (already filled) and the words between them; `undefined` keeps it as it is.
 */
function shareFromNext(
  text: string,
  start: number,
  found: readonly FundingMention[],
  take: (here: FundingMention, next: FundingMention, between: string) => FundingMention | undefined,
): FundingMention[] {
  const out = [...found];
  for (let i = out.length - 2; i >= 0; i--) {
    const here = out[i]!;
    const next = out[i + 1]!;
    out[i] = take(here, next, text.slice(here.money.end - start, next.money.start - start)) ?? here;
  }
  return out;
}
