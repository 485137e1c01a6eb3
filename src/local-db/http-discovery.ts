import { z } from "zod";

const DiscoverySchema = z.object({
  neo4j_version: z.string(),
  neo4j_edition: z.string(),
});

export interface ServerVersion {
  readonly version: string;
  readonly edition: string;
}

/** Version and edition from the HTTP discovery document at `/`; undefined when HTTP does not answer. */
export async function fetchServerVersion(httpUrl: string): Promise<ServerVersion | undefined> {
  try {
    const response = await fetch(`${httpUrl}/`, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(5_000),
    });
    const parsed = DiscoverySchema.safeParse(await response.json());
    if (!parsed.success) return undefined;
    return { version: parsed.data.neo4j_version, edition: parsed.data.neo4j_edition };
  } catch {
    return undefined;
  }
}
