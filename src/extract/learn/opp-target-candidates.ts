import type { OppositionMention } from "../facts/find-oppositions.ts";
import type { OppositionTarget } from "../facts/opposition-target.ts";
import { stanceHolder } from "../facts/stance-actor.ts";
import { HEAD_OF_STATE_TITLES } from "../gazetteer/titles.ts";
import type { Actor } from "../resolve/actor.ts";
import type { AnalyzedSentence } from "../resolve/analyzed-sentence.ts";
import type { PeopleResolution } from "../resolve/resolve-people.ts";
import { targetFeatures, type TargetPlace } from "./opp-target-features.ts";
import type { StanceSentence } from "./opp-sentence.ts";
import { tokenIndexAt } from "./opp-sentence.ts";
import type { DiscourseMemory } from "./discourse-memory.ts";
import { discourseTargets } from "./opp-discourse-targets.ts";
import { packedMap, packedConcat } from "../text/packed-map.ts";

/** One party or thing a stance may be against, with what the target model reads of it. */
export interface TargetCandidate {
  readonly target: OppositionTarget;
  /** The key the graph holds it under: an actor's key or the issue's. */
  readonly key: string;
  /** The rules' own target for this stance. */
  readonly rule: boolean;
  /** Named only by an earlier sentence (opp-discourse-targets.ts): weighed with its own threshold. */
  readonly remembered: boolean;
  readonly features: readonly string[];
}

/**
 * A leader's title, whole: the person a stance against their state may name instead. Not a title
 * that merely holds one ("Vice President", "Deputy Prime Minister", "Opposition Leader").
 */
const LEADER_TITLE = new RegExp(
  `^(?:(?:acting|interim|supreme)\\s+)?(?:${[...HEAD_OF_STATE_TITLES, "leader"].join("|")})$`,
  "i",
);

/**
 * Every target a stance may be against: the rules' own, each other party the sentence names (not
 * the holder), the country a targeted person speaks for and the leader the article names for a
 * targeted country. "Chile's foreign ministry condemned Peru's new tariff on copper": the rules
 * read "Peru's new tariff", the candidates add Peru.
 */
export function targetCandidates(
  view: StanceSentence,
  o: OppositionMention,
  actors: readonly Actor[],
  people: PeopleResolution,
  memory?: DiscourseMemory,
): TargetCandidate[] {
  const { key: holder, label: holderLabel } = stanceHolder(o.holder, people);
  const trigger = tokenIndexAt(view.s, o.at);
  const issue = issueSpan(view.s, o);
  const ruleLabel = "actor" in o.target ? o.target.actor.label : "Issue";
  const states = otherStates(actors, holder, o.holder);
  const out: TargetCandidate[] = [];
  const add = (
    target: OppositionTarget,
    rule: boolean,
    place: TargetPlace,
    remembered: readonly string[] = [],
  ): void => {
    const key = "actor" in target ? target.actor.key : target.issueKey;
    // The rules' target is kept even against the holder itself: the graph drops that stance.
    if (!rule && (key === holder || key === o.holder.key)) return;
    const known = out.findIndex((c) => c.key === key);
    // A party the sentence names that an earlier one told too: marked with what the memory says.
    if (known > 0 && remembered.length > 0) {
      const c = out[known]!;
      out[known] = { ...c, features: packedConcat(c.features, remembered) };
    }
    if (known >= 0) return;
    const context = {
      ...{ holder: o.holder, holderKey: holder, holderLabel, trigger, issue, rule, place },
      ...{ ruleLabel, states },
    };
    // Feature lists are built by push loops, one kind of array in every tier (packed-map.ts).
    const own = packedConcat(targetFeatures(view, target, context), remembered);
    // Another candidate is weighed against the rules' target, added first: its features too.
    const features = rule
      ? own
      : packedConcat(
          own,
          packedMap(out[0]!.features, (f) => `r:${f}`),
        );
    out.push({
      target,
      key,
      rule,
      remembered: "kind" in place && place.kind === "memory",
      features,
    });
  };
  add(o.target, true, "actor" in o.target ? o.target.actor : { kind: "issue" });
  for (const a of actors) {
    if (a.locationOnly === true || (a.place && a.label === "Country" && a.via !== "country"))
      continue;
    // "Chile's foreign ministry" speaks for Chile: as a target it would be the holder itself.
    if (stanceHolder(a, people).key === holder) continue;
    add({ actor: a }, false, a);
  }
  markNearest(out, actors, trigger);
  const ruled = "actor" in o.target ? o.target.actor : undefined;
  if (ruled?.label === "Person" && ruled.country !== undefined)
    add(countryActor(ruled.country, ruled), false, { kind: "represented" });
  if (ruled?.label === "Country") {
    const leader = leaderOf(ruled.key, people);
    if (leader !== undefined) add(personActor(leader, ruled), false, { kind: "leader" });
  }
  // "The premier rejected the criticism": parties earlier sentences named (discourse-memory.ts).
  if (memory !== undefined && "issue" in o.target) {
    const family = view.stances[trigger]?.family ?? "none";
    const stance = { mention: o, holderKey: holder, sentence: view.index, ruleLabel, family };
    for (const d of discourseTargets(memory, stance))
      add({ actor: d.actor }, false, { kind: "memory" }, d.features);
  }
  return out;
}

