import { config as readDotenv } from "dotenv";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { LOCAL_HTTP_URL, parseNeo4jConfig } from "../src/config.ts";
import {
  dropFile,
  launchChromium,
  openNeo4jBrowser,
  runInEditor,
} from "../test/integration/neo4j-browser-page.ts";

/**
 * `npm run browser:screenshot`: docs/images/neo4j-browser-graph.png, taken from the real Neo4j
 * Browser of the local server with cypher/browser-style.grass dropped on it. Run it after
 * `npm run db:start` and `npm run load -- seeds test/fixtures/articles/dev`.
 */
const OUTPUT = fileURLToPath(new URL("../docs/images/neo4j-browser-graph.png", import.meta.url));

/** Everything the seed article names but its events: every label and fact type of the style. */
const QUERY = `MATCH (:Article {key: "article:seeds/000_cd41eb76cf7eaf77.txt"})-[:MENTIONS]->(n)
WHERE NOT n:Event
RETURN n`;

const env: Record<string, string | undefined> = { ...process.env };
readDotenv({ quiet: true, processEnv: env });
const login = { ...parseNeo4jConfig(env), httpUrl: LOCAL_HTTP_URL };

const browser = await launchChromium();
try {
  const page = await openNeo4jBrowser(browser, login);
  await dropFile(page, "cypher/browser-style.grass");
  const frame = await runInEditor(page, QUERY);
  await frame.getByTestId("cypherFrameSidebarVisualization").click();
  await frame.locator("g.node").first().waitFor();
  await frame.getByTitle("Fullscreen", { exact: true }).click();
  await page.getByTitle("Collapse the node properties display").click();
  // The force layout settles in a few seconds; then fit it to the frame.
  await page.waitForTimeout(6_000);
  await page.getByLabel("zoom-to-fit").click();
  await page.waitForTimeout(1_500);
  await mkdir(fileURLToPath(new URL("../docs/images/", import.meta.url)), { recursive: true });
  await page.screenshot({ path: OUTPUT });
  process.stdout.write(`wrote ${OUTPUT}\n`);
} finally {
  await browser.close();
}
