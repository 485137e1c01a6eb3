import type { Actor } from "../resolve/actor.ts";
import { leftClauseStart } from "./clause.ts";
import { issueTarget, type OppositionTarget } from "./opposition-target.ts";
import { execAll } from "../text/exec-all.ts";
import { OWNED_DECISION, possessorAt } from "./opposition-decider.ts";

/**
 * Nouns that only sum up what the clause before them told: ", a decision that…", ", a move…",
 * ", a visit that…" (the visitor's), ", remarks that…" (the speaker's; a plural needs no article).
 */
const SUMMARY =
  /,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:decision|move|step|announcement|visit|trip)|(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:remarks|comments))\b/gi;

/**
 * ", a visit that was condemned by…", ", remarks which were criticised by…": a summary noun that
 * is the subject of the passive's relative clause, right before it.
 */
const SUMMARY_PASSIVE = new RegExp(
  String.raw`${SUMMARY.source}\s+(?:that|which)\s+(?:(?:has|have|had|was|were|is|are|been|being|also|later|since|quickly|swiftly|widely|sharply|strongly)\s+)*$`,
  "i",
);

/** "the World Bank's decision to halt…": a party's noun of deciding before an infinitive. */
const OWNED_DECISIONS = new RegExp(OWNED_DECISION, "gi");

/** The owner of the last decision a clause tells ("the World Bank's decision to…"), if any. */
function lastDecider(clause: string, from: number, parties: readonly Actor[]): Actor | undefined {
  if (!clause.includes("'") && !clause.includes("’")) return undefined;
  const m = execAll(OWNED_DECISIONS, clause).at(-1);
  return m === undefined ? undefined : possessorAt(parties, from + m.index);
}

/**
 * "The bank approved a loan to Guyana, a decision that Caracas criticised": a noun summing up the
 * clause before it stands for that clause, whose subject is the party opposed.
 */
export function summaryTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const before = text.slice(0, at - start);
  const last = execAll(SUMMARY, before).at(-1);
  if (last === undefined || /[;:]/.test(before.slice(last.index))) return undefined;
  const comma = start + last.index;
  const from = leftClauseStart(text, start, comma);
  // "…as investors weighed the World Bank's decision to halt lending, a move…": the one whose
  // decision the clause tells, not the clause's subject.
  const decider = lastDecider(text.slice(from - start, comma - start), from, parties);
  if (decider !== undefined) return { actor: decider };
  const subject = parties.find(
    (a) => a.start >= from && a.end <= comma && !a.possessive && !a.place,
  );
  return subject === undefined ? undefined : { actor: subject };
}

/**
 * "Ruritania's army chief said critics belong in prison, remarks that were criticised by Amnesty":
 * the passive's subject is a summary noun, which stands for the clause before it.
 */
export function summaryPassiveTarget(
  text: string,
  start: number,
  at: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const before = text.slice(0, at - start);
  return SUMMARY_PASSIVE.test(before) ? summaryTarget(text, start, at, parties) : undefined;
}

/**
 * "…a tour of the island's allies, a trip that Beijing called a provocation": the noun phrase
 * a relative clause hangs on, up to the comma before it, is what the relative clause judges.
 */
export function antecedentTarget(
  text: string,
  start: number,
  pronounAt: number,
  parties: readonly Actor[],
): OppositionTarget | undefined {
  const summary = summaryTarget(text, start, pronounAt, parties);
  if (summary !== undefined) return summary;
  const before = text.slice(0, pronounAt - start).replace(/[\s,]+$/, "");
  // Only a short noun phrase set off by a comma is surely the antecedent: "…, a trip that".
  const chunk = /,\s*(?:a|an|the)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)$/i.exec(before)?.[1];
  return chunk === undefined || chunk.length < 3 ? undefined : issueTarget(chunk);
}
