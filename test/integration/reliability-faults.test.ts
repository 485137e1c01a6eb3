import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePorts, startLocalNeo4j } from "../../src/local-db/index.ts";
import type { LocalNeo4j, LocalNeo4jOptions } from "../../src/local-db/index.ts";
import type { GraphDocument } from "../../src/model/graph-document.ts";
import { withDriver } from "../../src/neo4j/with-driver.ts";
import type { Driver } from "../../src/neo4j/with-driver.ts";
import { incompleteArticles, readFootprints } from "./article-completeness.ts";
import { parseArticleCounts, runCli, startCli } from "./cli-process.ts";
import type { CliDatabase } from "./cli-process.ts";
import { extractedDocuments, writeSyntheticCorpus } from "./synthetic-articles.ts";

/**
 * Faults need a server this file may stop and crash, so it starts its own on the local Java (the
 * shared test server is never touched), with authentication on, as users run it.
 */
const PASSWORD = "reliability-faults-1";
const ARTICLES = 600;
const PROGRESS = /^(\[[#-]+\] )?\d+(\/\d+)? articles {2}\d+\.\d\/s/;

let work: string;
let options: LocalNeo4jOptions;
let server: LocalNeo4j | undefined;
let documents: GraphDocument[];

const database = (password = PASSWORD): CliDatabase => ({
  uri: `bolt://127.0.0.1:${options.boltPort}`,
  username: "neo4j",
  password,
});

function withServerDriver<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  return withDriver(database() as Required<CliDatabase>, work);
}

async function articleCount(): Promise<number> {
  return withServerDriver(async (driver) => {
    const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
    return records[0]?.get("n") as number;
  });
}

/** stderr without progress lines: what the user is told. */
function messages(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "" && !PROGRESS.test(line));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "newsgraph-faults-"));
  const [boltPort, httpPort] = await findFreePorts(2);
  options = {
    stateDir: join(work, "neo4j"),
    boltPort,
    httpPort,
    password: PASSWORD,
    pageCacheSize: "128m",
  };
  server = await startLocalNeo4j(options);
  await writeSyntheticCorpus(join(work, "in"), 0, ARTICLES);
  documents = await extractedDocuments(work, ["in"]);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await rm(work, { recursive: true, force: true });
}, 120_000);

describe("the fault tests' own local server", () => {
  it("was configured by src/local-db to listen on the loopback interface only, with authentication", async () => {
    const conf = await readFile(join(options.stateDir, "conf", "neo4j.conf"), "utf8");
    expect(conf.split("\n").filter((line) => /listen_address=|auth_enabled=/.test(line))).toEqual([
      "server.default_listen_address=127.0.0.1",
      `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
      `server.http.listen_address=127.0.0.1:${options.httpPort}`,
      "dbms.security.auth_enabled=true",
    ]);
  });
});

describe("load against a database that refuses or goes away", () => {
  it("exits 2 with one line when the password is wrong, and writes nothing", async () => {
    const run = await runCli(["load", "in"], work, database("wrong-password"));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `newsgraph: Neo4j at ${database().uri} refused the credentials; set NEO4J_USERNAME and NEO4J_PASSWORD in the environment or .env\n`,
    );
    expect(await articleCount()).toBe(0);
  });

  it(
    "stopped mid-load: a clean error and exit 2; down at start: one line and exit 2; after a restart the rerun completes, and no article is ever half-written",
    { timeout: 300_000 },
    async () => {
      const load = startCli(
        ["load", "in", "--batch-size", "10", "--concurrency", "2"],
        work,
        database(),
      );
      await waitUntil(async () => (await articleCount()) >= 50, 60_000);
      // A crash, not a polite shutdown: what survives is what the transaction log committed.
      process.kill(requireServer().pid, "SIGKILL");
      await server?.stop();
      server = undefined;

      const lost = await load.result;
      expect(lost.code).toBe(2);
      expect(lost.stdout).toBe("");
      const [message, ...more] = messages(lost.stderr);
      expect(more).toEqual([]);
      const written =
        /^newsgraph: nothing answers at bolt:\/\/127\.0\.0\.1:\d+; start Neo4j \(npm run db:start\) or set NEO4J_URI in the environment or \.env \(lost during the load, after (\d+) article\(s\) were written; each article is in the graph whole or not at all, so loading the same input again finishes the job\)$/.exec(
          message ?? "",
        );
      expect(written, message).not.toBeNull();
      const acknowledged = Number(written?.[1]);

      const down = await runCli(["load", "in"], work, database());
      expect(down).toMatchObject({
        code: 2,
        stdout: "",
        stderr: `newsgraph: nothing answers at ${database().uri}; start Neo4j (npm run db:start) or set NEO4J_URI in the environment or .env\n`,
      });

      server = await startLocalNeo4j(options);
      const survived = await articleCount();
      // Every acknowledged batch survived the crash; at most the two batches in flight more.
      expect(survived).toBeGreaterThanOrEqual(acknowledged);
      expect(survived).toBeLessThanOrEqual(acknowledged + 2 * 10);
      expect(survived).toBeLessThan(ARTICLES);
      expect(
        incompleteArticles(documents, await withServerDriver((d) => readFootprints(d))),
      ).toEqual([]);

      const rerun = await runCli(["load", "in"], work, database());
      expect(rerun.code).toBe(0);
      expect(parseArticleCounts(rerun.stdout)).toEqual({
        loaded: ARTICLES - survived,
        unchanged: survived,
        removed: 0,
        failed: 0,
      });
      const footprints = await withServerDriver((d) => readFootprints(d));
      expect(footprints.size).toBe(ARTICLES);
      expect(incompleteArticles(documents, footprints)).toEqual([]);
    },
  );
});

function requireServer(): LocalNeo4j {
  if (server === undefined) throw new Error("the fault tests' server is not running");
  return server;
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
