import type { Actor } from "../resolve/actor.ts";
import { actorsBetween, leftClauseStart } from "./clause.ts";
import type { FundingMention, Party } from "./find-funding.ts";

/** What may stand between two listed amounts, or two listed parties: a comma, "and", or both. */
const SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** The words from the last amount to its list of parties: "in", "to", "for", "of investment in". */
const LEAD = /^\s*(?:[a-z][\w-]*\s+){0,3}?(?:in|to|for|into|with)\s+(?:the\s+)?$/;
/** From the last of the payers to the first amount: "will provide", "have pledged". */
const VERB_PHRASE = /^\s+(?:[a-z][\w-]*\s+){1,4}$/;

/**
 * "…pledges of $5 billion, $3 billion and $1 billion in Ghana, Senegal and Ivory Coast
 * respectively": amounts listed one after another go to the parties listed after them, in order —
 * the first amount to the first party, and so on — and share the payer the list has. "The EU and
 * the World Bank will provide $1 billion and $500 million respectively": listed before the verb,
 * the parties pay them.
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
  // One entry per amount: a second payer of the same amount is read again below.
  const amounts = found.filter((f, i) => found.findIndex((g) => g.money === f.money) === i);
  // The run of amounts that ends last before "respectively".
  let last = -1;
  for (let i = 0; i < amounts.length; i++) if ((amounts[i]?.money.end ?? at) <= at) last = i;
  let first = last;
  while (first > 0) {
    const gap = text.slice(
      (amounts[first - 1]?.money.end ?? 0) - start,
      (amounts[first]?.money.start ?? 0) - start,
    );
    if (!SEPARATOR.test(gap)) break;
    first--;
  }
  const run = amounts.slice(first, last + 1);
  const head = run[0]?.money.start;
  const end = run.at(-1)?.money.end;
  if (run.length < 2 || head === undefined || end === undefined) return [...found];
  const recipients = listed(text, start, actorsBetween(actors, end, at));
  const afterList = text.slice((recipients?.at(-1)?.end ?? at) - start, at - start);
  const toParties =
    recipients !== undefined &&
    recipients.length === run.length &&
    LEAD.test(text.slice(end - start, (recipients[0]?.start ?? 0) - start)) &&
    /^\s*,?\s*$/.test(afterList)
      ? recipients
      : undefined;
  const clause = leftClauseStart(text, start, head);
  const payers = listed(text, start, actorsBetween(actors, clause, head), true);
  const byParties =
    payers !== undefined &&
    payers.length === run.length &&
    VERB_PHRASE.test(text.slice((payers.at(-1)?.end ?? 0) - start, head - start))
      ? payers
      : undefined;
  if (toParties === undefined && byParties === undefined) return [...found];
  const funder = run.find((f) => f.funder !== undefined)?.funder;
  const paired = run.map((f, i): FundingMention => {
    const to = toParties?.[i];
    const by = byParties?.[i];
    return {
      ...f,
      funder: by === undefined ? (f.funder ?? funder) : partyOf(by),
      recipient: to === undefined ? f.recipient : { actor: partyOf(to) },
    };
  });
  const inRun = new Set(run.map((f) => f.money));
  return [...found.filter((f) => !inRun.has(f.money)), ...paired].sort(
    (a, b) => a.money.start - b.money.start,
  );
}

function partyOf(a: Actor): Party {
  return { key: a.key, label: a.label };
}

/**
 * The parties of a list "A, B and C" that the given actors form, each after the one before
 * with only a separator between: the whole stretch, or its end when `atEnd`.
 */
function listed(
  text: string,
  start: number,
  actors: readonly Actor[],
  atEnd = false,
): Actor[] | undefined {
  const parties = actors.filter((a) => a.label !== "Person" && !a.possessive);
  if (parties.length === 0) return undefined;
  let from = atEnd ? parties.length - 1 : 0;
  let to = atEnd ? parties.length - 1 : 0;
  if (atEnd) {
    while (from > 0 && joined(text, start, parties[from - 1], parties[from])) from--;
  } else {
    while (to < parties.length - 1 && joined(text, start, parties[to], parties[to + 1])) to++;
    if (to < parties.length - 1) return undefined;
  }
  return parties.slice(from, to + 1);
}

function joined(text: string, start: number, a?: Actor, b?: Actor): boolean {
  if (a === undefined || b === undefined) return false;
  return SEPARATOR.test(text.slice(a.end - start, b.start - start).replace(/\bthe\s+$/, ""));
}
