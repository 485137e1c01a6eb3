/**
 * Where the OPPOSES stances the extractor misses are lost, for scripts/learn/opp.ts (out of fold
 * on dev) and scripts/learn/opp-loss-split.ts (a split with the committed weights). Each gold
 * stance of an article is:
 * - kept: a candidate that stands matches it;
 * - thresholded: a candidate matches it, but none of those reaches its model's threshold;
 *   "outscored" when, in a sentence of such a candidate, another candidate of the same holder or
 *   target stands (the choice went to another pair), "alone" otherwise;
 * - switched: no stance candidate matches it, but a target the switch model weighed for one of the
 *   rules' stances of its holder does (opp-target.ts chose another target);
 * - not generated: no candidate of either kind matches it.
 */
import { matchesPattern, type Gold } from "../../src/eval/gold-schema.ts";
import type { OrganizationNames } from "../../src/eval/organization-names.ts";
import type { TargetGroup } from "../../src/extract/learn/opp-target.ts";
import type { AnnotatedArticle } from "./dev-set.ts";

/** A stance candidate with its probability and whether it stands. */
export interface WeighedPair {
  readonly article: string;
  readonly holder: string;
  readonly target: string;
  readonly sentence: number;
  readonly stands: boolean;
}

export interface LossCounts {
  gold: number;
  kept: number;
  outscored: number;
  alone: number;
  switched: number;
  missing: number;
  /** Each gold stance not kept: its category, article, ends, and what stands of its holder. */
  readonly lost: string[];
}

type GoldStance = Gold["relations"]["OPPOSES"][number];

function matches(
  g: GoldStance,
  names: OrganizationNames | undefined,
  h: string,
  t: string,
): boolean {
  return matchesPattern(g.from, h, names) && g.to.some((x) => matchesPattern(x, t, names));
}

/** The loss breakdown of the gold stances of `articles`. */
export function lossBreakdown(
  articles: readonly AnnotatedArticle[],
  pairs: readonly WeighedPair[],
  groups: ReadonlyMap<string, readonly TargetGroup[]>,
  namesOf: ReadonlyMap<string, OrganizationNames>,
): LossCounts {
  const counts: LossCounts = {
    ...{ gold: 0, kept: 0, outscored: 0, alone: 0, switched: 0, missing: 0 },
    lost: [],
  };
  const byArticle = new Map<string, WeighedPair[]>();
  for (const p of pairs) {
    const list = byArticle.get(p.article) ?? [];
    list.push(p);
    byArticle.set(p.article, list);
  }
  for (const a of articles) {
    const names = namesOf.get(a.name);
    const list = byArticle.get(a.name) ?? [];
    for (const g of a.gold.relations.OPPOSES) {
      counts.gold++;
      const hits = list.filter((p) => matches(g, names, p.holder, p.target));
      const standing = list
        .filter((p) => p.stands && matchesPattern(g.from, p.holder, names))
        .map((p) => p.target);
      const lose = (why: string): void => {
        counts.lost.push(
          `${why.padEnd(11)} ${a.name.slice(0, 3)} ${g.from} -> ${g.to.join("|")} | stands: ${[...new Set(standing)].join(", ")}`,
        );
      };
      if (hits.some((p) => p.stands)) counts.kept++;
      else if (hits.length > 0) {
        const rival = hits.some((h) =>
          list.some(
            (p) =>
              p.stands &&
              p.sentence === h.sentence &&
              (p.holder === h.holder || p.target === h.target),
          ),
        );
        if (rival) counts.outscored++;
        else counts.alone++;
        lose(rival ? "outscored" : "alone");
      } else if (
        (groups.get(a.name) ?? []).some(
          (x) =>
            matchesPattern(g.from, x.holder, names) &&
            x.candidates.some((c) => g.to.some((t) => matchesPattern(t, c.key, names))),
        )
      ) {
        counts.switched++;
        lose("switched");
      } else {
        counts.missing++;
        lose("missing");
      }
    }
  }
  return counts;
}

export function lossLine(label: string, c: LossCounts): string {
  const pct = (n: number) => `${n} (${((100 * n) / Math.max(c.gold, 1)).toFixed(1)}%)`;
  return `${label.padEnd(22)} gold ${c.gold}: kept ${pct(c.kept)}, thresholded ${pct(c.outscored + c.alone)} [outscored ${c.outscored}, alone ${c.alone}], target switched away ${pct(c.switched)}, not generated ${pct(c.missing)}`;
}
