import type { Actor } from "../resolve/actor.ts";
import type { FundingContext, FundingMention, Party, Recipient } from "./find-funding.ts";
import { issueOf } from "./funding-recipients.ts";
import { isDemonymMention } from "./funding-parties.ts";
import { payerState } from "./funding-home-state.ts";

/**
 * A purpose that is a pronoun, or a noun a possessive pronoun owns, names no issue: "it",
 * "its clinics", "rebuild its finances" and "training of its officers" are a party told of
 * before, "his government's plan" that person's state.
 */
const POSSESSED = /^(?:[a-z][\w-]*\s+){0,2}?(?:it|its)\b/i;
const PERSONAL_STATE =
  /^(?:his|her)\s+(?:government|country|administration|nation|people|state)\b/i;

/**
 * "Mali faces a hunger crisis. Canada pledged C$20 million to help it." / "…for its clinics":
 * the money goes to what the pronoun refers to. An object pronoun is never its own clause's
 * subject, and a payer's own ends are no funding, so the antecedent is the nearest party that
 * is not the payer: a state or body of this sentence before the amount, else the one the
 * sentence before opened on, else the party money last went to. Found none, the mention is left
 * as it was: "Canada will spend C$1 billion to shore up its lumber industry" is for its own ends.
 */
export function pronounRecipients(
  found: FundingMention[],
  text: string,
  start: number,
  actors: readonly Actor[],
  context: FundingContext,
): FundingMention[] {
  if (!found.some(isPronounPurpose)) return found;
  return found.map((f) => {
    if (!isPronounPurpose(f)) return f;
    // "to finish its part of the line between A and B": the line is what the money is for.
    const work = ownShareOf(f);
    if (work !== undefined) return { ...f, recipient: work };
    if (isOwnEnds(f, text, start)) return f;
    const actor = antecedent(f.funder, f.money.start, text, start, actors, context);
    return actor === undefined ? f : { ...f, recipient: { actor } };
  });
}

/** "…from Japan", "…by the bank": a party named as a source gives; it is no antecedent. */
const SOURCE_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/i;

/**
 * "for its own aid agency's work", "would put €10 billion into its railways", "spend … on its
 * navy": a possessive the payer's own spending or "own" marks is the payer's, and the money is
 * no funding of anyone told of before. An object pronoun ("to help it") is never the subject.
 */
const OWN_POSSESSIVE = /\bits\s+own\b/i;
const OWN_SPENDING = /\b(?:spen[dt]|spending|invest\w*|put(?:s|ting)?)\b/i;

/**
 * "Madrid committed €1.2 billion to finish its part of the line", "…to cover its share of the
 * cost": the share or part a payer takes on of a joint work is its own; the work is the end.
 */
const OWN_SHARE =
  /^(?:[a-z][\w-]*\s+){0,2}?its\s+(?:[\w-]+\s+)?(?:share|shares|part|parts|portion|section|stretch|segment|half|leg|side)\s+of\s+(?:the\s+|a\s+|an\s+)?(\S.*)$/i;

/** The work a payer's own share is of, as the money's end: "its share of the new dam" → "new dam". */
function ownShareOf(f: FundingMention): Recipient | undefined {
  const r = f.recipient;
  const work = r !== undefined && "issue" in r ? OWN_SHARE.exec(r.issue)?.[1] : undefined;
  return work === undefined || /^(?:it|its|them|their)\b/i.test(work) ? undefined : issueOf(work);
}

function isOwnEnds(f: FundingMention, text: string, start: number): boolean {
  const r = f.recipient;
  if (r === undefined || !("issue" in r) || !/\bits\b/i.test(r.issue)) return false;
  return OWN_POSSESSIVE.test(r.issue) || OWN_SPENDING.test(text.slice(0, f.money.start - start));
}

function isPronounPurpose(f: FundingMention): boolean {
  const r = f.recipient;
  return (
    r !== undefined && "issue" in r && (POSSESSED.test(r.issue) || PERSONAL_STATE.test(r.issue))
  );
}

function antecedent(
  funder: Party | undefined,
  before: number,
  text: string,
  start: number,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  // The state the payer is or belongs to ("KOR" for Korea's Export-Import Bank).
  const state = payerState(funder, actors);
  const own = new Set([
    funder?.key,
    state === undefined ? undefined : `country:${state}`,
    apposedState(funder, text, start, actors),
  ]);
  const here = actors.findLast(
    (a) =>
      a.end <= before &&
      a.label !== "Person" &&
      !a.place &&
      a.locationOnly !== true &&
      !own.has(a.key) &&
      !own.has(`country:${a.country ?? ""}`) &&
      !SOURCE_BEFORE.test(text.slice(0, a.start - start)),
  );
  if (here !== undefined) return { key: here.key, label: here.label };
  const opened =
    context.subject === undefined
      ? context.subjectBody === undefined
        ? undefined
        : { key: context.subjectBody, label: "Organization" as const }
      : { key: `country:${context.subject}`, label: "Country" as const };
  if (opened !== undefined && !own.has(opened.key)) return opened;
  const inView = context.recipient;
  return inView !== undefined && "actor" in inView && !own.has(inView.actor.key)
    ? inView.actor
    : undefined;
}

/** ", the Chinese carmaker,", ", a Qatari investor,": the words that open an appositive. */
const APPOSITIVE_OPENING = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$/i;

/**
 * "Chery, the Chinese carmaker, committed 120 billion tenge to expand its plant": the state whose
 * demonym opens an appositive right after the payer is the payer's own, no antecedent of "its"
 * ("Canada, a Mali ally," names another state).
 */
function apposedState(
  funder: Party | undefined,
  text: string,
  start: number,
  actors: readonly Actor[],
): string | undefined {
  const payer = actors.find((a) => a.key === funder?.key);
  if (payer === undefined) return undefined;
  const state = actors.find(
    (a) =>
      a.label === "Country" &&
      a.start > payer.end &&
      isDemonymMention(text, start, a) &&
      APPOSITIVE_OPENING.test(text.slice(payer.end - start, a.start - start)),
  );
  return state?.key;
}
