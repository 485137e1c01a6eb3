import type { OppositionTarget } from "../facts/opposition-target.ts";
import type { Actor } from "../resolve/actor.ts";
import { bucket, shapeOf } from "./opp-features.ts";
import type { StanceSentence } from "./opp-sentence.ts";

/**
 * Where a target candidate comes from: an actor of the sentence (the rules' own or another), the
 * rules' issue, the country a targeted person speaks for, the leader of a targeted country, or a
 * party an earlier sentence named (opp-discourse-targets.ts).
 */
export type TargetPlace = Actor | { readonly kind: "issue" | "represented" | "leader" | "memory" };

/** What the features know of the stance a candidate would complete. */
export interface TargetContext {
  readonly holder: Actor;
  /** The holder as the graph keys it (a spokesperson's country), and its kind. */
  readonly holderKey: string;
  readonly holderLabel: string;
  /** How many states the sentence names besides the holder's own. */
  readonly states: number;
  /** The token of the stance word the rules read. */
  readonly trigger: number;
  /** The tokens of the rules' issue, when the rules named a thing. */
  readonly issue: { readonly from: number; readonly to: number } | undefined;
  /** Whether this is the rules' own target. */
  readonly rule: boolean;
  readonly place: TargetPlace;
  /** The kind of the rules' target ("Issue", "Country"…): each candidate is read against it. */
  readonly ruleLabel: string;
}

/** Prepositions that open what a stance is about or against: "protested over", "a vote against". */
const PREPOSITIONS = new Set([
  "over",
  "against",
  "on",
  "of",
  "by",
  "to",
  "with",
  "from",
  "at",
  "about",
  "toward",
  "towards",
]);

/** Words that may stand between a stance verb and its object: "condemned the", "rejected its". */
const OBJECT_GAP = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "what",
  "it",
  "called",
]);

/**
 * The features of one target candidate. One function for training (scripts/learn/opp-target.ts
 * reads what the extractor hands the choice) and for the choice at run time.
 *
 * With an example of our own ("Chile's foreign ministry condemned Peru's new tariff on copper",
 * the rules reading "Peru's new tariff", the candidate Peru):
 * - its kind against the rules' kind ("ct×rt=Country×Issue"), where it comes from, how it was named;
 * - where it stands: the stance word's side and distance, the word before and after it, a
 *   preposition opening it, object of the stance word, inside a quote;
 * - how it stands to the rules' issue: heading it ("Peru's new tariff…", whose owner the rules'
 *   issue holds: issue-head), inside it, just after it;
 * - how it stands to the holder: the holder's own state or body, between holder and word;
 * - the stance word's family, against its kind.
 */
export function targetFeatures(
  view: StanceSentence,
  target: OppositionTarget,
  c: TargetContext,
): string[] {
  const label = "actor" in target ? target.actor.label : "Issue";
  const kind = "kind" in c.place ? c.place.kind : c.rule ? "rule" : "sentence";
  const fam = view.stances[c.trigger]?.family ?? "none";
  const f = [
    `ct=${label}`,
    `ct×rt=${label}×${c.ruleLabel}`,
    `src=${kind}`,
    `fam×ct=${fam}×${label}`,
  ];
  f.push(`ht×ct×rt=${c.holderLabel}×${label}×${c.ruleLabel}`);
  f.push(`states=${Math.min(c.states, 3)}×${label}×${c.ruleLabel}`);
  if ("actor" in target) f.push(...partyFeatures(target.actor, label, c));
  if (c.issue !== undefined) f.push(...issueShape(view, c.issue, label));
  const span = spanOf(view, c);
  if (span !== undefined) f.push(...placeFeatures(view, span, label, c));
  else f.push(`elsewhere×ct=${label}`);
  return f;
}

/** How a party was named and how it stands to the holder. */
function partyFeatures(a: Actor, label: string, c: TargetContext): string[] {
  const f = [`via=${a.via}×${label}`];
  if (a.possessive) f.push("possessive");
  const iso = c.holderKey.startsWith("country:") ? c.holderKey.slice(8) : c.holder.country;
  if (iso !== undefined && (a.country === iso || a.key === `country:${iso}`))
    f.push("holder-state");
  return f;
}

/** The tokens a candidate stands on: its mention, or the rules' issue. */
function spanOf(view: StanceSentence, c: TargetContext): { from: number; to: number } | undefined {
  if ("kind" in c.place) return c.place.kind === "issue" ? c.issue : undefined;
  // A party the rules took from an earlier sentence ("it", "the bloc") has no place in this one.
  const { start, text } = view.s.sentence;
  if (c.place.start < start || c.place.start >= start + text.length) return undefined;
  return { from: c.place.from, to: Math.max(c.place.to, c.place.from + 1) };
}

/** Where the candidate stands in the sentence, to the stance word, the holder and the issue. */
function placeFeatures(
  view: StanceSentence,
  span: { from: number; to: number },
  label: string,
  c: TargetContext,
): string[] {
  const { tokens } = view.s;
  const f: string[] = [];
  const side = span.from > c.trigger ? "R" : "L";
  const distance = side === "R" ? span.from - c.trigger : c.trigger - span.to + 1;
  f.push(`side=${side}×${label}`, `wdist=${bucket(distance)}×${side}`);
  const before = span.from > 0 ? shapeOf(view, span.from - 1) : "^";
  const after = span.to < tokens.length ? shapeOf(view, span.to) : "$";
  f.push(`tb=${before}`, `ta=${after}`, `tb×ct=${before}×${label}`);
  if (PREPOSITIONS.has(before)) f.push(`prep=${before}×${side}`);
  if (side === "R" && objectGap(view, c.trigger + 1, span.from)) f.push(`object×ct=${label}`);
  if (view.quoted[span.from] === true) f.push("quoted");
  if (view.quoted[span.from] !== view.quoted[c.trigger]) f.push("quote-apart");
  const h = c.holder.from;
  if (span.from > h && span.from < c.trigger) f.push("between-holder-word");
  if (Math.abs(span.from - h) <= 3 && label !== "Issue") f.push("near-holder");
  if (c.issue !== undefined && label !== "Issue") f.push(...issueFeatures(span, c.issue));
  return f;
}

/** Only function words between the stance word and the candidate: "condemned the …". */
function objectGap(view: StanceSentence, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!OBJECT_GAP.has(view.s.tokens[i]!.lower)) return false;
  return true;
}

/**
 * A party inside the rules' issue: at its head ("Peru's new tariff", the rules' issue holding its
 * owner) or further in ("the new Peruvian tariff"); or within two words after it.
 */
function issueFeatures(
  span: { from: number; to: number },
  issue: { from: number; to: number },
): string[] {
  if (span.from >= issue.from && span.from < issue.to)
    return [span.from === issue.from ? "issue-head" : "issue-inside"];
  if (span.from >= issue.to && span.from - issue.to <= 2) return ["issue-after"];
  return [];
}

/**
 * What the rules' issue looks like, read by every candidate: its last and first word and its
 * length. "condemned the decision" names a thing by a bare noun that stands for its owner's act;
 * "condemned the closure of the border crossing at Rafah" names the thing itself.
 */
function issueShape(
  view: StanceSentence,
  issue: { from: number; to: number },
  label: string,
): string[] {
  const last = Math.min(issue.to, view.s.tokens.length) - 1;
  if (last < issue.from) return [];
  const head = shapeOf(view, last);
  const first = shapeOf(view, issue.from);
  const size = bucket(issue.to - issue.from);
  return [`ihead=${head}×${label}`, `ifirst=${first}×${label}`, `ilen=${size}×${label}`];
}
