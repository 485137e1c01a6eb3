import { readFile } from "node:fs/promises";

/** The benchmark's own statements, from `bench/cypher/<name>.cypher`. */
export async function benchCypher(name: string): Promise<string> {
  return readFile(new URL(`../cypher/${name}.cypher`, import.meta.url), "utf8");
}
