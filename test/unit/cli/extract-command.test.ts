import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { extractCommand } from "../../../src/cli/commands/extract.ts";
import { extractGraph } from "../../../src/extract/extract-graph.ts";
import { readArticles } from "../../../src/read/index.ts";

const VISIT = [
  "Lisbon.- Prime Minister Tomas Varga of Hungary met President Ines Carvalho of Portugal in Lisbon on Monday.",
  "The two leaders discussed fishing quotas and rail links.",
  "2025-03-03 10:00:00",
].join("\n");

const PLEDGE = [
  "Oslo.- Norway pledged $40 million to Malawi for rural clinics, its development minister said on Tuesday.",
  "2025-03-04 09:00:00",
].join("\n");

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-extract-command-"));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** What the command writes, in order: each write to stdout or stderr as it was made. */
async function run(paths: string[]): Promise<{ code: number; writes: [string, string][] }> {
  const writes: [string, string][] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    writes.push(["out", String(chunk)]);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    writes.push(["err", String(chunk)]);
    return true;
  });
  const code = await extractCommand(paths);
  vi.restoreAllMocks();
  return { code, writes };
}

async function expectedLines(paths: string[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const outcome of readArticles(paths))
    if (outcome.ok) lines.push(`${JSON.stringify(extractGraph(outcome.article))}\n`);
  return lines;
}

describe("extract command", () => {
  it("prints one document per article, in order, the same as extractGraph's", async () => {
    const paths = [join(dir, "a-visit.txt"), join(dir, "b-pledge.txt")];
    await writeFile(paths[0]!, VISIT);
    await writeFile(paths[1]!, PLEDGE);
    const { code, writes } = await run(paths);
    expect(code).toBe(0);
    expect(writes.every(([stream]) => stream === "out")).toBe(true);
    expect(writes.map(([, text]) => text).join("")).toBe((await expectedLines(paths)).join(""));
  });

  it("writes the documents before a failure ahead of its message, and exits 1", async () => {
    const paths = [join(dir, "a-visit.txt"), join(dir, "photo.png"), join(dir, "b-pledge.txt")];
    await writeFile(paths[0]!, VISIT);
    await writeFile(paths[1]!, "not an article");
    await writeFile(paths[2]!, PLEDGE);
    const { code, writes } = await run(paths);
    const [visit, pledge] = await expectedLines(paths);
    expect(code).toBe(1);
    expect(writes.map(([stream]) => stream)).toEqual(["out", "err", "out"]);
    expect(writes[0]![1]).toBe(visit);
    expect(writes[1]![1]).toMatch(/^newsgraph: .*photo\.png: /);
    expect(writes[2]![1]).toBe(pledge);
  });
});
