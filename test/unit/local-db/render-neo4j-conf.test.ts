import { describe, expect, it } from "vitest";
import { renderNeo4jConf } from "../../../src/local-db/render-neo4j-conf.ts";
import { resolveSettings } from "../../../src/local-db/server-options.ts";

describe("renderNeo4jConf", () => {
  it("binds loopback only, on the given ports, with explicit memory and authentication", () => {
    const settings = resolveSettings({
      stateDir: "/tmp/x",
      boltPort: 17687,
      httpPort: 17474,
      password: "secret-123",
    });
    expect(renderNeo4jConf(settings)).toMatchInlineSnapshot(`
      "# Written by newsgraph (src/local-db) on every start; edits here are overwritten.
      server.default_listen_address=127.0.0.1
      server.default_advertised_address=127.0.0.1
      server.bolt.listen_address=127.0.0.1:17687
      server.bolt.advertised_address=127.0.0.1:17687
      server.http.listen_address=127.0.0.1:17474
      server.http.advertised_address=127.0.0.1:17474
      server.https.enabled=false
      server.memory.heap.initial_size=512m
      server.memory.heap.max_size=512m
      server.memory.pagecache.size=256m
      dbms.security.auth_enabled=true
      dbms.usage_report.enabled=false
      internal.server.bolt.thread_pool_shutdown_wait_time=1s
      internal.server.bolt.connection_shutdown_wait_time=1s
      "
    `);
  });

  it("disables authentication when no password is given", () => {
    const conf = renderNeo4jConf(resolveSettings({ stateDir: "/tmp/x" }));
    expect(conf).toContain("\ndbms.security.auth_enabled=false\n");
    expect(conf).toContain("\nserver.bolt.listen_address=127.0.0.1:7687\n");
    expect(conf).not.toContain("secret");
  });
});
