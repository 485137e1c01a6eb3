import type { OppositionMention } from "../facts/find-oppositions.ts";
import type { Actor } from "../resolve/actor.ts";
import { mostNamedState } from "../facts/opposition-memory.ts";
import type { DiscourseMemory } from "./discourse-memory.ts";

/** A party an earlier sentence named that a stance may point back to, and why. */
export interface DiscourseTarget {
  readonly actor: Actor;
  readonly features: readonly string[];
}

/** What the stance being completed is, as the discourse candidates read it. */
export interface DiscourseStance {
  readonly mention: OppositionMention;
  /** The holder as the graph keys it. */
  readonly holderKey: string;
  readonly sentence: number;
  /** The kind of the rules' target: "Issue", "Country"… */
  readonly ruleLabel: string;
  /** The stance word's family ("condemn", "reject"…), "none" when the lexicon lacks it. */
  readonly family: string;
}

/** The most words a thing the rules named may have and still point back: "the new measures". */
const MAX_WORDS = 4;

/** A word that opens a name: the head of a rules' issue is read as CAP then. */
const CAPITAL = /^\p{Lu}/u;
const WORD_EDGE = /^[^\p{L}]+|[^\p{L}]+$/gu;

/**
 * The parties the sentences before may lend a stance as its target, each marked with where the
 * memory found it: the holder of a stance told before ("Lindqvist accused the cabinet. The
 * premier rejected the criticism": the critic; "answers" when that stance was against this
 * holder), the target of one told before, the subject of the sentences before ("Ruritania closed
 * the border. Lawmakers condemned the move."), the one who said something in them ("A minister
 * warned that…. Paraguay dismissed the warnings."), the latest person, body and state named, and
 * the state named most. Only for a thing of a few words ("the warnings"); the model weighs each
 * by where it was found, the kind of the thing's last word (words said, a doing, a body) and the
 * stance word's family.
 */
export function discourseTargets(
  memory: DiscourseMemory,
  stance: DiscourseStance,
): DiscourseTarget[] {
  const found = new Map<string, { actor: Actor; features: string[] }>();
  const { mention: o, holderKey, sentence, ruleLabel } = stance;
  // "condemned the closure of the border crossing at Rafah" names its thing whole.
  if ("issue" in o.target && o.target.issue.split(" ").length > MAX_WORDS) return [];
  const head = issueHead(o);
  const shape = ruleShape(o);
  const kind = head === undefined ? "party" : headKind(head);
  const add = (actor: Actor, source: string, at: number): void => {
    if (actor.key === holderKey || actor.key === o.holder.key) return;
    const label = actor.label;
    const distance = sentence - at;
    const f = [
      `mem=${source}`,
      `mem×ct=${source}×${label}`,
      `mem×rt=${source}×${ruleLabel}`,
      `mem×dist=${source}×${distance <= 1 ? "1" : distance === 2 ? "2" : "3+"}`,
      `mem×rshape=${source}×${shape}`,
      `mem×fam=${source}×${stance.family}`,
    ];
    if (head !== undefined) f.push(`mem×ihead=${source}×${head}`);
    f.push(`mem×hkind=${source}×${kind}`, `mem×hkind×ct=${source}×${kind}×${label}`);
    const seen = found.get(actor.key);
    if (seen === undefined) found.set(actor.key, { actor, features: f });
    else seen.features.push(...f);
  };
  memory.stances.forEach((t, i) => {
    if (t.holderKey !== holderKey) {
      const answers = t.targetKey === holderKey || t.target?.key === o.holder.key;
      add(t.holder, answers ? "answered" : i === 0 ? "last-holder" : "holder", t.sentence);
    }
    if (t.target !== undefined)
      add(t.target, t.holderKey === holderKey ? "own-target" : "target", t.sentence);
  });
  for (const s of memory.subjects) add(s.actor, "subject", s.sentence);
  for (const s of memory.speakers) add(s.actor, "speaker", s.sentence);
  for (const n of memory.latest.values()) add(n.actor, `last-${n.actor.label}`, n.sentence);
  const own = o.holder.country === undefined ? holderKey : `country:${o.holder.country}`;
  const most = mostNamedState(memory.states, (key) => key !== own && key !== holderKey);
  const state = most === undefined ? undefined : memory.latest.get("Country");
  if (most !== undefined && state !== undefined)
    add(
      { ...state.actor, key: most, via: "country", country: most.slice(8) },
      "most-state",
      state.sentence,
    );
  // How many of the memory's places name the party: the critic who is also the last subject.
  for (const d of found.values())
    d.features.push(
      `mem-sources=${Math.min(d.features.filter((f) => f.startsWith("mem=")).length, 3)}`,
    );
  return [...found.values()];
}

