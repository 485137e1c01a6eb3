import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../../../src/read/index.ts";
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
      { eager: delayed(30, ["a1", "a2"]), bytes: 1 },
      { lazy: () => streamOf(["b"]) },
      { eager: delayed(1, ["c"]), bytes: 1 },
      { eager: delayed(10, []), bytes: 1 },
      { eager: delayed(0, ["e"]), bytes: 1 },
    ];
    const window = { jobs: 2, bytes: 100 };
    expect(await collect(runInOrder(streamOf(jobs), window))).toEqual(["a1", "a2", "b", "c", "e"]);
  });

  it("rethrows a failed job at its turn, after the results before it", async () => {
    const seen: string[] = [];
    const jobs: Job<string>[] = [
      { eager: delayed(20, ["first"]), bytes: 1 },
      { eager: Promise.reject(new Error("boom")), bytes: 1 },
    ];
    await expect(
      (async () => {
        for await (const item of runInOrder(streamOf(jobs), { jobs: 4, bytes: 100 }))
          seen.push(item);
      })(),
    ).rejects.toThrow("boom");
    expect(seen).toEqual(["first"]);
  });

  it("yields what it queued once the queued files hold the window's bytes", async () => {
    const events: string[] = [];
    async function* jobs(): AsyncGenerator<Job<string>> {
      for (const name of ["a", "b", "c"]) {
        events.push(`queued ${name}`);
        yield await Promise.resolve({ eager: Promise.resolve([name]), bytes: 3 });
      }
    }
    for await (const item of runInOrder(jobs(), { jobs: 10, bytes: 5 })) events.push(item);
    expect(events).toEqual(["queued a", "queued b", "a", "b", "queued c", "c"]);
  });
});

describe("readArticles in runs of files", () => {
  it("keeps every file's outcome, failures included, across runs cut by count and by bytes", async () => {
    // 140 files: two of about 600 kB end a run by its bytes, 64 small ones by its count; the bad
    // files stand on either side of those cuts.
    const dir = await mkdtemp(join(tmpdir(), "newsgraph-runs-"));
    try {
      const bad = new Set([2, 3, 63, 64, 65, 128, 139]);
      const expected: string[] = [];
      for (let i = 0; i < 140; i++) {
        const name = `a${String(i).padStart(3, "0")}.txt`;
        const body = i === 1 || i === 5 ? "Rain fell. ".repeat(55_000) : `Rain fell on day ${i}.`;
        await writeFile(
          join(dir, name),
          bad.has(i) ? Buffer.from([0x52, 0x00]) : `Day ${i}\n${body}\n2024-10-07 12:00:00\n`,
        );
        expected.push(bad.has(i) ? `FAIL ${name}` : `ok ${name}`);
      }
      const seen: string[] = [];
      for await (const o of readArticles([dir], { root: dir }))
        seen.push(o.ok ? `ok ${o.article.source}` : `FAIL ${o.path}`);
      expect(seen).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