/** The tokens [from, to) of the rules' issue in the sentence, when its words are there. */
function issueSpan(
  s: AnalyzedSentence,
  o: OppositionMention,
): { from: number; to: number } | undefined {
  if ("actor" in o.target) return undefined;
  const { text, start } = s.sentence;
  let at = text.indexOf(o.target.issue, Math.max(0, o.at - start));
  if (at < 0) at = text.indexOf(o.target.issue);
  // Words the rules took from an earlier sentence ("the move" for "the closure of the border").
  if (at < 0) return undefined;
  const from = tokenIndexAt(s, start + at);
  const to = tokenIndexAt(s, start + at + o.target.issue.length - 1) + 1;
  return { from, to: Math.max(to, from + 1) };
}

/** The first person the article names with a leader's title for `country`. */
function leaderOf(country: string, people: PeopleResolution): string | undefined {
  const iso = country.slice("country:".length);
  let best: { key: string; seen: number } | undefined;
  for (const p of people.people.values()) {
    if (p.country !== iso || p.title === undefined || !LEADER_TITLE.test(p.title)) continue;
    if (best === undefined || p.firstSeen < best.seen) best = { key: p.key, seen: p.firstSeen };
  }
  return best?.key;
}

/** A stand-in actor at `near`'s place, for a party the sentence names only through another. */
function countryActor(iso: string, near: Actor): OppositionTarget {
  return { actor: { ...near, key: `country:${iso}`, label: "Country", via: "country" } };
}

function personActor(key: string, near: Actor): OppositionTarget {
  return { actor: { ...near, key, label: "Person", via: "name", country: undefined } };
}

/** How many states the sentence names besides the holder's own: "Peru protested to Chile". */
function otherStates(actors: readonly Actor[], holder: string, h: Actor): number {
  const own = h.country === undefined ? holder : `country:${h.country}`;
  const seen = new Set<string>();
  for (const a of actors)
    if (a.label === "Country" && !a.place && a.key !== holder && a.key !== own) seen.add(a.key);
  return seen.size;
}

/**
 * "…condemned the strike on Iraqi soil by Turkey": the party nearest the stance word on each
 * side, among the sentence's, is marked ("nearest-R", "nearest-L").
 */
function markNearest(out: TargetCandidate[], actors: readonly Actor[], trigger: number): void {
  for (const side of ["R", "L"] as const) {
    let best = -1;
    let distance = Infinity;
    out.forEach((c, i) => {
      const a = actors.find((x) => x.key === c.key);
      if (a === undefined) return;
      const d = side === "R" ? a.from - trigger : trigger - a.from;
      if (d > 0 && d < distance) [best, distance] = [i, d];
    });
    const c = out[best];
    if (c !== undefined)
      out[best] = { ...c, features: packedConcat(c.features, [`nearest-${side}`]) };
  }
}
