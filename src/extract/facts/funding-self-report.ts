import type { Actor } from "../resolve/actor.ts";
import type { MoneyMention } from "./money.ts";

/** Cheap test: "…, said … that it would provide". */
const SAID_IT =
  /,\s+(?:[a-z]+\s+)?(?:said|says|announced|added|confirmed|stated)\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:that\s+)?(?:it|they)\s/;

/**
 * "The New Development Bank, the lender founded by the BRICS countries, said on Wednesday that it
 * would provide R8.5 billion…": the "it" that gives is the subject that says so, named before the
 * aside — not a party the aside names. `itEnd` is where that "it" ends: what lies
 * between it and the amount may name a recipient.
 */
export function selfReported(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  previous: MoneyMention | undefined,
): { readonly subject: Actor; readonly itEnd: number } | undefined {
  // Only the first amount the saying governs: a later one has a clause of its own.
  if (previous !== undefined) return undefined;
  const said = SAID_IT.exec(text.slice(0, money.start - start));
  if (said === null) return undefined;
  const subject = actors.find((a) => a.label !== "Person" && a.start - start < said.index);
  if (subject === undefined || subject.via === "pronoun") return undefined;
  // The subject opens the sentence and an aside follows it: "The bank (NDB), the lender…, said".
  if (!/^\W*(?:the\s+)?$/i.test(text.slice(0, subject.start - start))) return undefined;
  if (!/^\s*(?:\([^)]*\)\s*)?,/.test(text.slice(subject.end - start))) return undefined;
  return { subject, itEnd: start + said.index + said[0].length };
}
