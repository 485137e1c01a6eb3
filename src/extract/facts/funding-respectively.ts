import type { Actor } from "../resolve/actor.ts";
import { actorsBetween } from "./clause.ts";
import type { FundingMention } from "./find-funding.ts";

/** What may stand between two listed amounts: a comma, "and", or both. */
const AMOUNT_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** What may stand between two listed parties. */
const PARTY_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** The words from the last amount to its list of parties: "in", "to", "for", "of investment in". */
const LEAD = /^\s*(?:[a-z][\w-]*\s+){0,3}?(?:in|to|for|into|with)\s+(?:the\s+)?$/;

/**
 * "…pledges of $5 billion, $3 billion and $1 billion in Ghana, Senegal and Ivory Coast
 * respectively": amounts listed one after another go to the parties listed after them, in order —
 * the first amount to the first party, and so on — and share the payer the list has.
 */
export function respectiveRecipients(
  text: string,
  start: number,
  found: readonly FundingMention[],
  actors: readonly Actor[],
): FundingMention[] {
  const word = /\brespectively\b/.exec(text);
  if (word === null || found.length < 2) return [...found];
  const at = start + word.index;
  // The run of amounts that ends last before "respectively".
  let last = -1;
  for (let i = 0; i < found.length; i++) if ((found[i]?.money.end ?? at) <= at) last = i;
  let first = last;
  while (first > 0) {
    const gap = text.slice(
      (found[first - 1]?.money.end ?? 0) - start,
      (found[first]?.money.start ?? 0) - start,
    );
    if (!AMOUNT_SEPARATOR.test(gap)) break;
    first--;
  }
  const run = found.slice(first, last + 1);
  const end = run.at(-1)?.money.end;
  if (run.length < 2 || end === undefined) return [...found];
  const parties = actorsBetween(actors, end, at).filter((a) => a.label !== "Person");
  const lead = parties[0] === undefined ? "" : text.slice(end - start, parties[0].start - start);
  if (parties.length !== run.length || !LEAD.test(lead)) return [...found];
  for (let i = 1; i < parties.length; i++) {
    const gap = text.slice((parties[i - 1]?.end ?? 0) - start, (parties[i]?.start ?? 0) - start);
    if (!PARTY_SEPARATOR.test(gap)) return [...found];
  }
  if (!/^\s*,?\s*$/.test(text.slice((parties.at(-1)?.end ?? at) - start, at - start)))
    return [...found];
  const funder = run.find((f) => f.funder !== undefined)?.funder;
  const out = [...found];
  run.forEach((f, i) => {
    const party = parties[i];
    if (party === undefined) return;
    out[first + i] = {
      ...f,
      funder: f.funder ?? funder,
      recipient: { actor: { key: party.key, label: party.label } },
    };
  });
  return out;
}
