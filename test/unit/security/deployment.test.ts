import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { renderNeo4jConf } from "../../../src/local-db/render-neo4j-conf.ts";
import { resolveSettings } from "../../../src/local-db/server-options.ts";
import { REPO } from "./source-files.ts";

describe(".env", () => {
  it("is ignored by git, and its example is not", () => {
    const lines = readFileSync(join(REPO, ".gitignore"), "utf8").split("\n");
    expect(lines).toContain(".env");
    // git's own answer, whatever other patterns say: exit 0 means ignored.
    const ignored = (path: string) => {
      try {
        execFileSync("git", ["check-ignore", "--quiet", "--no-index", path], { cwd: REPO });
        return true;
      } catch {
        return false;
      }
    };
    expect([ignored(".env"), ignored("sub/.env"), ignored(".env.example")]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("has an example with a placeholder password, not a real one", () => {
    const example = readFileSync(join(REPO, ".env.example"), "utf8");
    expect(example).toMatch(/^NEO4J_PASSWORD=change-me-please$/m);
  });
});

const ComposeSchema = z.object({
  services: z.object({
    neo4j: z.object({
      ports: z.array(z.string()),
      environment: z.record(z.string(), z.string()),
    }),
  }),
});

describe("docker-compose.yml", () => {
  const compose = ComposeSchema.parse(
    parse(readFileSync(join(REPO, "docker-compose.yml"), "utf8")),
  );
  const neo4j = compose.services.neo4j;

  it("publishes Bolt and HTTP on the loopback interface only", () => {
    expect(neo4j.ports).toEqual(["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]);
  });

  it("requires a password: compose refuses to start without NEO4J_PASSWORD", () => {
    expect(neo4j.environment["NEO4J_AUTH"]).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
  });
});

describe("the local Java-run Neo4j", () => {
  const conf = (password?: string) =>
    renderNeo4jConf(
      resolveSettings({ stateDir: "/tmp/x", boltPort: 17001, httpPort: 17002, password }),
    )
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"));
  const setting = (lines: string[], name: string) =>
    lines.find((line) => line.startsWith(`${name}=`))?.slice(name.length + 1);

  it("listens on the loopback interface only, for Bolt and HTTP, with HTTPS off", () => {
    const lines = conf("a-password");
    expect(lines.filter((line) => /listen_address=/.test(line))).toEqual([
      "server.default_listen_address=127.0.0.1",
      "server.bolt.listen_address=127.0.0.1:17001",
      "server.http.listen_address=127.0.0.1:17002",
    ]);
    expect(setting(lines, "server.https.enabled")).toBe("false");
  });

  it("has authentication on whenever a password is given (only throwaway test servers run without)", () => {
    expect(setting(conf("a-password"), "dbms.security.auth_enabled")).toBe("true");
    expect(setting(conf(), "dbms.security.auth_enabled")).toBe("false");
  });
});
