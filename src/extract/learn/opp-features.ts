import { NAME_PARTICLES, WEEKDAYS } from "../gazetteer/words.ts";
import type { StanceSentence } from "./opp-sentence.ts";

/** One end of a candidate stance, as the features see it: its kind and where it stands. */
export interface StanceEnd {
  /** Person, Country, Organization, or Issue for a thing the rules named as the target. */
  readonly label: string;
  /** How it was referred to: name, description, pronoun, country, org (issue for a thing). */
  readonly via: string;
  readonly possessive: boolean;
  /** Its first token and the token after its last, in the sentence. */
  readonly from: number;
  readonly to: number;
}

/** A candidate (holder, target) in one sentence, before the classifier weighs it. */
export interface StancePair {
  readonly holder: StanceEnd;
  readonly target: StanceEnd;
  /** The holder stands in for its state: a spokesperson, a ministry, an envoy. */
  readonly mapped: boolean;
  /** The target is a person or body of the holder's own state ("Russia … its own minister"). */
  readonly sameState: boolean;
  /** The token of the stance word the pair is read with. */
  readonly trigger: number;
  /** The rule's verb, first word lowercased, when a rule proposed the pair. */
  readonly ruleVerb: string | undefined;
  /** A rule proposed the reverse: the target against the holder. */
  readonly reverseRule: boolean;
  /** How many parties the sentence names. */
  readonly parties: number;
  /** How many other parties stand between the holder and the target. */
  readonly between: number;
  /** A rule proposed another stance of this holder in the sentence (another target, often a thing). */
  readonly holderRuled: boolean;
  /** A rule proposed another holder's stance against this target in the sentence. */
  readonly targetRuled: boolean;
}

/** Words that deny what follows: "did not condemn", "never criticised". */
const NEGATIONS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
/** Words that make what follows unasserted: "could sanction", "if Rome blocks". */
const MODALS = new Set([
  "would",
  "could",
  "may",
  "might",
  "will",
  "should",
  "if",
  "whether",
  "unless",
  "can",
  "must",
]);
/** Words a speaker is introduced with: "X said", "according to X". */
const SPEECH = new Set(["said", "says", "told", "added", "stated", "according", "wrote", "posted"]);
/** Words that deny an accusation: a denial is no stance. */
const DENIALS = new Set(["denied", "denies", "deny", "denying", "rejected", "dismissed"]);

/**
 * The features of a candidate stance. One function for training (scripts/learn/opp.ts reads
 * what the extractor passes to the decision) and for the decision at run time.
 *
 * Families, with an example of our own ("Chile's foreign ministry condemned Peru's tariff"):
 * - source: whether a rule proposed it, and the rule's verb ("src=rule", "verb=condemned");
 * - the stance word and its family ("w=condemned", "fam=condemn", valence bucket);
 * - order of holder, word and target ("ord=HWT"), by family;
 * - the words between holder and target, their first and last, and the word on each side of
 *   each end ("hb=by" for a passive's holder);
 * - negation, modality and questions near the word; quotes around each end, a speaker verb
 *   after the holder;
 * - kinds of both ends and how each was named, by family ("tt=Country×fam=condemn");
 * - token distances, bucketed; the sentence's place in the article; how many parties it names.
 */