/** Up to two words after a determiner, all lower case: "the criticism", "the new measures". */
const BARE_ISSUE =
  /^(?:the|this|that|these|those|its|their|his|her|such)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*$/u;

/**
 * What the rules' target looks like, for a party the memory offers instead: a party (by how it
 * was named), a bare noun that points back ("the criticism"), a pronoun, a name, a longer phrase.
 */
function ruleShape(o: OppositionMention): string {
  if ("actor" in o.target) return `party-${o.target.actor.via}`;
  const issue = o.target.issue.trim();
  if (/^(?:it|this|that|them|these|those)$/i.test(issue)) return "pronoun";
  if (BARE_ISSUE.test(issue)) return "bare";
  if (/\p{Lu}/u.test(issue)) return "named";
  return issue.split(/\s+/).length <= 2 ? "short" : "long";
}

/** Words said: "rejected the statements" answers whoever said them. */
const SAID_HEAD =
  /^(?:remarks?|statements?|comments?|criticism|claims?|accusations?|allegations?|rhetoric|charges?|words|speech(?:es)?|complaints?|address|message|letter|note|assertions?|suggestions?|language|rebuke|warnings?|threats?|demands?|calls?|report)$/;
/** A doing or a course taken: "condemned the move" is against whoever made it. */
const ACT_HEAD =
  /^(?:decision|move|step|measures?|sanctions|plans?|project|policy|law|bill|deal|agreement|proposal|package|tariffs?|ban|restrictions?|operation|strikes?|arrests?|conviction|sentence|visit|trip|gathering|meeting|vote|attack|action|actions|conduct|behaviou?r|approach|idea|offer|request)$/;
/**
 * A noun made from a verb by its suffix, a doing like ACT_HEAD's: "the exclusion", "the approval",
 * "the withdrawal", "the deployment", "the closure". Not a bare "-al" or "-ure" ("the capital", "the
 * future").
 */
const NOMINALISED = /^\p{Ll}{3,}(?:[st]ion|ment|(?:ov|us|aw|os|ss|ew)al|[sz]ure)s?$/u;
/** A body called by its kind: "criticised the agency" is against the body named before. */
const BODY_HEAD =
  /^(?:agency|bank|government|administration|authorities|ministry|party|group|bloc|union|council|commission|court|company|firm|opposition|embassy|regime|junta|cabinet|fund|lender|organi[sz]ation|body|military|army|coalition|president|leader|minister)$/;

/** The class of the rules' issue's last word: words said, a doing, a body by its kind, or other. */
function headKind(head: string): string {
  if (SAID_HEAD.test(head)) return "said";
  if (ACT_HEAD.test(head)) return "act";
  // After the bodies: "the government", "the commission" end like a doing but name a body.
  if (BODY_HEAD.test(head)) return "body";
  if (NOMINALISED.test(head)) return "act";
  return head === "CAP" ? "name" : "other";
}

/** The last word of the rules' issue in lower case ("criticism", "move"), or CAP for a name's. */
function issueHead(o: OppositionMention): string | undefined {
  if (!("issue" in o.target)) return undefined;
  const last = o.target.issue.split(/\s+/).at(-1)?.replace(WORD_EDGE, "") ?? "";
  if (last === "") return undefined;
  return CAPITAL.test(last) ? "CAP" : last.toLowerCase();
}
