import { describe, expect, it } from "vitest";
import { parseMemorySettings } from "../../../src/cli/db/memory-settings.ts";

describe("parseMemorySettings", () => {
  it("takes the sizes docker-compose.yml reads", () => {
    expect(parseMemorySettings({ NEO4J_HEAP_SIZE: "1g", NEO4J_PAGECACHE_SIZE: "384m" })).toEqual({
      heapSize: "1g",
      pageCacheSize: "384m",
    });
  });

  it("leaves unset and empty sizes to the defaults", () => {
    expect(parseMemorySettings({ NEO4J_HEAP_SIZE: "" })).toEqual({
      heapSize: undefined,
      pageCacheSize: undefined,
    });
  });

  it("names the variable that is not a size", () => {
    expect(() => parseMemorySettings({ NEO4J_PAGECACHE_SIZE: "half" })).toThrow(
      "NEO4J_PAGECACHE_SIZE must be a size such as 512m or 1g; fix it in the environment or .env",
    );
  });
});