export function stanceFeatures(view: StanceSentence, pair: StancePair): string[] {
  const f: string[] = [];
  const { holder, target, trigger } = pair;
  const word = view.stances[trigger];
  const fam = word?.family ?? "none";
  f.push(pair.ruleVerb === undefined ? "src=wide" : "src=rule");
  if (pair.ruleVerb !== undefined) f.push(`verb=${pair.ruleVerb}`, `rule×tt=${target.label}`);
  if (pair.reverseRule) f.push("reverse-rule");
  f.push(`w=${word?.stem ?? "none"}`, `fam=${fam}`, `val=${word?.valence ?? 0}`);
  const order = orderOf(holder.from, trigger, target.from);
  f.push(`ord=${order}`, `ord×fam=${order}×${fam}`);
  f.push(...betweenWords(view, holder, target));
  f.push(...sides(view, "h", holder), ...sides(view, "t", target));
  f.push(...scopeOf(view, trigger));
  if (view.question) f.push("question");
  if (view.quoted[holder.from] === true) f.push("h-quoted");
  if (view.quoted[target.from] === true) f.push("t-quoted");
  if (view.quoted[trigger] === true) f.push("w-quoted");
  if (speaksAfter(view, holder.to)) f.push("h-speaker");
  f.push(`ht=${holder.label}`, `tt=${target.label}`, `ht×tt=${holder.label}×${target.label}`);
  f.push(`tt×fam=${target.label}×${fam}`, `ht×fam=${holder.label}×${fam}`);
  f.push(`hvia=${holder.via}`, `tvia=${target.via}`);
  if (holder.possessive) f.push("h-possessive");
  if (target.possessive) f.push("t-possessive");
  if (pair.mapped) f.push("h-mapped");
  if (pair.sameState) f.push("same-state");
  f.push(`dist=${bucket(Math.abs(target.from - holder.from))}`);
  f.push(`wdist=${bucket(Math.abs(target.from - trigger))}`);
  f.push(`hdist=${bucket(Math.abs(trigger - holder.from))}`);
  f.push(`sent=${bucket(view.index)}`, `parties=${bucket(pair.parties)}`);
  f.push(`between=${bucket(pair.between)}`);
  if (pair.holderRuled) f.push("h-ruled", `h-ruled×tt=${target.label}`);
  if (pair.targetRuled) f.push("t-ruled");
  f.push(...frameOf(view, pair, word?.stem ?? "none"));
  return f;
}

/** Words that may stand between a verb and its object: "condemned the", "criticised what it called". */
const OBJECT_GAP = new Set([
  "the",
  "a",
  "an",
  "its",
  "his",
  "her",
  "their",
  "what",
  "it",
  "called",
  "described",
  "as",
  "against",
  "on",
  "of",
  "with",
  "over",
  "at",
  "to",
  "by",
  "from",
  "about",
  "toward",
  "towards",
  "this",
  "that",
  "these",
  "those",
  "top",
  "new",
  "latest",
  "so-called",
  "s",
]);

/** Words that may stand between a subject and its verb: "Peru has also", "Chile on Monday". */
const SUBJECT_GAP = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "are",
  "were",
  "also",
  "again",
  "on",
  ...WEEKDAYS,
  "yesterday",
  "today",
  "last",
  "week",
  "strongly",
  "sharply",
  "swiftly",
  "publicly",
  "formally",
  "repeatedly",
  "openly",
  "then",
  "promptly",
  "immediately",
  "firmly",
  "said",
  "it",
  "which",
  "that",
  "who",
  "has",
  "been",
  "late",
  "earlier",
  "this",
  "quickly",
  "officially",
  "angrily",
  "bluntly",
]);

/**
 * Where the ends stand to the stance word, as grammar would put them: the target right after it
 * with only function words between ("summoned the Russian ambassador": t-object), the holder
 * right before it with only auxiliaries, adverbs and days between ("Chile on Monday condemned":
 * h-subject), the holder after "by" behind it (a passive), the holder owning the word ("Peru's
 * protest"). Each with the stance word, where they matter most.
 */
function frameOf(view: StanceSentence, pair: StancePair, stem: string): string[] {
  const { holder, target, trigger } = pair;
  const tokens = view.s.tokens;
  const out: string[] = [];
  const gap = (from: number, to: number, allowed: ReadonlySet<string>): boolean => {
    if (to - from > 4) return false;
    for (let i = from; i < to; i++) if (!allowed.has(tokens[i]!.lower)) return false;
    return true;
  };
  const seq = (from: number, to: number): string => {
    const words: string[] = [];
    for (let i = from; i < to; i++) words.push(shapeOf(view, i));
    return to - from <= 3 ? words.join("_") || "-" : "long";
  };
  if (target.from > trigger) {
    out.push(`wt=${seq(trigger + 1, target.from)}`);
    if (gap(trigger + 1, target.from, OBJECT_GAP)) out.push("t-object", `t-object×${stem}`);
  } else if (target.to <= trigger) out.push(`tw=${seq(target.to, trigger)}`);
  if (holder.to <= trigger) {
    out.push(`hw=${seq(holder.to, trigger)}`);
    if (gap(holder.to, trigger, SUBJECT_GAP)) out.push("h-subject", `h-subject×${stem}`);
    if (holder.possessive && trigger - holder.to <= 2) out.push("h-owns", `h-owns×${stem}`);
  } else {
    out.push(`wh=${seq(trigger + 1, holder.from)}`);
    if (holder.from > 0 && tokens[holder.from - 1]!.lower === "by")
      out.push("h-by", `h-by×${stem}`);
  }
  if (out.includes("t-object") && out.includes("h-subject")) out.push("svo", `svo×${stem}`);
  return out;
}

