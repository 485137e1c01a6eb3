import { describe, expect, it } from "vitest";
import {
  flattened,
  packedConcat,
  packedFilter,
  packedFlatMap,
} from "../../../src/extract/text/packed-map.ts";

const stances = [
  { holder: "Norway", at: 4 },
  { holder: "Chile", at: 19 },
  { holder: "Norway", at: 33 },
];

describe("packed arrays", () => {
  it("filters as filter does, with the index, in order", () => {
    const keep = (s: { holder: string }, i: number) => s.holder === "Norway" || i === 1;
    expect(packedFilter(stances, keep)).toEqual(stances.filter(keep));
    expect(packedFilter(stances, (s) => s.at > 40)).toEqual([]);
  });

  it("flat-maps as flatMap does, one level, empty results dropped", () => {
    const f = (s: { holder: string; at: number }, i: number) =>
      i === 1 ? [] : [s.holder, `${s.holder}@${s.at}`];
    expect(packedFlatMap(stances, f)).toEqual(stances.flatMap(f));
    expect(packedFlatMap([[1, [2]]], (x) => x)).toEqual([1, [2]]);
  });

  it("joins arrays as spreads do, leaving them as they were", () => {
    const a = ["Ghana", "Togo"];
    const b = ["Benin"];
    expect(packedConcat(a, b)).toEqual([...a, ...b]);
    expect(flattened([a, [], b, a])).toEqual([...a, ...b, ...a]);
    expect(packedConcat(a, b)).not.toBe(a);
    expect(a).toEqual(["Ghana", "Togo"]);
    expect(flattened([])).toEqual([]);
  });
});
