import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import { leftClauseStart } from "./clause.ts";
import type { FundingContext, FundingMention, Party } from "./find-funding.ts";
import { FUNDING_VERB } from "./funding-parties.ts";
import { topicState } from "./funding-home-state.ts";
import type { MoneyMention } from "./money.ts";
import { payer } from "./stance-actor.ts";
import { genericPurpose, recipientOf } from "./funding-recipients.ts";

/**
 * What may open a clause before its subject: "On Thursday", "On Wednesday evening", "Meanwhile,",
 * "Separately,", a fronted adverbial set off by a comma ("To keep the plant running, ", "As a
 * stopgap, "), and a speaker reporting it ("Masuka said the government had allocated…", "Finance
 * Minister X said on Wednesday that the government would put…", "President X toured the camps and
 * announced that the government would release…"): the clause after the report is
 * the one whose subject gives.
 */
const REPORT = String.raw`(?:[\w'’.-]+\s+){1,5}?(?:[^,;.]{0,100}?\band\s+)?(?:said|says|announced|confirmed|told\s+[\w-]+)\s+(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?`;
const LEAD = String.raw`^\W*(?:${REPORT})?(?:(?:to|in order to|as|with|despite|amid)\s+[^,;]{2,60},\s+)?(?:(?:on|in|last|earlier|later|this|late|early)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:(?:meanwhile|separately|also|then|in addition),?\s+)?`;

/**
 * "it", "the (central) government", "the caretaker cabinet", "the ministry", "its ambassador, Hua
 * Xin,": a state, or its organ or envoy, named without the state, as the subject of the clause;
 * "Ruginienė's cabinet": the rulers a leader of no stated state heads. Not "his government": a
 * regional leader's ("Chief Minister Stalin… His government approved…") is no state's.
 */
const UNNAMED_SUBJECT = new RegExp(
  `${LEAD}(?:it|the\\s+(?:(?:central|federal|national|union|caretaker|interim|transitional|outgoing|incoming|new|coalition)\\s+)?(?:government|cabinet|ministry|treasury|authorities)|its\\s+(?:[a-z]+\\s+)?(?:ambassador|embassy|envoy|government|ministry|minister|president|prime minister|premier)|[\\p{L}-]+['’]s\\s+(?:(?:new|caretaker|interim|coalition)\\s+)?(?:government|cabinet|administration))\\b(?!\\s+of\\b)(?:,[^,]{2,50},)?`,
  "iu",
);

/**
 * "would spend", "will put": a state's organ spending money, or putting it into something, gives
 * it to what it is for (read up to the amount, so "put" has no "into" in view yet).
 */
const SPENDS = /^[^\w,]*(?:\w+[^\w,]+){0,3}?(?:spend|spends|spending|spent|put|puts|putting)\s*$/i;

