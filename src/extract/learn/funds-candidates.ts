import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention, Recipient } from "../facts/find-funding.ts";
import { recipientFeatures, sentenceCues, type CandidatePlace } from "./funds-features.ts";
import { clauseObjects, moneyIssueFeatures, namesTheMoney } from "./funds-money-issue.ts";
import { frontedCoPayer } from "../facts/funding-fronted-recipient.ts";

/** One party an amount may have gone to, with what the recipient model reads of it. */
export interface RecipientCandidate {
  readonly recipient: Recipient;
  /** The key the graph holds it under: an actor's key or the issue's. */
  readonly key: string;
  /** The rules' own choice for this amount. */
  readonly rule: boolean;
  /** The rules' issue names the money itself ("issue:loan") or the pot it is paid from. */
  readonly money?: boolean;
  /**
   * A country or body that may take the place of such an issue: one the amount's clause gives
   * money to by a preposition ("to Portugal"), or one named before the sentence. Another the
   * sentence names has a part of its own in it ("…, which might anger Ruritania").
   */
  readonly takes?: boolean;
  readonly features: readonly string[];
}

/** How many of the countries named before the sentence stand as candidates (most recent first). */
const EARLIER_COUNTRIES = 3;

/**
 * Every party an amount may have gone to: the rules' choice, each country and organisation the
 * sentence names (not the payer), the countries named most recently before it, the recipient in
 * view and the country the article names most. "Japan will lend $300 million to the utility
 * that heats Ulan Bator": the rules may read "the utility", the candidates add the country too.
 */
export function recipientCandidates(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  known: FundingContext,
  cues: readonly string[] = sentenceCues(s),
): RecipientCandidate[] {
  const funder = f.funder?.key;
  const ranks = mentionRanks(known.mentions);
  const top = [...ranks].find(([, r]) => r === 0)?.[0];
  const inView = recipientKey(known.recipient);
  const money = namesTheMoney(f, s);
  const objects = clauseObjects(f, s, actors);
  const out: RecipientCandidate[] = [];
  const add = (recipient: Recipient, key: string, rule: boolean, place: CandidatePlace): void => {
    if (key === funder) return;
    const at = out.findIndex((c) => c.key === key);
    if (at >= 0 && !rule) return;
    const features = recipientFeatures(f, s, actors, cues, {
      rule,
      place,
      key,
      rank: ranks.get(key),
      inView: key === inView,
    });
    features.push(...moneyIssueFeatures(key, rule, money, objects));
    const takes = !rule && !key.startsWith("issue:") && (objects.has(key) || "kind" in place);
    const candidate = { recipient, key, rule, money: rule && money, takes, features };
    if (at >= 0) out[at] = candidate;
    else out.push(candidate);
  };
  if (f.recipient !== undefined) {
    const key = recipientKey(f.recipient)!;
    const actor = "actor" in f.recipient ? nearest(actors, key, f) : undefined;
    add(f.recipient, key, true, actor ?? { kind: "rule" });
  }
  for (const a of actors) {
    if (a.label === "Person" || a.place || insideName(s, a) || frontedCoPayer(s, a)) continue;
    if (a !== nearest(actors, a.key, f)) continue;
    add({ actor: { key: a.key, label: a.label } }, a.key, false, a);
  }
  let rank = 0;
  for (const c of known.countries) {
    const key = `country:${c}`;
    // The payer takes no place among them: "Japan said it would help. It will lend…" leaves
    // three others, the most recent "earlier:0".
    if (key === funder || actors.some((a) => a.key === key)) continue;
    if (rank >= EARLIER_COUNTRIES) break;
    add({ actor: { key, label: "Country" } }, key, false, { kind: "earlier", rank: rank++ });
  }
  if (inView !== undefined && known.recipient !== undefined)
    add(known.recipient, inView, false, { kind: "view" });
  if (top !== undefined)
    add({ actor: { key: top, label: "Country" } }, top, false, { kind: "top" });
  return out;
}

export function recipientKey(r: Recipient | undefined): string | undefined {
  if (r === undefined) return undefined;
  return "actor" in r ? r.actor.key : r.issueKey;
}

/**
 * A state named only as the first word of another name ("the Ukraine Facility", "Kenyan
 * Transport Minister X"): the name's holder is the party, not the state.
 */
function insideName(s: AnalyzedSentence, a: Actor): boolean {
  if (a.label !== "Country" || a.possessive) return false;
  const next = s.tokens[a.to];
  return next !== undefined && next.capitalized && !next.punct;
}

/** The mention of `key` in the sentence closest to the amount. */
function nearest(actors: readonly Actor[], key: string, f: FundingMention): Actor | undefined {
  let best: Actor | undefined;
  for (const a of actors) {
    if (a.key !== key || a.place) continue;
    if (best === undefined || gap(a, f) < gap(best, f)) best = a;
  }
  return best;
}

/** How many characters lie between mention `a` and the amount. */
export function gap(a: Actor, f: FundingMention): number {
  return a.start >= f.money.end ? a.start - f.money.end : f.money.start - a.end;
}

/** Each country named so far by its rank in mentions (0 the most; first named wins a tie). */
function mentionRanks(mentions: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const order = [...(mentions ?? [])].filter(([, n]) => n > 0);
  order.sort((a, b) => b[1] - a[1]);
  return new Map(order.map(([c], i) => [`country:${c}`, i]));
}
