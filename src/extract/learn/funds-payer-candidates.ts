import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { FundingContext, FundingMention, Party } from "../facts/find-funding.ts";
import { qualifiesGroup } from "../facts/funding-parties.ts";
import { gap, recipientKey } from "./funds-candidates.ts";
import {
  payerFeatures,
  payerSentence,
  type PayerFacts,
  type PayerOrigin,
} from "./funds-payer-features.ts";

/** One party that may have paid an amount, with what the payer model reads of it. */
export interface PayerCandidate {
  readonly party: Party;
  /** The rules' own payer for this amount. */
  readonly rule: boolean;
  /** The body's name, for a body the graph may not hold yet. */
  readonly name: string | undefined;
  readonly features: readonly string[];
  /**
   * Named nearest as the qualifier of a group ("Donor governments and UN agencies have
   * committed…"), which the rules take as no payer (see subjectOf): the model may not choose it,
   * to add a payer or to switch to.
   */
  readonly qualifier: boolean;
}

/** How many of the bodies, and of the states, named last stand as candidates. */
const EARLIER = 2;

/** A candidate as it is gathered: its party, where it came from, and its nearest mention. */
interface Gathered {
  party: Party;
  origins: PayerOrigin[];
  mention: Actor | undefined;
  name: string | undefined;
  /** The state of the rules' payer, a body or a person ("the British High Commission"). */
  ofRule: boolean;
}

/**
 * Every party an amount may have been paid by: the rules' payer, each country and body the
 * sentence names, the state a person or a national body of the sentence speaks for, the payer in
 * view, the state or body the sentence before opened on, and the country the article names most.
 * "On Monday the Ruritanian embassy announced €5 million for flood relief": the rules may read the
 * embassy; the candidates add the state it speaks for.
 */
export function payerCandidates(
  f: FundingMention,
  s: AnalyzedSentence,
  actors: readonly Actor[],
  known: FundingContext,
): PayerCandidate[] {
  const gathered = new Map<string, Gathered>();
  const payer = f.funder?.key;
  const add = (party: Party, origin: PayerOrigin, mention?: Actor, name?: string): void => {
    const ofRule = mention !== undefined && mention.key !== party.key && mention.key === payer;
    const g = gathered.get(party.key);
    if (g === undefined) {
      gathered.set(party.key, { party, origins: [origin], mention, name, ofRule });
      return;
    }
    g.ofRule ||= ofRule;
    if (!g.origins.includes(origin)) g.origins.push(origin);
    if (mention !== undefined && (g.mention === undefined || closer(mention, g.mention, f)))
      g.mention = mention;
    g.name ??= name;
  };
  if (f.funder !== undefined) add(f.funder, "rule", undefined, f.funderName);
  for (const a of actors) {
    if (a.place) continue;
    if (a.label !== "Person") add({ key: a.key, label: a.label }, "named", a, a.name);
    // "Dominican President X pledged…", "the British High Commission announced…".
    if (a.country !== undefined && (a.label === "Person" || a.key !== `country:${a.country}`))
      add(countryParty(a.country), a.label === "Person" ? "person" : "body", a);
  }
  if (known.funder !== undefined) add(known.funder, "view");
  // "The Asian Development Bank sent a mission. … Its board approved $150 million": the bodies
  // and states named last. The sentence's own come first, so these are most often its places
  // ("in Moldova"), which the loop above leaves out, and its parties the rules' payers lack.
  // (Read from before the sentence alone, out of fold: FUNDS all dev 0.856 -> 0.853.)
  for (const key of known.orgs.slice(0, EARLIER))
    if (!gathered.has(key)) add({ key, label: "Organization" }, "earlier");
  for (const iso3 of known.countries.slice(0, EARLIER))
    if (!gathered.has(`country:${iso3}`)) add(countryParty(iso3), "earlier");
  if (known.subject !== undefined) add(countryParty(known.subject), "opener");
  if (known.subjectBody !== undefined)
    add({ key: known.subjectBody, label: "Organization" }, "opener");
  const top = topCountry(known.mentions);
  if (top !== undefined) add(countryParty(top), "top");
  const ps = payerSentence(f, s, actors);
  const to = recipientKey(f.recipient);
  const out: PayerCandidate[] = [];
  for (const g of gathered.values()) {
    const rule = g.origins.includes("rule");
    const facts: PayerFacts = {
      key: g.party.key,
      origins: g.origins,
      mention: g.mention,
      recipient: g.party.key === to,
      ofRule: g.ofRule,
      ruled: f.funder !== undefined,
    };
    const qualifier =
      g.mention !== undefined && qualifiesGroup(s.sentence.text, s.sentence.start, g.mention);
    const features = payerFeatures(ps, s, facts);
    out.push({ party: g.party, rule, name: g.name, features, qualifier });
  }
  return out;
}

function countryParty(iso3: string): Party {
  return { key: `country:${iso3}`, label: "Country" };
}

/** Whether mention `a` stands nearer the amount than `b`. */
function closer(a: Actor, b: Actor, f: FundingMention): boolean {
  return gap(a, f) < gap(b, f);
}

/** The country named most so far (the first named wins a tie), or undefined. */
function topCountry(mentions: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [c, n] of mentions ?? []) {
    if (n > most) {
      best = c;
      most = n;
    }
  }
  return best;
}