/** ", also said it", " announced that it": a speech verb whose "it" is the speaker itself. */
const OWN_REPORT =
  /^\s+(?:also\s+)?(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\b/i;

/** "Foreign Minister Lin …": a state office's title right before a person of no stated state. */
const OFFICE_TITLE = new RegExp(
  `${LEAD}(?:the\\s+)?(?:[A-Z][a-z]+\\s+){0,2}(?:Minister|President|Prime Minister|Premier|Ambassador|Chancellor|Secretary)\\s+$`,
);

/**
 * "Taiwan, meanwhile, sought to show it has friends. Foreign Minister Lin announced a donation of
 * US$1 million…", "Money is following the politics. The government approved a grant of 45 million
 * kroner…", "China has taken a different route. Its ambassador announced a grant…": with no payer
 * named, a state's organ, envoy or pronoun giving money stands for the state the report last
 * opened a sentence on — else the one it names most.
 */
export function unnamedState(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  context: FundingContext,
): Party | undefined {
  const clause = leftClauseStart(text, start, money.start);
  const before = text.slice(clause - start, money.start - start);
  const subject = leadersRulers(UNNAMED_SUBJECT.exec(before), actors, clause);
  const official =
    subject === null
      ? actors.find(
          (a) =>
            a.label === "Person" &&
            a.country === undefined &&
            a.start >= clause &&
            a.end <= money.start &&
            OFFICE_TITLE.test(text.slice(clause - start, a.start - start)),
        )
      : undefined;
  const named =
    subject !== null ? clause + subject[0].length : official === undefined ? -1 : official.end;
  // "The government also said it had approved a grant…": the subject reports its own giving.
  const frame = named < 0 ? null : OWN_REPORT.exec(text.slice(named - start));
  const subjectEnd = named + (frame?.[0].length ?? 0);
  const verb = text.slice(subjectEnd - start, money.start - start);
  if (subjectEnd < 0 || !(FUNDING_VERB.test(verb) || SPENDS.test(verb))) return undefined;
  // "President Joe Biden announced $3 billion in military aid for Ukraine": a state the money is
  // said to go to is not the one whose official gives it.
  // "It will pay Mauritius £165 million": nor is the state the verb gives it to first.
  const paid = (c: string): boolean =>
    actors.some(
      (a) =>
        a.key === `country:${c}` &&
        ((a.start > money.end &&
          PAID_TO.test(text.slice(Math.max(0, a.start - start - 5), a.start - start))) ||
          (a.start >= subjectEnd && a.end <= money.start)),
    );
  // "The EU has long backed Moldova. It pledged…": a bare "it" after a sentence opened on a body
  // of no state is that body.
  if (
    context.subject === undefined &&
    context.subjectBody !== undefined &&
    /^it$/i.test(subject?.[0].trim().split(/\s+/).at(-1) ?? "")
  )
    return { key: context.subjectBody, label: "Organization" };
  // "Masuka said the government had allocated…": the speaker's state, else the report's own.
  const report = subject === null ? undefined : reportedBy(subject[0], actors, clause);
  const state =
    report?.state !== undefined && !paid(report.state)
      ? report.state
      : report === undefined && context.subject !== undefined && !paid(context.subject)
        ? context.subject
        : topicState(context, (c) => !paid(c));
  return state === undefined ? undefined : { key: `country:${state}`, label: "Country" };
}

/**
 * "Masuka said the government had allocated…", "Finance Minister Banda said that the government
 * would put…": a subject a speaker reports on. The government is the speaker's state when the
 * speaker has one, else the report's own (the state it names most), not whichever state the
 * sentence before opened on.
 */
function reportedBy(
  subject: string,
  actors: readonly Actor[],
  clause: number,
): { readonly state: string | undefined } | undefined {
  const report = REPORTED.exec(subject);
  if (report === null) return undefined;
  const speaker = actors.find(
    (a) => a.start >= clause && a.end <= clause + report[0].length && a.label !== "Organization",
  );
  return {
    state: speaker?.label === "Country" ? speaker.key.slice("country:".length) : speaker?.country,
  };
}

const REPORTED = new RegExp(`^\\W*${REPORT}`, "i");

/**
 * A subject "X's government" stands for an unnamed state only when X is a person of no stated
 * state ("Ruginienė's cabinet earmarked…"); a state's or a body's own organ is read elsewhere.
 */
function leadersRulers(
  subject: RegExpExecArray | null,
  actors: readonly Actor[],
  clause: number,
): RegExpExecArray | null {
  if (subject === null) return null;
  const owner =
    /([\p{L}-]+)['’]s\s+(?:(?:new|caretaker|interim|coalition)\s+)?(?:government|cabinet|administration)\b[^]*$/iu.exec(
      subject[0],
    );
  if (owner === null) return subject;
  const end = clause + owner.index + (owner[1]?.length ?? 0);
  const person = actors.find((a) => a.end === end && a.label === "Person");
  return person !== undefined && person.country === undefined ? subject : null;
}

/** "to ", "for ": the word right before a state the money goes to. */
const PAID_TO = /\b(?:to|for)\s+$/;

/** Words that may stand before a sentence's subject: a time, a title, a determiner. */
const OPENING =
  /^\W*(?:(?:on|in|last|earlier|later|this)\s+[\w-]+,?\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u;

/**
 * The party a sentence opens on as its subject, as what later sentences may refer back to:
 * `state`, the state of "China has taken a different route." or "Frederiksen's government also
 * moved…" (a country, or the state a person or body represents); `body`, the body that pays on
 * its own account of "The Asian Development Bank is Nepal's largest lender." or "The Kuwait Fund
 * sent a mission.", that a bare "it" giving in the next sentence stands for.
 */
export function openingParty(
  s: AnalyzedSentence,
  actors: readonly Actor[],
): { state: string | undefined; body: string | undefined } {
  const first = opener(s, actors);
  return {
    state: first?.label === "Country" ? first.key.slice("country:".length) : first?.country,
    // "The Abu Dhabi Fund for Development sent a team. It will take a stake…": a state's body that
    // pays on its own (not its government or a ministry) is a body the next "it" may be.
    body:
      first?.label === "Organization" && payer(first)?.key === first.key ? first.key : undefined,
  };
}

/** The party a sentence opens on as its subject, if it opens on one. */
function opener(s: AnalyzedSentence, actors: readonly Actor[]): Actor | undefined {
  let first: Actor | undefined;
  for (const a of actors) if (first === undefined || a.start < first.start) first = a;
  if (first === undefined || first.place || first.via === "pronoun") return undefined;
  return OPENING.test(s.sentence.text.slice(0, first.start - s.sentence.start)) ? first : undefined;
}

/** A state's organ by its kind alone: "org:finance-ministry", "org:ministry-of-health". */
const BARE_ORGAN =
  /^org:(?:[a-z]+-)?(?:ministry|government|cabinet|treasury|presidency)(?:-of-[a-z-]+)?$/;

/**
 * "At home, the finance ministry has set aside 25 billion shillings…": a state's organ named
 * without its state pays for the state the sentence before opened on, else the report's main one.
 */
export function homeOrgans(
  found: readonly FundingMention[],
  actors: readonly Actor[],
  context: FundingContext,
  text: string,
  start: number,
): FundingMention[] {
  return found.map((f) => {
    const key = f.funder?.key;
    if (key === undefined || !BARE_ORGAN.test(key)) return f;
    if (actors.find((a) => a.key === key)?.country !== undefined) return f;
    const state = context.subject ?? topicState(context, () => true);
    if (state === undefined) return f;
    const funder: Party = { key: `country:${state}`, label: "Country" };
    // "The economy ministry has earmarked 500 million soles for patrol cars … in Lima": a place
    // of the state's own in the purpose is where the money is spent, and the purpose receives.
    const own =
      f.recipient !== undefined && "actor" in f.recipient && f.recipient.actor.key === funder.key;
    return own
      ? {
          ...f,
          funder,
          recipient:
            recipientOf(text, start, f.money, [], undefined, false, start) ??
            genericPurpose(text, start, f.money) ??
            f.recipient,
        }
      : { ...f, funder };
  });
}

/** "China's embassy", "Japan's foreign ministry": a state's organ after the state's possessive. */
const OWN_ORGAN =
  /^['’]s?\s+(?:own\s+)?(?:embassy|government|cabinet|treasury|presidency|(?:[a-z]+\s+)?ministry|(?:aid|development)\s+agency)\b/i;

/** "Peña's government", "Milei's administration": the rulers a leader heads. */
const LEADER_ORGAN = /^['’]s?\s+(?:own\s+)?(?:government|cabinet|administration)\b/i;

/**
 * "…, and China's embassy announced a grant of 200 million yuan for a new hospital": the state
 * whose organ gives pays, not the party of an amount before it in the sentence.
 */
export function possessiveOrgan(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  from: number,
): Actor | undefined {
  const clause = Math.max(from, leftClauseStart(text, start, money.start));
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a === undefined || a.end > money.start || a.start < clause) continue;
    if (!a.possessive || !(a.label === "Country" || (a.label === "Person" && a.country))) continue;
    // "Peña's government has set aside…": a leader's government pays for the leader's state.
    const organ = (a.label === "Country" ? OWN_ORGAN : LEADER_ORGAN).exec(
      text.slice(a.end - start, money.start - start),
    );
    if (organ === null) continue;
    // "Norway's government", known as a body of its own, is read as that body.
    const end = a.end + organ[0].length;
    if (actors.some((b) => b !== a && b.start >= a.end && b.start < end)) return undefined;
    return FUNDING_VERB.test(text.slice(a.end - start + organ[0].length, money.start - start))
      ? a
      : undefined;
  }
  return undefined;
}

/** "the government in Helsinki", "the authorities in Kabul": a state's rulers named by their seat. */
const SEATED = /\bthe\s+(?:government|authorities|cabinet|administration|leadership)\s+in\s+$/i;

/**
 * "…, and the government in Helsinki approved on Tuesday a support package of €3.5 million": the
 * state whose government sits in the city named pays, not the payer of an amount before it.
 */
export function seatedGovernment(
  text: string,
  start: number,
  money: MoneyMention,
  actors: readonly Actor[],
  from: number,
): Actor | undefined {
  const clause = Math.max(from, leftClauseStart(text, start, money.start));
  const seat = actors.find(
    (a) =>
      a.label === "Country" &&
      a.start >= clause &&
      a.end <= money.start &&
      SEATED.test(text.slice(Math.max(clause, a.start - 40) - start, a.start - start)),
  );
  if (seat === undefined) return undefined;
  return FUNDING_VERB.test(text.slice(seat.end - start, money.start - start))
    ? { ...seat, place: false, locationOnly: false }
    : undefined;
}
