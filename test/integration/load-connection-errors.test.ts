import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.ts";
import { loadDocuments } from "../../src/load/load-documents.ts";
import { withDriver } from "../../src/neo4j/with-driver.ts";
import { TARGET, withTestDriver } from "./load-connection.ts";
import { inputsOf } from "./load-fixtures.ts";

const OPTIONS = { batchSize: 10, concurrency: 1, sync: false };

describe("loadDocuments against an unusable database", () => {
  it("says what to do when nothing answers", async () => {
    const target = { uri: "bolt://127.0.0.1:9", database: undefined };
    const load = withDriver({ ...target, username: "neo4j", password: "whatever1" }, (driver) =>
      loadDocuments(driver, target, inputsOf([]), OPTIONS),
    );
    await expect(load).rejects.toThrow(
      new NewsgraphError(
        "connection",
        "nothing answers at bolt://127.0.0.1:9; start Neo4j (npm run db:start) or set NEO4J_URI in the environment or .env",
      ),
    );
  });

  it("says which database is missing", async () => {
    const target = { ...TARGET, database: "nosuchdatabase" };
    const load = withTestDriver((driver) => loadDocuments(driver, target, inputsOf([]), OPTIONS));
    await expect(load).rejects.toMatchObject({
      kind: "connection",
      message: expect.stringMatching(/^database "nosuchdatabase" is not available at /) as unknown,
    });
  });
});
