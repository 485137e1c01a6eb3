import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";

const COMPOSE_FILE = new URL("../../docker-compose.yml", import.meta.url);

const ComposeSchema = z.object({
  services: z.object({ neo4j: z.object({ image: z.string().min(1) }) }),
});

/** The Neo4j image that docker-compose.yml pins: the one version users and tests run. */
export async function composeNeo4jImage(): Promise<string> {
  const compose = ComposeSchema.parse(parse(await readFile(COMPOSE_FILE, "utf8")));
  return compose.services.neo4j.image;
}
