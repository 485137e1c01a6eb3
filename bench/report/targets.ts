import type { SizeFigures } from "./size-figures.ts";

/** One target of issue 6 checked against one run. */
export interface TargetCheck {
  readonly name: string;
  readonly goal: string;
  readonly value: string;
  readonly met: boolean | undefined;
}

/** The per-size targets, for each size, then the scaling ones for each pair of sizes. */
export function checkTargets(figures: readonly SizeFigures[]): TargetCheck[] {
  const perSize = figures.flatMap((f) => {
    const at = `${label(f.size)}`;
    return [
      check(`a/b, ${at} (prefix ${f.prefixArticles})`, "≥ 20×", f.aOverB, (v) => v >= 20, times),
      check(`a/c, ${at}`, "≥ 0.5×", f.aOverC, (v) => v >= 0.5, times),
      check(
        `extraction, one core, ${at}`,
        "≥ 1 MB/s",
        f.extractMBPerSec,
        (v) => v >= 1,
        (v) => `${v.toFixed(2)} MB/s`,
      ),
      check(
        `unchanged reload, ${at}`,
        "≤ 5% of first load",
        f.reloadUnchangedRatio,
        (v) => v <= 0.05,
        percent,
      ),
      check(
        `1%-edited reload, ${at}`,
        "≤ 10% of first load",
        f.reloadEditedRatio,
        (v) => v <= 0.1,
        percent,
      ),
    ];
  });
  const pairs = figures.slice(1).flatMap((big, i) => {
    const small = figures[i];
    if (small === undefined) return [];
    const sizeRatio = big.size / small.size;
    const at = `${label(big.size)} vs ${label(small.size)}`;
    const time =
      small.loadSec !== undefined && big.loadSec !== undefined
        ? big.loadSec / small.loadSec
        : undefined;
    const memory =
      peak(small) !== undefined && peak(big) !== undefined
        ? (peak(big) ?? 0) / (peak(small) ?? 1)
        : undefined;
    return [
      check(
        `load time, ${at}`,
        `≤ ${(1.1 * sizeRatio).toFixed(1)}×`,
        time,
        (v) => v <= 1.1 * sizeRatio,
        times,
      ),
      check(`peak memory, ${at}`, "≤ 1.5×", memory, (v) => v <= 1.5, times),
    ];
  });
  return [...perSize, ...pairs];
}

/** The larger of the extraction and load processes' peak RSS: the pipeline's. */
export function peak(f: SizeFigures): number | undefined {
  const values = [f.extractRssMB, f.loadRssMB].filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : Math.max(...values);
}

export function label(size: number): string {
  return size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

function check(
  name: string,
  goal: string,
  value: number | undefined,
  test: (v: number) => boolean,
  show: (v: number) => string,
): TargetCheck {
  return value === undefined
    ? { name, goal, value: "n/a", met: undefined }
    : { name, goal, value: show(value), met: test(value) };
}

function times(v: number): string {
  return `${v.toFixed(v < 10 ? 2 : 1)}×`;
}

function percent(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}
