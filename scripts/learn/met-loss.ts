/**
 * Where the MET_WITH pairs the extractor misses are lost, for scripts/learn/met.ts (out of fold
 * on dev) and scripts/learn/met-loss-split.ts (a split with the committed weights). Each gold
 * pair of an article is:
 * - kept: a candidate weighed for it is accepted (met-policy.ts);
 * - dropped: candidates are weighed for it, but none reaches its model's threshold — counted by
 *   the group of its most probable candidate (held, other, wide), shown with its sentence;
 * - not generated: no candidate of either source names the pair — "apart" when no sentence
 *   names both people as persons, "no word" when one does but holds no meeting word the wide
 *   generator pairs around, "unnamed" when a person is never read at all, "other" else.
 */
import type { ArticleAnalysis } from "../../src/extract/analyze-article.ts";
import { widePairs } from "../../src/extract/learn/met-wide.ts";
import type { MeetingGroup } from "../../src/extract/learn/met-features.ts";
import type { AnnotatedArticle } from "./dev-set.ts";

/** A candidate weighed by the policy, with the decision its model took. */
export interface WeighedMeeting {
  readonly pair: string;
  readonly group: MeetingGroup;
  readonly p: number;
  readonly accepted: boolean;
  /** The sentence it was read in. */
  readonly text: string;
}

/** Why a pair no candidate names was not generated: see the file's comment. */
type Absence = "unnamed" | "apart" | "no word" | "other";

/** Of an article's analysis: each pair of people two sentences name together, and how. */
export interface Cooccurrence {
  readonly people: ReadonlySet<string>;
  /** Pairs named in one sentence; true when the sentence holds a meeting word to pair around. */
  readonly together: ReadonlyMap<string, boolean>;
}

const pairKey = (x: string, y: string): string => [x, y].sort().join(" — ");

export function cooccurrence(analysis: ArticleAnalysis): Cooccurrence {
  const people = new Set<string>();
  const together = new Map<string, boolean>();
  analysis.sentences.forEach((s, i) => {
    const actors = analysis.actors[i] ?? [];
    const persons = [...new Set(actors.filter((a) => a.label === "Person").map((a) => a.key))];
    for (const p of persons) people.add(p);
    for (let x = 0; x < persons.length; x++)
      for (let y = x + 1; y < persons.length; y++) {
        const k = pairKey(persons[x]!, persons[y]!);
        if (!together.has(k)) together.set(k, false);
      }
    for (const w of widePairs(s, actors).pairs) together.set(pairKey(w.a.key, w.b.key), true);
  });
  return { people, together };
}

export interface MeetingLoss {
  gold: number;
  kept: number;
  dropped: Record<MeetingGroup, number>;
  missing: Record<Absence, number>;
  /** Each gold pair not kept: its category, article and pair (and best probability). */
  readonly lost: string[];
}

/** The loss breakdown of the gold pairs (unique per article, as the eval counts them). */
export function meetingLoss(
  articles: readonly AnnotatedArticle[],
  weighed: ReadonlyMap<string, readonly WeighedMeeting[]>,
  seen: ReadonlyMap<string, Cooccurrence>,
): MeetingLoss {
  const counts: MeetingLoss = {
    gold: 0,
    kept: 0,
    dropped: { held: 0, other: 0, wide: 0 },
    missing: { unnamed: 0, apart: 0, "no word": 0, other: 0 },
    lost: [],
  };
  for (const a of articles) {
    const list = weighed.get(a.name) ?? [];
    const co = seen.get(a.name);
    const pairs = new Set(a.gold.relations.MET_WITH.map((g) => pairKey(g.a, g.b)));
    for (const pair of pairs) {
      counts.gold++;
      const hits = list.filter((c) => c.pair === pair);
      const where = `${a.name.slice(0, 4)} ${pair}`;
      if (hits.some((c) => c.accepted)) counts.kept++;
      else if (hits.length > 0) {
        const best = hits.reduce((x, y) => (y.p > x.p ? y : x));
        counts.dropped[best.group]++;
        counts.lost.push(
          `dropped ${best.group.padEnd(5)} p ${best.p.toFixed(2)} ${where}\n    ${best.text}`,
        );
      } else {
        const [x, y] = pair.split(" — ");
        const why: Absence =
          co === undefined
            ? "other"
            : !co.people.has(x!) || !co.people.has(y!)
              ? "unnamed"
              : !co.together.has(pair)
                ? "apart"
                : co.together.get(pair) === false
                  ? "no word"
                  : "other";
        counts.missing[why]++;
        counts.lost.push(`missing ${why.padEnd(7)} ${where}`);
      }
    }
  }
  return counts;
}

export function meetingLossLine(label: string, c: MeetingLoss): string {
  const pct = (n: number) => `${n} (${((100 * n) / Math.max(c.gold, 1)).toFixed(1)}%)`;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((x, y) => x + y, 0);
  const parts = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  return `${label.padEnd(28)} gold pairs ${c.gold}: kept ${pct(c.kept)}, dropped by the model ${pct(sum(c.dropped))} [${parts(c.dropped)}], not generated ${pct(sum(c.missing))} [${parts(c.missing)}]`;
}
