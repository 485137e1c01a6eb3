import type { OppositionMention } from "./find-oppositions.ts";
import type { OppositionTarget } from "./opposition-target.ts";
import { VERDICT } from "./opposition-verbs.ts";

/**
 * "Macron telephoned von der Leyen to restate his objections", "Hungary reiterated its opposition":
 * a stance restated without saying what against is against what the stance before it was.
 */
export const RESTATED =
  /\b(?:restat|reiterat|repeat|voic|express|underlin|reaffirm|renew)\w*\s+(?:his|her|its|their|the\s+\w+['’]s)\s+(?:\w+\s+)?(?:objections|opposition|reservations|rejection)\b(?!\s+(?:to|over|about|at|against|with|regarding|of|on)\b)/gi;

/** Cheap test for RESTATED. */
export function mayRestate(text: string): boolean {
  return (
    text.includes("objection") ||
    text.includes("opposition") ||
    text.includes("reservation") ||
    text.includes("rejection")
  );
}

/**
 * "denounced what it called 'a betrayal of European farmers'": a verdict with an indefinite
 * article names no thing; the stance is against what the stance before it was against. ("what it
 * called a campaign of persecution" names one.)
 */
const LABEL_ONLY = new RegExp(
  String.raw`^\s+what\s+(?:it|he|she|they|we)\s+(?:called|described\s+as|termed|branded|labell?ed)\s+["“]?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:${VERDICT})\b`,
  "i",
);

/** Whether a verb ending at `end` (in sentence offsets) has only a label for its object. */
export function labelOnly(text: string, end: number): boolean {
  return LABEL_ONLY.test(text.slice(end));
}

/** What the last stance told before `at` in the sentence was against. */
export function earlierTarget(
  found: readonly OppositionMention[],
  at: number,
): OppositionTarget | undefined {
  return found
    .filter((o) => o.at < at)
    .sort((a, b) => a.at - b.at)
    .at(-1)?.target;
}
