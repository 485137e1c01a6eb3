import { z } from "zod";
import { NewsgraphError } from "../../errors.ts";

/** Neo4j's size syntax, as in neo4j.conf: 512m, 1g. */
const Size = z
  .string()
  .regex(/^\d+[kmg]$/i, "must be a size such as 512m or 1g")
  .optional();

const MemorySchema = z.object({ NEO4J_HEAP_SIZE: Size, NEO4J_PAGECACHE_SIZE: Size });

export interface MemorySettings {
  readonly heapSize: string | undefined;
  readonly pageCacheSize: string | undefined;
}

/** The same variables docker-compose.yml reads, so both kinds of local server are sized alike. */
export function parseMemorySettings(env: Record<string, string | undefined>): MemorySettings {
  const parsed = MemorySchema.safeParse({
    NEO4J_HEAP_SIZE: env["NEO4J_HEAP_SIZE"] || undefined,
    NEO4J_PAGECACHE_SIZE: env["NEO4J_PAGECACHE_SIZE"] || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NewsgraphError(
      "config",
      `${issue?.path.join(".") ?? "memory"} ${issue?.message ?? "is invalid"}; fix it in the environment or .env`,
      { cause: parsed.error },
    );
  }
  return { heapSize: parsed.data.NEO4J_HEAP_SIZE, pageCacheSize: parsed.data.NEO4J_PAGECACHE_SIZE };
}
