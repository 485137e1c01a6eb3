import type { SizeFigures } from "./size-figures.ts";
import { label, peak, type TargetCheck } from "./targets.ts";

type Row = readonly [string, ...string[]];

/** The figures as an aligned table, one column per size, then the targets. */
export function formatTables(
  figures: readonly SizeFigures[],
  targets: readonly TargetCheck[],
): string {
  const rows: Row[] = [
    ["articles", ...figures.map((f) => label(f.size))],
    ["corpus MB", ...figures.map((f) => fixed(f.corpusMB, 1))],
    ["extract 1 core, articles/s", ...figures.map((f) => fixed(f.extractArticlesPerSec, 0))],
    ["extract 1 core, MB/s", ...figures.map((f) => fixed(f.extractMBPerSec, 2))],
    [
      "extract all cores, articles/s",
      ...figures.map(
        (f) => `${fixed(f.workersArticlesPerSec, 0)} (${f.workersThreads ?? "?"} threads)`,
      ),
    ],
    ["extract all cores, MB/s", ...figures.map((f) => fixed(f.workersMBPerSec, 2))],
    ["(a) newsgraph load, s", ...figures.map((f) => fixed(f.loadSec, 1))],
    ["(a) relationships created", ...figures.map((f) => fixed(f.loadRelationships, 0))],
    ["(a) relationships/s", ...figures.map((f) => fixed(f.loadRelsPerSec, 0))],
    [
      "(a) on the baseline prefix, rels/s",
      ...figures.map((f) => `${fixed(f.prefixLoadRelsPerSec, 0)} (${f.prefixArticles} art.)`),
    ],
    [
      "(b) naive baseline, rels/s",
      ...figures.map((f) => `${fixed(f.baselineRelsPerSec, 0)} (${f.prefixArticles} art.)`),
    ],
    ["(c) ceiling, relationships created", ...figures.map((f) => fixed(f.ceilingRelationships, 0))],
    ["(c) ceiling, rels/s", ...figures.map((f) => fixed(f.ceilingRelsPerSec, 0))],
    ["a/b (same prefix)", ...figures.map((f) => `${fixed(f.aOverB, 1)}×`)],
    ["a/c", ...figures.map((f) => `${fixed(f.aOverC, 2)}×`)],
    ["unchanged reload / first load", ...figures.map((f) => pct(f.reloadUnchangedRatio))],
    ["1%-edited reload / first load", ...figures.map((f) => pct(f.reloadEditedRatio))],
    [
      "unchanged, from the files / extract+load",
      ...figures.map((f) => pct(f.cliReloadUnchangedRatio)),
    ],
    ["peak RSS extract, MB", ...figures.map((f) => fixed(f.extractRssMB, 0))],
    ["peak RSS load, MB", ...figures.map((f) => fixed(f.loadRssMB, 0))],
    ["peak RSS pipeline, MB", ...figures.map((f) => fixed(peak(f), 0))],
  ];
  const targetRows: Row[] = [
    ["target", "goal", "measured", "met"],
    ...targets.map((t): Row => [
      t.name,
      t.goal,
      t.value,
      t.met === undefined ? "?" : t.met ? "yes" : "NO",
    ]),
  ];
  return `${align(rows)}\n\n${align(targetRows)}\n`;
}

function align(rows: readonly Row[]): string {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? "n/a" : value.toFixed(digits);
}

function pct(value: number | undefined): string {
  return value === undefined ? "n/a" : `${(value * 100).toFixed(1)}%`;
}
