import { describe, expect, it } from "vitest";
import { runInOrder, type Job } from "../../../src/read/read-ahead.ts";

function delayed<T>(ms: number, values: T[]): Promise<T[]> {
  return new Promise((resolve) => setTimeout(() => resolve(values), ms));
}

/** An async stream of items, each arriving on a later tick as a walk's entries would. */
async function* streamOf<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

describe("runInOrder", () => {
  it("yields in queue order even when later jobs finish first", async () => {
    const jobs: Job<string>[] = [
      { eager: delayed(30, ["a1", "a2"]) },
      { lazy: () => streamOf(["b"]) },
      { eager: delayed(1, ["c"]) },
      { eager: delayed(10, []) },
      { eager: delayed(0, ["e"]) },
    ];
    expect(await collect(runInOrder(streamOf(jobs), 2))).toEqual(["a1", "a2", "b", "c", "e"]);
  });

  it("rethrows a failed job at its turn, after the results before it", async () => {
    const seen: string[] = [];
    const jobs: Job<string>[] = [
      { eager: delayed(20, ["first"]) },
      { eager: Promise.reject(new Error("boom")) },
    ];
    await expect(
      (async () => {
        for await (const item of runInOrder(streamOf(jobs), 4)) seen.push(item);
      })(),
    ).rejects.toThrow("boom");
    expect(seen).toEqual(["first"]);
  });
});
