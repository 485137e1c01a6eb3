import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { buildSync } from "esbuild";
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countInputFiles, readArticles, type ReadOutcome } from "../../../src/read/index.ts";

const REPO_ROOT = new URL("../../../", import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/**
 * Reads `folder` in a child process running as the unprivileged user "nobody". The reader is
 * bundled into a folder of its own that nobody can reach: the repository itself may sit in a
 * private folder (a clone made under `mktemp -d` is 0700), which nobody could not import from.
 */
function readAsNobody(folder: string): string[] {
  chmodSync(folder, 0o755);
  const bundleDir = mkdtempSync(join(tmpdir(), "newsgraph-reader-"));
  try {
    chmodSync(bundleDir, 0o755);
    const bundle = join(bundleDir, "read.mjs");
    buildSync({
      entryPoints: [join(REPO_ROOT, "src/read/index.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: bundle,
      // The bundled packages written as CommonJS require Node's own modules.
      banner: {
        js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
      },
      logLevel: "silent",
    });
    const script = [
      `import { readArticles } from ${JSON.stringify(bundle)};`,
      `for await (const o of readArticles([${JSON.stringify(folder)}], { root: ${JSON.stringify(folder)} }))`,
      `  console.log(o.ok ? "ok " + o.article.source : "FAIL " + o.path + ": " + o.reason);`,
    ].join("\n");
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: bundleDir,
      uid: NOBODY,
      gid: NOBODY,
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`reading as nobody failed: ${child.stderr}`);
    return child.stdout.trim().split("\n");
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

const HARVEST = [
  "Kampala.- Coffee growers in western Uganda expect a record harvest after steady spring rains.",
  "Exporters warned that port congestion could delay shipments to Europe.",
  "#Uganda #coffee #harvest",
  "2024-10-07 12:00:00",
].join("\n");

const RATES = [
  "The central bank left its benchmark rate unchanged on Wednesday, citing stubborn food prices.",
  "2024-10-09 15:30:00",
].join("\n");

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsgraph-read-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(path: string, content: string | Uint8Array): Promise<string> {
  const file = join(dir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function readAll(
  paths: string[],
  options: { maxBytes?: number } = {},
): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readArticles(paths, { root: dir, ...options }))
    outcomes.push(outcome);
  return outcomes;
}

/** Successes by source and failures by path, in the order they came: the run at a glance. */
function summarise(outcomes: ReadOutcome[]): string[] {
  return outcomes.map((o) => (o.ok ? `ok ${o.article.source}` : `FAIL ${o.path}: ${o.reason}`));
}

describe("readArticles on a folder", () => {
  it("walks it recursively in a fixed order, skipping dotfiles, READMEs and unknown files", async () => {
    await put("b/rates.txt", RATES);
    await put("a/harvest.txt", HARVEST);
    await put("a/README.md", "# About this folder");
    await put("a/.draft.txt", RATES);
    await put(".hidden/old.txt", RATES);
    await put("a/photo.jpg", "not read");
    await put("a/notes.md", `---\npublishedAt: 2024-10-08\n---\nGrowers met buyers in Mbale.`);
    expect(summarise(await readAll([dir]))).toEqual([
      "ok a/harvest.txt",
      "ok a/notes.md",
      "ok b/rates.txt",
    ]);
    expect(await countInputFiles([dir], { root: dir })).toBe(3);
  });

  it("keys the sample seeds by their path from the repository root", async () => {
    const outcomes: ReadOutcome[] = [];
    for await (const outcome of readArticles([join(REPO_ROOT, "seeds")], { root: REPO_ROOT }))
      outcomes.push(outcome);
    expect(outcomes.map((o) => (o.ok ? o.article.key : o.reason))).toContain(
      "article:seeds/000_cd41eb76cf7eaf77.txt",
    );
  });

  it("reports each bad file once, with its reason, and still reads the good ones", async () => {
    await put("good/harvest.txt", HARVEST);
    await put("good/rates.txt", RATES);
    await put("bad/01-empty.txt", "");
    await put("bad/02-binary.txt", Buffer.from([0x4b, 0x61, 0x00, 0x6d, 0x0a]));
    await put(
      "bad/03-latin1.txt",
      Buffer.from("Caf\xe9 owners protested.\n2024-10-07 12:00:00", "latin1"),
    );
    await put("bad/04-no-time.txt", HARVEST.replace("\n2024-10-07 12:00:00", ""));
    await put("bad/05-feb-30.txt", HARVEST.replace("2024-10-07", "2024-02-30"));
    await put("bad/06-hour-25.txt", HARVEST.replace("12:00:00", "25:00:00"));
    await put("bad/07-broken.json", '{"title": "Rates", "body": ');
    await put("bad/08-types.md", "---\ntitle: [1, 2]\npublishedAt: 2024-10-07\n---\nText.");
    expect(
      summarise(await readAll([join(dir, "bad"), join(dir, "good"), join(dir, "missing.txt")])),
    ).toEqual([
      "FAIL bad/01-empty.txt: empty file",
      "FAIL bad/02-binary.txt: binary file (contains NUL bytes), not article text",
      "FAIL bad/03-latin1.txt: not valid UTF-8 text; re-save the file as UTF-8",
      'FAIL bad/04-no-time.txt: no publication time: the last line should be YYYY-MM-DD HH:MM:SS, found "#Uganda #coffee #harvest"',
      'FAIL bad/05-feb-30.txt: publishedAt: impossible date or time "2024-02-30 12:00:00"',
      'FAIL bad/06-hour-25.txt: publishedAt: impossible date or time "2024-10-07 25:00:00"',
      expect.stringMatching(/^FAIL bad\/07-broken\.json: malformed JSON: .+/) as unknown as string,
      "FAIL bad/08-types.md: title: expected a string, got a list",
      "ok good/harvest.txt",
      "ok good/rates.txt",
      "FAIL missing.txt: does not exist",
    ]);
  });

  it("refuses a 20 MB file from its size alone and reads the file next to it", async () => {
    const big = await put("big.txt", "");
    await truncate(big, 20 * 1024 * 1024);
    await put("small.txt", RATES);
    expect(summarise(await readAll([dir]))).toEqual([
      "FAIL big.txt: too large: 20.0 MB, the limit is 5.0 MB per article (option maxBytes)",
      "ok small.txt",
    ]);
  });

  it("applies a configured size limit", async () => {
    await put("rates.txt", RATES);
    expect(summarise(await readAll([dir], { maxBytes: 64 }))).toEqual([
      `FAIL rates.txt: too large: ${Buffer.byteLength(RATES)} bytes, the limit is 64 bytes per article (option maxBytes)`,
    ]);
    await expect(readAll([dir], { maxBytes: 0 })).rejects.toThrow(
      /maxBytes must be a positive number/,
    );
  });

  it("reports a file it may not read", async () => {
    const locked = await put("locked.txt", RATES);
    await chmod(locked, 0o000);
    await put("open.txt", HARVEST);
    // Root reads anything, so as root the same read runs in a child process as "nobody".
    const lines = isRoot ? readAsNobody(dir) : summarise(await readAll([dir]));
    expect(lines).toEqual(["FAIL locked.txt: cannot be read: permission denied", "ok open.txt"]);
  });

  it("reports a link that cannot be followed (readable even by root)", async () => {
    await symlink(join(dir, "loop-b.txt"), join(dir, "loop-a.txt"));
    await symlink(join(dir, "loop-a.txt"), join(dir, "loop-b.txt"));
    await put("z-open.txt", HARVEST);
    expect(summarise(await readAll([join(dir, "loop-a.txt"), join(dir, "z-open.txt")]))).toEqual([
      "FAIL loop-a.txt: cannot be read: too many symbolic links (a link loop?)",
      "ok z-open.txt",
    ]);
  });

  it("reports a named file of an unknown type", async () => {
    await put("scan.pdf", "%PDF-1.7");
    expect(summarise(await readAll([join(dir, "scan.pdf")]))).toEqual([
      "FAIL scan.pdf: unsupported file type .pdf; expected one of .txt, .md, .markdown, .json, .jsonl, .ndjson",
    ]);
  });
});

describe("duplicate keys", () => {
  it("reports the second article with a key already read, naming both places", async () => {
    const record = {
      title: "Rates held",
      body: "The bank held rates.",
      publishedAt: "2024-10-09T15:30:00Z",
    };
    await put("a.json", JSON.stringify({ ...record, url: "https://example.com/rates" }));
    await put("b.jsonl", JSON.stringify({ ...record, url: "https://example.com/rates" }));
    expect(summarise(await readAll([dir]))).toEqual([
      "ok a.json",
      "FAIL b.jsonl:1: duplicate article key article:https://example.com/rates: already read from a.json",
    ]);
  });

  it("reads a file named twice (directly and through its folder) only once", async () => {
    const file = await put("rates.txt", RATES);
    expect(summarise(await readAll([file, dir]))).toEqual(["ok rates.txt"]);
  });
});

describe("JSON Lines files", () => {
  const line = (n: number): string =>
    JSON.stringify({
      title: `Bulletin ${n}`,
      body: `Weather bulletin number ${n} was issued.`,
      date: "2024-10-10",
    });

  it("stream line by line: a bad or oversized line fails alone", async () => {
    const huge = JSON.stringify({ title: "Huge", body: "x".repeat(2000), date: "2024-10-10" });
    const latin1 = Buffer.from('{"title": "Caf\xe9", "body": "B", "date": "2024-10-10"}', "latin1");
    const lines = [line(1), "{not json", huge, "", line(5)].join("\n");
    await put(
      "feed.jsonl",
      Buffer.concat([Buffer.from(`${lines}\n`), latin1, Buffer.from(`\n${line(7)}`)]),
    );
    expect(summarise(await readAll([dir], { maxBytes: 1024 }))).toEqual([
      "ok feed.jsonl:1",
      expect.stringMatching(/^FAIL feed\.jsonl:2: malformed JSON: /) as unknown as string,
      "FAIL feed.jsonl:3: too large: 2.0 KB, the limit is 1.0 KB per article (option maxBytes)",
      "ok feed.jsonl:5",
      "FAIL feed.jsonl:6: not valid UTF-8 text; re-save the file as UTF-8",
      "ok feed.jsonl:7",
    ]);
  });

  it("keys records without a URL by path and line", async () => {
    await put("feed.ndjson", `${line(1)}\r\n${line(2)}\r\n`);
    const outcomes = await readAll([dir]);
    expect(outcomes.map((o) => (o.ok ? o.article.key : o.reason))).toEqual([
      "article:feed.ndjson#1",
      "article:feed.ndjson#2",
    ]);
  });

  it("fail as a whole when empty or binary", async () => {
    await put("a-empty.jsonl", "\n\n");
    await put("b-binary.jsonl", Buffer.from([0x7b, 0x00, 0x7d, 0x0a, 0x00]));
    expect(summarise(await readAll([dir]))).toEqual([
      "FAIL a-empty.jsonl: empty file",
      "FAIL b-binary.jsonl: binary file (contains NUL bytes), not JSON Lines",
    ]);
  });
});
