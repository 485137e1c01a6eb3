import { describe, expect, it } from "vitest";
import { execAll } from "../../../src/extract/text/exec-all.ts";

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m]]);

describe("execAll", () => {
  it("finds what matchAll finds, groups and offsets included", () => {
    const re = /(\d+) (bn|m)\b/g;
    const text = "pledged 5 bn, then 40 m and 7 bnx";
    expect(shape(execAll(re, text))).toEqual(shape(text.matchAll(re)));
    expect(shape(execAll(re, text))).toEqual([
      [8, ["5 bn", "5", "bn"]],
      [19, ["40 m", "40", "m"]],
    ]);
  });

  it("steps over empty matches, by whole code points with the u flag", () => {
    expect(execAll(/x*/g, "ab").map((m) => m.index)).toEqual([0, 1, 2]);
    expect(execAll(/x*/gu, "a😀b").map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect(execAll(/x*/gu, "a😀b").map((m) => m.index)).toEqual(
      [..."a😀b".matchAll(/x*/gu)].map((m) => m.index),
    );
  });

  it("starts from the beginning whatever lastIndex was, and leaves it at 0", () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(execAll(re, "aaa")).toHaveLength(3);
    expect(re.lastIndex).toBe(0);
  });

  it("lets the caller use the same expression while going through the matches", () => {
    const re = /\w+/g;
    const inner = execAll(re, "one two").map((m) => execAll(re, `${m[0]} x`).length);
    expect(inner).toEqual([2, 2]);
  });

  it("refuses an expression without the g flag, as matchAll does", () => {
    expect(() => execAll(/a/, "a")).toThrow(/global/);
  });
});
