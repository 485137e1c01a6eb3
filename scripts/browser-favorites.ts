import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { toBrowserFavorite } from "../src/query/browser-favorite.ts";
import { readQueryCatalog } from "../src/query/read-query-catalog.ts";
import { storeZip } from "./store-zip.ts";

/**
 * `npm run browser:favorites`: writes cypher/browser-favorites.zip, one `newsgraph/<name>.cypher`
 * per saved query. Dropped on Neo4j Browser, the zip becomes a "newsgraph" folder of favorites
 * (Browser imports every .cypher file in a dropped zip, folders included).
 */
const OUTPUT = fileURLToPath(new URL("../cypher/browser-favorites.zip", import.meta.url));

const catalog = await readQueryCatalog();
const entries = [...catalog.values()].map((query) => ({
  path: `newsgraph/${query.name}.cypher`,
  data: Buffer.from(toBrowserFavorite(query), "utf8"),
}));
await writeFile(OUTPUT, storeZip(entries));
process.stdout.write(`wrote ${entries.length} favorites to cypher/browser-favorites.zip\n`);