/** "HWT": the holder, then the stance word, then the target. */
function orderOf(h: number, w: number, t: number): string {
  return [
    ["H", h],
    ["W", w],
    ["T", t],
  ]
    .sort(
      (a, b) =>
        (a[1] as number) - (b[1] as number) || (a[0] as string).localeCompare(b[0] as string),
    )
    .map((x) => x[0])
    .join("");
}

/** Lowercase words between the two ends: a capitalised one is "CAP", never the name itself. */
function betweenWords(view: StanceSentence, a: StanceEnd, b: StanceEnd): string[] {
  const [left, right] = a.from <= b.from ? [a, b] : [b, a];
  const out: string[] = [];
  const words: string[] = [];
  for (let i = left.to; i < right.from; i++) words.push(shapeOf(view, i));
  if (words.length === 0) return ["bw-none"];
  if (words.length > 12) out.push("bw-long");
  for (const w of words.slice(0, 12)) out.push(`bw=${w}`);
  out.push(`bw1=${words[0]!}`, `bwL=${words.at(-1)!}`);
  return out;
}

/** The word before and after one end: "hb=by" is a passive's holder. */
function sides(view: StanceSentence, side: string, end: StanceEnd): string[] {
  return [
    `${side}b=${end.from > 0 ? shapeOf(view, end.from - 1) : "^"}`,
    `${side}a=${end.to < view.s.tokens.length ? shapeOf(view, end.to) : "$"}`,
  ];
}

/** Negation, modality and denial in the four words before the stance word. */
function scopeOf(view: StanceSentence, trigger: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, trigger - 4); i < trigger; i++) {
    const w = view.s.tokens[i]!.lower;
    if (NEGATIONS.has(w) || w.endsWith("n't")) out.push("neg");
    if (MODALS.has(w)) out.push(`mod=${w}`);
    if (DENIALS.has(w)) out.push("denial");
  }
  return out;
}

/** "Peru, the ministry said": a speech verb right after the holder. */
function speaksAfter(view: StanceSentence, to: number): boolean {
  for (let i = to; i < Math.min(to + 2, view.s.tokens.length); i++)
    if (SPEECH.has(view.s.tokens[i]!.lower)) return true;
  return false;
}

/** A capitalised word that is no name: it opens the sentence or a quote. */
const COMMON = new Set(
  "the a an in on at but and after before while when however it its his her their they he she we i this that".split(
    " ",
  ),
);

/** A capital anywhere in a token: "Chile", "U.S.", "al-Maliki". */
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * Token `i` as a feature reads it: lowercased, but a word of a name ("Chile", "al-Maliki", the
 * "von der" of "von der Leyen") is "CAP", so that no feature is a name.
 */
export function shapeOf(view: StanceSentence, i: number): string {
  const t = view.s.tokens[i]!;
  if (view.stances[i] !== undefined || COMMON.has(t.lower)) return t.lower;
  return HAS_CAPITAL.test(t.text) || NAME_PARTICLES.has(t.lower) ? "CAP" : t.lower;
}

export function bucket(n: number): string {
  if (n <= 2) return String(n);
  if (n <= 4) return "3-4";
  if (n <= 8) return "5-8";
  if (n <= 16) return "9-16";
  return "17+";
}
