import type { Actor } from "../resolve/actor.ts";
import type { Party, Recipient } from "./find-funding.ts";

/** A body whose name says it lends: a bank, a fund, a finance corporation. */
const LENDER = /bank|fund|monetary|financ|invest|credit|export-import|exim/;
/** A central bank is a swap's other side, not a lender to a state. */
const MONETARY_AUTHORITY = /central-bank|national-bank|reserve-bank|monetary-authority/;
/** Verbs two sides do together, which say nothing of who pays whom. */
const TWO_SIDED = /\b(?:sign\w*|agree\w*|conclud\w*|finali[sz]\w*)\b/i;

/**
 * "Pakistan signed a $500 million loan with the Asian Development Bank": a state that signs money
 * with a lender borrows it, whichever of them is the subject.
 */
export function lenderFirst(
  text: string,
  start: number,
  actors: readonly Actor[],
  funder: Party | undefined,
  recipient: Recipient | undefined,
): { funder: Party | undefined; recipient: Recipient | undefined } {
  const other = recipient !== undefined && "actor" in recipient ? recipient.actor : undefined;
  if (
    funder?.label !== "Country" ||
    other?.label !== "Organization" ||
    !LENDER.test(other.key) ||
    MONETARY_AUTHORITY.test(other.key) ||
    !TWO_SIDED.test(text) ||
    !actors.some(
      (a) =>
        a.key === other.key &&
        /\bwith\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, a.start - start - 10), a.start - start),
        ),
    )
  )
    return { funder, recipient };
  return { funder: other, recipient: { actor: funder } };
}
